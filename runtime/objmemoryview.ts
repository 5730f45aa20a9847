/**
 * The memoryview type: a window [start, start+len) onto another object's buffer, read
 * live on every access so that slices write through to the underlying bytearray/array.
 */

import {
  defMethods,
  makeNativeType,
  None,
  NotImplemented,
  type PyObj,
  type PyType,
} from "./object.ts";
import { typeError, valueError } from "./errors.ts";
import { isSlice, seqIndex, sliceIndices } from "./objslice.ts";
import {
  bufferOf,
  bytesFromArray,
  BytesIter,
  bytesLike,
  byteValue,
  compareBytes,
  PyBytes,
  PyMemoryViewMarker,
} from "./objbytes.ts";
import { typeName } from "./ops.ts";
import { PyList } from "./objlist.ts";

/** A Python memoryview. */
export class PyMemoryView {
  declare $cls: PyType;
  constructor(public obj: PyObj, public start: number, public len: number) {}
  /** The viewed bytes, live. */
  $buf(): Uint8Array {
    const b = bufferOf(this.obj)!;
    const s = Math.min(this.start, b.length);
    return b.subarray(s, Math.min(b.length, this.start + this.len));
  }
  /** Internal iterator. */
  $it(): BytesIter {
    return new BytesIter(this.$buf(), () => this.$buf());
  }
  /** Views of bytes are read-only. */
  get readonly(): boolean {
    return this.obj instanceof PyBytes;
  }
}
PyMemoryViewMarker.cls = PyMemoryView;

/** The `memoryview` type. */
export const memoryview_type: PyType = makeNativeType("memoryview", PyMemoryView.prototype);

memoryview_type.$construct = (_cls, args) => {
  if (args.length !== 1) throw typeError("memoryview() takes exactly one argument");
  const o = args[0];
  const b = bufferOf(o);
  if (b === undefined) {
    throw typeError(`memoryview: a bytes-like object is required, not '${typeName(o)}'`);
  }
  if (o instanceof PyMemoryView) return new PyMemoryView(o.obj, o.start, o.len);
  return new PyMemoryView(o, 0, b.length);
};

function writable(mv: PyMemoryView): Uint8Array {
  if (mv.readonly) throw typeError("'memoryview' object does not support item assignment");
  return mv.$buf();
}

defMethods(memoryview_type, {
  __len__: (self: PyMemoryView) => self.$buf().length,
  __getitem__(self: PyMemoryView, k: PyObj) {
    const b = self.$buf();
    if (isSlice(k)) {
      const [start, stop, step] = sliceIndices(k, b.length);
      if (step !== 1) throw NotImplementedErrorStep();
      return new PyMemoryView(self.obj, self.start + start, Math.max(0, stop - start));
    }
    return b[seqIndex(k, b.length, "memoryview")];
  },
  __setitem__(self: PyMemoryView, k: PyObj, v: PyObj) {
    const b = writable(self);
    if (isSlice(k)) {
      const [start, stop, step] = sliceIndices(k, b.length);
      if (step !== 1) throw NotImplementedErrorStep();
      const data = bytesLike(v);
      const n = Math.max(0, stop - start);
      if (data.length !== n) {
        throw valueError("memoryview assignment: lvalue and rvalue have different structures");
      }
      b.set(data.slice(), start);
      return None;
    }
    b[seqIndex(k, b.length, "memoryview")] = byteValue(v);
    return None;
  },
  __eq__(self: PyMemoryView, o: PyObj) {
    const b = bufferOf(o);
    if (b === undefined) return NotImplemented;
    return compareBytes(self.$buf(), b) === 0;
  },
  __repr__: (self: PyMemoryView) => `<memory at 0x${(self.start + 0x20000000).toString(16)}>`,
  tobytes: (self: PyMemoryView) => bytesFromArray(self.$buf().slice()),
  tolist: (self: PyMemoryView) => new PyList([...self.$buf()]),
  release: (_self: PyMemoryView) => None,
});
memoryview_type.$p.__hash__ = None;

function NotImplementedErrorStep(): unknown {
  return valueError("memoryview slices must have step 1");
}
