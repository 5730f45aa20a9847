/**
 * The bytearray type: a growable byte buffer (`b` holds capacity, `n` the length), with
 * the byte-string methods of bytes plus item and slice assignment that may resize.
 */

// deno-lint-ignore-file no-explicit-any
import {
  defMethods,
  makeNativeType,
  Namespace,
  None,
  NotImplemented,
  type PyObj,
  type PyType,
} from "./object.ts";
import { exc, indexError, OverflowError, typeError, valueError } from "./errors.ts";
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
import { getIter, typeName } from "./ops.ts";
import { STOP } from "./iterator.ts";
import { asInt } from "./objinttype.ts";

/** A Python bytearray. */
export class PyByteArray {
  declare $cls: PyType;
  constructor(public b: Uint8Array, public n: number = b.length) {}
  /** The live content (buffer protocol). */
  $buf(): Uint8Array {
    return this.b.subarray(0, this.n);
  }
  /** Internal iterator (sees changes made while iterating). */
  $it(): BytesIter {
    return new BytesIter(this.b, () => this.$buf());
  }
  /** Bytearrays are unhashable. */
  $hk(): never {
    throw typeError(`unhashable type: '${typeName(this)}'`);
  }
  /** Sets the length to `len`, growing the storage when needed. */
  $resize(len: number): void {
    if (len > this.b.length) {
      checkAlloc(len);
      const nb = new Uint8Array(Math.max(len, Math.min(this.b.length * 2, len + 0x100000), 8));
      nb.set(this.b.subarray(0, this.n));
      this.b = nb;
    } else if (len < this.n) {
      this.b.fill(0, len, this.n);
    }
    this.n = len;
  }
  /** Replaces bytes [start, stop) with `data`, growing or shrinking the array. */
  $splice(start: number, stop: number, data: Uint8Array): void {
    const n = this.n;
    const d = data.length;
    if (d === stop - start) {
      this.b.set(data, start);
      return;
    }
    if (data.buffer === this.b.buffer) data = data.slice();
    const newLen = n - (stop - start) + d;
    if (newLen > this.b.length) this.$resize(newLen);
    this.b.copyWithin(start + d, stop, n);
    this.b.set(data, start);
    if (newLen < n) this.b.fill(0, newLen, n);
    this.n = newLen;
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
  if (kwn && kwn.length) args = keywordArgs(cls.$name, args, kwn, kwv!);
  const u = bytesFromArgs("bytearray", args);
  if (cls === bytearray_type) return new PyByteArray(u);
  const o = Object.create(cls.$p);
  if (cls.$user) o.$d = new Namespace();
  o.b = u;
  o.n = u.length;
  return o;
};

function data(self: any): Uint8Array {
  if (!(self instanceof PyByteArray)) {
    throw typeError(
      `descriptor requires a 'bytearray' object but received a '${typeName(self)}'`,
    );
  }
  return self.b.subarray(0, self.n);
}

const kind: ByteKind = {
  name: "bytearray",
  data,
  make: (u) => new PyByteArray(u),
};

/** The bytes of an assigned value: bytes-like, or an iterable of ints. */
function bytesOfValue(v: PyObj): Uint8Array {
  const b = bufferOf(v);
  if (b !== undefined) return b;
  if (typeof v !== "object" || v === null || v === None) {
    throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  }
  return iterBytes(v);
}

function iterBytes(v: PyObj): Uint8Array {
  const out: number[] = [];
  const it = getIter(v);
  for (let x = it.$n(); x !== STOP; x = it.$n()) {
    out.push(byteValue(x));
    if ((out.length & 0xffff) === 0) checkAlloc(out.length);
  }
  return Uint8Array.from(out);
}

function setItemByte(x: PyObj): number {
  const v = asInt(x);
  if (v === undefined) {
    throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  }
  if (typeof v !== "number" || v < 0 || v > 255) throw valueError("byte must be in range(0, 256)");
  return v;
}

function argCount(given: number, min: number, max: number): unknown {
  if (min === max) {
    return typeError(`function takes ${max} positional arguments but ${given} were given`);
  }
  if (given > max) return typeError(`function expected at most ${max} arguments, got ${given}`);
  return typeError(`function missing ${min - given} required positional arguments`);
}

/** Wraps a method with MicroPython's argument-count check (`min`/`max` count self). */
function arity<F extends (...a: any[]) => PyObj>(min: number, max: number, f: F): F {
  return function () {
    let n = arguments.length;
    while (n > min && arguments[n - 1] === undefined) n--;
    if (n < min || n > max) throw argCount(n, min, max);
    data(arguments[0]);
    return f.apply(null, arguments as any);
  } as unknown as F;
}

defByteMethods(bytearray_type, kind);
defMethods(bytearray_type, {
  __getitem__: (self: PyByteArray, k: PyObj) => byteGetItem(kind, self, k),
  __setitem__(self: PyByteArray, k: PyObj, v: PyObj) {
    data(self);
    if (
      typeof k === "number" && k >= 0 && k < self.n && typeof v === "number" && v >= 0 && v < 256
    ) {
      self.b[k] = v;
      return None;
    }
    if (isSlice(k)) {
      const [start, stop, step, count] = sliceIndices(k, self.n);
      const src = bytesOfValue(v);
      if (step === 1) {
        self.$splice(start, Math.max(start, stop), src);
        return None;
      }
      if (src.length !== count) {
        throw valueError(
          `attempt to assign bytes of size ${src.length} to extended slice of size ${count}`,
        );
      }
      const copy = src.slice();
      for (let i = 0, j = start; i < count; i++, j += step) self.b[j] = copy[i];
      return None;
    }
    const i = seqIndex(k, self.n, "bytearray");
    self.b[i] = setItemByte(v);
    return None;
  },
  __delitem__(self: PyByteArray, k: PyObj) {
    data(self);
    if (isSlice(k)) {
      const [start, stop, step, count] = sliceIndices(k, self.n);
      if (step === 1) {
        self.$splice(start, Math.max(start, stop), new Uint8Array(0));
        return None;
      }
      if (count === 0) return None;
      const drop = new Uint8Array(self.n);
      for (let i = 0, j = start; i < count; i++, j += step) drop[j] = 1;
      let w = 0;
      for (let r = 0; r < self.n; r++) if (!drop[r]) self.b[w++] = self.b[r];
      self.b.fill(0, w, self.n);
      self.n = w;
      return None;
    }
    const i = seqIndex(k, self.n, "bytearray");
    self.$splice(i, i + 1, new Uint8Array(0));
    return None;
  },
  __iadd__(self: PyByteArray, o: PyObj) {
    data(self);
    const b = bufferOf(o);
    if (b === undefined) return NotImplemented;
    self.$splice(self.n, self.n, b);
    return self;
  },
  __imul__(self: PyByteArray, times: PyObj) {
    const a = data(self);
    const c = asInt(times);
    if (c === undefined) return NotImplemented;
    if (typeof c === "bigint") {
      throw exc(OverflowError, "overflow converting long int to machine word");
    }
    const count = Math.max(0, c);
    const len = a.length;
    self.$resize(len * count);
    for (let i = 1; i < count; i++) self.b.copyWithin(i * len, 0, len);
    return self;
  },
  __repr__(self: PyByteArray) {
    const d = data(self);
    return `${typeName(self)}(${bytesRepr(d)})`;
  },
  append: arity(2, 2, (self: PyByteArray, x: PyObj) => {
    const v = setItemByte(x);
    self.$resize(self.n + 1);
    self.b[self.n - 1] = v;
    return None;
  }),
  extend: arity(2, 2, (self: PyByteArray, it: PyObj) => {
    let src = bufferOf(it);
    if (src === undefined) {
      if (typeof it === "string") {
        throw typeError("expected iterable of integers; got: 'str'");
      }
      if (typeof it !== "object" || it === null || it === None) {
        throw typeError(`can't extend bytearray with ${typeName(it)}`);
      }
      src = iterBytes(it);
    }
    self.$splice(self.n, self.n, src);
    return None;
  }),
  insert: arity(3, 3, (self: PyByteArray, at: PyObj, x: PyObj) => {
    const a = asInt(at);
    if (a === undefined) {
      throw typeError(`'${typeName(at)}' object cannot be interpreted as an integer`);
    }
    let i = typeof a === "bigint" ? (a < 0n ? -Infinity : Infinity) : a;
    if (i < 0) i = Math.max(0, i + self.n);
    if (i > self.n) i = self.n;
    self.$splice(i, i, Uint8Array.of(setItemByte(x)));
    return None;
  }),
  pop: arity(1, 2, (self: PyByteArray, at?: PyObj) => {
    if (self.n === 0) throw indexError("pop from empty bytearray");
    const i = at === undefined ? self.n - 1 : seqIndex(at, self.n, "pop");
    const v = self.b[i];
    self.$splice(i, i + 1, new Uint8Array(0));
    return v;
  }),
  remove: arity(2, 2, (self: PyByteArray, x: PyObj) => {
    const v = setItemByte(x);
    const i = self.$buf().indexOf(v);
    if (i < 0) throw valueError("value not found in bytearray");
    self.$splice(i, i + 1, new Uint8Array(0));
    return None;
  }),
  reverse: arity(1, 1, (self: PyByteArray) => {
    self.$buf().reverse();
    return None;
  }),
  clear: arity(1, 1, (self: PyByteArray) => {
    self.$resize(0);
    return None;
  }),
  copy: arity(1, 1, (self: PyByteArray) => new PyByteArray(self.$buf().slice())),
});
bytearray_type.$p.__hash__ = None;
