/**
 * The `ustruct` module (importable as `struct`): packing values into bytes and back.
 *
 * Format strings: an optional byte-order prefix, then items `[count]code` (whitespace
 * between items is ignored).
 * - `@` (default) native: the WiPy's 32-bit little-endian ARM layout — i/I/l/L/P are 4
 *   bytes, q/Q/d 8, and every item is aligned to its size (relative to the start of the
 *   packed data). `=` `<` are little-endian and `>` `!` big-endian, with standard sizes and
 *   no alignment.
 * - Codes: b B h H i I l L q Q (ints), P (pointer-sized int), ? (bool), s (bytes; the count
 *   is the length), x (pad byte), f d (floats, only on boards with float support).
 *
 * MicroPython semantics: there is no `struct.error`; bad formats raise ValueError
 * ("bad typecode"), short buffers ValueError("buffer too small"), and values of the wrong
 * type TypeError. Integers wrap to the item size as MicroPython's conversion does (no range
 * check). `unpack` accepts a buffer longer than the format needs, as MicroPython does.
 * Buffers are any object with the buffer protocol or a str (its UTF-8 bytes).
 */

import { None, type PyObj } from "../object.ts";
import { memoryError, typeError, valueError } from "../errors.ts";
import { PyBytes } from "../objbytes.ts";
import { PyFloat } from "../objfloat.ts";
import { norm } from "../objint.ts";
import { tuple } from "../objtuple.ts";
import { nativeModule } from "../objobject.ts";
import { ctx } from "../context.ts";
import { builtinModules } from "../import.ts";
import { truthy, typeName } from "../ops.ts";
import { absent, fn, intArg, writableBufferArg } from "./modutil.ts";
import { dataArg } from "./ubinascii.ts";

/** Standard sizes (also the native sizes on the WiPy). */
const SIZE: Record<string, number> = {
  x: 1,
  b: 1,
  B: 1,
  "?": 1,
  s: 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 4,
  L: 4,
  q: 8,
  Q: 8,
  P: 4,
  f: 4,
  d: 8,
};

/** One format item: `count` repetitions of `code` at byte `offset` (already aligned). */
interface Item {
  code: string;
  count: number;
  offset: number;
}

/** A parsed format. */
interface Format {
  little: boolean;
  size: number;
  items: Item[];
  /** Number of values packed/unpacked. */
  nvalues: number;
}

const MAX_SIZE = 2 ** 31 - 1;
const cache = new Map<string, Format>();

function fmtArg(x: PyObj): string {
  if (typeof x === "object" && x !== null && x.$str !== undefined) x = x.$str; // str subclass
  if (typeof x === "string") return x;
  if (x instanceof PyBytes) {
    let s = "";
    for (const c of x.b) s += String.fromCharCode(c);
    return s;
  }
  throw typeError(`can't convert '${typeName(x)}' object to str implicitly`);
}

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f";
}

/** Parses (and caches) a format string. */
function parseFormat(fmtObj: PyObj): Format {
  const fmt = fmtArg(fmtObj);
  const key = (ctx.config.float ? "F" : "I") + fmt;
  const have = cache.get(key);
  if (have !== undefined) return have;
  let i = 0;
  let native = true;
  let little = true;
  switch (fmt[0]) {
    case "@":
      i = 1;
      break;
    case "=":
    case "<":
      native = false;
      i = 1;
      break;
    case ">":
    case "!":
      native = false;
      little = false;
      i = 1;
      break;
  }
  const items: Item[] = [];
  let size = 0;
  let nvalues = 0;
  while (i < fmt.length) {
    let c = fmt[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    let count = 1;
    if (c >= "0" && c <= "9") {
      count = 0;
      while (i < fmt.length && fmt[i] >= "0" && fmt[i] <= "9") {
        count = count * 10 + (fmt.charCodeAt(i) - 48);
        if (count > MAX_SIZE) throw valueError("total struct size too long");
        i++;
      }
      if (i >= fmt.length) throw valueError("repeat count given without format specifier");
      c = fmt[i];
    }
    i++;
    const sz = SIZE[c];
    if (sz === undefined || ((c === "f" || c === "d") && !ctx.config.float)) {
      throw valueError("bad typecode");
    }
    if (native && sz > 1 && count > 0) size = (size + sz - 1) & ~(sz - 1);
    items.push({ code: c, count, offset: size });
    size += c === "s" ? count : sz * count;
    if (size > MAX_SIZE) throw valueError("total struct size too long");
    if (c === "s") nvalues++;
    else if (c !== "x") nvalues += count;
  }
  const f: Format = { little, size, items, nvalues };
  if (cache.size > 256) cache.clear();
  cache.set(key, f);
  return f;
}

function intValue(v: PyObj): bigint | number {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  throw typeError(`can't convert ${typeName(v)} to int`);
}

function floatValue(v: PyObj): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  throw typeError(`can't convert ${typeName(v)} to float`);
}

/** Writes one value of `code` at `off`. */
function putValue(dv: DataView, off: number, code: string, v: PyObj, little: boolean): void {
  switch (code) {
    case "?":
      dv.setUint8(off, truthy(v) ? 1 : 0);
      return;
    case "f":
      dv.setFloat32(off, floatValue(v), little);
      return;
    case "d":
      dv.setFloat64(off, floatValue(v), little);
      return;
  }
  const x = intValue(v);
  const sz = SIZE[code];
  if (sz === 8) {
    dv.setBigUint64(off, BigInt.asUintN(64, typeof x === "bigint" ? x : BigInt(x)), little);
    return;
  }
  // Wrap to the item size (two's complement), as MicroPython's conversion does.
  const n = typeof x === "bigint" ? Number(BigInt.asUintN(32, x)) : x;
  switch (sz) {
    case 1:
      dv.setUint8(off, n & 0xff);
      return;
    case 2:
      dv.setUint16(off, n & 0xffff, little);
      return;
    default:
      // `n % 2**32` keeps the low 32 bits of any safe integer.
      dv.setUint32(off, ((n % 0x100000000) + 0x100000000) % 0x100000000, little);
  }
}

/** Reads one value of `code` at `off`. */
function getValue(dv: DataView, off: number, code: string, little: boolean): PyObj {
  switch (code) {
    case "b":
      return dv.getInt8(off);
    case "B":
      return dv.getUint8(off);
    case "?":
      return dv.getUint8(off) !== 0;
    case "h":
      return dv.getInt16(off, little);
    case "H":
      return dv.getUint16(off, little);
    case "i":
    case "l":
      return dv.getInt32(off, little);
    case "I":
    case "L":
    case "P":
      return dv.getUint32(off, little);
    case "q":
      return norm(dv.getBigInt64(off, little));
    case "Q":
      return norm(dv.getBigUint64(off, little));
    case "f":
      return new PyFloat(dv.getFloat32(off, little));
    default:
      return new PyFloat(dv.getFloat64(off, little));
  }
}

/** Packs `values` into `out` at `base` (the buffer has room). */
function packInto(f: Format, out: Uint8Array, base: number, values: PyObj[]): void {
  if (values.length !== f.nvalues) {
    throw valueError(`pack expected ${f.nvalues} items for packing (got ${values.length})`);
  }
  const dv = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let k = 0;
  for (const it of f.items) {
    const off = base + it.offset;
    if (it.code === "x") {
      out.fill(0, off, off + it.count);
      continue;
    }
    if (it.code === "s") {
      const src = dataArg(values[k++]);
      const n = Math.min(src.length, it.count);
      out.set(src.subarray(0, n), off);
      out.fill(0, off + n, off + it.count);
      continue;
    }
    const sz = SIZE[it.code];
    for (let j = 0; j < it.count; j++) putValue(dv, off + j * sz, it.code, values[k++], f.little);
  }
}

/** Unpacks a format from `b` at `base` (the buffer is long enough). */
function unpackFrom(f: Format, b: Uint8Array, base: number): PyObj {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out: PyObj[] = [];
  for (const it of f.items) {
    const off = base + it.offset;
    if (it.code === "x") continue;
    if (it.code === "s") {
      out.push(new PyBytes(b.slice(off, off + it.count)));
      continue;
    }
    const sz = SIZE[it.code];
    for (let j = 0; j < it.count; j++) out.push(getValue(dv, off + j * sz, it.code, f.little));
  }
  return tuple(out);
}

/** Resolves an offset (negative: from the end) for a format of `size` bytes in `len`. */
function offsetArg(x: PyObj, len: number, size: number): number {
  let off = absent(x) ? 0 : intArg(x);
  if (off < 0) {
    off += len;
    if (off < 0) throw valueError("buffer too small");
  }
  if (off + size > len) throw valueError("buffer too small");
  return off;
}

function makeUstruct() {
  return nativeModule("ustruct", {
    calcsize: fn("calcsize", 1, 1, (fmt: PyObj) => parseFormat(fmt).size),
    pack: fn("pack", 1, Infinity, (fmt: PyObj, ...values: PyObj[]) => {
      const f = parseFormat(fmt);
      if (f.size > ctx.config.heapSize) throw memoryError("memory allocation failed");
      const out = new Uint8Array(f.size);
      packInto(f, out, 0, values);
      return new PyBytes(out);
    }),
    pack_into: fn(
      "pack_into",
      3,
      Infinity,
      (fmt: PyObj, buffer: PyObj, offset: PyObj, ...values: PyObj[]) => {
        const f = parseFormat(fmt);
        const b = writableBufferArg(buffer);
        const off = offsetArg(offset, b.length, f.size);
        packInto(f, b, off, values);
        return None;
      },
    ),
    unpack: fn("unpack", 2, 2, (fmt: PyObj, data: PyObj) => {
      const f = parseFormat(fmt);
      const b = dataArg(data);
      if (b.length < f.size) throw valueError("buffer too small");
      return unpackFrom(f, b, 0);
    }),
    unpack_from: fn("unpack_from", 2, 3, (fmt: PyObj, data: PyObj, offset?: PyObj) => {
      const f = parseFormat(fmt);
      const b = dataArg(data);
      return unpackFrom(f, b, offsetArg(offset, b.length, f.size));
    }, ["fmt", "buffer", "offset"]),
  });
}

builtinModules.set("ustruct", makeUstruct);
