/**
 * The lexer: Python source → tokens, with Python's indentation rules (INDENT/DEDENT),
 * implicit line joining inside brackets, backslash continuation, and every literal
 * MicroPython accepts (str/bytes, raw, triple-quoted, all escapes; ints of any size in
 * dec/hex/oct/bin; floats, which the compiler may refuse).
 */

import { CompileError } from "./compile_error.ts";

/** Token kinds. */
export type TokenKind =
  | "name"
  | "kw"
  | "num"
  | "str"
  | "op"
  | "newline"
  | "indent"
  | "dedent"
  | "eof";

/** One token. `v` is the text, except for numbers and strings where it is the value. */
export interface Token {
  k: TokenKind;
  // deno-lint-ignore no-explicit-any
  v: any;
  line: number;
  col: number;
  /** For strings: a bytes literal. */
  bytes?: boolean;
  /** For numbers: what kind of literal. */
  nk?: "int" | "float" | "imag";
}

/** The reserved words of Python 3.4. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
]);

const OPERATORS3 = new Set(["**=", "//=", ">>=", "<<=", "..."]);
const OPERATORS2 = new Set([
  "**",
  "//",
  ">>",
  "<<",
  "<=",
  ">=",
  "==",
  "!=",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  "->",
  "@=",
]);
const OPERATORS1 = new Set("+-*/%&|^~<>()[]{},:.;@=");

const MAX_SAFE = 9007199254740991;

function isIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
}

function isIdChar(c: number): boolean {
  return isIdStart(c) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const NUMBER_RE =
  /0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[0-9]+[eE][+-]?[0-9]+|[0-9]+/y;

/**
 * Splits source into tokens. Throws CompileError (with `incomplete` set when the source
 * ended inside a bracket or a triple-quoted string, which the REPL uses to ask for more).
 */
export function tokenize(src: string, filename: string): Token[] {
  const toks: Token[] = [];
  const indents: number[] = [0];
  const brackets: { ch: string; line: number; col: number }[] = [];
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  let atLineStart = true;
  const n = src.length;

  const fail = (msg: string, l = line, c = pos - lineStart, incomplete = false): never => {
    const e = new CompileError("SyntaxError", msg, filename, l, c);
    if (incomplete) (e as CompileError & { incomplete?: boolean }).incomplete = true;
    throw e;
  };

  while (pos < n || atLineStart) {
    if (atLineStart) {
      // Measure indentation; blank and comment-only lines do not count.
      let col = 0;
      let p = pos;
      for (;;) {
        const c = src.charCodeAt(p);
        if (c === 32) col++;
        else if (c === 9) col = (col & ~7) + 8;
        else if (c === 12) col = 0;
        else break;
        p++;
      }
      const c = src.charCodeAt(p);
      if (p >= n) {
        pos = p;
        break;
      }
      if (c === 10 || c === 13 || c === 35 /* # */ || (c === 92 && isNewlineAt(src, p + 1))) {
        // Blank line, comment line, or a lone continuation: skip to the next line.
        pos = p;
        if (c === 35) {
          while (pos < n && src.charCodeAt(pos) !== 10 && src.charCodeAt(pos) !== 13) pos++;
        }
        if (c === 92) pos++;
        if (pos < n) {
          pos = skipNewline(src, pos);
          line++;
          lineStart = pos;
          continue;
        }
        break;
      }
      pos = p;
      atLineStart = false;
      const top = indents[indents.length - 1];
      if (col > top) {
        indents.push(col);
        toks.push({ k: "indent", v: "", line, col: 0 });
      } else if (col < top) {
        while (col < indents[indents.length - 1]) {
          indents.pop();
          toks.push({ k: "dedent", v: "", line, col: 0 });
        }
        if (col !== indents[indents.length - 1]) {
          throw new CompileError(
            "IndentationError",
            "unindent does not match any outer indentation level",
            filename,
            line,
            col,
          );
        }
      }
    }
    if (pos >= n) break;
    const c = src.charCodeAt(pos);
    // Whitespace inside a line.
    if (c === 32 || c === 9 || c === 12) {
      pos++;
      continue;
    }
    if (c === 35) {
      while (pos < n && src.charCodeAt(pos) !== 10 && src.charCodeAt(pos) !== 13) pos++;
      continue;
    }
    if (c === 10 || c === 13) {
      if (brackets.length === 0) {
        toks.push({ k: "newline", v: "", line, col: pos - lineStart });
        atLineStart = true;
      }
      pos = skipNewline(src, pos);
      line++;
      lineStart = pos;
      continue;
    }
    if (c === 92 /* \ */) {
      if (isNewlineAt(src, pos + 1)) {
        pos = skipNewline(src, pos + 1);
        line++;
        lineStart = pos;
        if (pos >= n) fail("unexpected EOF while parsing", line, 0, true);
        continue;
      }
      fail("unexpected character after line continuation character");
    }
    const col = pos - lineStart;
    // Names, keywords and string prefixes.
    if (isIdStart(c)) {
      let p = pos + 1;
      while (p < n && isIdChar(src.charCodeAt(p))) p++;
      const word = src.slice(pos, p);
      const q = src.charCodeAt(p);
      if ((q === 39 || q === 34) && p - pos <= 2 && /^(?:[rRbBuU]|[bB][rR]|[rR][bB])$/.test(word)) {
        const lower = word.toLowerCase();
        pos = p;
        readString(lower.includes("r"), lower.includes("b"), col);
        continue;
      }
      pos = p;
      if (
        /[^\w]/.test(word) &&
        !/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(word)
      ) {
        fail("invalid character in identifier", line, col);
      }
      toks.push({ k: KEYWORDS.has(word) ? "kw" : "name", v: word, line, col });
      continue;
    }
    if (c === 39 || c === 34) {
      readString(false, false, col);
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(pos + 1)))) {
      NUMBER_RE.lastIndex = pos;
      const m = NUMBER_RE.exec(src)!;
      let text = m[0];
      pos += text.length;
      let nk: "int" | "float" | "imag" = "int";
      const next = src.charCodeAt(pos);
      if (next === 106 || next === 74) {
        if (/^0[xXoObB]/.test(text)) fail("invalid syntax", line, col);
        pos++;
        nk = "imag";
      } else if (/^0[xXoObB]/.test(text) || /^[0-9]+$/.test(text)) {
        nk = "int";
      } else nk = "float";
      if (pos < n && isIdChar(src.charCodeAt(pos))) fail("invalid syntax", line, col);
      if (nk === "int") {
        if (/^0[0-9]+$/.test(text)) {
          if (!/^0+$/.test(text)) fail("invalid syntax for number", line, col);
          text = "0";
        }
        const num = Number(text);
        const v = num <= MAX_SAFE ? num : BigInt(text);
        toks.push({ k: "num", v, nk, line, col });
      } else {
        toks.push({ k: "num", v: Number(text), nk, line, col });
      }
      continue;
    }
    // Operators and delimiters, longest first.
    const three = src.slice(pos, pos + 3);
    const two = src.slice(pos, pos + 2);
    let op: string;
    if (OPERATORS3.has(three)) op = three;
    else if (OPERATORS2.has(two)) op = two;
    else if (OPERATORS1.has(src[pos])) op = src[pos];
    else {
      const cp = src.codePointAt(pos)!;
      return fail(
        cp === 36 || cp === 63 || cp === 96 || cp === 33
          ? "invalid syntax"
          : `invalid character '${String.fromCodePoint(cp)}' (U+${
            cp.toString(16).toUpperCase().padStart(4, "0")
          })`,
      );
    }
    if (op === "(" || op === "[" || op === "{") brackets.push({ ch: op, line, col });
    else if (op === ")" || op === "]" || op === "}") {
      const open = brackets.pop();
      if (!open) fail(`unmatched '${op}'`, line, col);
      const want = open!.ch === "(" ? ")" : open!.ch === "[" ? "]" : "}";
      if (want !== op) fail("invalid syntax", line, col);
    }
    toks.push({ k: "op", v: op, line, col });
    pos += op.length;
  }
  if (brackets.length) {
    fail("unexpected EOF while parsing", line, pos - lineStart, true);
  }
  if (
    toks.length && toks[toks.length - 1].k !== "newline" && toks[toks.length - 1].k !== "dedent"
  ) {
    toks.push({ k: "newline", v: "", line, col: pos - lineStart });
  }
  while (indents.length > 1) {
    indents.pop();
    toks.push({ k: "dedent", v: "", line, col: 0 });
  }
  toks.push({ k: "eof", v: "", line, col: 0 });
  return toks;

  function readString(raw: boolean, bytes: boolean, col: number): void {
    const startLine = line;
    const q = src[pos];
    const triple = src[pos + 1] === q && src[pos + 2] === q;
    pos += triple ? 3 : 1;
    let out = "";
    let chunkStart = pos;
    for (;;) {
      if (pos >= n) {
        return fail(
          triple
            ? "EOF while scanning triple-quoted string literal"
            : "EOL while scanning string literal",
          startLine,
          col,
          triple,
        );
      }
      const ch = src.charCodeAt(pos);
      if (ch === 10 || ch === 13) {
        if (!triple) return fail("EOL while scanning string literal", startLine, col);
        out += src.slice(chunkStart, pos) + "\n";
        pos = skipNewline(src, pos);
        line++;
        lineStart = pos;
        chunkStart = pos;
        continue;
      }
      if (src[pos] === q && (!triple || (src[pos + 1] === q && src[pos + 2] === q))) {
        out += src.slice(chunkStart, pos);
        pos += triple ? 3 : 1;
        break;
      }
      if (ch !== 92) {
        if (bytes && ch > 127) {
          return fail("bytes can only contain ASCII literal characters", line, col);
        }
        pos++;
        continue;
      }
      // Backslash.
      out += src.slice(chunkStart, pos);
      pos++;
      if (pos >= n) continue;
      const e = src[pos];
      if (e === "\n" || e === "\r") {
        // Line continuation inside the string: raw keeps it, others drop it.
        if (raw) out += "\\\n";
        pos = skipNewline(src, pos);
        line++;
        lineStart = pos;
        chunkStart = pos;
        continue;
      }
      if (raw) {
        out += "\\" + e;
        pos++;
        chunkStart = pos;
        continue;
      }
      pos++;
      switch (e) {
        case "\\":
          out += "\\";
          break;
        case "'":
          out += "'";
          break;
        case '"':
          out += '"';
          break;
        case "a":
          out += "\x07";
          break;
        case "b":
          out += "\b";
          break;
        case "f":
          out += "\f";
          break;
        case "n":
          out += "\n";
          break;
        case "r":
          out += "\r";
          break;
        case "t":
          out += "\t";
          break;
        case "v":
          out += "\v";
          break;
        case "x": {
          const h = src.slice(pos, pos + 2);
          if (!/^[0-9a-fA-F]{2}$/.test(h)) return fail("invalid \\x escape", line, col);
          out += String.fromCharCode(parseInt(h, 16));
          pos += 2;
          break;
        }
        case "u":
        case "U": {
          if (bytes) {
            out += "\\" + e;
            break;
          }
          const len = e === "u" ? 4 : 8;
          const h = src.slice(pos, pos + len);
          if (h.length !== len || !/^[0-9a-fA-F]+$/.test(h)) {
            return fail(`truncated \\${e}${"X".repeat(len)} escape`, line, col);
          }
          const cp = parseInt(h, 16);
          if (cp > 0x10ffff) return fail("illegal Unicode character", line, col);
          out += String.fromCodePoint(cp);
          pos += len;
          break;
        }
        case "N":
          if (bytes) {
            out += "\\N";
            break;
          }
          return fail("unicode name escapes are not supported", line, col);
        default:
          if (e >= "0" && e <= "7") {
            let p = pos - 1;
            let v = 0;
            let k = 0;
            while (k < 3 && src[p] >= "0" && src[p] <= "7") {
              v = v * 8 + (src.charCodeAt(p) - 48);
              p++;
              k++;
            }
            pos = p;
            out += String.fromCharCode(bytes ? v & 0xff : v);
          } else {
            // Unknown escapes keep the backslash, as Python does.
            out += "\\" + e;
            if (bytes && e.charCodeAt(0) > 127) {
              return fail("bytes can only contain ASCII literal characters", line, col);
            }
          }
      }
      chunkStart = pos;
    }
    let v: string | Uint8Array = out;
    if (bytes) {
      const b = new Uint8Array(out.length);
      for (let i = 0; i < out.length; i++) b[i] = out.charCodeAt(i);
      v = b;
    }
    toks.push({ k: "str", v, bytes, line: startLine, col });
  }
}

function isNewlineAt(src: string, p: number): boolean {
  const c = src.charCodeAt(p);
  return c === 10 || c === 13;
}

function skipNewline(src: string, p: number): number {
  if (src.charCodeAt(p) === 13 && src.charCodeAt(p + 1) === 10) return p + 2;
  return p + 1;
}
