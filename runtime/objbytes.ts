/**
 * The bytes type, and the byte-string methods bytes and bytearray share. Byte strings are
 * Uint8Arrays; the searching and splitting methods work on their latin-1 string image,
 * which maps every byte to one UTF-16 unit, so JS string algorithms give byte results.
 *
 * The buffer protocol: any object with a JS `$buf(): Uint8Array` method (bytes, bytearray,
 * memoryview, array.array, uctypes structs) is bytes-like; `$buf()` returns the live bytes.
 */

// deno-lint-ignore-file no-explicit-any
import {
  defMethods,
  lookupType,
  makeNativeType,
  None,
  NotImplemented,
  type PyObj,
  type PyType,
} from "./object.ts";
import {
  exc,
  indexError,
  memoryError,
  OverflowError,
  overflowError,
  typeError,
  valueError,
} from "./errors.ts";
import { isSlice, searchRange, seqIndex, sliceIndices } from "./objslice.ts";
import { NativeIter, STOP } from "./iterator.ts";
import { PyList } from "./objlist.ts";
import { PyTuple } from "./objtuple.ts";
import { strHooks } from "./objstr.ts";
import { ctx } from "./context.ts";
import { call, getitem, getIter, strHash, typeName, typeOf } from "./ops.ts";
import { asInt } from "./objinttype.ts";
import { asciiRepr } from "./strformat.ts";

/** A Python bytes object. */
export class PyBytes {
  declare $cls: PyType;
  constructor(public b: Uint8Array) {}
  /** Internal iterator. */
  $it(): NativeIter {
    return new BytesIter(this.b);
  }
  /** The buffer protocol: the bytes themselves (read-only by convention). */
  $buf(): Uint8Array {
    return this.b;
  }
  /** Hash key: equal bytes are equal dict keys. */
  $hk(): string {
    return "\u0000\uffffb" + latin1(this.b);
  }
}

/** Iterates the ints of a byte buffer (read live, so bytearray growth is seen). */
export class BytesIter extends NativeIter {
  i = 0;
  constructor(public b: Uint8Array, public view?: () => Uint8Array) {
    super();
  }
  override $n(): PyObj {
    const b = this.view ? this.view() : this.b;
    return this.i < b.length ? b[this.i++] : STOP;
  }
}

/** The `bytes` type. */
export const bytes_type: PyType = makeNativeType("bytes", PyBytes.prototype);

/** Wraps a Uint8Array as bytes (no copy). */
export function bytesFromArray(u: Uint8Array): PyBytes {
  return new PyBytes(u);
}

/** The bytes as a latin-1 string (one UTF-16 unit per byte). */
export function latin1(b: Uint8Array): string {
  if (b.length <= 8192) return String.fromCharCode.apply(null, b as unknown as number[]);
  let s = "";
  for (let i = 0; i < b.length; i += 8192) {
    s += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[]);
  }
  return s;
}

/** A latin-1 string back to bytes. */
export function fromLatin1(s: string): Uint8Array {
  const u = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}

/**
 * MicroPython's repr of a byte string (also CPython's for bytes): double quotes only when
 * the bytes hold a single quote and no double quote.
 */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? 34 : 39;
  let out = q === 34 ? 'b"' : "b'";
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === q || c === 92) out += "\\" + String.fromCharCode(c);
    else if (c >= 0x20 && c < 0x7f) out += String.fromCharCode(c);
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else out += (c < 16 ? "\\x0" : "\\x") + c.toString(16);
  }
  return out + (q === 34 ? '"' : "'");
}

// ---------------------------------------------------------------------------------------
// The buffer protocol and construction

/** The live bytes of a bytes-like object (bytes, bytearray, memoryview, array...). */
export function bufferOf(x: PyObj): Uint8Array | undefined {
  if (x !== null && typeof x === "object" && typeof x.$buf === "function") return x.$buf();
  return undefined;
}

/** A bytes-like argument, or TypeError in CPython's words. */
export function bytesLike(x: PyObj): Uint8Array {
  const b = bufferOf(x);
  if (b === undefined) {
    throw typeError(`a bytes-like object is required, not '${typeName(x)}'`);
  }
  return b;
}

/** Refuses allocations bigger than the board could make. */
export function checkAlloc(n: number): void {
  if (n > ctx.config.heapSize * 16 || n > 0x7fffffff) {
    throw memoryError(`memory allocation failed, allocating ${n} bytes`);
  }
}

/** One byte value from an int, with CPython's error. */
export function byteValue(x: PyObj): number {
  const v = asInt(x);
  if (v === undefined) {
    throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  }
  if (typeof v !== "number" || v < 0 || v > 255) throw valueError("bytes must be in range(0, 256)");
  return v;
}

/** A count/size argument (bigints cannot be sizes: OverflowError). */
export function sizeArg(x: PyObj): number {
  const v = asInt(x);
  if (v === undefined) {
    throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  }
  if (typeof v === "bigint") throw overflowLong();
  return v;
}

function overflowLong(): unknown {
  return exc(OverflowError, "overflow converting long int to machine word");
}

/** The bytes a constructor call `bytes(...)` / `bytearray(...)` describes. */
export function bytesFromArgs(name: string, args: PyObj[]): Uint8Array {
  while (args.length > 0 && args[args.length - 1] === undefined) args = args.slice(0, -1);
  if (args.length > 3) {
    throw typeError(`${name}() takes at most 3 arguments (${args.length} given)`);
  }
  if (args.length === 0) return new Uint8Array(0);
  let [src] = args;
  const [, enc, errors] = args;
  if (typeof src === "object" && src !== null && src.$str !== undefined) src = src.$str; // str subclass
  if (typeof src === "string") {
    if (enc === undefined) throw typeError("string argument without an encoding");
    return encodeHook.encode(src, enc, errors ?? "strict");
  }
  if (src === undefined) throw typeError("encoding or errors without sequence argument");
  if (enc !== undefined) {
    throw typeError(
      errors === undefined && args.length === 2
        ? "encoding without a string argument"
        : "errors without a string argument",
    );
  }
  if (typeof src === "number" || typeof src === "bigint" || typeof src === "boolean") {
    const n = sizeArg(src);
    if (n < 0) throw valueError("negative count");
    checkAlloc(n);
    return new Uint8Array(n);
  }
  const buf = bufferOf(src);
  if (buf !== undefined) return buf.slice();
  if (src !== null && typeof src === "object" && !(src instanceof PyTuple)) {
    const f = lookupType(typeOf(src), "__bytes__");
    if (f !== undefined && f !== None) {
      const r = call(f, [src]);
      if (!(r instanceof PyBytes)) {
        throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
      }
      return r.b.slice();
    }
  }
  let it;
  try {
    it = getIter(src);
  } catch (e) {
    if (src === None || typeof src === "function" || !hasIter(src)) {
      throw typeError(`cannot convert '${typeName(src)}' object to ${name}`);
    }
    throw e;
  }
  const out: number[] = [];
  for (let x = it.$n(); x !== STOP; x = it.$n()) {
    out.push(byteValue(x));
    if (out.length > ctx.config.heapSize * 16) checkAlloc(out.length);
  }
  return Uint8Array.from(out);
}

function hasIter(x: PyObj): boolean {
  if (typeof x !== "object" || x === null) return false;
  const t = typeOf(x);
  return lookupType(t, "__iter__") !== undefined || lookupType(t, "__getitem__") !== undefined;
}

/** Encoding of str (filled in by strformat.ts, which owns the codecs). */
export const encodeHook: { encode: (s: string, enc: PyObj, errors: PyObj) => Uint8Array } = {
  encode: () => {
    throw typeError("encoding not available");
  },
};
/** Decoding to str (filled in by strformat.ts). */
export const decodeHook: { decode: (b: Uint8Array, enc: PyObj, errors: PyObj) => string } = {
  decode: () => {
    throw typeError("decoding not available");
  },
};

bytes_type.$construct = (cls, args, kwn, kwv) => {
  if (kwn && kwn.length) args = keywordArgs(cls.$name, args, kwn, kwv!);
  const u = bytesFromArgs("bytes", args);
  if (cls === bytes_type) return new PyBytes(u);
  const o = Object.create(cls.$p);
  o.b = u;
  return o;
};

/** Maps `source`, `encoding`, `errors` keywords onto positions. */
export function keywordArgs(name: string, args: PyObj[], kwn: string[], kwv: PyObj[]): PyObj[] {
  const out = args.slice();
  const names = ["source", "encoding", "errors"];
  kwn.forEach((k, i) => {
    const at = names.indexOf(k);
    if (at < 0) throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
    if (at < args.length) {
      throw typeError(`argument for ${name}() given by name ('${k}') and position (${at + 1})`);
    }
    while (out.length < at) out.push(undefined);
    out[at] = kwv[i];
  });
  return out;
}

/** `bytes.fromhex(s)`: pairs of hex digits, optionally separated by whitespace. */
export function fromHex(s: PyObj): Uint8Array {
  if (typeof s !== "string") throw typeError(`fromhex() argument must be str, not ${typeName(s)}`);
  const out: number[] = [];
  const hex = (c: number) =>
    c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const hi = hex(c);
    const lo = i + 1 < s.length ? hex(s.charCodeAt(i + 1)) : -1;
    if (hi < 0 || lo < 0) {
      const at = hi < 0 ? i : i + 1;
      throw valueError(`non-hexadecimal number found in fromhex() arg at position ${at}`);
    }
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------------------
// Argument checking (MicroPython's messages; counts include self)

function argCount(given: number, min: number, max: number): unknown {
  if (min === max) {
    return typeError(`function takes ${max} positional arguments but ${given} were given`);
  }
  if (given > max) return typeError(`function expected at most ${max} arguments, got ${given}`);
  return typeError(`function missing ${min - given} required positional arguments`);
}

/** Wraps a method with MicroPython's argument-count check (`min`/`max` count self). */
function arity<F extends (...a: any[]) => PyObj>(
  min: number,
  max: number,
  f: F,
  kwp?: string[],
): F {
  const w = function () {
    let n = arguments.length;
    while (n > min && arguments[n - 1] === undefined) n--;
    if (n < min || n > max) throw argCount(n, min, max);
    for (let i = 0; i < min; i++) {
      if (arguments[i] === undefined) throw argCount(i, min, max);
    }
    return f.apply(null, arguments as any);
  } as unknown as F;
  if (kwp) (w as any).$kwp = kwp;
  return w;
}

/** An int argument as a JS number (bigints clamp to the safe range). */
function intArg(x: PyObj): number {
  const v = asInt(x);
  if (v === undefined) {
    throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  }
  if (typeof v === "bigint") return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

/** A subsequence argument as latin-1; `intOk` also accepts one byte as an int. */
function sub(x: PyObj, intOk: boolean): string {
  if (intOk && (typeof x === "number" || typeof x === "boolean" || typeof x === "bigint")) {
    const v = asInt(x)!;
    if (typeof v !== "number" || v < 0 || v > 255) {
      throw valueError("byte must be in range(0, 256)");
    }
    return String.fromCharCode(v);
  }
  const b = bufferOf(x);
  if (b === undefined) {
    throw typeError(
      intOk
        ? `argument should be integer or bytes-like object, not '${typeName(x)}'`
        : `a bytes-like object is required, not '${typeName(x)}'`,
    );
  }
  return latin1(b);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;

// ---------------------------------------------------------------------------------------
// Algorithms on latin-1 images

function splitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (max >= 0 && out.length === max) {
      out.push(s.slice(i));
      break;
    }
    let j = i;
    while (j < n && !isSpace(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
    if (i <= 0) break;
    if (max >= 0 && out.length === max) {
      out.push(s.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !isSpace(s.charCodeAt(j - 1))) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function splitSep(s: string, sep: string, max: number): string[] {
  if (sep === "") throw valueError("empty separator");
  if (max < 0) return s.split(sep);
  const out: string[] = [];
  let i = 0;
  while (out.length < max) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

function rsplitSep(s: string, sep: string, max: number): string[] {
  if (sep === "") throw valueError("empty separator");
  if (max < 0) max = Number.MAX_SAFE_INTEGER;
  const out: string[] = [];
  let end = s.length;
  while (out.length < max) {
    const from = end - sep.length;
    if (from < 0) break;
    const j = s.lastIndexOf(sep, from);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

function replaceAll(s: string, old: string, rep: string, count: number): string {
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  if (count === 0) return s;
  if (old === "") {
    let out = "";
    let n = 0;
    let i = 0;
    for (; i <= s.length && n < count; i++, n++) out += rep + (i < s.length ? s[i] : "");
    return out + s.slice(i);
  }
  let out = "";
  let i = 0;
  for (let n = 0; n < count; n++) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + rep;
    i = j + old.length;
  }
  return out + s.slice(i);
}

// ---------------------------------------------------------------------------------------
// printf-style formatting: `bytes % args`

function isMappingArg(x: PyObj): boolean {
  if (typeof x !== "object" || x === null || x instanceof PyTuple) return false;
  if (bufferOf(x) !== undefined) return false;
  return lookupType(typeOf(x), "__getitem__") !== undefined;
}

/** The bytes `%s`/`%b` inserts: a bytes-like object or one with `__bytes__`. */
function percentBytes(x: PyObj): string {
  const b = bufferOf(x);
  if (b !== undefined) return latin1(b);
  if (x !== null && typeof x === "object") {
    const f = lookupType(typeOf(x), "__bytes__");
    if (f !== undefined && f !== None) return latin1(bytesLike(call(f, [x])));
  }
  throw typeError(
    `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(x)}'`,
  );
}

/** `fmt % args` for byte strings (CPython's semantics; numbers go through str's `%`). */
export function bytesPercent(fmtBytes: Uint8Array, args: PyObj): Uint8Array {
  const fmt = latin1(fmtBytes);
  const items: PyObj[] = args instanceof PyTuple ? args.a : [args];
  const dict = isMappingArg(args) ? args : null;
  let argi = 0;
  const next = (): PyObj => {
    if (argi >= items.length) throw typeError("not enough arguments for format string");
    return items[argi++];
  };
  let out = "";
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const pc = fmt.indexOf("%", i);
    if (pc < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pc);
    i = pc + 1;
    if (i >= n) throw valueError("incomplete format");
    if (fmt[i] === "%") {
      out += "%";
      i++;
      continue;
    }
    let arg: PyObj = undefined;
    if (fmt[i] === "(") {
      if (dict === null) throw typeError("format requires a mapping");
      let depth = 1;
      const k0 = ++i;
      while (i < n && depth > 0) {
        if (fmt[i] === "(") depth++;
        else if (fmt[i] === ")") depth--;
        i++;
      }
      if (depth > 0) throw valueError("incomplete format key");
      arg = getitem(dict, new PyBytes(fromLatin1(fmt.slice(k0, i - 1))));
    }
    let flags = "";
    while (i < n && "-+ #0".includes(fmt[i])) flags += fmt[i++];
    let width = -1;
    if (fmt[i] === "*") {
      width = intArg(next());
      if (width < 0) {
        flags += "-";
        width = -width;
      }
      i++;
    } else {
      const m = /^\d+/.exec(fmt.slice(i, i + 20));
      if (m) {
        width = Number(m[0]);
        i += m[0].length;
      }
    }
    let prec = -1;
    if (fmt[i] === ".") {
      i++;
      if (fmt[i] === "*") {
        prec = Math.max(0, intArg(next()));
        i++;
      } else {
        const m = /^\d+/.exec(fmt.slice(i, i + 20));
        prec = m ? Number(m[0]) : 0;
        if (m) i += m[0].length;
      }
    }
    while (i < n && (fmt[i] === "h" || fmt[i] === "l" || fmt[i] === "L")) i++;
    if (i >= n) throw valueError("incomplete format");
    const conv = fmt[i];
    const at = i++;
    if (arg === undefined) arg = next();
    const left = flags.includes("-");
    const padded = (s: string) => {
      if (prec >= 0 && (conv === "s" || conv === "b" || conv === "r" || conv === "a")) {
        s = s.slice(0, prec);
      }
      if (width <= s.length) return s;
      const fill = " ".repeat(width - s.length);
      return left ? s + fill : fill + s;
    };
    switch (conv) {
      case "s":
      case "b":
        out += padded(percentBytes(arg));
        break;
      case "r":
      case "a":
        out += padded(asciiRepr(arg));
        break;
      case "c": {
        let ch: string;
        const b = bufferOf(arg);
        if (b !== undefined && b.length === 1) ch = String.fromCharCode(b[0]);
        else {
          const v = asInt(arg);
          if (v === undefined) {
            throw typeError("%c requires an integer in range(256) or a single byte");
          }
          if (v < 0 || v > 255) throw overflowError("%c arg not in range(256)");
          ch = String.fromCharCode(Number(v));
        }
        out += padded(ch);
        break;
      }
      case "d":
      case "i":
      case "u":
      case "x":
      case "X":
      case "o":
      case "e":
      case "E":
      case "f":
      case "F":
      case "g":
      case "G": {
        if (!strHooks.percent) throw typeError("string formatting unavailable");
        const spec = "%" + flags + (width >= 0 ? width : "") + (prec >= 0 ? "." + prec : "") +
          conv;
        out += strHooks.percent(spec, new PyTuple([arg]));
        break;
      }
      default: {
        const c = fmt.charCodeAt(at);
        throw valueError(
          `unsupported format character '${fmt[at]}' (0x${c.toString(16)}) at index ${at}`,
        );
      }
    }
  }
  if (argi < items.length && dict === null) {
    throw typeError("not all arguments converted during bytes formatting");
  }
  return fromLatin1(out);
}

// ---------------------------------------------------------------------------------------
// Methods shared by bytes and bytearray. `data(self)` is the live content (and checks
// self's type); `make(u)` builds a result of self's kind.

/** How a byte-string type exposes its content and builds results. */
export interface ByteKind {
  data(self: any): Uint8Array;
  make(u: Uint8Array): PyObj;
  name: string;
}

function pad(k: ByteKind, self: any, width: PyObj, fill: PyObj, where: "c" | "l" | "r") {
  const b = k.data(self);
  const w = intArg(width);
  let f = 32;
  if (fill !== undefined) {
    const fb = bufferOf(fill);
    if (fb === undefined || fb.length !== 1) {
      const name = where === "c" ? "center" : where === "l" ? "ljust" : "rjust";
      throw typeError(
        `${name}() argument 2 must be a byte string of length 1, not ${typeName(fill)}`,
      );
    }
    f = fb[0];
  }
  const marg = w - b.length;
  if (marg <= 0) return k.make(b.slice());
  checkAlloc(w);
  const left = where === "l" ? 0 : where === "r" ? marg : (marg >> 1) + (marg & w & 1);
  const out = new Uint8Array(w).fill(f);
  out.set(b, left);
  return k.make(out);
}

/** Installs the shared byte-string methods on a type. */
export function defByteMethods(t: PyType, k: ByteKind): void {
  const str = (self: any) => latin1(k.data(self));
  const make = (s: string) => k.make(fromLatin1(s));
  const find = (self: any, x: PyObj, start: PyObj, end: PyObj, right: boolean) => {
    const s = str(self);
    const needle = sub(x, true);
    const [a, b] = searchRange(start, end, s.length);
    if (a > s.length || b - a < needle.length) return -1;
    if (right) {
      const i = s.lastIndexOf(needle, b - needle.length);
      return i >= a ? i : -1;
    }
    const i = s.indexOf(needle, a);
    return i >= 0 && i + needle.length <= b ? i : -1;
  };
  const affix = (self: any, x: PyObj, start: PyObj, end: PyObj, ends: boolean) => {
    const s = str(self);
    const [a, b] = searchRange(start, end, s.length);
    const test = (p: PyObj) => {
      const q = sub(p, false);
      if (a > s.length || b - a < q.length) return false;
      return ends ? s.startsWith(q, b - q.length) : s.startsWith(q, a);
    };
    if (x instanceof PyTuple) return x.a.some(test);
    if (bufferOf(x) === undefined) {
      throw typeError(
        `${ends ? "endswith" : "startswith"} first arg must be bytes or a tuple of bytes, not ${
          typeName(x)
        }`,
      );
    }
    return test(x);
  };
  const strip = (self: any, chars: PyObj, left: boolean, right: boolean) => {
    const b = k.data(self);
    let drop = isSpace;
    if (chars !== undefined && chars !== None) {
      const set = new Set(fromLatin1(sub(chars, false)));
      drop = (c) => set.has(c);
    }
    let i = 0;
    let j = b.length;
    if (left) { while (i < j && drop(b[i])) i++; }
    if (right) { while (j > i && drop(b[j - 1])) j--; }
    // Nothing stripped from an (immutable) bytes: the same object, as MicroPython returns.
    if (i === 0 && j === b.length && self?.$cls === bytes_type) return self;
    return k.make(b.slice(i, j));
  };
  const split = (self: any, sep: PyObj, max: PyObj, right: boolean) => {
    const s = str(self);
    const m = max === undefined || max === None ? -1 : intArg(max);
    let parts: string[];
    if (sep === undefined || sep === None) {
      parts = right ? rsplitWhitespace(s, m) : splitWhitespace(s, m);
    } else {
      const p = sub(sep, false);
      parts = right ? rsplitSep(s, p, m) : splitSep(s, p, m);
    }
    return new PyList(parts.map(make));
  };
  const allBytes = (self: any, test: (c: number) => boolean) => {
    const b = k.data(self);
    if (b.length === 0) return false;
    for (let i = 0; i < b.length; i++) if (!test(b[i])) return false;
    return true;
  };
  const index = (self: any, x: PyObj, s: PyObj, e: PyObj, right: boolean) => {
    const i = find(self, x, s, e, right);
    if (i < 0) throw valueError("subsection not found");
    return i;
  };
  // bytes.partition gives back the separator object itself (CPython); bytearray copies it.
  const sepOf = (sep: PyObj, p: string) => (t === bytes_type ? sep : make(p));
  const times = (self: any, n: PyObj) => {
    const c = asInt(n);
    if (c === undefined) return NotImplemented;
    if (typeof c === "bigint") throw overflowLong();
    const a = k.data(self);
    const count = Math.max(0, c);
    checkAlloc(a.length * count);
    const out = new Uint8Array(a.length * count);
    for (let i = 0; i < count; i++) out.set(a, i * a.length);
    return k.make(out);
  };

  defMethods(t, {
    __len__: (self: any) => k.data(self).length,
    __contains__(self: any, x: PyObj) {
      if (typeof x === "number" || typeof x === "boolean" || typeof x === "bigint") {
        return k.data(self).includes(sub(x, true).charCodeAt(0));
      }
      return str(self).includes(sub(x, true));
    },
    __add__(self: any, o: PyObj) {
      const b = bufferOf(o);
      if (b === undefined) return NotImplemented;
      const a = k.data(self);
      checkAlloc(a.length + b.length);
      const out = new Uint8Array(a.length + b.length);
      out.set(a);
      out.set(b, a.length);
      return k.make(out);
    },
    __mul__: times,
    __rmul__: times,
    __mod__: (self: any, args: PyObj) => k.make(bytesPercent(k.data(self), args)),
    __eq__(self: any, o: PyObj) {
      const b = bufferOf(o);
      if (b === undefined || o instanceof PyMemoryViewMarker.cls) return NotImplemented;
      return compareBytes(k.data(self), b) === 0;
    },
    __ne__(self: any, o: PyObj) {
      const b = bufferOf(o);
      if (b === undefined || o instanceof PyMemoryViewMarker.cls) return NotImplemented;
      return compareBytes(k.data(self), b) !== 0;
    },
    __lt__: (self: any, o: PyObj) => cmp(k.data(self), o, (r) => r < 0),
    __le__: (self: any, o: PyObj) => cmp(k.data(self), o, (r) => r <= 0),
    __gt__: (self: any, o: PyObj) => cmp(k.data(self), o, (r) => r > 0),
    __ge__: (self: any, o: PyObj) => cmp(k.data(self), o, (r) => r >= 0),
    decode: arity(1, 3, (self: any, enc?: PyObj, errors?: PyObj) => {
      return decodeHook.decode(k.data(self), enc ?? "utf-8", errors ?? "strict");
    }, ["self", "encoding", "errors"]),
    count: arity(2, 4, (self: any, x: PyObj, start?: PyObj, end?: PyObj) => {
      const s = str(self);
      const needle = sub(x, true);
      const [a, b] = searchRange(start, end, s.length);
      if (a > s.length) return 0;
      if (needle === "") return Math.max(0, b - a) + 1;
      let n = 0;
      for (let i = s.indexOf(needle, a); i >= 0 && i + needle.length <= b;) {
        n++;
        i = s.indexOf(needle, i + needle.length);
      }
      return n;
    }),
    find: arity(2, 4, (self: any, x: PyObj, s?: PyObj, e?: PyObj) => find(self, x, s, e, false)),
    rfind: arity(2, 4, (self: any, x: PyObj, s?: PyObj, e?: PyObj) => find(self, x, s, e, true)),
    index: arity(2, 4, (self: any, x: PyObj, s?: PyObj, e?: PyObj) => index(self, x, s, e, false)),
    rindex: arity(2, 4, (self: any, x: PyObj, s?: PyObj, e?: PyObj) => index(self, x, s, e, true)),
    startswith: arity(2, 4, (self: any, x: PyObj, s?: PyObj, e?: PyObj) => {
      return affix(self, x, s, e, false);
    }),
    endswith: arity(2, 4, (self: any, x: PyObj, s?: PyObj, e?: PyObj) => {
      return affix(self, x, s, e, true);
    }),
    strip: arity(1, 2, (self: any, chars?: PyObj) => strip(self, chars, true, true)),
    lstrip: arity(1, 2, (self: any, chars?: PyObj) => strip(self, chars, true, false)),
    rstrip: arity(1, 2, (self: any, chars?: PyObj) => strip(self, chars, false, true)),
    split: arity(1, 3, (self: any, sep?: PyObj, max?: PyObj) => {
      return split(self, sep, max, false);
    }, ["self", "sep", "maxsplit"]),
    rsplit: arity(1, 3, (self: any, sep?: PyObj, max?: PyObj) => {
      return split(self, sep, max, true);
    }, ["self", "sep", "maxsplit"]),
    splitlines: arity(1, 2, (self: any, keepends?: PyObj) => {
      const s = str(self);
      const keep = keepends !== undefined && keepends !== None && keepends !== false &&
        keepends !== 0;
      const out: string[] = [];
      let i = 0;
      while (i < s.length) {
        let j = i;
        while (j < s.length && s[j] !== "\n" && s[j] !== "\r") j++;
        let e = j;
        if (j < s.length) e = s[j] === "\r" && s[j + 1] === "\n" ? j + 2 : j + 1;
        out.push(keep ? s.slice(i, e) : s.slice(i, j));
        i = e;
      }
      return new PyList(out.map(make));
    }, ["self", "keepends"]),
    join: arity(2, 2, (self: any, it: PyObj) => {
      const sep = str(self);
      const parts: string[] = [];
      const i = getIter(it);
      let len = 0;
      for (let x = i.$n(); x !== STOP; x = i.$n()) {
        const b = bufferOf(x);
        if (b === undefined) {
          throw typeError(
            `sequence item ${parts.length}: expected a bytes-like object, ${typeName(x)} found`,
          );
        }
        len += b.length + sep.length;
        if (len > ctx.config.heapSize * 16) checkAlloc(len);
        parts.push(latin1(b));
      }
      return make(parts.join(sep));
    }),
    replace: arity(3, 4, (self: any, old: PyObj, rep: PyObj, count?: PyObj) => {
      const s = str(self);
      const o = sub(old, false);
      const r = sub(rep, false);
      const n = count === undefined ? -1 : intArg(count);
      if (o === "" && r !== "") checkAlloc(s.length + (s.length + 1) * r.length);
      else if (o !== "" && r.length > o.length) {
        checkAlloc(s.length + Math.floor(s.length / o.length) * (r.length - o.length));
      }
      return make(replaceAll(s, o, r, n));
    }),
    partition: arity(2, 2, (self: any, sep: PyObj) => {
      const s = str(self);
      const p = sub(sep, false);
      if (p === "") throw valueError("empty separator");
      const i = s.indexOf(p);
      if (i < 0) return new PyTuple([k.make(fromLatin1(s)), make(""), make("")]);
      return new PyTuple([make(s.slice(0, i)), sepOf(sep, p), make(s.slice(i + p.length))]);
    }),
    rpartition: arity(2, 2, (self: any, sep: PyObj) => {
      const s = str(self);
      const p = sub(sep, false);
      if (p === "") throw valueError("empty separator");
      const i = s.lastIndexOf(p);
      if (i < 0) return new PyTuple([make(""), make(""), make(s)]);
      return new PyTuple([make(s.slice(0, i)), sepOf(sep, p), make(s.slice(i + p.length))]);
    }),
    upper: arity(1, 1, (self: any) => k.make(k.data(self).map((c) => (isLower(c) ? c - 32 : c)))),
    lower: arity(1, 1, (self: any) => k.make(k.data(self).map((c) => (isUpper(c) ? c + 32 : c)))),
    isdigit: arity(1, 1, (self: any) => allBytes(self, isDigit)),
    isalpha: arity(1, 1, (self: any) => allBytes(self, (c) => isUpper(c) || isLower(c))),
    isalnum: arity(1, 1, (self: any) => {
      return allBytes(self, (c) => isUpper(c) || isLower(c) || isDigit(c));
    }),
    isspace: arity(1, 1, (self: any) => allBytes(self, isSpace)),
    isupper: arity(1, 1, (self: any) => {
      const b = k.data(self);
      return b.some(isUpper) && !b.some(isLower);
    }),
    islower: arity(1, 1, (self: any) => {
      const b = k.data(self);
      return b.some(isLower) && !b.some(isUpper);
    }),
    center: arity(2, 3, (self: any, w: PyObj, f?: PyObj) => pad(k, self, w, f, "c")),
    ljust: arity(2, 3, (self: any, w: PyObj, f?: PyObj) => pad(k, self, w, f, "l")),
    rjust: arity(2, 3, (self: any, w: PyObj, f?: PyObj) => pad(k, self, w, f, "r")),
    zfill: arity(2, 2, (self: any, width: PyObj) => {
      const s = str(self);
      const w = intArg(width);
      if (w <= s.length) return make(s);
      checkAlloc(w);
      const sign = s[0] === "+" || s[0] === "-" ? s[0] : "";
      return make(sign + "0".repeat(w - s.length) + s.slice(sign.length));
    }),
    hex: arity(1, 1, (self: any) => {
      const b = k.data(self);
      let out = "";
      for (let i = 0; i < b.length; i++) out += (b[i] < 16 ? "0" : "") + b[i].toString(16);
      return out;
    }),
  });
}

/** Lets byte comparisons leave memoryview equality to memoryview (set by objmemoryview). */
export const PyMemoryViewMarker: { cls: any } = { cls: class {} };

/** Lexicographic comparison of two byte strings. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function cmp(a: Uint8Array, o: PyObj, ok: (r: number) => boolean): PyObj {
  if (o instanceof PyMemoryViewMarker.cls) return NotImplemented;
  const b = bufferOf(o);
  if (b === undefined) return NotImplemented;
  return ok(compareBytes(a, b));
}

/** `seq[i]` / `seq[slice]` reading for byte strings. */
export function byteGetItem(k: ByteKind, self: any, key: PyObj): PyObj {
  const b = k.data(self);
  if (typeof key === "number") {
    const i = key < 0 ? key + b.length : key;
    if (i >= 0 && i < b.length) return b[i];
  }
  if (isSlice(key)) {
    const [start, stop, step, count] = sliceIndices(key, b.length);
    if (step === 1) return k.make(b.slice(start, Math.max(start, stop)));
    const out = new Uint8Array(count);
    for (let i = 0, j = start; i < count; i++, j += step) out[i] = b[j];
    return k.make(out);
  }
  return b[seqIndex(key, b.length, k.name)];
}

/** The content of a bytes value (self check for the shared methods). */
function bytesData(self: any): Uint8Array {
  if (!(self instanceof PyBytes)) {
    throw typeError(`descriptor requires a 'bytes' object but received a '${typeName(self)}'`);
  }
  return self.b;
}

const bytesKind: ByteKind = {
  name: "bytes",
  data: bytesData,
  make: (u) => new PyBytes(u),
};

defByteMethods(bytes_type, bytesKind);
defMethods(bytes_type, {
  __getitem__: (self: PyBytes, k: PyObj) => byteGetItem(bytesKind, self, k),
  __repr__: (self: PyBytes) => bytesRepr(bytesData(self)),
  __hash__: (self: PyBytes) => strHash(latin1(bytesData(self))),
});

/** Index errors for byte sequences. */
export function byteIndexError(what: string): unknown {
  return indexError(`${what} index out of range`);
}
