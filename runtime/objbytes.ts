/**
 * The bytes type, and the byte-string methods bytes and bytearray share. Byte strings are
 * Uint8Arrays; the searching and splitting methods work on their latin-1 string image,
 * which maps every byte to one UTF-16 unit, so JS string algorithms give byte results.
 */

// deno-lint-ignore-file no-explicit-any
import {
  defMethods,
  makeNativeType,
  None,
  NotImplemented,
  type PyObj,
  type PyType,
} from "./object.ts";
import { indexError, memoryError, typeError, valueError } from "./errors.ts";
import { isSlice, seqIndex, sliceIndices } from "./objslice.ts";
import { NativeIter, STOP } from "./iterator.ts";
import { PyList } from "./objlist.ts";
import { PyTuple } from "./objtuple.ts";
import { ctx } from "./context.ts";
import { getIter, typeName } from "./ops.ts";
import { asInt } from "./objinttype.ts";

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

// ---------------------------------------------------------------------------------------
// The buffer protocol and construction

/** The live bytes of a bytes-like object (bytes, bytearray, memoryview, array...). */
export function bufferOf(x: PyObj): Uint8Array | undefined {
  if (x !== null && typeof x === "object" && typeof x.$buf === "function") return x.$buf();
  return undefined;
}

/** A bytes-like argument, or TypeError in MicroPython's words. */
export function bytesLike(x: PyObj): Uint8Array {
  const b = bufferOf(x);
  if (b === undefined) {
    throw typeError(`a bytes-like object is required, not '${typeName(x)}'`);
  }
  return b;
}

/** Refuses allocations bigger than the board's heap, as the WiPy would. */
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

/** The bytes a constructor call `bytes(...)` / `bytearray(...)` describes. */
export function bytesFromArgs(name: string, args: PyObj[]): Uint8Array {
  if (args.length === 0) return new Uint8Array(0);
  const [src, enc, errors] = args;
  if (typeof src === "string") {
    if (enc === undefined) throw typeError("string argument without an encoding");
    return encodeHook.encode(src, enc, errors ?? "strict");
  }
  if (enc !== undefined) throw typeError(`${name}() takes 1 argument when not a str`);
  if (typeof src === "number" || typeof src === "bigint" || typeof src === "boolean") {
    const n = Number(src);
    if (n < 0) throw valueError("negative count");
    checkAlloc(n);
    return new Uint8Array(n);
  }
  const buf = bufferOf(src);
  if (buf !== undefined) return buf.slice();
  const out: number[] = [];
  const it = getIter(src);
  for (let x = it.$n(); x !== STOP; x = it.$n()) {
    out.push(byteValue(x));
    if (out.length > ctx.config.heapSize * 16) checkAlloc(out.length);
  }
  return Uint8Array.from(out);
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
  if (kwn && kwn.length) args = keywordArgs(args, kwn, kwv!);
  const u = bytesFromArgs("bytes", args);
  if (cls === bytes_type) return new PyBytes(u);
  const o = Object.create(cls.$p);
  o.b = u;
  return o;
};

/** Maps `source`, `encoding`, `errors` keywords onto positions. */
export function keywordArgs(args: PyObj[], kwn: string[], kwv: PyObj[]): PyObj[] {
  const out = args.slice();
  const names = ["source", "encoding", "errors"];
  kwn.forEach((k, i) => {
    const at = names.indexOf(k);
    if (at < 0) throw typeError(`'${k}' is an invalid keyword argument for this function`);
    while (out.length < at) out.push(undefined);
    out[at] = kwv[i];
  });
  return out;
}

// ---------------------------------------------------------------------------------------
// Methods shared by bytes and bytearray. `data(self)` is the live content; `make(self, u)`
// builds a result of self's kind.

/** How a byte-string type exposes its content and builds results. */
export interface ByteKind {
  data(self: any): Uint8Array;
  make(u: Uint8Array): PyObj;
  name: string;
}

function sub(x: PyObj): string {
  if (typeof x === "number" || typeof x === "boolean") return String.fromCharCode(byteValue(x));
  return latin1(bytesLike(x));
}

function range(len: number, start: PyObj, end: PyObj): [number, number] {
  let s = start === undefined || start === None ? 0 : Number(asInt(start) ?? 0);
  let e = end === undefined || end === None ? len : Number(asInt(end) ?? len);
  if (s < 0) s = Math.max(0, s + len);
  if (e < 0) e = Math.max(0, e + len);
  return [Math.min(s, len), Math.min(e, len)];
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function stripChars(chars: PyObj): (c: number) => boolean {
  if (chars === undefined || chars === None) return isSpace;
  const set = new Set(bytesLike(chars));
  return (c) => set.has(c);
}

function splitWhitespace(s: string, max: number, right: boolean): string[] {
  const out: string[] = [];
  if (!right) {
    let i = 0;
    const n = s.length;
    while (i < n) {
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) break;
      if (max >= 0 && out.length === max) {
        let e = n;
        while (e > i && isSpace(s.charCodeAt(e - 1))) e--;
        out.push(s.slice(i, e));
        break;
      }
      let j = i;
      while (j < n && !isSpace(s.charCodeAt(j))) j++;
      out.push(s.slice(i, j));
      i = j;
    }
    return out;
  }
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
    if (i <= 0) break;
    if (max >= 0 && out.length === max) {
      let b = 0;
      while (b < i && isSpace(s.charCodeAt(b))) b++;
      out.unshift(s.slice(b, i));
      break;
    }
    let j = i;
    while (j > 0 && !isSpace(s.charCodeAt(j - 1))) j--;
    out.unshift(s.slice(j, i));
    i = j;
  }
  return out;
}

function splitSep(s: string, sep: string, max: number, right: boolean): string[] {
  if (sep === "") throw valueError("empty separator");
  const parts = s.split(sep);
  if (max < 0 || parts.length - 1 <= max) return parts;
  if (!right) return [...parts.slice(0, max), parts.slice(max).join(sep)];
  const keep = parts.length - max;
  return [parts.slice(0, keep).join(sep), ...parts.slice(keep)];
}

function maxArg(x: PyObj): number {
  if (x === undefined || x === None) return -1;
  const v = asInt(x);
  if (v === undefined) throw typeError("maxsplit must be an int");
  return Number(v);
}

function pad(k: ByteKind, self: any, width: PyObj, fill: PyObj, where: "c" | "l" | "r") {
  const s = latin1(k.data(self));
  const w = Number(asInt(width) ?? 0);
  let f = " ";
  if (fill !== undefined) {
    const fb = bytesLike(fill);
    if (fb.length !== 1) throw typeError("fill character must be exactly one byte long");
    f = String.fromCharCode(fb[0]);
  }
  if (w <= s.length) return k.make(fromLatin1(s));
  const total = w - s.length;
  let left = where === "l" ? 0 : where === "r" ? total : Math.floor(total / 2);
  if (where === "c" && total % 2 === 1 && s.length % 2 === 1) left++;
  return k.make(fromLatin1(f.repeat(left) + s + f.repeat(total - left)));
}

/** Installs the shared byte-string methods on a type. */
export function defByteMethods(t: PyType, k: ByteKind): void {
  const str = (self: any) => latin1(k.data(self));
  const make = (s: string) => k.make(fromLatin1(s));
  const find = (self: any, x: PyObj, start: PyObj, end: PyObj, right: boolean) => {
    const s = str(self);
    const [a, b] = range(s.length, start, end);
    const needle = sub(x);
    if (b - a < needle.length) return -1;
    const hay = s.slice(a, b);
    const i = right ? hay.lastIndexOf(needle) : hay.indexOf(needle);
    return i < 0 ? -1 : i + a;
  };
  const affix = (self: any, x: PyObj, start: PyObj, end: PyObj, ends: boolean) => {
    const s = str(self);
    const [a, b] = range(s.length, start, end);
    const hay = s.slice(a, b);
    const test = (p: PyObj) => (ends ? hay.endsWith(sub(p)) : hay.startsWith(sub(p)));
    if (x instanceof PyTuple) return x.a.some(test);
    return test(x);
  };
  const strip = (self: any, chars: PyObj, left: boolean, right: boolean) => {
    const b = k.data(self);
    const drop = stripChars(chars);
    let i = 0;
    let j = b.length;
    if (left) { while (i < j && drop(b[i])) i++; }
    if (right) { while (j > i && drop(b[j - 1])) j--; }
    return k.make(b.slice(i, j));
  };
  const split = (self: any, sep: PyObj, max: PyObj, right: boolean) => {
    const s = str(self);
    const m = maxArg(max);
    const parts = sep === undefined || sep === None
      ? splitWhitespace(s, m, right)
      : splitSep(s, sub(sep), m, right);
    return new PyList(parts.map(make));
  };
  const allBytes = (self: any, test: (c: number) => boolean) => {
    const b = k.data(self);
    if (b.length === 0) return false;
    for (const c of b) if (!test(c)) return false;
    return true;
  };
  const isUpper = (c: number) => c >= 65 && c <= 90;
  const isLower = (c: number) => c >= 97 && c <= 122;
  const isDigit = (c: number) => c >= 48 && c <= 57;
  const splitMethod: any = (self: any, sep?: PyObj, max?: PyObj) => split(self, sep, max, false);
  splitMethod.$kwp = ["self", "sep", "maxsplit"];
  const rsplitMethod: any = (self: any, sep?: PyObj, max?: PyObj) => split(self, sep, max, true);
  rsplitMethod.$kwp = ["self", "sep", "maxsplit"];
  const decodeMethod: any = (self: any, enc?: PyObj, errors?: PyObj) =>
    decodeHook.decode(k.data(self), enc ?? "utf-8", errors ?? "strict");
  decodeMethod.$kwp = ["self", "encoding", "errors"];

  defMethods(t, {
    __len__: (self: any) => k.data(self).length,
    __contains__(self: any, x: PyObj) {
      if (typeof x === "number" || typeof x === "boolean") {
        return k.data(self).includes(byteValue(x));
      }
      return str(self).includes(latin1(bytesLike(x)));
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
    __mul__(self: any, n: PyObj) {
      const c = asInt(n);
      if (c === undefined) return NotImplemented;
      const a = k.data(self);
      const times = Math.max(0, Number(c));
      checkAlloc(a.length * times);
      const out = new Uint8Array(a.length * times);
      for (let i = 0; i < times; i++) out.set(a, i * a.length);
      return k.make(out);
    },
    __rmul__(self: any, n: PyObj) {
      return (t.$p.__mul__ as any)(self, n);
    },
    __eq__(self: any, o: PyObj) {
      const b = bufferOf(o);
      if (b === undefined || o instanceof PyMemoryViewMarker.cls) return NotImplemented;
      return compareBytes(k.data(self), b) === 0;
    },
    __ne__(self: any, o: PyObj) {
      const b = bufferOf(o);
      if (b === undefined) return NotImplemented;
      return compareBytes(k.data(self), b) !== 0;
    },
    __lt__: (self: any, o: PyObj) => cmp(k.data(self), o, (r) => r < 0),
    __le__: (self: any, o: PyObj) => cmp(k.data(self), o, (r) => r <= 0),
    __gt__: (self: any, o: PyObj) => cmp(k.data(self), o, (r) => r > 0),
    __ge__: (self: any, o: PyObj) => cmp(k.data(self), o, (r) => r >= 0),
    decode: decodeMethod,
    count(self: any, x: PyObj, start?: PyObj, end?: PyObj) {
      const s = str(self);
      const [a, b] = range(s.length, start, end);
      const needle = sub(x);
      const hay = s.slice(a, b);
      if (needle === "") return hay.length + 1;
      return hay.split(needle).length - 1;
    },
    find: (self: any, x: PyObj, s?: PyObj, e?: PyObj) => find(self, x, s, e, false),
    rfind: (self: any, x: PyObj, s?: PyObj, e?: PyObj) => find(self, x, s, e, true),
    index(self: any, x: PyObj, s?: PyObj, e?: PyObj) {
      const i = find(self, x, s, e, false);
      if (i < 0) throw valueError("subsection not found");
      return i;
    },
    rindex(self: any, x: PyObj, s?: PyObj, e?: PyObj) {
      const i = find(self, x, s, e, true);
      if (i < 0) throw valueError("subsection not found");
      return i;
    },
    startswith: (self: any, x: PyObj, s?: PyObj, e?: PyObj) => affix(self, x, s, e, false),
    endswith: (self: any, x: PyObj, s?: PyObj, e?: PyObj) => affix(self, x, s, e, true),
    strip: (self: any, chars?: PyObj) => strip(self, chars, true, true),
    lstrip: (self: any, chars?: PyObj) => strip(self, chars, true, false),
    rstrip: (self: any, chars?: PyObj) => strip(self, chars, false, true),
    split: splitMethod,
    rsplit: rsplitMethod,
    splitlines(self: any, keepends?: PyObj) {
      const s = str(self);
      const out: string[] = [];
      let i = 0;
      while (i < s.length) {
        let j = i;
        while (j < s.length && s[j] !== "\n" && s[j] !== "\r") j++;
        let e = j;
        if (j < s.length) e = s[j] === "\r" && s[j + 1] === "\n" ? j + 2 : j + 1;
        out.push(keepends ? s.slice(i, e) : s.slice(i, j));
        i = e;
      }
      return new PyList(out.map(make));
    },
    join(self: any, it: PyObj) {
      const sep = str(self);
      const parts: string[] = [];
      const i = getIter(it);
      for (let x = i.$n(); x !== STOP; x = i.$n()) {
        const b = bufferOf(x);
        if (b === undefined) {
          throw typeError(
            "join expects a list of str/bytes objects consistent with self object",
          );
        }
        parts.push(latin1(b));
      }
      return make(parts.join(sep));
    },
    replace(self: any, old: PyObj, rep: PyObj, count?: PyObj) {
      const s = str(self);
      const o = sub(old);
      const r = sub(rep);
      let n = count === undefined ? -1 : Number(asInt(count) ?? -1);
      if (n < 0) {
        return make(
          o === "" ? s.split("").join(r).replace(/^/, r) + (s ? r : "") : s.split(o).join(r),
        );
      }
      let out = "";
      let i = 0;
      while (n-- > 0) {
        const j = o === "" ? (i <= s.length ? i : -1) : s.indexOf(o, i);
        if (j < 0) break;
        out += s.slice(i, j) + r;
        if (o === "") {
          if (j < s.length) out += s[j];
          i = j + 1;
        } else i = j + o.length;
      }
      return make(out + s.slice(i));
    },
    partition(self: any, sep: PyObj) {
      const s = str(self);
      const p = sub(sep);
      if (p === "") throw valueError("empty separator");
      const i = s.indexOf(p);
      const parts = i < 0 ? [s, "", ""] : [s.slice(0, i), p, s.slice(i + p.length)];
      return new PyTuple(parts.map(make));
    },
    rpartition(self: any, sep: PyObj) {
      const s = str(self);
      const p = sub(sep);
      if (p === "") throw valueError("empty separator");
      const i = s.lastIndexOf(p);
      const parts = i < 0 ? ["", "", s] : [s.slice(0, i), p, s.slice(i + p.length)];
      return new PyTuple(parts.map(make));
    },
    upper: (self: any) => k.make(k.data(self).map((c) => (isLower(c) ? c - 32 : c))),
    lower: (self: any) => k.make(k.data(self).map((c) => (isUpper(c) ? c + 32 : c))),
    isdigit: (self: any) => allBytes(self, isDigit),
    isalpha: (self: any) => allBytes(self, (c) => isUpper(c) || isLower(c)),
    isalnum: (self: any) => allBytes(self, (c) => isUpper(c) || isLower(c) || isDigit(c)),
    isspace: (self: any) => allBytes(self, isSpace),
    isupper(self: any) {
      const b = k.data(self);
      return b.some(isUpper) && !b.some(isLower);
    },
    islower(self: any) {
      const b = k.data(self);
      return b.some(isLower) && !b.some(isUpper);
    },
    center: (self: any, w: PyObj, f?: PyObj) => pad(k, self, w, f, "c"),
    ljust: (self: any, w: PyObj, f?: PyObj) => pad(k, self, w, f, "l"),
    rjust: (self: any, w: PyObj, f?: PyObj) => pad(k, self, w, f, "r"),
    zfill(self: any, width: PyObj) {
      const s = str(self);
      const w = Number(asInt(width) ?? 0);
      if (w <= s.length) return make(s);
      const sign = s[0] === "+" || s[0] === "-" ? s[0] : "";
      return make(sign + "0".repeat(w - s.length) + s.slice(sign.length));
    },
    hex(self: any) {
      let out = "";
      for (const c of k.data(self)) out += c.toString(16).padStart(2, "0");
      return out;
    },
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
  const b = bufferOf(o);
  if (b === undefined) return NotImplemented;
  return ok(compareBytes(a, b));
}

/** `seq[i]` / `seq[slice]` reading for byte strings. */
export function byteGetItem(k: ByteKind, self: any, key: PyObj): PyObj {
  const b = k.data(self);
  if (isSlice(key)) {
    const [start, stop, step, count] = sliceIndices(key, b.length);
    if (step === 1) return k.make(b.slice(start, Math.max(start, stop)));
    const out = new Uint8Array(count);
    for (let i = 0, j = start; i < count; i++, j += step) out[i] = b[j];
    return k.make(out);
  }
  return b[seqIndex(key, b.length, k.name)];
}

const bytesKind: ByteKind = {
  name: "bytes",
  data: (self: PyBytes) => self.b,
  make: (u) => new PyBytes(u),
};

defByteMethods(bytes_type, bytesKind);
defMethods(bytes_type, {
  __getitem__: (self: PyBytes, k: PyObj) => byteGetItem(bytesKind, self, k),
  __repr__: (self: PyBytes) => bytesRepr(self.b),
  __hash__(self: PyBytes) {
    let h = 5381;
    for (const c of self.b) h = ((h * 33) ^ c) & 0x3fffffff;
    return h;
  },
});

/** `bytes.fromhex(s)` (a static method here, as the class is the receiver either way). */
export function fromHex(s: PyObj): Uint8Array {
  if (typeof s !== "string") throw typeError("fromhex() argument must be str");
  const t = s.replace(/\s+/g, "");
  if (t.length % 2 !== 0 || /[^0-9a-fA-F]/.test(t)) {
    throw valueError("non-hexadecimal number found in fromhex() arg");
  }
  const out = new Uint8Array(t.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(t.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Index errors for byte sequences. */
export function byteIndexError(what: string): unknown {
  return indexError(`${what} index out of range`);
}
