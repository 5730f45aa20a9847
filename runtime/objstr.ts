/**
 * The str type: JS strings indexed by code point. Strings without surrogate pairs (nearly
 * all) take the fast path where code points and UTF-16 units coincide.
 */

// deno-lint-ignore-file no-explicit-any
import { defMethods, makeNativeType, NotImplemented, type PyObj, type PyType } from "./object.ts";
import { exc, MemoryError, OverflowError, typeError } from "./errors.ts";
import { isSlice, type PySlice, seqIndex, sliceIndices } from "./objslice.ts";
import { asInt } from "./objinttype.ts";

class StrProto {}
/** The `str` type (instances are JS strings). */
export const str_type: PyType = makeNativeType("str", StrProto.prototype);

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

defMethods(str_type, {
  __add__(self: string, o: PyObj) {
    if (typeof o !== "string") return NotImplemented;
    return self + o;
  },
  __mul__(self: string, n: PyObj) {
    const k = asInt(n);
    return k === undefined ? NotImplemented : strRepeat(self, k);
  },
  __rmul__(self: string, n: PyObj) {
    const k = asInt(n);
    return k === undefined ? NotImplemented : strRepeat(self, k);
  },
  __mod__(self: string, args: PyObj) {
    if (!strHooks.percent) throw typeError("string formatting unavailable");
    return strHooks.percent(self, args);
  },
  __eq__(self: string, o: PyObj) {
    return typeof o === "string" ? self === o : NotImplemented;
  },
  __ne__(self: string, o: PyObj) {
    return typeof o === "string" ? self !== o : NotImplemented;
  },
  __lt__(self: string, o: PyObj) {
    return typeof o === "string" ? strCmp(self, o) < 0 : NotImplemented;
  },
  __le__(self: string, o: PyObj) {
    return typeof o === "string" ? strCmp(self, o) <= 0 : NotImplemented;
  },
  __gt__(self: string, o: PyObj) {
    return typeof o === "string" ? strCmp(self, o) > 0 : NotImplemented;
  },
  __ge__(self: string, o: PyObj) {
    return typeof o === "string" ? strCmp(self, o) >= 0 : NotImplemented;
  },
  __len__(self: string) {
    return strLen(self);
  },
  __getitem__(self: string, k: PyObj) {
    return isSlice(k) ? strSlice(self, k) : strIndex(self, k);
  },
  __contains__(self: string, x: PyObj) {
    return self.includes(expectStr(x, "'in <string>' requires string as left operand; it"));
  },
  __repr__(self: string) {
    return strRepr(self);
  },
  __str__(self: string) {
    return self;
  },
});
void (0 as any);
