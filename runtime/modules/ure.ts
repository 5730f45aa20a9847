/**
 * The `ure` module (importable as `re`): MicroPython's regular expressions. Patterns are
 * parsed and checked against MicroPython's subset by `ure_engine.ts` (anything else raises
 * `ValueError("Error in regex")`); a pattern then runs on V8's RegExp when that engine gives the
 * same answers, else on our backtracking matcher.
 *
 * As on the board, a pattern and its subject may be str or bytes in any mix (results have the
 * subject's type; a str pattern meets a bytes subject as UTF-8), `split` stops at the first
 * empty match and refuses patterns with groups, and `DEBUG` prints re1.5's byte code.
 * `sub`, `groups`, `start`, `end` and `span` are CPython's (the board's 1.8.3 lacks them).
 */

import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { exc, IndexError, notImplemented, typeError } from "../errors.ts";
import { nativeModule } from "../objobject.ts";
import { builtinModules } from "../import.ts";
import { PyList } from "../objlist.ts";
import { PyTuple } from "../objtuple.ts";
import { bytesFromArray, fromLatin1, latin1, PyBytes } from "../objbytes.ts";
import { hasAstral } from "../objstr.ts";
import { call, typeName } from "../ops.ts";
import { ctx } from "../context.ts";
import { bufferOpt, fn, intArg } from "./modutil.ts";
import {
  compileProgram,
  debugListing,
  execute,
  parse,
  type Parsed,
  type Program,
  regexError,
  toJsSource,
} from "./ure_engine.ts";

/** The flag ure.DEBUG. */
const DEBUG = 4096;

const utf8 = new TextEncoder();
const utf8Strict = new TextDecoder("utf-8", { fatal: true });

/** A pattern compiled for one kind of subject (str or bytes). */
interface Variant {
  parsed: Parsed;
  /** Our matcher's program (made on first use). */
  prog?: Program;
  /** V8 regexps for search and for anchored match, when the pattern is jsSafe. */
  g?: RegExp;
  y?: RegExp;
}

/** A compiled regular expression. */
class PyRegex {
  declare $cls: PyType;
  str?: Variant;
  bytes?: Variant;
  constructor(public pattern: string | PyBytes) {}
}

/** The pattern as code units of one kind: code points for str subjects, bytes for bytes. */
function patternCodes(pattern: string | PyBytes, bytes: boolean): ArrayLike<number> {
  if (typeof pattern === "string") {
    return bytes ? utf8.encode(pattern) : Array.from(pattern, (c) => c.codePointAt(0)!);
  }
  if (bytes) return pattern.b;
  let text: string;
  try {
    text = utf8Strict.decode(pattern.b);
  } catch {
    text = latin1(pattern.b);
  }
  return Array.from(text, (c) => c.codePointAt(0)!);
}

function variant(r: PyRegex, bytes: boolean): Variant {
  const have = bytes ? r.bytes : r.str;
  if (have) return have;
  const parsed = parse(patternCodes(r.pattern, bytes), bytes ? 0xff : 0x10ffff);
  const v: Variant = { parsed };
  if (parsed.jsSafe) {
    const source = toJsSource(parsed, !bytes);
    const flags = bytes ? "d" : "du";
    try {
      v.g = new RegExp(source, flags + "g");
      v.y = new RegExp(source, flags + "y");
    } catch {
      v.g = v.y = undefined;
    }
  }
  if (bytes) r.bytes = v;
  else r.str = v;
  return v;
}

/** A subject string: str (positions in UTF-16 units) or bytes (positions in bytes). */
class Subject {
  private text?: string;
  private codeUnits?: ArrayLike<number>;
  /** Code-point index → UTF-16 index, for strs with astral characters. */
  offs: Int32Array | null = null;
  constructor(public bytes: boolean, public s: string, public b: Uint8Array) {}
  get length(): number {
    return this.bytes ? this.b.length : this.s.length;
  }
  /** The subject as a JS string for V8 (latin-1 for bytes). */
  jsText(): string {
    if (!this.bytes) return this.s;
    return this.text ??= latin1(this.b);
  }
  /** The subject as code units for our matcher. */
  codes(): ArrayLike<number> {
    if (this.codeUnits) return this.codeUnits;
    if (this.bytes) return this.codeUnits = this.b;
    const s = this.s;
    if (!hasAstral(s)) {
      const a = new Uint16Array(s.length);
      for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
      return this.codeUnits = a;
    }
    const cps: number[] = [];
    const offs: number[] = [];
    for (let i = 0; i < s.length;) {
      const cp = s.codePointAt(i)!;
      cps.push(cp);
      offs.push(i);
      i += cp > 0xffff ? 2 : 1;
    }
    offs.push(s.length);
    this.offs = Int32Array.from(offs);
    return this.codeUnits = cps;
  }
  /** A position in the subject's units as an index into codes(). */
  toCode(u: number): number {
    const offs = this.offs;
    if (!offs) return u;
    let lo = 0;
    let hi = offs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offs[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** A position in the subject's units as a Python index (code points for str). */
  pyIndex(u: number): number {
    if (this.bytes || u < 0) return u;
    if (!hasAstral(this.s)) return u;
    let n = 0;
    for (let i = 0; i < u; i++) {
      const c = this.s.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) n++;
    }
    return n;
  }
  /** The part [a, b) as a Python object of the subject's type. */
  slice(a: number, b: number): PyObj {
    return this.bytes ? bytesFromArray(this.b.slice(a, b)) : this.s.slice(a, b);
  }
  /** The part [a, b) as a JS string in jsText()'s terms. */
  textSlice(a: number, b: number): string {
    return this.bytes ? latin1(this.b.subarray(a, b)) : this.s.slice(a, b);
  }
}

function subjectOf(x: PyObj): Subject {
  if (typeof x === "object" && x !== null && x.$str !== undefined) x = x.$str; // str subclass
  if (typeof x === "string") return new Subject(false, x, EMPTY);
  if (x instanceof PyBytes) return new Subject(true, "", x.b);
  const b = typeof x === "object" ? bufferOpt(x) : undefined;
  if (b !== undefined) return new Subject(true, "", b.slice());
  throw typeError(`can't convert '${typeName(x)}' object to str implicitly`);
}
const EMPTY = new Uint8Array(0);

/**
 * The first match at or after `from` (only at `from` when anchored), `^` matching at `begin`:
 * group boundaries in the subject's units (-1 when unset), or null.
 */
function find(
  r: PyRegex,
  subj: Subject,
  from: number,
  begin: number,
  anchored: boolean,
): Int32Array | null {
  const v = variant(r, subj.bytes);
  const ncaps = 2 * (v.parsed.groups + 1);
  if (v.g && v.y && (begin === 0 || !v.parsed.hasBol)) {
    const re = anchored ? v.y : v.g;
    re.lastIndex = from;
    const m = re.exec(subj.jsText());
    if (!m) return null;
    const caps = new Int32Array(ncaps).fill(-1);
    const ix = m.indices!;
    for (let g = 0; g < ix.length; g++) {
      const span = ix[g];
      if (span) {
        caps[2 * g] = span[0];
        caps[2 * g + 1] = span[1];
      }
    }
    return caps;
  }
  v.prog ??= compileProgram(v.parsed);
  const input = subj.codes(); // (first: it sets up offs for toCode)
  const caps = new Int32Array(ncaps);
  if (!execute(v.prog, input, subj.toCode(from), subj.toCode(begin), anchored, caps)) return null;
  const offs = subj.offs;
  if (offs) { for (let i = 0; i < ncaps; i++) if (caps[i] >= 0) caps[i] = offs[caps[i]]; }
  return caps;
}

/** A successful match. */
class PyMatch {
  declare $cls: PyType;
  constructor(public subj: Subject, public caps: Int32Array) {}
}

const regex_type = makeNativeType("ure", PyRegex.prototype);
const match_type = makeNativeType("match", PyMatch.prototype);

const cache = new Map<string, PyRegex>();

function compile(pattern: PyObj, flags = 0): PyRegex {
  if (pattern instanceof PyRegex) return pattern;
  if (typeof pattern === "object" && pattern !== null && pattern.$str !== undefined) {
    pattern = pattern.$str; // str subclass
  }
  if (typeof pattern !== "string" && !(pattern instanceof PyBytes)) {
    throw typeError(`can't convert '${typeName(pattern)}' object to str implicitly`);
  }
  const key = typeof pattern === "string" ? "s" + pattern : "b" + latin1(pattern.b);
  let r = cache.get(key);
  if (r === undefined) {
    r = new PyRegex(pattern);
    variant(r, typeof pattern !== "string"); // validates: errors surface at compile time
    if (cache.size >= 64) cache.delete(cache.keys().next().value!);
    cache.set(key, r);
  }
  if (flags & DEBUG) ctx.host.writeOut(debugListing(variant(r, true).parsed));
  return r;
}

function exec(r: PyRegex, subject: PyObj, anchored: boolean): PyObj {
  const subj = subjectOf(subject);
  const caps = find(r, subj, 0, 0, anchored);
  return caps ? new PyMatch(subj, caps) : None;
}

/** MicroPython's split: stops at the first empty match; patterns with groups are refused. */
function split(r: PyRegex, subject: PyObj, maxSplit: number): PyList {
  const subj = subjectOf(subject);
  const parts: PyObj[] = [];
  let begin = 0;
  for (;;) {
    const caps = find(r, subj, begin, begin, false);
    if (!caps || caps[0] === caps[1]) break;
    if (caps.length > 2) throw notImplemented("Splitting with sub-captures");
    parts.push(subj.slice(begin, caps[0]));
    begin = caps[1];
    if (maxSplit > 0 && --maxSplit === 0) break;
  }
  parts.push(subj.slice(begin, subj.length));
  return new PyList(parts);
}

/** A str or bytes value as text in the subject's jsText() terms. */
function asText(x: PyObj, subj: Subject): string {
  if (typeof x === "object" && x !== null && x.$str !== undefined) x = x.$str; // str subclass
  if (typeof x === "string") return subj.bytes ? latin1(utf8.encode(x)) : x;
  const b = x instanceof PyBytes ? x.b : typeof x === "object" ? bufferOpt(x) : undefined;
  if (b === undefined) {
    throw typeError(`can't convert '${typeName(x)}' object to str implicitly`);
  }
  if (subj.bytes) return latin1(b);
  try {
    return utf8Strict.decode(b);
  } catch {
    return latin1(b);
  }
}

const TEMPLATE_ESCAPES: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  f: "\f",
  v: "\v",
  a: "\x07",
  b: "\b",
  "\\": "\\",
};

/** Expands `\1`, `\g<1>` and the usual escapes in a replacement template. */
function expand(template: string, subj: Subject, caps: Int32Array): string {
  return template.replace(/\\(?:g<([^>]*)>|(\d\d?)|(.))/gs, (all, g1, g2, esc) => {
    if (esc !== undefined) {
      const e = TEMPLATE_ESCAPES[esc];
      if (e !== undefined) return e;
      if (/[A-Za-z]/.test(esc)) throw regexError();
      return all;
    }
    const s = g1 ?? g2;
    if (!/^\d+$/.test(s)) throw regexError();
    const n = Number(s);
    if (2 * n >= caps.length) throw regexError();
    return caps[2 * n] < 0 ? "" : subj.textSlice(caps[2 * n], caps[2 * n + 1]);
  });
}

/** CPython's sub: every match (empty ones too, but not right after the previous match). */
function sub(r: PyRegex, repl: PyObj, subject: PyObj, count: number): PyObj {
  const subj = subjectOf(subject);
  if (typeof repl === "object" && repl !== null && repl.$str !== undefined) repl = repl.$str; // str subclass
  const template = typeof repl === "string" || bufferOpt(repl) !== undefined
    ? asText(repl, subj)
    : undefined;
  let out = "";
  let pos = 0;
  let searchFrom = 0;
  let n = 0;
  let lastEmpty = -1;
  while (count <= 0 || n < count) {
    if (searchFrom > subj.length) break;
    const caps = find(r, subj, searchFrom, 0, false);
    if (!caps) break;
    const [start, end] = caps;
    if (start === end) {
      if (start === lastEmpty) {
        // The same empty match again: look one position on.
        searchFrom = start + 1 + (!subj.bytes && isHighSurrogateAt(subj.s, start) ? 1 : 0);
        continue;
      }
      lastEmpty = start;
    }
    out += subj.textSlice(pos, start);
    out += template !== undefined
      ? expand(template, subj, caps)
      : asText(call(repl, [new PyMatch(subj, caps)]), subj);
    pos = end;
    searchFrom = end;
    n++;
  }
  out += subj.textSlice(pos, subj.length);
  return subj.bytes ? bytesFromArray(fromLatin1(out)) : out;
}

function isHighSurrogateAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length;
}

defMethods(regex_type, {
  match: (self: PyRegex, s: PyObj) => exec(self, s, true),
  search: (self: PyRegex, s: PyObj) => exec(self, s, false),
  split: (self: PyRegex, s: PyObj, max?: PyObj) =>
    split(self, s, max === undefined ? 0 : intArg(max)),
  sub: (self: PyRegex, repl: PyObj, s: PyObj, count?: PyObj) =>
    sub(self, repl, s, count === undefined ? 0 : intArg(count)),
  __repr__: (self: PyRegex) => `<re ${typeof self.pattern === "string" ? self.pattern : "bytes"}>`,
});

function groupIndex(m: PyMatch, g: PyObj): number {
  const n = g === undefined ? 0 : intArg(g);
  if (n < 0 || 2 * n >= m.caps.length) throw exc(IndexError, g ?? 0);
  return n;
}

function groupValue(m: PyMatch, n: number): PyObj {
  const a = m.caps[2 * n];
  return a < 0 ? None : m.subj.slice(a, m.caps[2 * n + 1]);
}

defMethods(match_type, {
  group(self: PyMatch, ...gs: PyObj[]) {
    if (gs.length <= 1) return groupValue(self, groupIndex(self, gs[0]));
    return new PyTuple(gs.map((g) => groupValue(self, groupIndex(self, g))));
  },
  groups(self: PyMatch) {
    const a: PyObj[] = [];
    for (let g = 1; 2 * g < self.caps.length; g++) a.push(groupValue(self, g));
    return new PyTuple(a);
  },
  start: (self: PyMatch, g?: PyObj) => self.subj.pyIndex(self.caps[2 * groupIndex(self, g)]),
  end: (self: PyMatch, g?: PyObj) => self.subj.pyIndex(self.caps[2 * groupIndex(self, g) + 1]),
  span(self: PyMatch, g?: PyObj) {
    const n = groupIndex(self, g);
    return new PyTuple([
      self.subj.pyIndex(self.caps[2 * n]),
      self.subj.pyIndex(self.caps[2 * n + 1]),
    ]);
  },
  __repr__: (self: PyMatch) => `<match num=${self.caps.length / 2}>`,
});

function makeUre() {
  const flagsOf = (f: PyObj) => (f === undefined ? 0 : intArg(f));
  return nativeModule("ure", {
    compile: fn("compile", 1, 2, (p, f) => compile(p, flagsOf(f))),
    match: fn("match", 2, 3, (p, s, f) => exec(compile(p, flagsOf(f)), s, true)),
    search: fn("search", 2, 3, (p, s, f) => exec(compile(p, flagsOf(f)), s, false)),
    split: fn("split", 2, 3, (p, s, m) => split(compile(p), s, m === undefined ? 0 : intArg(m))),
    sub: fn("sub", 3, 4, (p, r, s, c) => sub(compile(p), r, s, c === undefined ? 0 : intArg(c))),
    DEBUG,
  });
}

builtinModules.set("ure", makeUre);
