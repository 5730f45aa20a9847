/**
 * The memoryview type: a window onto another object's buffer, read live on every access,
 * so slices never copy and writes go through to the underlying bytearray/array.
 *
 * A view keeps the exporting object, a byte offset and an item count. Views of bytes,
 * bytearray and other buffers have format 'B'; views of an `array.array` take its typecode
 * and read/write elements through the array's own `$get`/`$set`. As in MicroPython 1.8,
 * slices must have step 1.
 */

// deno-lint-ignore-file no-explicit-any
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
import { notImplemented, typeError, valueError } from "./errors.ts";
import { isSlice, seqIndex, sliceIndices } from "./objslice.ts";
import {
  bufferOf,
  bytesFromArray,
  byteValue,
  compareBytes,
  latin1,
  PyBytes,
  PyMemoryViewMarker,
} from "./objbytes.ts";
import { NativeIter, STOP } from "./iterator.ts";
import { idOf, strHash, typeName } from "./ops.ts";
import { PyList } from "./objlist.ts";
import { PyTuple } from "./objtuple.ts";

/** A Python memoryview. */
export class PyMemoryView {
  declare $cls: PyType;
  /** Set by release(). */
  $released = false;
  constructor(
    /** The exporting object. */
    public obj: PyObj,
    /** Byte offset of the first item. */
    public start: number,
    /** Item count. */
    public len: number,
    /** Item format: 'B' or an array typecode. */
    public code: string,
    /** Item size in bytes. */
    public size: number,
    /** True for views of bytes (and other read-only buffers). */
    public ro: boolean,
  ) {}
  /** The viewed bytes, live (the buffer protocol). */
  $buf(): Uint8Array {
    if (this.$released) throw releasedError();
    const b = bufferOf(this.obj)!;
    const s = Math.min(this.start, b.length);
    return b.subarray(s, Math.min(b.length, this.start + this.len * this.size));
  }
  /** The current item count (the exporter may have shrunk). */
  $count(): number {
    return Math.floor(this.$buf().length / this.size);
  }
  /** Item `i` (already bounds-checked). */
  $item(i: number): PyObj {
    if (this.size === 1 && this.code === "B") return this.$buf()[i];
    return this.obj.$get(this.start / this.size + i);
  }
  /** Stores item `i` (already bounds-checked). */
  $store(i: number, v: PyObj): void {
    if (this.size === 1 && this.code === "B") this.$buf()[i] = byteValue(v);
    else this.obj.$set(this.start / this.size + i, v);
  }
  /** Internal iterator. */
  $it(): NativeIter {
    return new ViewIter(this);
  }
  /** Views of read-only buffers hash like their bytes; writable ones cannot be hashed. */
  $hk(): string {
    if (!this.ro) throw valueError("cannot hash writable memoryview object");
    return "\u0000\uffffb" + latin1(this.$buf());
  }
}
PyMemoryViewMarker.cls = PyMemoryView;

class ViewIter extends NativeIter {
  i = 0;
  constructor(public mv: PyMemoryView) {
    super();
  }
  override $n(): PyObj {
    return this.i < this.mv.$count() ? this.mv.$item(this.i++) : STOP;
  }
}

function releasedError(): unknown {
  return valueError("operation forbidden on released memoryview object");
}

/** The `memoryview` type. */
export const memoryview_type: PyType = makeNativeType("memoryview", PyMemoryView.prototype);

/** A view of the whole of `o`. */
export function memoryviewOf(o: PyObj): PyMemoryView {
  if (o instanceof PyMemoryView) {
    if (o.$released) throw releasedError();
    return new PyMemoryView(o.obj, o.start, o.len, o.code, o.size, o.ro);
  }
  const b = bufferOf(o);
  if (b === undefined) {
    throw typeError(`memoryview: a bytes-like object is required, not '${typeName(o)}'`);
  }
  const typed = typeof o.code === "string" && typeof o.size === "number" &&
    typeof o.$get === "function" && typeof o.$set === "function";
  const code = typed ? o.code : "B";
  const size = typed ? o.size : 1;
  return new PyMemoryView(o, 0, Math.floor(b.length / size), code, size, o instanceof PyBytes);
}

memoryview_type.$construct = (_cls, args, kwn, kwv) => {
  if (kwn && kwn.length) {
    if (kwn.length !== 1 || kwn[0] !== "object" || args.length !== 0) {
      throw typeError(`'${kwn[0]}' is an invalid keyword argument for memoryview()`);
    }
    args = [kwv![0]];
  }
  if (args.length !== 1) {
    throw typeError(`function takes 1 positional arguments but ${args.length} were given`);
  }
  return memoryviewOf(args[0]);
};

function view(self: any): PyMemoryView {
  if (!(self instanceof PyMemoryView)) {
    throw typeError(
      `descriptor requires a 'memoryview' object but received a '${typeName(self)}'`,
    );
  }
  if (self.$released) throw releasedError();
  return self;
}

function writable(mv: PyMemoryView): PyMemoryView {
  if (mv.ro) throw typeError("cannot modify read-only memory");
  return mv;
}

function values(mv: PyMemoryView): PyObj[] {
  const n = mv.$count();
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = mv.$item(i);
  return out;
}

function noArgs<F extends (self: any) => PyObj>(f: F): F {
  return function (this: unknown) {
    if (arguments.length !== 1) {
      throw typeError(`function takes 1 positional arguments but ${arguments.length} were given`);
    }
    return f(view(arguments[0]));
  } as unknown as F;
}

defMethods(memoryview_type, {
  __len__: (self: PyMemoryView) => view(self).$count(),
  __getitem__(self: PyMemoryView, k: PyObj) {
    const mv = view(self);
    const n = mv.$count();
    if (isSlice(k)) {
      const [start, stop, step] = sliceIndices(k, n);
      if (step !== 1) throw notImplemented("only slices with step=1 (aka None) are supported");
      return new PyMemoryView(
        mv.obj,
        mv.start + start * mv.size,
        Math.max(0, stop - start),
        mv.code,
        mv.size,
        mv.ro,
      );
    }
    return mv.$item(seqIndex(k, n, "memoryview"));
  },
  __setitem__(self: PyMemoryView, k: PyObj, v: PyObj) {
    const mv = writable(view(self));
    const n = mv.$count();
    if (isSlice(k)) {
      const [start, stop, step] = sliceIndices(k, n);
      if (step !== 1) throw notImplemented("only slices with step=1 (aka None) are supported");
      const src = bufferOf(v);
      if (src === undefined) {
        throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
      }
      const len = Math.max(0, stop - start);
      const srcSize = v instanceof PyMemoryView ? v.size : 1;
      if (src.length !== len * mv.size || (srcSize !== 1 && srcSize !== mv.size)) {
        throw valueError("memoryview assignment: lvalue and rvalue have different structures");
      }
      mv.$buf().set(src, start * mv.size);
      return None;
    }
    mv.$store(seqIndex(k, n, "memoryview"), v);
    return None;
  },
  __eq__(self: PyMemoryView, o: PyObj) {
    if (o === self) return true;
    // A released view equals only itself (CPython).
    if (self instanceof PyMemoryView && self.$released) return false;
    if (o instanceof PyMemoryView && o.$released) return false;
    const mv = view(self);
    const b = bufferOf(o);
    if (b === undefined) return NotImplemented;
    if (o instanceof PyMemoryView && (o.code !== mv.code)) {
      const a = values(mv);
      const c = values(o);
      return a.length === c.length && a.every((x, i) => x === c[i]);
    }
    return compareBytes(mv.$buf(), b) === 0;
  },
  __ne__(self: PyMemoryView, o: PyObj) {
    const r = (memoryview_type.$p.__eq__ as any)(self, o);
    return r === NotImplemented ? r : !r;
  },
  __hash__: (self: PyMemoryView) => {
    const mv = view(self);
    if (!mv.ro) throw valueError("cannot hash writable memoryview object");
    return strHash(latin1(mv.$buf()));
  },
  __repr__(self: PyMemoryView) {
    const at = "0x" + idOf(self).toString(16);
    return self.$released ? `<released memory at ${at}>` : `<memory at ${at}>`;
  },
  __enter__: (self: PyMemoryView) => view(self),
  __exit__(self: PyMemoryView) {
    self.$released = true;
    return None;
  },
  tobytes: noArgs((mv: PyMemoryView) => bytesFromArray(mv.$buf().slice())),
  tolist: noArgs((mv: PyMemoryView) => new PyList(values(mv))),
  hex: noArgs((mv: PyMemoryView) => {
    const b = mv.$buf();
    let out = "";
    for (let i = 0; i < b.length; i++) out += (b[i] < 16 ? "0" : "") + b[i].toString(16);
    return out;
  }),
  release(self: PyMemoryView) {
    if (!(self instanceof PyMemoryView)) view(self);
    self.$released = true;
    return None;
  },
});

defGetSets(memoryview_type, {
  obj: new GetSet((mv: PyMemoryView) => view(mv).obj),
  nbytes: new GetSet((mv: PyMemoryView) => view(mv).$buf().length),
  readonly: new GetSet((mv: PyMemoryView) => view(mv).ro),
  itemsize: new GetSet((mv: PyMemoryView) => view(mv).size),
  format: new GetSet((mv: PyMemoryView) => view(mv).code),
  ndim: new GetSet((mv: PyMemoryView) => (view(mv), 1)),
  shape: new GetSet((mv: PyMemoryView) => new PyTuple([view(mv).$count()])),
  strides: new GetSet((mv: PyMemoryView) => new PyTuple([view(mv).size])),
  released: new GetSet((mv: PyMemoryView) => mv.$released),
});
