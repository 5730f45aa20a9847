/**
 * The str type: JS strings indexed by code point. Strings without surrogate pairs (nearly
 * all) take the fast path where code points and UTF-16 units coincide.
 */

// deno-lint-ignore-file no-explicit-any
import { defMethods, makeNativeType, NotImplemented, type PyObj, type PyType } from "./object.ts";
import { typeError } from "./errors.ts";
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

/** Python's repr of a str (MicroPython's quoting rules). */
export function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + q;
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
    if (k === undefined) return NotImplemented;
    if (typeof k === "bigint") throw typeError("can't multiply sequence by non-int");
    return k <= 0 ? "" : self.repeat(k);
  },
  __rmul__(self: string, n: PyObj) {
    const k = asInt(n);
    if (k === undefined) return NotImplemented;
    return typeof k === "number" && k > 0 ? self.repeat(k) : "";
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
    return typeof o === "string" ? self < o : NotImplemented;
  },
  __le__(self: string, o: PyObj) {
    return typeof o === "string" ? self <= o : NotImplemented;
  },
  __gt__(self: string, o: PyObj) {
    return typeof o === "string" ? self > o : NotImplemented;
  },
  __ge__(self: string, o: PyObj) {
    return typeof o === "string" ? self >= o : NotImplemented;
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
