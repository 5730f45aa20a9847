/** The range type: a lazy arithmetic sequence of small ints. */

import {
  defGetSets,
  defMethods,
  GetSet,
  makeNativeType,
  None,
  NotImplemented,
  type PyObj,
  type PyType,
} from "./object.ts";
import { typeError, valueError } from "./errors.ts";
import { NativeIter, STOP } from "./iterator.ts";
import { isSlice, seqIndex, sliceIndices } from "./objslice.ts";
import { asInt } from "./objinttype.ts";
import { toSmallInt } from "./objint.ts";

/** A Python range. */
export class PyRange {
  declare $cls: PyType;
  constructor(public start: number, public stop: number, public step: number) {}
  /** Number of elements. */
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  /** Internal iterator. */
  $it(): RangeIter {
    return new RangeIter(this.start, this.stop, this.step);
  }
  /** Dict/set key: equal ranges (same elements) share it, as their hashes agree in CPython. */
  $hk(): string {
    const n = this.length;
    return "\u0000\uffffr" +
      (n === 0 ? "0" : n === 1 ? `1:${this.start}` : `${n}:${this.start}:${this.step}`);
  }
}

/** Iterator over a range. */
export class RangeIter extends NativeIter {
  constructor(public i: number, public stop: number, public step: number) {
    super();
  }
  override $n(): PyObj {
    const i = this.i;
    if (this.step > 0 ? i >= this.stop : i <= this.stop) return STOP;
    this.i = i + this.step;
    return i;
  }
}

/** The `range` type. */
export const range_type: PyType = makeNativeType("range", PyRange.prototype);

function rangeArg(x: PyObj): number {
  const v = asInt(x);
  if (v === undefined) {
    throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  }
  return toSmallInt(v);
}

range_type.$construct = (_c, args) => {
  if (args.length === 1) return new PyRange(0, rangeArg(args[0]), 1);
  if (args.length === 2) return new PyRange(rangeArg(args[0]), rangeArg(args[1]), 1);
  if (args.length === 3) {
    const step = rangeArg(args[2]);
    if (step === 0) throw valueError("zero step");
    return new PyRange(rangeArg(args[0]), rangeArg(args[1]), step);
  }
  throw typeError(`range expected at most 3 arguments, got ${args.length}`);
};

defMethods(range_type, {
  __len__: (self: PyRange) => self.length,
  __iter__: (self: PyRange) => self.$it(),
  __getitem__(self: PyRange, k: PyObj) {
    if (isSlice(k)) {
      // As CPython: the new bounds are the slice's (clamped) indices mapped through the range.
      const [start, stop, step] = sliceIndices(k, self.length);
      return new PyRange(
        self.start + start * self.step,
        self.start + stop * self.step,
        self.step * step,
      );
    }
    return self.start + seqIndex(k, self.length, "range") * self.step;
  },
  __contains__(self: PyRange, x: PyObj) {
    const v = asInt(x);
    if (v === undefined || typeof v === "bigint") return false;
    const off = v - self.start;
    if (off % self.step !== 0) return false;
    const idx = off / self.step;
    return idx >= 0 && idx < self.length;
  },
  __eq__(self: PyRange, o: PyObj) {
    if (!(o instanceof PyRange)) return NotImplemented;
    const n = self.length;
    if (n !== o.length) return false;
    if (n === 0) return true;
    if (self.start !== o.start) return false;
    return n === 1 || self.step === o.step;
  },
  __hash__(self: PyRange) {
    const n = self.length;
    return hashRef(tuple([n, n === 0 ? None : self.start, n < 2 ? None : self.step]));
  },
  __repr__(self: PyRange) {
    return self.step === 1
      ? `range(${self.start}, ${self.stop})`
      : `range(${self.start}, ${self.stop}, ${self.step})`;
  },
  index(self: PyRange, x: PyObj) {
    const v = asInt(x);
    if (v !== undefined && typeof v === "number") {
      const off = v - self.start;
      if (off % self.step === 0 && off / self.step >= 0 && off / self.step < self.length) {
        return off / self.step;
      }
    }
    throw valueError("object not in sequence");
  },
  count(self: PyRange, x: PyObj) {
    const v = asInt(x);
    if (v === undefined || typeof v === "bigint") return 0;
    const off = v - self.start;
    return off % self.step === 0 && off / self.step >= 0 && off / self.step < self.length ? 1 : 0;
  },
});
defGetSets(range_type, {
  start: new GetSet((r: PyRange) => r.start),
  stop: new GetSet((r: PyRange) => r.stop),
  step: new GetSet((r: PyRange) => r.step),
});
import { hash as hashRef, typeName } from "./ops.ts";
import { tuple } from "./objtuple.ts";
