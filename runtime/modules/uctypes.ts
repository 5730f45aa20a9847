/**
 * The `uctypes` module: structured access to binary data, with MicroPython's descriptor
 * encoding (scalar type in the top bits of a small int ORed with the offset; aggregates as
 * tuples flagged PTR/ARRAY; bitfields with BF_POS/BF_LEN).
 *
 * Memory model: addresses are integers of a virtual 32-bit address space. `addressof(buf)`
 * gives the buffer's memory (its ArrayBuffer) a stable base address in a region table
 * (from 0x20010000 up, 16-byte aligned, as in the CC3200's SRAM) and returns base + the
 * buffer's offset, so views of the same memory get consistent addresses. `struct`,
 * `bytes_at` and `bytearray_at` look addresses up in the table; an address outside every
 * registered region raises ValueError. Native code can map fixed memory (e.g. peripheral
 * registers) with `registerRegion`.
 */

import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { attributeError, exc, IndexError, typeError, valueError } from "../errors.ts";
import { PyDict } from "../objdict.ts";
import { PyTuple } from "../objtuple.ts";
import { PyFloat } from "../objfloat.ts";
import { norm } from "../objint.ts";
import { PyByteArray } from "../objbytearray.ts";
import { nativeModule } from "../objobject.ts";
import { ctx } from "../context.ts";
import { builtinModules } from "../import.ts";
import { len, typeName } from "../ops.ts";
import { isSlice } from "../objslice.ts";
import { absent, bufferArg, bytesOf, fn, intArg } from "./modutil.ts";

// Scalar types (VAL_TYPE_BITS = 4) and aggregate kinds (AGG_TYPE_BITS = 2), as moductypes.c.
const UINT8 = 0, INT8 = 1, UINT16 = 2, INT16 = 3, UINT32 = 4, INT32 = 5, UINT64 = 6, INT64 = 7;
const BFUINT8 = 8, BFINT32 = 13, FLOAT32 = 14, FLOAT64 = 15;
const STRUCT = 0, PTR = 1, ARRAY = 2;
/** Layout types. */
const LITTLE_ENDIAN = 0, BIG_ENDIAN = 1, NATIVE = 2;
const SCALAR_SIZE = [1, 1, 2, 2, 4, 4, 8, 8, 1, 1, 2, 2, 4, 4, 4, 8];
const SCALAR_NAMES = [
  "UINT8",
  "INT8",
  "UINT16",
  "INT16",
  "UINT32",
  "INT32",
  "UINT64",
  "INT64",
  "BFUINT8",
  "BFINT8",
  "BFUINT16",
  "BFINT16",
  "BFUINT32",
  "BFINT32",
  "FLOAT32",
  "FLOAT64",
];

/** TYPE2SMALLINT: the type in the top bits of a 31-bit small int. */
const typeConst = (t: number, bits: number) => (t << (32 - bits)) >> 1;

// ---------------------------------------------------------------------------------------
// Address space

interface Region {
  base: number;
  /** The memory (weakly held unless fixed). */
  ref: WeakRef<ArrayBufferLike> | { deref(): ArrayBufferLike };
  size: number;
  dv?: DataView;
}

const regions: Region[] = [];
const baseOf = new WeakMap<ArrayBufferLike, number>();
let nextBase = 0x20010000;
let pruneAt = 4096;

function align16(n: number): number {
  return Math.ceil(n / 16) * 16;
}

function addRegion(base: number, ab: ArrayBufferLike, strong: boolean): void {
  const r: Region = {
    base,
    ref: strong ? { deref: () => ab } : new WeakRef(ab),
    size: ab.byteLength,
  };
  let i = regions.length;
  while (i > 0 && regions[i - 1].base > base) i--;
  regions.splice(i, 0, r);
  baseOf.set(ab, base);
}

/** The address of a buffer's first byte (registering its memory on first use). */
export function addressOf(u: Uint8Array): number {
  const ab = u.buffer;
  let base = baseOf.get(ab);
  if (base === undefined) {
    // Now and then drop regions whose memory has been collected. (Each deref keeps its
    // target alive until the program ends, so regions are not checked on every call.)
    if (regions.length >= pruneAt) {
      for (let i = regions.length - 1; i >= 0; i--) {
        if (regions[i].ref.deref() === undefined) regions.splice(i, 1);
      }
      pruneAt = Math.max(4096, regions.length * 2);
    }
    base = nextBase;
    nextBase = align16(nextBase + Math.max(ab.byteLength, 1) + 16);
    addRegion(base, ab, false);
  }
  return base + u.byteOffset;
}

/** Maps fixed memory at a given address (peripheral registers and the like). */
export function registerRegion(base: number, mem: Uint8Array): void {
  const ab = mem.byteOffset === 0 && mem.byteLength === mem.buffer.byteLength
    ? mem.buffer
    : mem.slice().buffer;
  addRegion(base, ab, true);
}

/** Finds the memory behind `size` bytes at `addr`. */
function resolve(addr: number, size: number): { ab: ArrayBufferLike; off: number; dv: DataView } {
  // The last region starting at or below addr (regions are sorted and do not overlap).
  let lo = 0, hi = regions.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid].base <= addr) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const r = found >= 0 ? regions[found] : undefined;
  const ab = r?.ref.deref();
  if (r !== undefined && ab !== undefined) {
    const off = addr - r.base;
    if (off + size <= ab.byteLength) {
      if (r.dv === undefined || r.dv.buffer !== ab) r.dv = new DataView(ab);
      return { ab, off, dv: r.dv };
    }
  }
  throw valueError(`invalid address 0x${(addr >>> 0).toString(16)} (size ${size})`);
}

/** Live bytes at an address. */
function bytesAt(addr: number, size: number): Uint8Array {
  if (size < 0) throw valueError("negative size");
  const { ab, off } = resolve(addr, size);
  return new Uint8Array(ab as ArrayBuffer, off, size);
}

/** A bytearray over memory by reference (writes go to that memory). */
function bytearrayRef(addr: number, size: number): PyObj {
  return new PyByteArray(bytesAt(addr, size));
}

// ---------------------------------------------------------------------------------------
// Descriptors

function syntaxError(): never {
  throw typeError("syntax error in uctypes descriptor");
}

function smallInt(x: PyObj): number {
  if (typeof x === "number") return x | 0;
  if (typeof x === "boolean") return x ? 1 : 0;
  return syntaxError();
}

interface Scalar {
  type: number;
  offset: number;
  bitPos: number;
  bitLen: number;
}

function decodeScalar(v: number): Scalar {
  const type = (v >>> 27) & 15;
  let offset = v & 0x07ffffff;
  let bitPos = 0, bitLen = 0;
  if (type >= BFUINT8 && type <= BFINT32) {
    bitPos = (offset >> 17) & 31;
    bitLen = (offset >> 22) & 31;
    offset &= (1 << 17) - 1;
  }
  return { type, offset, bitPos, bitLen };
}

function aggKind(t: PyTuple): { agg: number; offset: number } {
  if (t.a.length < 2) syntaxError();
  const v = smallInt(t.a[0]);
  return { agg: (v >>> 29) & 3, offset: v & 0x1fffffff };
}

/** Size of a descriptor (dict or aggregate tuple); `max` tracks the widest field. */
function descSize(desc: PyObj, layout: number, max: { v: number }): number {
  if (desc instanceof PyTuple) return aggSize(desc, layout, max);
  if (typeof desc === "number") throw typeError("Cannot unambiguously get sizeof scalar");
  if (!(desc instanceof PyDict)) syntaxError();
  let total = 0;
  for (const [, v] of desc.entries()) {
    if (typeof v === "number") {
      const s = decodeScalar(v);
      const size = SCALAR_SIZE[s.type];
      if (size > max.v) max.v = size;
      total = Math.max(total, s.offset + size);
    } else {
      if (!(v instanceof PyTuple)) syntaxError();
      const { offset } = aggKind(v);
      total = Math.max(total, offset + aggSize(v, layout, max));
    }
  }
  if (layout === NATIVE && max.v > 1) total = Math.ceil(total / max.v) * max.v;
  return total;
}

function aggSize(t: PyTuple, layout: number, max: { v: number }): number {
  const { agg } = aggKind(t);
  switch (agg) {
    case STRUCT:
      return descSize(t.a[1], layout, max);
    case PTR:
      if (max.v < 4) max.v = 4;
      return 4;
    case ARRAY: {
      if (t.a.length === 2) {
        const s = decodeScalar(smallInt(t.a[1]));
        const item = SCALAR_SIZE[s.type];
        if (item > max.v) max.v = item;
        return item * s.offset;
      }
      return descSize(t.a[2], layout, max) * smallInt(t.a[1]);
    }
    default:
      return syntaxError();
  }
}

function sizeOfDesc(desc: PyObj, layout: number): number {
  return descSize(desc, layout, { v: 1 });
}

// ---------------------------------------------------------------------------------------
// Scalars

function readScalar(addr: number, type: number, layout: number): PyObj {
  const size = SCALAR_SIZE[type];
  const { dv, off } = resolve(addr, size);
  const le = layout !== BIG_ENDIAN;
  switch (type) {
    case UINT8:
      return dv.getUint8(off);
    case INT8:
      return dv.getInt8(off);
    case UINT16:
      return dv.getUint16(off, le);
    case INT16:
      return dv.getInt16(off, le);
    case UINT32:
      return dv.getUint32(off, le);
    case INT32:
      return dv.getInt32(off, le);
    case UINT64:
      return norm(dv.getBigUint64(off, le));
    case INT64:
      return norm(dv.getBigInt64(off, le));
    case FLOAT32:
      return new PyFloat(dv.getFloat32(off, le));
    case FLOAT64:
      return new PyFloat(dv.getFloat64(off, le));
    default: {
      // Bitfield containers are unsigned.
      const base = (type - BFUINT8) >> 1;
      return readScalar(addr, [UINT8, UINT16, UINT32][base], layout);
    }
  }
}

function toNumber(v: PyObj): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return v.v;
  throw typeError(`can't convert ${typeName(v)} to int`);
}

function writeScalar(addr: number, type: number, layout: number, v: PyObj): void {
  const size = SCALAR_SIZE[type];
  const { dv, off } = resolve(addr, size);
  const le = layout !== BIG_ENDIAN;
  const x = toNumber(v);
  if (type === FLOAT32 || type === FLOAT64) {
    if (type === FLOAT32) dv.setFloat32(off, Number(x), le);
    else dv.setFloat64(off, Number(x), le);
    return;
  }
  if (size === 8) {
    const b = typeof x === "bigint" ? x : BigInt(Math.trunc(x));
    dv.setBigUint64(off, BigInt.asUintN(64, b), le);
    return;
  }
  const n = typeof x === "bigint" ? Number(BigInt.asUintN(32, x)) : Math.trunc(x);
  if (size === 1) dv.setUint8(off, n & 0xff);
  else if (size === 2) dv.setUint16(off, n & 0xffff, le);
  else dv.setUint32(off, n >>> 0, le);
}

function containerType(type: number): number {
  return [UINT8, UINT16, UINT32][(type - BFUINT8) >> 1];
}

function readField(addr: number, s: Scalar, layout: number): PyObj {
  if (s.type < BFUINT8 || s.type > BFINT32) return readScalar(addr + s.offset, s.type, layout);
  const raw = readScalar(addr + s.offset, containerType(s.type), layout) as number;
  let val = Math.floor(raw / 2 ** s.bitPos) % 2 ** s.bitLen;
  if ((s.type & 1) === 1 && s.bitLen > 0 && val >= 2 ** (s.bitLen - 1)) val -= 2 ** s.bitLen;
  return val;
}

function writeField(addr: number, s: Scalar, layout: number, v: PyObj): void {
  if (s.type < BFUINT8 || s.type > BFINT32) {
    writeScalar(addr + s.offset, s.type, layout, v);
    return;
  }
  const ct = containerType(s.type);
  const raw = BigInt(readScalar(addr + s.offset, ct, layout) as number);
  const mask = ((1n << BigInt(s.bitLen)) - 1n) << BigInt(s.bitPos);
  const x = toNumber(v);
  const val = (BigInt(typeof x === "bigint" ? x : Math.trunc(x)) << BigInt(s.bitPos)) & mask;
  writeScalar(addr + s.offset, ct, layout, Number((raw & ~mask) | val));
}

// ---------------------------------------------------------------------------------------
// Struct objects

/** A structure (or ARRAY/PTR aggregate) at an address. */
export class PyStruct {
  declare $cls: PyType;
  /** Field access for compiled code's `x.$d.name` fast path and attribute stores. */
  $d: Record<string, PyObj>;
  /** Keeps the memory alive while the struct exists. */
  keep: ArrayBufferLike | undefined;
  constructor(public addr: number, public desc: PyObj, public layout: number) {
    try {
      this.keep = resolve(addr, 0).ab;
    } catch {
      this.keep = undefined;
    }
    this.$d = fieldProxy(this);
  }
  /** Attribute look-up: the descriptor's fields. */
  $ga(name: string): PyObj {
    return getField(this, name);
  }
  /** The struct's memory (buffer protocol). */
  $buf(): Uint8Array {
    return bytesAt(this.addr, sizeOfDesc(this.desc, this.layout));
  }
}

function fieldDesc(s: PyStruct, name: string): PyObj {
  if (!(s.desc instanceof PyDict)) return undefined;
  return s.desc.lookup(name);
}

function getField(s: PyStruct, name: string): PyObj {
  const v = fieldDesc(s, name);
  if (v === undefined) return undefined;
  if (typeof v === "number") return readField(s.addr, decodeScalar(v), s.layout);
  if (!(v instanceof PyTuple)) syntaxError();
  const { agg, offset } = aggKind(v);
  const addr = s.addr + offset;
  switch (agg) {
    case STRUCT:
      return new PyStruct(addr, v.a[1], s.layout);
    case ARRAY:
      if (v.a.length === 2) {
        const e = decodeScalar(smallInt(v.a[1]));
        if (e.type === UINT8) return bytearrayRef(addr, e.offset);
      }
      return new PyStruct(addr, v, s.layout);
    case PTR:
      return new PyStruct(addr, v, s.layout);
    default:
      return syntaxError();
  }
}

function setField(s: PyStruct, name: string, val: PyObj): void {
  const v = fieldDesc(s, name);
  if (v === undefined) throw attributeError(`'struct' object has no attribute '${name}'`);
  if (typeof v === "number") {
    writeField(s.addr, decodeScalar(v), s.layout, val);
    return;
  }
  if (v instanceof PyTuple && aggKind(v).agg === PTR) {
    writeScalar(s.addr + aggKind(v).offset, UINT32, s.layout, intArg(val));
    return;
  }
  throw typeError("struct: cannot set aggregate");
}

function fieldProxy(s: PyStruct): Record<string, PyObj> {
  return new Proxy(Object.create(null), {
    get: (_t, p) => (typeof p === "string" ? getField(s, p) : undefined),
    set: (_t, p, v) => {
      if (typeof p !== "string") return false;
      setField(s, p, v);
      return true;
    },
    has: (_t, p) => typeof p === "string" && fieldDesc(s, p) !== undefined,
    ownKeys: () => (s.desc instanceof PyDict
      ? [...s.desc.iterKeys()].filter((k) =>
        typeof k === "string"
      )
      : []),
    getOwnPropertyDescriptor: (_t, p) =>
      typeof p === "string" && fieldDesc(s, p) !== undefined
        ? { value: getField(s, p), writable: true, enumerable: true, configurable: true }
        : undefined,
    deleteProperty: () => {
      throw typeError("struct: cannot delete field");
    },
  });
}

/** The struct type. */
export const struct_type: PyType = makeNativeType("struct", PyStruct.prototype);
struct_type.$module = "uctypes";

function element(s: PyStruct, k: PyObj): { addr: number; scalar?: number; desc?: PyObj } {
  if (!(s.desc instanceof PyTuple)) throw typeError("struct: cannot index");
  if (isSlice(k)) throw typeError("struct: slices not supported");
  const i = intArg(k);
  const t = s.desc;
  const { agg } = aggKind(t);
  if (agg === ARRAY) {
    if (t.a.length === 2) {
      const e = decodeScalar(smallInt(t.a[1]));
      if (i < 0 || i >= e.offset) throw exc(IndexError, "struct: index out of range");
      return { addr: s.addr + i * SCALAR_SIZE[e.type], scalar: e.type };
    }
    const n = smallInt(t.a[1]);
    if (i < 0 || i >= n) throw exc(IndexError, "struct: index out of range");
    return { addr: s.addr + i * sizeOfDesc(t.a[2], s.layout), desc: t.a[2] };
  }
  if (agg === PTR) {
    const p = readScalar(s.addr, UINT32, s.layout) as number;
    if (typeof t.a[1] === "number") {
      const e = decodeScalar(t.a[1]);
      return { addr: p + i * SCALAR_SIZE[e.type], scalar: e.type };
    }
    return { addr: p + i * sizeOfDesc(t.a[1], s.layout), desc: t.a[1] };
  }
  throw typeError("struct: cannot index");
}

defMethods(struct_type, {
  __getitem__(s: PyStruct, k: PyObj) {
    const e = element(s, k);
    if (e.scalar !== undefined) return readScalar(e.addr, e.scalar, s.layout);
    return new PyStruct(e.addr, e.desc, s.layout);
  },
  __setitem__(s: PyStruct, k: PyObj, v: PyObj) {
    const e = element(s, k);
    if (e.scalar === undefined) throw typeError("struct: cannot set aggregate");
    writeScalar(e.addr, e.scalar, s.layout, v);
    return None;
  },
  __len__(s: PyStruct) {
    const t = s.desc;
    if (t instanceof PyTuple && aggKind(t).agg === ARRAY) {
      return t.a.length === 2 ? decodeScalar(smallInt(t.a[1])).offset : smallInt(t.a[1]);
    }
    throw typeError("object of type 'struct' has no len()");
  },
  __repr__(s: PyStruct) {
    let kind = "ERROR";
    if (s.desc instanceof PyDict) kind = "STRUCT";
    else if (s.desc instanceof PyTuple) {
      const { agg } = aggKind(s.desc);
      kind = agg === PTR ? "PTR" : agg === ARRAY ? "ARRAY" : "unk";
    }
    return `<struct ${kind} ${(s.addr >>> 0).toString(16)}>`;
  },
});

// ---------------------------------------------------------------------------------------
// Module

const structCtor = (cls: PyType, args: PyObj[], kwn?: string[], kwv?: PyObj[]) => {
  const a = args.slice();
  kwn?.forEach((k, i) => {
    const idx = ["addr", "descriptor", "layout_type"].indexOf(k);
    if (idx < 0) throw typeError(`unexpected keyword argument '${k}'`);
    a[idx] = kwv![i];
  });
  if (a.length < 2 || a[0] === undefined || a[1] === undefined) {
    throw typeError("function missing required positional arguments");
  }
  if (a.length > 3) throw typeError(`function expected at most 3 arguments, got ${a.length}`);
  const addr = intArg(a[0]);
  const desc = a[1];
  if (!(desc instanceof PyDict) && !(desc instanceof PyTuple)) {
    throw typeError("struct: descriptor must be a dict or tuple");
  }
  const layout = absent(a[2]) ? NATIVE : intArg(a[2]);
  if (layout !== LITTLE_ENDIAN && layout !== BIG_ENDIAN && layout !== NATIVE) {
    throw valueError("invalid layout type");
  }
  void cls;
  return new PyStruct(addr >>> 0, desc, layout);
};
struct_type.$construct = structCtor;

const sizeof = fn("sizeof", 1, 1, (x: PyObj) => {
  if (x instanceof PyStruct) return sizeOfDesc(x.desc, x.layout);
  if (x?.$cls?.$name === "bytearray") return len(x);
  return sizeOfDesc(x, NATIVE);
});

function makeUctypes() {
  const m: Record<string, PyObj> = {
    struct: struct_type,
    sizeof,
    addressof: fn("addressof", 1, 1, (x: PyObj) => {
      if (x instanceof PyStruct) return x.addr;
      return addressOf(bufferArg(x));
    }),
    bytes_at: fn(
      "bytes_at",
      2,
      2,
      (addr: PyObj, size: PyObj) => bytesOf(bytesAt(intArg(addr) >>> 0, intArg(size)).slice()),
    ),
    bytearray_at: fn("bytearray_at", 2, 2, (addr: PyObj, size: PyObj) => {
      const n = intArg(size);
      if (n < 0) throw valueError("negative size");
      return bytearrayRef(intArg(addr) >>> 0, n);
    }),
    NATIVE,
    LITTLE_ENDIAN,
    BIG_ENDIAN,
    VOID: typeConst(UINT8, 4),
    PTR: typeConst(PTR, 2),
    ARRAY: typeConst(ARRAY, 2),
    BF_POS: 17,
    BF_LEN: 22,
  };
  SCALAR_NAMES.forEach((name, t) => {
    if ((t === FLOAT32 || t === FLOAT64) && !ctx.config.float) return;
    m[name] = typeConst(t, 4);
  });
  return nativeModule("uctypes", m);
}

builtinModules.set("uctypes", makeUctypes);
