/**
 * The `array` module: `array.array(typecode[, iterable])` with MicroPython's typecodes
 * b B h H i I l L q Q (and f d on boards with float). Elements live little-endian in an
 * ArrayBuffer (the CC3200's layout), so the bytes are shared with the buffer protocol:
 * `$buf()` returns a live Uint8Array over the elements (it changes when the array grows,
 * as MicroPython's realloc moves the data) and `code` is the typecode.
 *
 * Values: integer elements wrap to the element size; an int that does not fit a machine
 * word (outside -2**31 .. 2**32-1) raises OverflowError as MicroPython's conversion does;
 * q/Q take any int, truncated to 64 bits.
 *
 * As in MicroPython 1.8: an initial bytes/bytearray is taken as raw element bytes;
 * `extend`, `+` and `+=` take the raw bytes of anything with the buffer protocol (any
 * other iterable is extended element by element, as the documentation promises); `==`
 * compares raw bytes with any buffer; slice assignment needs an array, bytearray or bytes
 * of the same item size on the right (NotImplementedError / ValueError otherwise).
 * Arrays have no `typecode`/`itemsize` attributes in 1.8.
 */

// deno-lint-ignore-file no-explicit-any
import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { exc, notImplemented, OverflowError, typeError, valueError } from "../errors.ts";
import { NativeIter, STOP } from "../iterator.ts";
import { checkAlloc, PyBytes } from "../objbytes.ts";
import { PyFloat } from "../objfloat.ts";
import { norm } from "../objint.ts";
import { isSlice, seqIndex, sliceIndices } from "../objslice.ts";
import { nativeModule } from "../objobject.ts";
import { ctx } from "../context.ts";
import { builtinModules } from "../import.ts";
import { repr, toArray, typeName } from "../ops.ts";
import { bufferOpt, method } from "./modutil.ts";

/** Element size in bytes per typecode. */
export const ITEM_SIZE: Record<string, number> = {
  b: 1,
  B: 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 4,
  L: 4,
  q: 8,
  Q: 8,
  f: 4,
  d: 8,
};

/** An `array.array`. */
export class PyArray {
  declare $cls: PyType;
  buf: ArrayBuffer;
  dv: DataView;
  size: number;
  constructor(public code: string, public n = 0) {
    this.size = ITEM_SIZE[code];
    this.buf = new ArrayBuffer(Math.max(n * this.size, 16));
    this.dv = new DataView(this.buf);
  }
  /** The live bytes of the elements (buffer protocol). */
  $buf(): Uint8Array {
    return new Uint8Array(this.buf, 0, this.n * this.size);
  }
  /** Internal iterator. */
  $it(): NativeIter {
    return new ArrayElemIter(this);
  }
  /** Makes room for `n` elements. */
  $reserve(n: number): void {
    const need = n * this.size;
    if (need <= this.buf.byteLength) return;
    checkAlloc(need);
    const nb = new ArrayBuffer(Math.max(need, this.buf.byteLength * 2));
    new Uint8Array(nb).set(new Uint8Array(this.buf, 0, this.n * this.size));
    this.buf = nb;
    this.dv = new DataView(nb);
  }
  /** Element `i` as a Python value. */
  $get(i: number): PyObj {
    const o = i * this.size;
    const dv = this.dv;
    switch (this.code) {
      case "b":
        return dv.getInt8(o);
      case "B":
        return dv.getUint8(o);
      case "h":
        return dv.getInt16(o, true);
      case "H":
        return dv.getUint16(o, true);
      case "i":
      case "l":
        return dv.getInt32(o, true);
      case "I":
      case "L":
        return dv.getUint32(o, true);
      case "q":
        return norm(dv.getBigInt64(o, true));
      case "Q":
        return norm(dv.getBigUint64(o, true));
      case "f":
        return new PyFloat(dv.getFloat32(o, true));
      default:
        return new PyFloat(dv.getFloat64(o, true));
    }
  }
  /** Stores a Python value at element `i`. */
  $set(i: number, v: PyObj): void {
    const o = i * this.size;
    const dv = this.dv;
    const c = this.code;
    if (c === "f" || c === "d") {
      let x: number;
      if (v instanceof PyFloat) x = v.v;
      else if (typeof v === "number") x = v;
      else if (typeof v === "boolean") x = v ? 1 : 0;
      else if (typeof v === "bigint") x = Number(v);
      else throw typeError(`can't convert ${typeName(v)} to float`);
      if (c === "f") dv.setFloat32(o, x, true);
      else dv.setFloat64(o, x, true);
      return;
    }
    if (c === "q" || c === "Q") {
      let b: bigint;
      if (typeof v === "number") b = BigInt(v);
      else if (typeof v === "bigint") b = v;
      else if (typeof v === "boolean") b = v ? 1n : 0n;
      else throw typeError(`can't convert ${typeName(v)} to int`);
      if (c === "q") dv.setBigInt64(o, b, true);
      else dv.setBigUint64(o, b, true);
      return;
    }
    let x: number;
    if (typeof v === "number") x = v;
    else if (typeof v === "boolean") x = v ? 1 : 0;
    else if (typeof v === "bigint") x = Number(v);
    else throw typeError(`can't convert ${typeName(v)} to int`);
    if (x < -0x80000000 || x > 0xffffffff) {
      throw exc(OverflowError, "overflow converting long int to machine word");
    }
    switch (this.size) {
      case 1:
        dv.setUint8(o, x & 0xff);
        break;
      case 2:
        dv.setUint16(o, x & 0xffff, true);
        break;
      default:
        dv.setUint32(o, x >>> 0, true);
    }
  }
  /** Appends a Python value. */
  $push(v: PyObj): void {
    this.$reserve(this.n + 1);
    this.$set(this.n, v);
    this.n++;
  }
  /** Appends raw bytes (whole elements only; a trailing partial element is dropped). */
  $pushBytes(b: Uint8Array): void {
    const count = Math.floor(b.length / this.size);
    // A copy first: `b` may be this array's own memory, which $reserve replaces.
    const copy = b.slice(0, count * this.size);
    this.$reserve(this.n + count);
    new Uint8Array(this.buf).set(copy, this.n * this.size);
    this.n += count;
  }
  /** All elements as Python values. */
  $values(): PyObj[] {
    const out = new Array(this.n);
    for (let i = 0; i < this.n; i++) out[i] = this.$get(i);
    return out;
  }
}

class ArrayElemIter extends NativeIter {
  i = 0;
  constructor(public arr: PyArray) {
    super();
  }
  override $n(): PyObj {
    return this.i < this.arr.n ? this.arr.$get(this.i++) : STOP;
  }
}

/** The `array` type. */
export const array_type: PyType = makeNativeType("array", PyArray.prototype);

function checkCode(code: PyObj): string {
  if (typeof code !== "string") {
    throw typeError(`can't convert '${typeName(code)}' object to str implicitly`);
  }
  const ok = code.length === 1 && ITEM_SIZE[code] !== undefined &&
    (ctx.config.float || (code !== "f" && code !== "d"));
  if (!ok) throw valueError("bad typecode");
  return code;
}

/** Byte sequences whose raw bytes can be assigned to an array slice. */
const BYTE_SEQS = new Set(["bytearray", "memoryview"]);

/** True for a bytes-like object whose raw bytes initialise an array. */
function rawBytesOf(x: PyObj): Uint8Array | undefined {
  if (x instanceof PyBytes) return x.b;
  const name = x?.$cls?.$name;
  if (name === "bytearray") return bufferOpt(x);
  return undefined;
}

/** Initial contents: raw bytes of bytes/bytearray, else the items of an iterable. */
function initFrom(a: PyArray, src: PyObj): void {
  const raw = rawBytesOf(src);
  if (raw !== undefined) {
    a.$pushBytes(raw);
    return;
  }
  if (src instanceof PyArray && src.code === a.code) {
    a.$pushBytes(src.$buf());
    return;
  }
  for (const v of toArray(src)) a.$push(v);
}

/** extend/+=: raw bytes of any buffer (whole elements), else the items of an iterable. */
function extendFrom(a: PyArray, src: PyObj): void {
  const raw = typeof src === "string" ? undefined : bufferOpt(src);
  if (raw !== undefined) {
    a.$pushBytes(raw);
    return;
  }
  for (const v of toArray(src)) a.$push(v);
}

/** Creates an array (for native code). */
export function newArray(code: string, values: PyObj[] = []): PyArray {
  const a = new PyArray(checkCode(code));
  for (const v of values) a.$push(v);
  return a;
}

array_type.$construct = (_c, args, kwn) => {
  if (kwn && kwn.length) throw typeError("function doesn't take keyword arguments");
  if (args.length < 1) throw typeError("function missing 1 required positional arguments");
  if (args.length > 2) throw typeError("function expected at most 2 arguments, got " + args.length);
  const a = new PyArray(checkCode(args[0]));
  if (args.length === 2) initFrom(a, args[1]);
  return a;
};

function sliceOf(a: PyArray, start: number, step: number, count: number): PyArray {
  const out = new PyArray(a.code, 0);
  out.$reserve(count);
  if (step === 1) {
    new Uint8Array(out.buf).set(new Uint8Array(a.buf, start * a.size, count * a.size));
  } else {
    for (let i = 0, j = start; i < count; i++, j += step) {
      new Uint8Array(out.buf, i * a.size, a.size).set(new Uint8Array(a.buf, j * a.size, a.size));
    }
  }
  out.n = count;
  return out;
}

defMethods(array_type, {
  append: method(1, 1, (a: PyArray, v: PyObj) => {
    a.$push(v);
    return None;
  }),
  extend: method(1, 1, (a: PyArray, src: PyObj) => {
    extendFrom(a, src);
    return None;
  }),
  __len__: (a: PyArray) => a.n,
  __getitem__(a: PyArray, k: PyObj) {
    if (isSlice(k)) {
      const [start, , step, count] = sliceIndices(k, a.n);
      return sliceOf(a, start, step, count);
    }
    return a.$get(seqIndex(k, a.n, "array"));
  },
  __setitem__(a: PyArray, k: PyObj, v: PyObj) {
    if (!isSlice(k)) {
      a.$set(seqIndex(k, a.n, "array"), v);
      return None;
    }
    // Raw elements of an array/bytearray/bytes/memoryview of the same item size.
    const raw = v instanceof PyArray || v instanceof PyBytes || BYTE_SEQS.has(v?.$cls?.$name)
      ? bufferOpt(v)
      : undefined;
    if (raw === undefined) throw notImplemented("array/bytes required on right side");
    const itemSize = v instanceof PyArray ? v.size : 1;
    if (itemSize !== a.size) throw valueError("lhs and rhs should be compatible");
    const src = new PyArray(a.code, 0);
    src.$pushBytes(raw);
    const [start, stop, step, count] = sliceIndices(k, a.n);
    if (step === 1) {
      const end = Math.max(start, stop);
      const tail = new Uint8Array(a.buf, end * a.size, (a.n - end) * a.size).slice();
      const newN = start + src.n + (a.n - end);
      a.$reserve(newN);
      const bytes = new Uint8Array(a.buf);
      bytes.set(src.$buf(), start * a.size);
      bytes.set(tail, (start + src.n) * a.size);
      a.n = newN;
      return None;
    }
    if (src.n !== count) {
      throw valueError(
        `attempt to assign sequence of size ${src.n} to extended slice of size ${count}`,
      );
    }
    for (let i = 0, j = start; i < count; i++, j += step) a.$set(j, src.$get(i));
    return None;
  },
  __eq__(a: PyArray, o: PyObj) {
    // Raw bytes against any buffer, as MicroPython compares.
    const raw = typeof o === "string" ? undefined : bufferOpt(o);
    if (raw === undefined) return false;
    const mine = a.$buf();
    if (mine.length !== raw.length) return false;
    for (let i = 0; i < raw.length; i++) if (mine[i] !== raw[i]) return false;
    return true;
  },
  __add__(a: PyArray, o: PyObj) {
    const raw = typeof o === "string" ? undefined : bufferOpt(o);
    if (raw === undefined) throw typeError("object with buffer protocol required");
    const out = new PyArray(a.code, 0);
    out.$pushBytes(a.$buf());
    out.$pushBytes(raw);
    return out;
  },
  __iadd__(a: PyArray, o: PyObj) {
    const raw = typeof o === "string" ? undefined : bufferOpt(o);
    if (raw === undefined) throw typeError("object with buffer protocol required");
    a.$pushBytes(raw);
    return a;
  },
  __repr__(a: PyArray) {
    if (a.n === 0) return `array('${a.code}')`;
    return `array('${a.code}', [${a.$values().map((v) => repr(v)).join(", ")}])`;
  },
});

builtinModules.set("array", () => nativeModule("array", { array: array_type }));
void (0 as any);
