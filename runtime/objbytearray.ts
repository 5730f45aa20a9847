/**
 * The bytearray type: a growable byte buffer (`b` holds capacity, `n` the length), with
 * the byte-string methods of bytes plus item and slice assignment that may resize.
 */

import {
  defMethods,
  makeNativeType,
  None,
  NotImplemented,
  type PyObj,
  type PyType,
} from "./object.ts";
import { indexError, typeError, valueError } from "./errors.ts";
import { isSlice, seqIndex, sliceIndices } from "./objslice.ts";
import {
  bufferOf,
  byteGetItem,
  type ByteKind,
  bytesFromArgs,
  BytesIter,
  bytesRepr,
  byteValue,
  checkAlloc,
  defByteMethods,
  keywordArgs,
} from "./objbytes.ts";
import { getIter } from "./ops.ts";
import { STOP } from "./iterator.ts";
import { asInt } from "./objinttype.ts";

/** A Python bytearray. */
export class PyByteArray {
  declare $cls: PyType;
  constructor(public b: Uint8Array, public n: number = b.length) {}
  /** The live content. */
  $buf(): Uint8Array {
    return this.b.subarray(0, this.n);
  }
  /** Internal iterator (sees changes made while iterating). */
  $it(): BytesIter {
    return new BytesIter(this.b, () => this.$buf());
  }
  /** Makes room for `len` bytes. */
  resize(len: number): void {
    if (len > this.b.length) {
      checkAlloc(len);
      const nb = new Uint8Array(Math.max(len, this.b.length * 2, 8));
      nb.set(this.b.subarray(0, this.n));
      this.b = nb;
    } else if (len < this.n) {
      this.b.fill(0, len, this.n);
    }
    this.n = len;
  }
  /** Replaces bytes [start, stop) with `data`, growing or shrinking the array. */
  splice(start: number, stop: number, data: Uint8Array): void {
    data = data.slice();
    const tail = this.b.slice(stop, this.n);
    this.resize(start + data.length + tail.length);
    this.b.set(data, start);
    this.b.set(tail, start + data.length);
  }
}

/** The `bytearray` type. */
export const bytearray_type: PyType = makeNativeType(
  "bytearray",
  PyByteArray.prototype,
  undefined,
  (cls) => {
    const o = Object.create(cls.$p);
    o.b = new Uint8Array(0);
    o.n = 0;
    return o;
  },
);

bytearray_type.$construct = (cls, args, kwn, kwv) => {
  if (kwn && kwn.length) args = keywordArgs(args, kwn, kwv!);
  const u = bytesFromArgs("bytearray", args);
  if (cls === bytearray_type) return new PyByteArray(u);
  const o = Object.create(cls.$p);
  o.b = u;
  o.n = u.length;
  return o;
};

const kind: ByteKind = {
  name: "bytearray",
  data: (self: PyByteArray) => self.$buf(),
  make: (u) => new PyByteArray(u),
};

/** The bytes of an assigned value: bytes-like, or an iterable of ints. */
function bytesOfValue(v: PyObj): Uint8Array {
  const b = bufferOf(v);
  if (b !== undefined) return b;
  if (typeof v === "number" || typeof v === "string") {
    throw typeError("can only assign an iterable of ints");
  }
  const out: number[] = [];
  const it = getIter(v);
  for (let x = it.$n(); x !== STOP; x = it.$n()) out.push(byteValue(x));
  return Uint8Array.from(out);
}

function setItemByte(x: PyObj): number {
  const v = asInt(x);
  if (v === undefined) throw typeError("an integer is required");
  if (typeof v !== "number" || v < 0 || v > 255) throw valueError("byte must be in range(0, 256)");
  return v;
}

defByteMethods(bytearray_type, kind);
defMethods(bytearray_type, {
  __getitem__: (self: PyByteArray, k: PyObj) => byteGetItem(kind, self, k),
  __setitem__(self: PyByteArray, k: PyObj, v: PyObj) {
    if (isSlice(k)) {
      const [start, stop, step, count] = sliceIndices(k, self.n);
      const data = bytesOfValue(v);
      if (step === 1) {
        self.splice(start, Math.max(start, stop), data);
        return None;
      }
      if (data.length !== count) {
        throw valueError(
          `attempt to assign bytes of size ${data.length} to extended slice of size ${count}`,
        );
      }
      for (let i = 0, j = start; i < count; i++, j += step) self.b[j] = data[i];
      return None;
    }
    self.b[seqIndex(k, self.n, "bytearray")] = setItemByte(v);
    return None;
  },
  __delitem__(self: PyByteArray, k: PyObj) {
    if (isSlice(k)) {
      const [start, stop, step, count] = sliceIndices(k, self.n);
      if (step === 1) {
        self.splice(start, Math.max(start, stop), new Uint8Array(0));
        return None;
      }
      const drop = new Set<number>();
      for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
      const keep = self.$buf().filter((_, i) => !drop.has(i));
      self.b = keep;
      self.n = keep.length;
      return None;
    }
    const i = seqIndex(k, self.n, "bytearray");
    self.splice(i, i + 1, new Uint8Array(0));
    return None;
  },
  __iadd__(self: PyByteArray, o: PyObj) {
    const b = bufferOf(o);
    if (b === undefined) return NotImplemented;
    self.splice(self.n, self.n, b);
    return self;
  },
  __repr__: (self: PyByteArray) => `bytearray(${bytesRepr(self.$buf())})`,
  append(self: PyByteArray, x: PyObj) {
    const v = setItemByte(x);
    self.resize(self.n + 1);
    self.b[self.n - 1] = v;
    return None;
  },
  extend(self: PyByteArray, it: PyObj) {
    self.splice(self.n, self.n, bytesOfValue(it));
    return None;
  },
  insert(self: PyByteArray, at: PyObj, x: PyObj) {
    let i = Number(asInt(at) ?? 0);
    if (i < 0) i = Math.max(0, i + self.n);
    if (i > self.n) i = self.n;
    self.splice(i, i, Uint8Array.of(setItemByte(x)));
    return None;
  },
  pop(self: PyByteArray, at?: PyObj) {
    if (self.n === 0) throw indexError("pop from empty bytearray");
    const i = at === undefined ? self.n - 1 : seqIndex(at, self.n, "bytearray");
    const v = self.b[i];
    self.splice(i, i + 1, new Uint8Array(0));
    return v;
  },
  remove(self: PyByteArray, x: PyObj) {
    const v = setItemByte(x);
    const i = self.$buf().indexOf(v);
    if (i < 0) throw valueError("value not found in bytearray");
    self.splice(i, i + 1, new Uint8Array(0));
    return None;
  },
  reverse(self: PyByteArray) {
    self.$buf().reverse();
    return None;
  },
  clear(self: PyByteArray) {
    self.resize(0);
    return None;
  },
  copy: (self: PyByteArray) => new PyByteArray(self.$buf().slice()),
});
bytearray_type.$p.__hash__ = None;
