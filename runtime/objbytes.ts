/** The bytes type (immutable byte strings over a Uint8Array). */

// deno-lint-ignore-file no-explicit-any
import { defMethods, makeNativeType, NotImplemented, type PyObj, type PyType } from "./object.ts";
import { isSlice, seqIndex, sliceIndices } from "./objslice.ts";
import { NativeIter, STOP } from "./iterator.ts";

/** A Python bytes object. */
export class PyBytes {
  declare $cls: PyType;
  constructor(public b: Uint8Array) {}
  /** Internal iterator. */
  $it(): NativeIter {
    return new BytesIter(this.b);
  }
}

class BytesIter extends NativeIter {
  i = 0;
  constructor(public b: Uint8Array) {
    super();
  }
  override $n(): PyObj {
    return this.i < this.b.length ? this.b[this.i++] : STOP;
  }
}

/** The `bytes` type. */
export const bytes_type: PyType = makeNativeType("bytes", PyBytes.prototype);

/** Wraps a Uint8Array as bytes (no copy). */
export function bytesFromArray(u: Uint8Array): PyBytes {
  return new PyBytes(u);
}

/** MicroPython's repr of a byte string. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    if (c === 34) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = "b" + q;
  for (const c of b) {
    if (c === q.charCodeAt(0) || c === 92) out += "\\" + String.fromCharCode(c);
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return out + q;
}

defMethods(bytes_type, {
  __len__: (self: PyBytes) => self.b.length,
  __getitem__(self: PyBytes, k: PyObj) {
    if (isSlice(k)) {
      const [start, , step, count] = sliceIndices(k, self.b.length);
      const out = new Uint8Array(count);
      for (let i = 0, j = start; i < count; i++, j += step) out[i] = self.b[j];
      return new PyBytes(out);
    }
    return self.b[seqIndex(k, self.b.length, "bytes")];
  },
  __eq__(self: PyBytes, o: PyObj) {
    if (!(o instanceof PyBytes)) return NotImplemented;
    if (o.b.length !== self.b.length) return false;
    for (let i = 0; i < self.b.length; i++) if (self.b[i] !== o.b[i]) return false;
    return true;
  },
  __repr__: (self: PyBytes) => bytesRepr(self.b),
});
void (0 as any);
