/** Slice objects and the index arithmetic shared by every sequence type. */

// deno-lint-ignore-file no-explicit-any
import { defGetSets, GetSet, makeNativeType, None, type PyObj, type PyType } from "./object.ts";
import { indexError, typeError, valueError } from "./errors.ts";
import { asInt } from "./objinttype.ts";

/** A Python slice object. */
export class PySlice {
  declare $cls: PyType;
  constructor(public start: PyObj, public stop: PyObj, public step: PyObj) {}
}

/** The `slice` type. */
export const slice_type: PyType = makeNativeType("slice", PySlice.prototype);
slice_type.$construct = (_c, args) => {
  if (args.length === 1) return new PySlice(None, args[0], None);
  if (args.length === 2) return new PySlice(args[0], args[1], None);
  if (args.length === 3) return new PySlice(args[0], args[1], args[2]);
  throw typeError("slice expected at most 3 arguments");
};
defGetSets(slice_type, {
  start: new GetSet((s: PySlice) => s.start),
  stop: new GetSet((s: PySlice) => s.stop),
  step: new GetSet((s: PySlice) => s.step),
});

function sliceInt(x: PyObj): number {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") return x < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  throw typeError("slice indices must be integers or None or have an __index__ method");
}

/**
 * Resolves a slice against a sequence length: [start, stop, step, count], as
 * CPython's PySlice_GetIndicesEx does.
 */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  const step = s.step === None ? 1 : sliceInt(s.step);
  if (step === 0) throw valueError("slice step cannot be zero");
  let start: number;
  let stop: number;
  if (s.start === None) start = step < 0 ? len - 1 : 0;
  else {
    start = sliceInt(s.start);
    if (start < 0) {
      start += len;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= len) start = step < 0 ? len - 1 : len;
  }
  if (s.stop === None) stop = step < 0 ? -1 : len;
  else {
    stop = sliceInt(s.stop);
    if (stop < 0) {
      stop += len;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= len) stop = step < 0 ? len - 1 : len;
  }
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, count];
}

/**
 * `a + b` for two JS arrays as a new packed array (`Array.prototype.concat` checks
 * `Symbol.isConcatSpreadable` and species and is several times slower on short arrays).
 */
export function concatArrays<T>(a: T[], b: T[]): T[] {
  const r = a.slice();
  for (let i = 0; i < b.length; i++) r.push(b[i]);
  return r;
}

/** Applies a slice to a JS array, returning a new array. */
export function sliceArray<T>(a: T[], s: PySlice): T[] {
  const [start, stop, step, count] = sliceIndices(s, a.length);
  if (step === 1) return a.slice(start, stop > start ? stop : start);
  const out: T[] = new Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = a[j];
  return out;
}

/**
 * Normalises a sequence index: accepts int/bool, wraps negatives, raises IndexError with
 * `what` ("list", "tuple", "string"...) when out of range.
 */
export function seqIndex(i: PyObj, len: number, what: string): number {
  let n: number;
  if (typeof i === "number") n = i;
  else if (typeof i === "boolean") n = i ? 1 : 0;
  else if (typeof i === "bigint") throw indexError(`${what} index out of range`);
  else if (i?.$iv !== undefined) return seqIndex(i.$iv, len, what); // an int subclass
  else throw typeError(`${what} indices must be integers, not ${i?.$cls?.$name ?? typeof i}`);
  if (n < 0) n += len;
  if (n < 0 || n >= len) throw indexError(`${what} index out of range`);
  return n;
}

/** True for a slice object. */
export function isSlice(x: any): x is PySlice {
  return x instanceof PySlice;
}

/** A start/end bound of a search (int or None); big ints clamp to the safe range. */
function searchBound(x: PyObj, dflt: number): number {
  if (x === undefined || x === None) return dflt;
  const v = asInt(x);
  if (v === undefined) {
    throw typeError("slice indices must be integers or None or have an __index__ method");
  }
  if (typeof v === "bigint") return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

/**
 * CPython's ADJUST_INDICES for str/bytes searches (find, count, startswith...): optional
 * start/end resolved against `len`. End is clamped to [0, len]; start only below (a start past
 * the end makes searches fail).
 */
export function searchRange(start: PyObj, end: PyObj, len: number): [number, number] {
  let s = searchBound(start, 0);
  let e = searchBound(end, len);
  if (e > len) e = len;
  else if (e < 0) e = Math.max(0, e + len);
  if (s < 0) s = Math.max(0, s + len);
  return [s, e];
}
