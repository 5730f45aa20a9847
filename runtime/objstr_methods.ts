/**
 * The str methods (MicroPython's set plus ljust/rjust/zfill/isalnum), `str.format` with the
 * full format mini-language, and the `str()` constructor. Every index is a code point;
 * strings without surrogates take fast paths on plain UTF-16 offsets.
 */

// deno-lint-ignore-file no-explicit-any
import { defMethods, isSubtype, None, type PyObj, PyType } from "./object.ts";
import { indexError, keyError, overflowError, typeError, valueError } from "./errors.ts";
import { PyTuple } from "./objtuple.ts";
import { PyList } from "./objlist.ts";
import { asInt } from "./objinttype.ts";
import { searchRange } from "./objslice.ts";
import { bytesFromArray, PyBytes } from "./objbytes.ts";
import { asStr, codePoints, hasAstral, str_type, strLen } from "./objstr.ts";
import { getattr, getitem, repr, str, strHash, strOf, toArray, truthy, typeName } from "./ops.ts";
import { asciiRepr, decodeBytes, encodeStr, formatValue } from "./strformat.ts";

// ---------------------------------------------------------------------------------------
// Argument helpers

/** TypeError for a wrong argument count (counts include self, as MicroPython's do). */
function argCount(given: number, min: number, max: number): unknown {
  if (given > max) return typeError(`function expected at most ${max} arguments, got ${given}`);
  return typeError(`function missing ${min - given} required positional arguments`);
}

function selfStr(self: PyObj, name: string): string {
  if (typeof self !== "string") {
    // An instance of a str subclass works on its value.
    if (self !== null && typeof self === "object" && self.$str !== undefined) return self.$str;
    throw typeError(
      `descriptor '${name}' requires a 'str' object but received a '${typeName(self)}'`,
    );
  }
  return self;
}

/** MicroPython's error for a non-str where a str is needed. */
function badConversion(x: PyObj): unknown {
  return typeError(`Can't convert '${typeName(x)}' object to str implicitly`);
}

function argStr(x: PyObj): string {
  if (typeof x !== "string") {
    if (x !== null && typeof x === "object" && x.$str !== undefined) return x.$str;
    throw badConversion(x);
  }
  return x;
}

/** An int argument as a JS number (a big int overflows, as MicroPython's machine word does). */
function intArg(x: PyObj): number {
  const v = asInt(x);
  if (v === undefined) throw typeError(`can't convert ${typeName(x)} to int`);
  if (typeof v === "bigint") throw overflowError("overflow converting long int to machine word");
  return v;
}

// ---------------------------------------------------------------------------------------
// Character classes

/** CPython's str.isspace set. */
export function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

const RE_ALPHA = /^\p{L}+$/u;
const RE_DIGIT =
  /^[\p{Nd}\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24f5-\u24fd\u24ea\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]+$/u;
const RE_ALNUM = /^[\p{L}\p{N}]+$/u;
// CPython's "lowercase"/"uppercase" are the derived properties (Ll/Lu plus Other_Lowercase etc.).
const RE_UPPER_BAD = /[\p{Lowercase}\p{Lt}]/u;
const RE_UPPER_CASED = /\p{Uppercase}/u;
const RE_LOWER_BAD = /[\p{Uppercase}\p{Lt}]/u;
const RE_LOWER_CASED = /\p{Lowercase}/u;

function allAscii(s: string, test: (c: number) => boolean): boolean | undefined {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return undefined;
    if (!test(c)) return false;
  }
  return true;
}

const isAsciiAlpha = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

// ---------------------------------------------------------------------------------------
// Searching

/** find/rfind/index/rindex: code-point index of `sub` in s[start:end], or -1. */
function findIn(s: string, sub: string, start: PyObj, end: PyObj, forward: boolean): number {
  if (!hasAstral(s)) {
    const [a, b] = searchRange(start, end, s.length);
    if (b - a < sub.length) return -1;
    if (forward) {
      const r = s.indexOf(sub, a);
      return r >= 0 && r + sub.length <= b ? r : -1;
    }
    const r = s.lastIndexOf(sub, b - sub.length);
    return r >= a ? r : -1;
  }
  const cps = codePoints(s);
  const [a, b] = searchRange(start, end, cps.length);
  if (b - a < strLen(sub)) return -1;
  const hay = cps.slice(a, b).join("");
  const r = forward ? hay.indexOf(sub) : hay.lastIndexOf(sub);
  return r < 0 ? -1 : a + strLen(hay.slice(0, r));
}

function countIn(s: string, sub: string, start: PyObj, end: PyObj): number {
  let hay: string;
  let span: number;
  if (!hasAstral(s)) {
    const [a, b] = searchRange(start, end, s.length);
    if (a > b) return 0;
    span = b - a;
    hay = a === 0 && b === s.length ? s : s.slice(a, b);
  } else {
    const cps = codePoints(s);
    const [a, b] = searchRange(start, end, cps.length);
    if (a > b) return 0;
    span = b - a;
    hay = cps.slice(a, b).join("");
  }
  if (sub.length === 0) return span + 1;
  let n = 0;
  for (let i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length)) n++;
  return n;
}

/** startswith/endswith for one candidate. */
function tailMatch(s: string, p: string, start: PyObj, end: PyObj, atEnd: boolean): boolean {
  if (start === undefined && end === undefined) return atEnd ? s.endsWith(p) : s.startsWith(p);
  if (!hasAstral(s)) {
    const [a, b] = searchRange(start, end, s.length);
    if (b - a < p.length) return false;
    return s.startsWith(p, atEnd ? b - p.length : a);
  }
  const cps = codePoints(s);
  const [a, b] = searchRange(start, end, cps.length);
  if (b - a < strLen(p)) return false;
  const sub = cps.slice(a, b).join("");
  return atEnd ? sub.endsWith(p) : sub.startsWith(p);
}

function startsEnds(
  name: string,
  self: PyObj,
  prefix: PyObj,
  start: PyObj,
  end: PyObj,
  atEnd: boolean,
): boolean {
  const s = selfStr(self, name);
  const ps = asStr(prefix);
  if (ps !== undefined) return tailMatch(s, ps, start, end, atEnd);
  if (prefix instanceof PyTuple) {
    for (const x of prefix.a) {
      const p = asStr(x);
      if (p === undefined) {
        throw typeError(`tuple for ${name} must only contain str, not ${typeName(x)}`);
      }
      if (tailMatch(s, p, start, end, atEnd)) return true;
    }
    return false;
  }
  throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(prefix)}`);
}

// ---------------------------------------------------------------------------------------
// Splitting

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  for (;;) {
    while (i < n && isWhitespace(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (maxsplit === 0) {
      out.push(s.slice(i));
      break;
    }
    let j = i;
    while (j < n && !isWhitespace(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
    if (maxsplit > 0) maxsplit--;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let j = s.length;
  for (;;) {
    while (j > 0 && isWhitespace(s.charCodeAt(j - 1))) j--;
    if (j <= 0) break;
    if (maxsplit === 0) {
      out.push(s.slice(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !isWhitespace(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
    j = i;
    if (maxsplit > 0) maxsplit--;
  }
  return out.reverse();
}

function splitSep(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let i = 0;
  while (maxsplit > 0) {
    const k = s.indexOf(sep, i);
    if (k < 0) break;
    out.push(s.slice(i, k));
    i = k + sep.length;
    maxsplit--;
  }
  out.push(s.slice(i));
  return out;
}

/** True when a proper prefix of `sep` is also its suffix, so its matches can overlap. */
function selfOverlaps(sep: string): boolean {
  for (let n = sep.length - 1; n > 0; n--) if (sep.startsWith(sep.slice(-n))) return true;
  return false;
}

function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  // Without a limit the pieces equal split's unless two matches can overlap ("aa" in "aaa").
  if (maxsplit < 0 && !selfOverlaps(sep)) return s.split(sep);
  const out: string[] = [];
  let end = s.length;
  while (maxsplit !== 0 && end - sep.length >= 0) {
    const k = s.lastIndexOf(sep, end - sep.length);
    if (k < 0) break;
    out.push(s.slice(k + sep.length, end));
    end = k;
    maxsplit--;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

function splitImpl(name: string, self: PyObj, sep: PyObj, maxsplit: PyObj, right: boolean): PyList {
  const s = selfStr(self, name);
  const n = maxsplit === undefined ? -1 : intArg(maxsplit);
  if (sep === undefined || sep === None) {
    return new PyList(right ? rsplitWhitespace(s, n) : splitWhitespace(s, n));
  }
  const p = argStr(sep);
  if (p.length === 0) throw valueError("empty separator");
  return new PyList(right ? rsplitSep(s, p, n) : splitSep(s, p, n));
}

// deno-lint-ignore no-control-regex
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(s); m !== null; m = LINE_BREAK.exec(s)) {
    const e = m.index + m[0].length;
    out.push(s.slice(i, keepends ? e : m.index));
    i = e;
  }
  if (i < s.length) out.push(s.slice(i));
  return out;
}

// ---------------------------------------------------------------------------------------
// Stripping, padding, replacing

function stripImpl(name: string, self: PyObj, chars: PyObj, left: boolean, right: boolean): string {
  const s = selfStr(self, name);
  if (chars === undefined || chars === None) {
    let i = 0;
    let j = s.length;
    if (left) { while (i < j && isWhitespace(s.charCodeAt(i))) i++; }
    if (right) { while (j > i && isWhitespace(s.charCodeAt(j - 1))) j--; }
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  const cs = argStr(chars);
  if (!hasAstral(cs)) {
    let i = 0;
    let j = s.length;
    if (left) { while (i < j && cs.includes(s[i])) i++; }
    if (right) { while (j > i && cs.includes(s[j - 1])) j--; }
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  const set = new Set(codePoints(cs));
  const cps = codePoints(s);
  let i = 0;
  let j = cps.length;
  if (left) { while (i < j && set.has(cps[i])) i++; }
  if (right) { while (j > i && set.has(cps[j - 1])) j--; }
  return cps.slice(i, j).join("");
}

function fillArg(fill: PyObj): string {
  if (fill === undefined) return " ";
  const fillchar = asStr(fill);
  if (fillchar === undefined) {
    throw typeError(`The fill character must be a unicode character, not ${typeName(fill)}`);
  }
  if (strLen(fillchar) !== 1) {
    throw typeError("The fill character must be exactly one character long");
  }
  return fillchar;
}

function replaceImpl(s: string, old: string, rep: string, count: number): string {
  if (count === 0) return s;
  if (old.length === 0) {
    const parts = hasAstral(s) ? codePoints(s) : s.split("");
    const k = count < 0 ? parts.length + 1 : Math.min(count, parts.length + 1);
    let out = "";
    for (let i = 0; i < parts.length; i++) {
      if (i < k) out += rep;
      out += parts[i];
    }
    if (k > parts.length) out += rep;
    return out;
  }
  if (count < 0) return s.split(old).join(rep);
  let out = "";
  let i = 0;
  while (count > 0) {
    const k = s.indexOf(old, i);
    if (k < 0) break;
    out += s.slice(i, k) + rep;
    i = k + old.length;
    count--;
  }
  return i === 0 ? s : out + s.slice(i);
}

// ---------------------------------------------------------------------------------------
// str.format

interface FieldState {
  /** Next automatic field number. */
  auto: number;
  /** 0: undecided, 1: automatic numbering, 2: manual numbering. */
  mode: number;
}

const DIGITS = /^\d+$/;

function resolveField(
  name: string,
  args: PyObj[],
  kw: Map<string, PyObj> | null,
  st: FieldState,
): PyObj {
  let k = 0;
  while (k < name.length && name[k] !== "." && name[k] !== "[") k++;
  const first = name.slice(0, k);
  let obj: PyObj;
  if (first === "") {
    if (st.mode === 2) {
      throw valueError("can't switch from manual field specification to automatic field numbering");
    }
    st.mode = 1;
    const idx = st.auto++;
    if (idx >= args.length) throw indexError("tuple index out of range");
    obj = args[idx];
  } else if (DIGITS.test(first)) {
    if (st.mode === 1) {
      throw valueError("can't switch from automatic field numbering to manual field specification");
    }
    st.mode = 2;
    const idx = Number(first);
    if (idx >= args.length) throw indexError("tuple index out of range");
    obj = args[idx];
  } else {
    obj = kw === null ? undefined : kw.get(first);
    if (obj === undefined) throw keyError(first);
  }
  while (k < name.length) {
    if (name[k] === ".") {
      let e = k + 1;
      while (e < name.length && name[e] !== "." && name[e] !== "[") e++;
      const attr = name.slice(k + 1, e);
      if (attr === "") throw valueError("Empty attribute in format string");
      obj = getattr(obj, attr);
      k = e;
    } else if (name[k] === "[") {
      const e = name.indexOf("]", k + 1);
      if (e < 0) throw valueError("Missing ']' in format string");
      const key = name.slice(k + 1, e);
      if (key === "") throw valueError("Empty attribute in format string");
      obj = getitem(obj, DIGITS.test(key) ? Number(key) : key);
      k = e + 1;
      if (k < name.length && name[k] !== "." && name[k] !== "[") {
        throw valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    } else {
      throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

/** One replacement field of a format string, parsed once. */
interface FormatField {
  /** The field name (`""`, `0`, `name`, `a.b[0]`...). */
  name: string;
  /** A plain positional index when the name is just digits, else -1. */
  index: number;
  /** The name has `.attr` or `[key]` parts. */
  chained: boolean;
  /** Conversion: "r", "s", "a" or "". */
  conv: string;
  /** The format spec (may itself contain fields when `nested`). */
  spec: string;
  nested: boolean;
}

const formatCache = new Map<string, (string | FormatField)[]>();

/** Parses a `str.format` string into literal text and fields (cached per string). */
function formatTemplate(fmt: string): (string | FormatField)[] {
  let parts = formatCache.get(fmt);
  if (parts !== undefined) return parts;
  parts = [];
  const n = fmt.length;
  let out = "";
  let lit = 0;
  let i = 0;
  while (i < n) {
    const c = fmt.charCodeAt(i);
    if (c === 125) {
      // '}'
      out += fmt.slice(lit, i);
      if (fmt.charCodeAt(i + 1) !== 125) {
        throw valueError("single '}' encountered in format string");
      }
      out += "}";
      i += 2;
      lit = i;
      continue;
    }
    if (c !== 123) {
      i++;
      continue;
    }
    // '{'
    out += fmt.slice(lit, i);
    if (fmt.charCodeAt(i + 1) === 123) {
      out += "{";
      i += 2;
      lit = i;
      continue;
    }
    // The field runs to the matching '}' (format specs may nest fields).
    let j = i + 1;
    let level = 1;
    for (; j < n; j++) {
      const d = fmt.charCodeAt(j);
      if (d === 91) {
        // '[' in the field name: skip to ']'
        const e = fmt.indexOf("]", j + 1);
        if (e >= 0 && level === 1 && !/[:!]/.test(fmt.slice(i + 1, j))) j = e;
      } else if (d === 123) level++;
      else if (d === 125 && --level === 0) break;
    }
    if (j >= n) throw valueError("unmatched '{' in format");
    const field = fmt.slice(i + 1, j);
    i = j + 1;
    lit = i;
    // field ::= name ["!" conversion] [":" spec]
    let k = 0;
    while (k < field.length) {
      const d = field[k];
      if (d === "[") {
        const e = field.indexOf("]", k + 1);
        k = e < 0 ? field.length : e + 1;
        continue;
      }
      if (d === "!" || d === ":") break;
      if (d === "{") throw valueError("unexpected '{' in field name");
      k++;
    }
    const name = field.slice(0, k);
    let conv = "";
    let spec = "";
    if (field[k] === "!") {
      if (k + 1 >= field.length) {
        throw valueError("end of format while looking for conversion specifier");
      }
      conv = field[k + 1];
      if (k + 2 < field.length && field[k + 2] !== ":") {
        throw valueError("expected ':' after format specifier");
      }
      if (conv !== "r" && conv !== "s" && conv !== "a") {
        throw valueError(`unknown conversion specifier ${conv}`);
      }
      spec = field.slice(k + 3);
    } else if (field[k] === ":") spec = field.slice(k + 1);
    if (out) parts.push(out);
    out = "";
    parts.push({
      name,
      index: DIGITS.test(name) ? Number(name) : -1,
      chained: /[.[]/.test(name),
      conv,
      spec,
      nested: spec.includes("{"),
    });
  }
  out += fmt.slice(lit);
  if (out) parts.push(out);
  if (formatCache.size > 256) formatCache.clear();
  formatCache.set(fmt, parts);
  return parts;
}

function formatImpl(
  fmt: string,
  args: PyObj[],
  kw: Map<string, PyObj> | null,
  st: FieldState,
  depth: number,
): string {
  if (depth > 2) throw valueError("Max string recursion exceeded");
  const parts = formatTemplate(fmt);
  let out = "";
  for (let p = 0; p < parts.length; p++) {
    const f = parts[p];
    if (typeof f === "string") {
      out += f;
      continue;
    }
    let obj: PyObj;
    if (f.name === "" && st.mode !== 2) {
      // Automatic numbering, the common case.
      st.mode = 1;
      const idx = st.auto++;
      if (idx >= args.length) throw indexError("tuple index out of range");
      obj = args[idx];
    } else if (f.index >= 0 && st.mode !== 1) {
      st.mode = 2;
      if (f.index >= args.length) throw indexError("tuple index out of range");
      obj = args[f.index];
    } else obj = resolveField(f.name, args, kw, st);
    if (f.conv !== "") {
      obj = f.conv === "r" ? repr(obj) : f.conv === "s" ? str(obj) : asciiRepr(obj);
    }
    const spec = f.nested ? formatImpl(f.spec, args, kw, st, depth + 1) : f.spec;
    out += formatValue(obj, spec);
  }
  return out;
}

/** `fmt.format(*args, **kw)`. */
export function strFormat(fmt: string, args: PyObj[], kw: Map<string, PyObj> | null): string {
  if (!fmt.includes("{") && !fmt.includes("}")) return fmt;
  return formatImpl(fmt, args, kw, { auto: 0, mode: 0 }, 0);
}

const strFormatMethod: any = function format(self: PyObj, ...args: PyObj[]) {
  return strFormat(selfStr(self, "format"), args, null);
};
strFormatMethod.$kwraw = (args: PyObj[], kwn: string[], kwv: PyObj[]) => {
  if (args.length === 0) throw argCount(0, 1, Infinity);
  const kw = new Map<string, PyObj>();
  for (let i = 0; i < kwn.length; i++) kw.set(kwn[i], kwv[i]);
  return strFormat(selfStr(args[0], "format"), args.slice(1), kw);
};

// ---------------------------------------------------------------------------------------
// Methods taking keywords

const splitMethod: any = function split(self: PyObj, sep: PyObj, maxsplit: PyObj, x: PyObj) {
  if (x !== undefined) throw argCount(4, 1, 3);
  return splitImpl("split", self, sep, maxsplit, false);
};
splitMethod.$kwp = ["self", "sep", "maxsplit"];

const rsplitMethod: any = function rsplit(self: PyObj, sep: PyObj, maxsplit: PyObj, x: PyObj) {
  if (x !== undefined) throw argCount(4, 1, 3);
  return splitImpl("rsplit", self, sep, maxsplit, true);
};
rsplitMethod.$kwp = ["self", "sep", "maxsplit"];

const splitlinesMethod: any = function splitlines(self: PyObj, keepends: PyObj, x: PyObj) {
  if (x !== undefined) throw argCount(3, 1, 2);
  const s = selfStr(self, "splitlines");
  return new PyList(splitLines(s, keepends !== undefined && truthy(keepends)));
};
splitlinesMethod.$kwp = ["self", "keepends"];

const encodeMethod: any = function encode(self: PyObj, encoding: PyObj, errors: PyObj, x: PyObj) {
  if (x !== undefined) throw argCount(4, 1, 3);
  const s = selfStr(self, "encode");
  if (errors !== undefined && typeof errors !== "string") {
    throw typeError(`encode() argument 'errors' must be str, not ${typeName(errors)}`);
  }
  return bytesFromArray(encodeStr(s, encoding ?? "utf-8", errors ?? "strict"));
};
encodeMethod.$kwp = ["self", "encoding", "errors"];

// ---------------------------------------------------------------------------------------
// The methods

defMethods(str_type, {
  format: strFormatMethod,
  split: splitMethod,
  rsplit: rsplitMethod,
  splitlines: splitlinesMethod,
  encode: encodeMethod,

  join(self: PyObj, it: PyObj, x?: PyObj) {
    if (it === undefined || x !== undefined) throw argCount(arguments.length, 2, 2);
    const sep = selfStr(self, "join");
    const items = toArray(it);
    for (let i = 0; i < items.length; i++) {
      if (typeof items[i] !== "string") {
        const v = asStr(items[i]);
        if (v === undefined) {
          throw typeError("join expects a list of str/bytes objects consistent with self object");
        }
        items[i] = v;
      }
    }
    return items.join(sep);
  },

  strip(self: PyObj, chars?: PyObj, x?: PyObj) {
    if (x !== undefined) throw argCount(arguments.length, 1, 2);
    return stripImpl("strip", self, chars, true, true);
  },
  lstrip(self: PyObj, chars?: PyObj, x?: PyObj) {
    if (x !== undefined) throw argCount(arguments.length, 1, 2);
    return stripImpl("lstrip", self, chars, true, false);
  },
  rstrip(self: PyObj, chars?: PyObj, x?: PyObj) {
    if (x !== undefined) throw argCount(arguments.length, 1, 2);
    return stripImpl("rstrip", self, chars, false, true);
  },

  find(self: PyObj, sub: PyObj, start?: PyObj, end?: PyObj, x?: PyObj) {
    if (sub === undefined || x !== undefined) throw argCount(arguments.length, 2, 4);
    return findIn(selfStr(self, "find"), argStr(sub), start, end, true);
  },
  rfind(self: PyObj, sub: PyObj, start?: PyObj, end?: PyObj, x?: PyObj) {
    if (sub === undefined || x !== undefined) throw argCount(arguments.length, 2, 4);
    return findIn(selfStr(self, "rfind"), argStr(sub), start, end, false);
  },
  index(self: PyObj, sub: PyObj, start?: PyObj, end?: PyObj, x?: PyObj) {
    if (sub === undefined || x !== undefined) throw argCount(arguments.length, 2, 4);
    const r = findIn(selfStr(self, "index"), argStr(sub), start, end, true);
    if (r < 0) throw valueError("substring not found");
    return r;
  },
  rindex(self: PyObj, sub: PyObj, start?: PyObj, end?: PyObj, x?: PyObj) {
    if (sub === undefined || x !== undefined) throw argCount(arguments.length, 2, 4);
    const r = findIn(selfStr(self, "rindex"), argStr(sub), start, end, false);
    if (r < 0) throw valueError("substring not found");
    return r;
  },
  count(self: PyObj, sub: PyObj, start?: PyObj, end?: PyObj, x?: PyObj) {
    if (sub === undefined || x !== undefined) throw argCount(arguments.length, 2, 4);
    return countIn(selfStr(self, "count"), argStr(sub), start, end);
  },

  replace(self: PyObj, old: PyObj, rep: PyObj, count?: PyObj, x?: PyObj) {
    if (rep === undefined || x !== undefined) throw argCount(arguments.length, 3, 4);
    const s = selfStr(self, "replace");
    const n = count === undefined ? -1 : intArg(count);
    return replaceImpl(s, argStr(old), argStr(rep), n);
  },

  startswith(self: PyObj, prefix: PyObj, start?: PyObj, end?: PyObj, x?: PyObj) {
    if (prefix === undefined || x !== undefined) throw argCount(arguments.length, 2, 4);
    return startsEnds("startswith", self, prefix, start, end, false);
  },
  endswith(self: PyObj, suffix: PyObj, start?: PyObj, end?: PyObj, x?: PyObj) {
    if (suffix === undefined || x !== undefined) throw argCount(arguments.length, 2, 4);
    return startsEnds("endswith", self, suffix, start, end, true);
  },

  partition(self: PyObj, sep: PyObj, x?: PyObj) {
    if (sep === undefined || x !== undefined) throw argCount(arguments.length, 2, 2);
    const s = selfStr(self, "partition");
    const p = argStr(sep);
    if (p.length === 0) throw valueError("empty separator");
    const k = s.indexOf(p);
    if (k < 0) return new PyTuple([s, "", ""]);
    return new PyTuple([s.slice(0, k), p, s.slice(k + p.length)]);
  },
  rpartition(self: PyObj, sep: PyObj, x?: PyObj) {
    if (sep === undefined || x !== undefined) throw argCount(arguments.length, 2, 2);
    const s = selfStr(self, "rpartition");
    const p = argStr(sep);
    if (p.length === 0) throw valueError("empty separator");
    const k = s.lastIndexOf(p);
    if (k < 0) return new PyTuple(["", "", s]);
    return new PyTuple([s.slice(0, k), p, s.slice(k + p.length)]);
  },

  center(self: PyObj, width: PyObj, fillchar?: PyObj, x?: PyObj) {
    if (width === undefined || x !== undefined) throw argCount(arguments.length, 2, 3);
    const s = selfStr(self, "center");
    const w = intArg(width);
    const f = fillArg(fillchar);
    const marg = w - strLen(s);
    if (marg <= 0) return s;
    const left = (marg >> 1) + (marg & w & 1);
    return f.repeat(left) + s + f.repeat(marg - left);
  },
  ljust(self: PyObj, width: PyObj, fillchar?: PyObj, x?: PyObj) {
    if (width === undefined || x !== undefined) throw argCount(arguments.length, 2, 3);
    const s = selfStr(self, "ljust");
    const w = intArg(width);
    const f = fillArg(fillchar);
    const marg = w - strLen(s);
    return marg <= 0 ? s : s + f.repeat(marg);
  },
  rjust(self: PyObj, width: PyObj, fillchar?: PyObj, x?: PyObj) {
    if (width === undefined || x !== undefined) throw argCount(arguments.length, 2, 3);
    const s = selfStr(self, "rjust");
    const w = intArg(width);
    const f = fillArg(fillchar);
    const marg = w - strLen(s);
    return marg <= 0 ? s : f.repeat(marg) + s;
  },
  zfill(self: PyObj, width: PyObj, x?: PyObj) {
    if (width === undefined || x !== undefined) throw argCount(arguments.length, 2, 2);
    const s = selfStr(self, "zfill");
    const marg = intArg(width) - strLen(s);
    if (marg <= 0) return s;
    const z = "0".repeat(marg);
    if (s[0] === "+" || s[0] === "-") return s[0] + z + s.slice(1);
    return z + s;
  },

  upper(self: PyObj, x?: PyObj) {
    if (x !== undefined) throw argCount(arguments.length, 1, 1);
    return selfStr(self, "upper").toUpperCase();
  },
  lower(self: PyObj, x?: PyObj) {
    if (x !== undefined) throw argCount(arguments.length, 1, 1);
    return selfStr(self, "lower").toLowerCase();
  },

  isdigit(self: PyObj, x?: PyObj) {
    if (x !== undefined) throw argCount(arguments.length, 1, 1);
    const s = selfStr(self, "isdigit");
    if (s.length === 0) return false;
    return allAscii(s, isAsciiDigit) ?? RE_DIGIT.test(s);
  },
  isalpha(self: PyObj, x?: PyObj) {
    if (x !== undefined) throw argCount(arguments.length, 1, 1);
    const s = selfStr(self, "isalpha");
    if (s.length === 0) return false;
    return allAscii(s, isAsciiAlpha) ?? RE_ALPHA.test(s);
  },
  isalnum(self: PyObj, x?: PyObj) {
    if (x !== undefined) throw argCount(arguments.length, 1, 1);
    const s = selfStr(self, "isalnum");
    if (s.length === 0) return false;
    return allAscii(s, (c) => isAsciiAlpha(c) || isAsciiDigit(c)) ?? RE_ALNUM.test(s);
  },
  isspace(self: PyObj, x?: PyObj) {
    if (x !== undefined) throw argCount(arguments.length, 1, 1);
    const s = selfStr(self, "isspace");
    if (s.length === 0) return false;
    for (let i = 0; i < s.length; i++) if (!isWhitespace(s.charCodeAt(i))) return false;
    return true;
  },
  isupper(self: PyObj, x?: PyObj) {
    if (x !== undefined) throw argCount(arguments.length, 1, 1);
    const s = selfStr(self, "isupper");
    return !RE_UPPER_BAD.test(s) && RE_UPPER_CASED.test(s);
  },
  islower(self: PyObj, x?: PyObj) {
    if (x !== undefined) throw argCount(arguments.length, 1, 1);
    const s = selfStr(self, "islower");
    return !RE_LOWER_BAD.test(s) && RE_LOWER_CASED.test(s);
  },
});

// ---------------------------------------------------------------------------------------
// The constructor: str(), str(x), str(bytes, encoding[, errors])

function bytesLike(x: PyObj): Uint8Array | undefined {
  if (x instanceof PyBytes) return x.b;
  if (x !== null && typeof x === "object" && x.b instanceof Uint8Array) {
    const n = x.$cls?.$name;
    if (n === "bytearray" || n === "memoryview" || n === "array") {
      return typeof x.n === "number" ? x.b.subarray(0, x.n) : x.b;
    }
  }
  return undefined;
}

str_type.$construct = (_cls, args, kwn, kwv) => {
  if (args.length > 3) throw typeError(`str() takes at most 3 arguments (${args.length} given)`);
  let obj = args[0];
  let encoding = args[1];
  let errors = args[2];
  if (kwn) {
    for (let i = 0; i < kwn.length; i++) {
      const k = kwn[i];
      const pos = k === "object" ? 0 : k === "encoding" ? 1 : k === "errors" ? 2 : -1;
      if (pos < 0) throw typeError(`'${k}' is an invalid keyword argument for str()`);
      if (pos < args.length) {
        throw typeError(`argument for str() given by name ('${k}') and position (${pos + 1})`);
      }
      if (pos === 0) obj = kwv![i];
      else if (pos === 1) encoding = kwv![i];
      else errors = kwv![i];
    }
  }
  if (encoding === undefined && errors === undefined) {
    if (obj === undefined) return "";
    return obj !== null && typeof obj === "object" ? strOf(obj) : str(obj);
  }
  if (obj === undefined) return "";
  if (errors !== undefined && typeof errors !== "string") {
    throw typeError(`str() argument 'errors' must be str, not ${typeName(errors)}`);
  }
  const b = bytesLike(obj);
  if (b === undefined) {
    if (typeof obj === "string") throw typeError("decoding str is not supported");
    throw typeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
  }
  return decodeBytes(b, encoding ?? "utf-8", errors ?? "strict");
};

/**
 * `str.__new__(cls, ...)`: a str, or for a subclass of str an instance holding the str in
 * `$str` (what `class S(str)` instances are).
 */
export function strNew(cls: PyObj, args: PyObj[], kwn?: string[], kwv?: PyObj[]): PyObj {
  if (!(cls instanceof PyType)) {
    throw typeError(`str.__new__(X): X is not a type object (${typeName(cls)})`);
  }
  if (!isSubtype(cls, str_type)) {
    throw typeError(`str.__new__(${cls.$name}): ${cls.$name} is not a subtype of str`);
  }
  const v = str_type.$construct!(str_type, args, kwn, kwv);
  if (cls === str_type) return v;
  const o = cls.$alloc(cls);
  o.$str = typeof v === "string" ? v : v.$str; // a __str__ may give a str subclass instance
  return o;
}

defMethods(str_type, {
  // Equal to the hash of the plain string, so subclass instances and strs mix as keys.
  __hash__: (self: PyObj) => strHash(selfStr(self, "__hash__")),
});
