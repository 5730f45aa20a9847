/**
 * The `ure` module (importable as `re`): MicroPython's regular expressions. A pattern is
 * parsed here against MicroPython's grammar (re1.5: `.` `[]` `[^]` `^` `$` `?` `*` `+` `??`
 * `*?` `+?` `|` `()` and `\d \D \s \S \w \W`) and anything outside it, such as `{m,n}`,
 * `(?...)` or back-references, raises `ValueError("Error in regex")`. The validated tree is
 * then emitted as an equivalent JS RegExp (backtracking, leftmost-first, like re1.5), with
 * re1.5's meanings: `.` matches any character including newline, `$` only the very end,
 * and the classes are ASCII.
 */

import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { indexError, typeError, valueError } from "../errors.ts";
import { nativeModule } from "../objobject.ts";
import { builtinModules } from "../import.ts";
import { PyList } from "../objlist.ts";
import { PyTuple } from "../objtuple.ts";
import { bytesFromArray, fromLatin1, latin1, PyBytes } from "../objbytes.ts";
import { call, str as pyStr } from "../ops.ts";
import { ctx } from "../context.ts";
import { fn, intArg } from "./modutil.ts";

/** The flag ure.DEBUG. */
const DEBUG = 4096;

function regexError(): unknown {
  return valueError("Error in regex");
}

/** Emits JS RegExp source for a MicroPython pattern, or throws "Error in regex". */
function translate(
  pat: string,
  unicode: boolean,
): { source: string; groups: number; debug: string[] } {
  let i = 0;
  let groups = 0;
  const debug: string[] = [];
  // Every literal is emitted as an escape, so no character means anything special to JS.
  const lit = (cp: number) =>
    unicode ? `\\u{${cp.toString(16)}}` : `\\x${cp.toString(16).padStart(2, "0")}`;
  const litValue = (e: string) => parseInt(unicode ? e.slice(3, -1) : e.slice(2), 16);

  function alt(depth: number): string {
    const parts = [seq(depth)];
    while (pat[i] === "|") {
      i++;
      debug.push("split");
      parts.push(seq(depth));
    }
    return parts.join("|");
  }

  function seq(depth: number): string {
    let out = "";
    while (i < pat.length && pat[i] !== "|" && !(pat[i] === ")" && depth > 0)) {
      if (pat[i] === ")") throw regexError();
      const a = atom(depth);
      out += a.src + quant(a.quantifiable);
    }
    return out;
  }

  function quant(quantifiable: boolean): string {
    const q = pat[i];
    if (q !== "*" && q !== "+" && q !== "?") {
      if (q === "{") throw regexError(); // counted repetition is not supported
      return "";
    }
    if (!quantifiable) throw regexError();
    i++;
    let out = q;
    if (pat[i] === "?") {
      out += "?";
      i++;
    }
    debug.push(out === "?" ? "split (optional)" : `repeat ${out}`);
    if (pat[i] === "*" || pat[i] === "+" || pat[i] === "{") throw regexError(); // multiple repeat
    if (pat[i] === "?") throw regexError();
    return out;
  }

  function escape(inClass: boolean): string {
    i++;
    if (i >= pat.length) throw regexError();
    const c = pat[i++];
    switch (c) {
      case "d":
        return "[0-9]";
      case "D":
        return "[^0-9]";
      case "w":
        return "[A-Za-z0-9_]";
      case "W":
        return "[^A-Za-z0-9_]";
      case "s":
        return "[ \\t\\n\\r\\f\\v]";
      case "S":
        return "[^ \\t\\n\\r\\f\\v]";
      case "n":
        return lit(10);
      case "t":
        return lit(9);
      case "r":
        return lit(13);
      case "f":
        return lit(12);
      case "v":
        return lit(11);
    }
    // Letters and digits after a backslash are escapes re1.5 does not know.
    if (/[A-Za-z0-9]/.test(c)) throw regexError();
    void inClass;
    return lit(c.codePointAt(0)!);
  }

  function atom(depth: number): { src: string; quantifiable: boolean } {
    const c = pat[i];
    switch (c) {
      case "(": {
        i++;
        if (pat[i] === "?") throw regexError(); // no (?:...), (?P<...>), lookaround
        groups++;
        debug.push(`save ${2 * groups}`);
        const inner = alt(depth + 1);
        if (pat[i] !== ")") throw regexError();
        i++;
        debug.push(`save ${2 * groups + 1}`);
        return { src: "(" + inner + ")", quantifiable: true };
      }
      case "[":
        return { src: charClass(), quantifiable: true };
      case ".":
        i++;
        debug.push("any");
        return { src: "[^]", quantifiable: true };
      case "^":
        i++;
        debug.push("bol");
        return { src: "^", quantifiable: false };
      case "$":
        i++;
        debug.push("eol");
        return { src: "$", quantifiable: false };
      case "\\":
        debug.push("class/char");
        return { src: escape(false), quantifiable: true };
      case "*":
      case "+":
      case "?":
      case "{":
        throw regexError();
    }
    const cp = pat.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    debug.push(`char ${String.fromCodePoint(cp)}`);
    return { src: lit(cp), quantifiable: true };
  }

  function charClass(): string {
    i++;
    let negate = false;
    if (pat[i] === "^") {
      negate = true;
      i++;
    }
    let body = "";
    let first = true;
    while (i < pat.length && (pat[i] !== "]" || first)) {
      first = false;
      let lo: number;
      if (pat[i] === "\\") {
        const e = escape(true);
        if (e.startsWith("[")) {
          // A named class inside a set: splice its members in.
          if (e.startsWith("[^")) throw regexError();
          body += e.slice(1, -1);
          continue;
        }
        lo = litValue(e);
      } else {
        lo = pat.codePointAt(i)!;
        i += lo > 0xffff ? 2 : 1;
      }
      if (pat[i] === "-" && pat[i + 1] !== "]" && i + 1 < pat.length) {
        i++;
        let hi: number;
        if (pat[i] === "\\") {
          const e = escape(true);
          if (e.startsWith("[")) throw regexError();
          hi = litValue(e);
        } else {
          hi = pat.codePointAt(i)!;
          i += hi > 0xffff ? 2 : 1;
        }
        if (hi < lo) throw regexError();
        body += lit(lo) + "-" + lit(hi);
      } else body += lit(lo);
    }
    if (pat[i] !== "]") throw regexError();
    i++;
    debug.push(negate ? "classnot" : "class");
    return "[" + (negate ? "^" : "") + body + "]";
  }

  const source = alt(0);
  if (i !== pat.length) throw regexError();
  return { source, groups, debug };
}

/** A compiled regular expression. */
class PyRegex {
  declare $cls: PyType;
  constructor(
    public pattern: string | Uint8Array,
    public re: RegExp,
    public sticky: RegExp,
    public groups: number,
  ) {}
}

/** A successful match. */
class PyMatch {
  declare $cls: PyType;
  constructor(
    public m: RegExpExecArray,
    public subject: string,
    public bytes: boolean,
  ) {}
}

const regex_type = makeNativeType("ure", PyRegex.prototype);
const match_type = makeNativeType("match", PyMatch.prototype);

/** The subject as a JS string (bytes via latin-1) and whether it was bytes. */
function subjectOf(x: PyObj, pattern: string | Uint8Array): [string, boolean] {
  const wantBytes = pattern instanceof Uint8Array;
  if (typeof x === "string") {
    if (wantBytes) throw typeError("can't use a bytes pattern on a string-like object");
    return [x, false];
  }
  const b = x?.$buf?.();
  if (b instanceof Uint8Array) {
    if (!wantBytes) throw typeError("can't use a string pattern on a bytes-like object");
    return [latin1(b), true];
  }
  throw typeError(`expected string or bytes-like object`);
}

function out(s: string, bytes: boolean): PyObj {
  return bytes ? bytesFromArray(fromLatin1(s)) : s;
}

function compile(pattern: PyObj, flags = 0): PyRegex {
  let pat: string;
  let bytes: Uint8Array | null = null;
  if (typeof pattern === "string") pat = pattern;
  else if (pattern instanceof PyBytes) {
    bytes = pattern.b;
    pat = latin1(pattern.b);
  } else if (pattern instanceof PyRegex) return pattern;
  else throw typeError("first argument must be string or compiled pattern");
  const { source, groups, debug } = translate(pat, bytes === null);
  if (flags & DEBUG) {
    for (const line of debug) ctx.host.writeOut(line + "\n");
    ctx.host.writeOut(`Bytes: ${pat.length}, insts: ${debug.length}\n`);
  }
  const jsFlags = bytes ? "sd" : "sdu";
  let re: RegExp;
  let sticky: RegExp;
  try {
    re = new RegExp(source, jsFlags + "g");
    sticky = new RegExp(source, jsFlags + "y");
  } catch {
    throw regexError();
  }
  return new PyRegex(bytes ?? pat, re, sticky, groups);
}

function exec(r: PyRegex, subject: PyObj, anchored: boolean, from = 0): PyObj {
  const [s, bytes] = subjectOf(subject, r.pattern);
  const re = anchored ? r.sticky : r.re;
  re.lastIndex = from;
  const m = re.exec(s);
  return m ? new PyMatch(m, s, bytes) : None;
}

/** Code-point index of a UTF-16 index (they differ only with astral characters). */
function cpIndex(s: string, u: number): number {
  let n = 0;
  for (let i = 0; i < u; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

function groupIndex(m: PyMatch, g: PyObj): number {
  const n = g === undefined ? 0 : intArg(g);
  if (n < 0 || n >= m.m.length) throw indexError("no such group");
  return n;
}

function split(r: PyRegex, subject: PyObj, maxSplit: number): PyList {
  const [s, bytes] = subjectOf(subject, r.pattern);
  const parts: PyObj[] = [];
  let pos = 0;
  let searchFrom = 0;
  let count = 0;
  while (maxSplit < 0 || count < maxSplit) {
    r.re.lastIndex = searchFrom;
    const m = r.re.exec(s);
    if (!m) break;
    const end = m.index + m[0].length;
    if (m[0].length === 0) {
      // An empty match splits only where it is not at the previous split point.
      if (m.index >= s.length) break;
      if (m.index === pos) {
        searchFrom = m.index + 1;
        continue;
      }
    }
    parts.push(out(s.slice(pos, m.index), bytes));
    for (let g = 1; g < m.length; g++) parts.push(m[g] === undefined ? None : out(m[g], bytes));
    pos = end;
    searchFrom = end > m.index ? end : end + 1;
    count++;
  }
  parts.push(out(s.slice(pos), bytes));
  return new PyList(parts);
}

/** Expands `\1`, `\g<1>` in a replacement template. */
function expand(template: string, m: RegExpExecArray): string {
  return template.replace(/\\(?:g<(\d+)>|(\d+)|(.))/gs, (all, g1, g2, esc) => {
    if (esc !== undefined) {
      const map: Record<string, string> = { n: "\n", t: "\t", r: "\r", "\\": "\\" };
      return map[esc] ?? all;
    }
    const n = Number(g1 ?? g2);
    if (n >= m.length) throw regexError();
    return m[n] ?? "";
  });
}

function sub(r: PyRegex, repl: PyObj, subject: PyObj, count: number): PyObj {
  const [s, bytes] = subjectOf(subject, r.pattern);
  let result = "";
  let pos = 0;
  let n = 0;
  r.re.lastIndex = 0;
  while (count <= 0 || n < count) {
    const m = r.re.exec(s);
    if (!m) break;
    result += s.slice(pos, m.index);
    if (typeof repl === "string" || repl instanceof PyBytes) {
      result += expand(typeof repl === "string" ? repl : latin1(repl.b), m);
    } else {
      const v = call(repl, [new PyMatch(m, s, bytes)]);
      result += typeof v === "string" ? v : v instanceof PyBytes ? latin1(v.b) : pyStr(v);
    }
    pos = m.index + m[0].length;
    if (m[0].length === 0) {
      if (m.index < s.length) result += s[m.index];
      pos = m.index + 1;
      r.re.lastIndex = pos;
      if (m.index >= s.length) break;
    }
    n++;
  }
  result += s.slice(pos);
  return out(result, bytes);
}

defMethods(regex_type, {
  match: (self: PyRegex, s: PyObj) => exec(self, s, true),
  search: (self: PyRegex, s: PyObj) => exec(self, s, false),
  split: (self: PyRegex, s: PyObj, max?: PyObj) =>
    split(self, s, max === undefined ? -1 : intArg(max) || -1),
  sub: (self: PyRegex, repl: PyObj, s: PyObj, count?: PyObj) =>
    sub(self, repl, s, count === undefined ? 0 : intArg(count)),
  __repr__: (self: PyRegex) => `<re ${typeof self.pattern === "string" ? self.pattern : "bytes"}>`,
});

defMethods(match_type, {
  group(self: PyMatch, ...gs: PyObj[]) {
    const one = (g: PyObj) => {
      const v = self.m[groupIndex(self, g)];
      return v === undefined ? None : out(v, self.bytes);
    };
    if (gs.length <= 1) return one(gs[0]);
    return new PyTuple(gs.map(one));
  },
  groups(self: PyMatch) {
    const a: PyObj[] = [];
    for (let g = 1; g < self.m.length; g++) {
      a.push(self.m[g] === undefined ? None : out(self.m[g], self.bytes));
    }
    return new PyTuple(a);
  },
  start(self: PyMatch, g?: PyObj) {
    const ix = self.m.indices?.[groupIndex(self, g)];
    return ix ? cpIndex(self.subject, ix[0]) : -1;
  },
  end(self: PyMatch, g?: PyObj) {
    const ix = self.m.indices?.[groupIndex(self, g)];
    return ix ? cpIndex(self.subject, ix[1]) : -1;
  },
  span(self: PyMatch, g?: PyObj) {
    const ix = self.m.indices?.[groupIndex(self, g)];
    if (!ix) return new PyTuple([-1, -1]);
    return new PyTuple([cpIndex(self.subject, ix[0]), cpIndex(self.subject, ix[1])]);
  },
  __repr__: (self: PyMatch) => `<match num=${self.m.length}>`,
});

function makeUre() {
  return nativeModule("ure", {
    compile: fn("compile", 1, 2, (p, f) => compile(p, f === undefined ? 0 : intArg(f))),
    match: fn("match", 2, 2, (p, s) => exec(compile(p), s, true)),
    search: fn("search", 2, 2, (p, s) => exec(compile(p), s, false)),
    split: fn(
      "split",
      2,
      3,
      (p, s, m) => split(compile(p), s, m === undefined ? -1 : intArg(m) || -1),
    ),
    sub: fn("sub", 3, 4, (p, r, s, c) => sub(compile(p), r, s, c === undefined ? 0 : intArg(c))),
    DEBUG,
  });
}

builtinModules.set("ure", makeUre);
