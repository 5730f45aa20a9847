/**
 * The str type: JS strings indexed by code point. Strings without surrogate pairs (nearly
 * all) take the fast path where code points and UTF-16 units coincide.
 */

// deno-lint-ignore-file no-explicit-any
import {
  defMethods,
  makeNativeType,
  Namespace,
  NotImplemented,
  type PyObj,
  type PyType,
} from "./object.ts";
import { exc, MemoryError, OverflowError, typeError } from "./errors.ts";
import { isSlice, type PySlice, seqIndex, sliceIndices } from "./objslice.ts";
import { asInt } from "./objinttype.ts";
import { StrIter } from "./iterator.ts";

class StrProto {}
/**
 * The `str` type. Its instances are JS strings; an instance of a subclass of str is an object
 * (with `$d`) holding its value in `$str` (as int subclasses hold theirs in `$iv`).
 */
export const str_type: PyType = makeNativeType("str", StrProto.prototype, undefined, (cls) => {
  const o = Object.create(cls.$p);
  o.$d = new Namespace();
  o.$str = "";
  return o;
});

/**
 * A str or an instance of a str subclass as a JS string; undefined for anything else. Plain
 * strings answer at the first test, so callers keep their fast path.
 */
export function asStr(x: PyObj): string | undefined {
  if (typeof x === "string") return x;
  if (typeof x === "object" && x !== null && x.$str !== undefined) return x.$str;
  return undefined;
}

/** Instances of str subclasses are dict keys and set members by their value... */
(str_type.$p as any).$hk = function (this: { $str: string }) {
  return this.$str;
};
/** ...and iterate over their characters (a subclass's own `__iter__` clears this). */
(str_type.$p as any).$it = function (this: { $str: string }) {
  return new StrIter(this.$str);
};

const SURROGATE = /[\ud800-\udfff]/;

/** True when a string has astral characters (so UTF-16 indexes differ from code points). */
export function hasAstral(s: string): boolean {
  // V8's regex answers one-byte strings without scanning them: ~13 ns whatever the length.
  return SURROGATE.test(s);
}

/** Length in code points. */
export function strLen(s: string): number {
  if (!hasAstral(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** The string as an array of code-point strings (only used on the astral slow path). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** `s[i]` by code point. */
export function strIndex(s: string, i: PyObj): string {
  if (!hasAstral(s)) return s[seqIndex(i, s.length, "string")];
  const cps = codePoints(s);
  return cps[seqIndex(i, cps.length, "string")];
}

/** `s[slice]` by code point. */
export function strSlice(s: string, sl: PySlice): string {
  const astral = hasAstral(s);
  const cps: string[] | string = astral ? codePoints(s) : s;
  const [start, stop, step, count] = sliceIndices(sl, cps.length);
  if (step === 1) {
    return astral
      ? (cps as string[]).slice(start, stop).join("")
      : s.slice(start, stop > start ? stop : start);
  }
  let out = "";
  for (let i = 0, j = start; i < count; i++, j += step) out += cps[j];
  return out;
}

/** Characters CPython's repr escapes beyond ASCII (str.isprintable is false for them). */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hexEscape(c: number): string {
  if (c < 0x100) return "\\x" + c.toString(16).padStart(2, "0");
  if (c < 0x10000) return "\\u" + c.toString(16).padStart(4, "0");
  return "\\U" + c.toString(16).padStart(8, "0");
}

/** `s * k`: a big int overflows; a result longer than a JS string can hold is a MemoryError. */
export function strRepeat(s: string, k: number | bigint): string {
  if (typeof k === "bigint") {
    throw exc(OverflowError, "overflow converting long int to machine word");
  }
  if (k <= 0 || s.length === 0) return "";
  if (s.length * k > MAX_STRING) throw exc(MemoryError, "memory allocation failed");
  return s.repeat(k);
}

/** V8's longest string (2**29 - 24 UTF-16 units). */
const MAX_STRING = 0x1fffffe8;

/** Python's repr of a str: printable non-ASCII characters as-is, the others escaped. */
export function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  let lit = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      if (c !== 39 && c !== 34 && c !== 92) continue;
      if (c !== 92 && s[i] !== q) continue;
    }
    let esc: string;
    let w = 1;
    if (c === 92 || c === 39 || c === 34) esc = "\\" + s[i];
    else if (c === 10) esc = "\\n";
    else if (c === 13) esc = "\\r";
    else if (c === 9) esc = "\\t";
    else if (c < 0x80) esc = hexEscape(c);
    else {
      const cp = s.codePointAt(i)!;
      w = cp > 0xffff ? 2 : 1;
      const ch = w === 2 ? s.slice(i, i + 2) : s[i];
      if (!NON_PRINTABLE.test(ch)) {
        i += w - 1;
        continue;
      }
      esc = hexEscape(cp);
    }
    out += s.slice(lit, i) + esc;
    i += w - 1;
    lit = i + 1;
  }
  return out + s.slice(lit) + q;
}

/**
 * Three-way comparison by code point. JS compares UTF-16 units, which orders an astral
 * character (a surrogate, 0xd800-0xdfff) below U+E000-U+FFFF; strings without surrogates
 * take the native comparison.
 */
export function strCmp(a: string, b: string): number {
  if (a === b) return 0;
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : 1;
  const n = a.length < b.length ? a.length : b.length;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length < b.length ? -1 : 1;
  let x = a.charCodeAt(i);
  let y = b.charCodeAt(i);
  // Map UTF-16 unit order onto code-point order.
  if (x >= 0xd800) x = x < 0xe000 ? x + 0x2000 : x - 0x800;
  if (y >= 0xd800) y = y < 0xe000 ? y + 0x2000 : y - 0x800;
  return x < y ? -1 : 1;
}

/** Ensures a value is a str, raising MicroPython's TypeError otherwise. */
export function expectStr(x: PyObj, what = "argument"): string {
  if (typeof x !== "string") {
    throw typeError(`${what} must be str, not ${x?.$cls?.$name ?? typeof x}`);
  }
  return x;
}

/** Formatting hook for `str % args` (installed by strformat.ts). */
export const strHooks: { percent?: (fmt: string, args: PyObj) => string } = {};

/** `self` of a str method as a JS string (TypeError when it is no str, e.g. `str.__len__(5)`). */
function me(self: PyObj): string {
  const s = asStr(self);
  if (s === undefined) {
    const t = typeof self;
    const name = t === "number" || t === "bigint"
      ? "int"
      : t === "boolean"
      ? "bool"
      : self?.$cls?.$name ?? t;
    throw typeError(`descriptor requires a 'str' object but received a '${name}'`);
  }
  return s;
}

// The operators take `self` (and the other operand) through asStr, so that they serve str
// subclasses too; the compiled fast paths and ops.ts answer plain strings before reaching them.
defMethods(str_type, {
  __add__(self: PyObj, o: PyObj) {
    const b = asStr(o);
    if (b === undefined) return NotImplemented;
    return me(self) + b;
  },
  __mul__(self: PyObj, n: PyObj) {
    const k = asInt(n);
    return k === undefined ? NotImplemented : strRepeat(me(self), k);
  },
  __rmul__(self: PyObj, n: PyObj) {
    const k = asInt(n);
    return k === undefined ? NotImplemented : strRepeat(me(self), k);
  },
  __mod__(self: PyObj, args: PyObj) {
    if (!strHooks.percent) throw typeError("string formatting unavailable");
    return strHooks.percent(me(self), args);
  },
  __eq__(self: PyObj, o: PyObj) {
    const b = asStr(o);
    return b === undefined ? NotImplemented : asStr(self) === b;
  },
  __ne__(self: PyObj, o: PyObj) {
    const b = asStr(o);
    return b === undefined ? NotImplemented : asStr(self) !== b;
  },
  __lt__(self: PyObj, o: PyObj) {
    const b = asStr(o);
    return b === undefined ? NotImplemented : strCmp(me(self), b) < 0;
  },
  __le__(self: PyObj, o: PyObj) {
    const b = asStr(o);
    return b === undefined ? NotImplemented : strCmp(me(self), b) <= 0;
  },
  __gt__(self: PyObj, o: PyObj) {
    const b = asStr(o);
    return b === undefined ? NotImplemented : strCmp(me(self), b) > 0;
  },
  __ge__(self: PyObj, o: PyObj) {
    const b = asStr(o);
    return b === undefined ? NotImplemented : strCmp(me(self), b) >= 0;
  },
  __len__(self: PyObj) {
    return strLen(me(self));
  },
  __getitem__(self: PyObj, k: PyObj) {
    const s = me(self);
    return isSlice(k) ? strSlice(s, k) : strIndex(s, k);
  },
  __contains__(self: PyObj, x: PyObj) {
    const sub = asStr(x);
    return me(self).includes(
      sub ?? expectStr(x, "'in <string>' requires string as left operand; it"),
    );
  },
  __repr__(self: PyObj) {
    return strRepr(me(self));
  },
  __str__(self: PyObj) {
    return me(self);
  },
});
void (0 as any);
