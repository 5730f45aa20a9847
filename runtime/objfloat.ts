/**
 * The float type, present only on boards with float support (`--float`). Floats are boxed
 * so that a JS number always means an int. Arithmetic, comparison and conversion follow
 * CPython (the unix port's double-precision floats): ints mix exactly (bigints included),
 * `repr` gives the shortest round-trip digits, `round` is round-half-even on the binary value.
 *
 * Load order: this module's top level uses only object.ts, so any module may import it
 * whatever the cycle; what needs the rest of the runtime (the `float` builtin, int hooks,
 * `float.__new__`) is installed by `enableFloat`, which board set-up calls through
 * objfloat_methods.ts (`setFloatEnabled`). ops.ts calls `floatBinary`/`floatOrder` after its
 * int fast paths, so int arithmetic is not slowed down.
 */

// deno-lint-ignore-file no-explicit-any
import {
  defMethods,
  isSubtype,
  lookupType,
  makeNativeType,
  None,
  NotImplemented,
  type PyObj,
  PyType,
} from "./object.ts";
import {
  newException,
  OverflowError,
  overflowError,
  typeError,
  valueError,
  zeroDivision,
} from "./errors.ts";
import { big, type Int } from "./objint.ts";
import { PyTuple } from "./objtuple.ts";
import { ctx } from "./context.ts";
import { binaryOp, callMethodValue, repr, typeName, typeOf } from "./ops.ts";
import { fixedDigits } from "./strformat.ts";
import { intHooks } from "./objinttype.ts";
import { PyStaticMethod } from "./objfun.ts";

/** A Python float. */
export class PyFloat {
  declare $cls: PyType;
  constructor(public v: number) {}
  /** A NaN is not equal to itself, even by identity (see ops.eq). */
  get $nan(): boolean {
    return this.v !== this.v;
  }
}

/** The `float` type (a builtin only when the board has float). */
export const float_type: PyType = makeNativeType("float", PyFloat.prototype);

/** True for a float. */
export function isFloat(x: unknown): x is PyFloat {
  return x instanceof PyFloat;
}

// ---------------------------------------------------------------------------------------
// Conversions

/** An int (too large → OverflowError) as a double. */
export function bigToDouble(b: bigint): number {
  const f = Number(b);
  if (!Number.isFinite(f)) throw overflowError("int too large to convert to float");
  return f;
}

/** A float, int or bool as a double; undefined for anything else. */
export function toDouble(x: PyObj): number | undefined {
  if (x instanceof PyFloat) return x.v;
  switch (typeof x) {
    case "number":
      return x;
    case "boolean":
      return x ? 1 : 0;
    case "bigint":
      return bigToDouble(x);
  }
  return undefined;
}

/** A float, int, or object with `__float__`/`__index__` as a double; undefined otherwise. */
function realOpt(x: PyObj): number | undefined {
  const v = toDouble(x);
  if (v !== undefined || x === null || typeof x !== "object") return v;
  const t = typeOf(x);
  const f = lookupType(t, "__float__");
  if (f !== undefined) {
    const r = callMethodValue(f, x, []);
    if (!(r instanceof PyFloat)) {
      throw typeError(`${t.$name}.__float__ returned non-float (type ${typeName(r)})`);
    }
    return r.v;
  }
  const ix = lookupType(t, "__index__");
  if (ix !== undefined) {
    const r = callMethodValue(ix, x, []);
    const d = typeof r === "object" ? undefined : toDouble(r);
    if (d === undefined) throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
    return d;
  }
  return undefined;
}

/**
 * A "real number" argument as a double, as CPython's PyFloat_AsDouble: float, int,
 * `__float__`, `__index__`; TypeError otherwise.
 */
export function floatArg(x: PyObj): number {
  const v = realOpt(x);
  if (v === undefined) throw typeError(`must be real number, not ${typeName(x)}`);
  return v;
}

/** An integral double as an int (number when safe, else bigint); -0 becomes 0. */
function integralToInt(v: number): Int {
  if (Number.isSafeInteger(v)) return v === 0 ? 0 : v;
  return BigInt(v);
}

/** `int(x)` for a float: truncation, with CPython's errors for nan and infinities. */
export function floatToInt(v: number): Int {
  if (v !== v) throw valueError("cannot convert float NaN to integer");
  if (!Number.isFinite(v)) throw overflowError("cannot convert float infinity to integer");
  return integralToInt(Math.trunc(v));
}

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** Parses float text as `float(s)` does; undefined when invalid. */
export function parseFloatText(text: string): number | undefined {
  const s = text.trim();
  if (FLOAT_RE.test(s)) return Number(s.replace(/_/g, ""));
  const m = SPECIAL_RE.exec(s);
  if (m === null) return undefined;
  const v = m[2].toLowerCase() === "nan" ? NaN : Infinity;
  return m[1] === "-" ? -v : v;
}

/** The value `float(x)` gives. */
function floatOf(x: PyObj): number {
  if (typeof x === "string") {
    const v = parseFloatText(x);
    if (v === undefined) throw valueError(`could not convert string to float: ${repr(x)}`);
    return v;
  }
  if (x !== null && typeof x === "object" && x.b instanceof Uint8Array) {
    const name = typeName(x);
    if (name === "bytes" || name === "bytearray") {
      const v = parseFloatText(new TextDecoder().decode(x.b.subarray(0, x.n ?? x.b.length)));
      if (v === undefined) throw valueError(`could not convert string to float: ${repr(x)}`);
      return v;
    }
  }
  const v = realOpt(x);
  if (v !== undefined) return v;
  throw typeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
}

// ---------------------------------------------------------------------------------------
// repr and hash

/** Python's repr of a float: shortest round-trip digits, always with a point or exponent. */
export function floatRepr(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0.0" : "0.0";
  const abs = Math.abs(v);
  let s: string;
  if (abs >= 1e16 || abs < 1e-4) {
    s = v.toExponential();
    // JS: 1e+21 / 1.5e-7 → Python: 1e+21 / 1.5e-07
    s = s.replace(/e([+-])(\d)$/, "e$10$2");
  } else {
    s = String(v);
    if (!s.includes(".") && !s.includes("e")) s += ".0";
  }
  return s;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** True when the sign bit of `x` is set (-0.0 and negative NaNs included). */
export function signBit(x: number): boolean {
  f64[0] = x;
  return (u32[HI] >>> 31) === 1;
}

/** `copysign(x, y)`. */
export function copySign(x: number, y: number): number {
  const ax = Math.abs(x);
  return signBit(y) ? -ax : ax;
}

/** hash(x) for a float: equal to the int's hash when integral, else a mix of the bits. */
export function floatHash(v: number): number {
  if (Number.isInteger(v)) {
    if (Number.isSafeInteger(v)) return v === 0 ? 0 : v;
    return Number(BigInt.asIntN(30, BigInt(v)));
  }
  if (v !== v) return 0;
  if (v === Infinity) return 314159;
  if (v === -Infinity) return -314159;
  f64[0] = v;
  const h = Math.imul(u32[0] ^ Math.imul(u32[1], 0x9e3779b1), 0x85ebca6b);
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

// ---------------------------------------------------------------------------------------
// Arithmetic on doubles (CPython's floatobject.c semantics)

/** `x / y` for floats. */
export function floatDiv(x: number, y: number): number {
  if (y === 0) throw zeroDivision("float division by zero");
  return x / y;
}

/** `x % y` for floats (the result has the sign of y). */
export function floatMod(x: number, y: number): number {
  if (y === 0) throw zeroDivision("float modulo");
  let mod = x % y;
  // (C's `if (mod)`: a NaN counts as non-zero.)
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) mod += y;
  } else mod = copySign(0, y);
  return mod;
}

/** `divmod(x, y)` for floats: [floor quotient, remainder]. */
export function floatDivmod(x: number, y: number, what = "float divmod()"): [number, number] {
  if (y === 0) throw zeroDivision(what);
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) {
      mod += y;
      div -= 1;
    }
  } else mod = copySign(0, y);
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = copySign(0, x / y);
  return [floordiv, mod];
}

/** `x // y` for floats. */
export function floatFloorDiv(x: number, y: number): number {
  return floatDivmod(x, y, "float floor division by zero")[0];
}

function isOddInteger(y: number): boolean {
  return Number.isFinite(y) && Math.abs(y % 2) === 1;
}

/** `x ** y` for floats, with CPython's special cases and errors. */
export function floatPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x !== x) return x;
  if (y !== y) return x === 1 ? 1 : y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return (y > 0) === (ax > 1) ? Infinity : 0;
  }
  if (!Number.isFinite(x)) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Math.abs(x);
    return odd ? copySign(0, x) : 0;
  }
  if (x === 0) {
    if (y < 0) throw zeroDivision("0.0 cannot be raised to a negative power");
    return isOddInteger(y) ? x : 0;
  }
  let neg = false;
  if (x < 0) {
    if (y !== Math.floor(y)) {
      // CPython returns a complex number here; there is no complex type on this board.
      throw valueError("math domain error");
    }
    x = -x;
    neg = isOddInteger(y);
  }
  if (x === 1) return neg ? -1 : 1;
  const r = Math.pow(x, y);
  if (!Number.isFinite(r)) {
    throw newException(OverflowError, [34, "Numerical result out of range"]);
  }
  return neg ? -r : r;
}

/** Compares a double with an int exactly: -1, 0, 1, or NaN when unordered. */
function cmpBig(v: number, b: bigint): number {
  if (v !== v) return NaN;
  if (v === Infinity) return 1;
  if (v === -Infinity) return -1;
  const f = Math.floor(v);
  const fb = BigInt(f);
  if (fb < b) return -1;
  if (fb > b) return 1;
  return f === v ? 0 : 1;
}

/** Compares float `v` with a float or int: -1, 0, 1, NaN (unordered), undefined (other type). */
export function floatCompare(v: number, o: PyObj): number | undefined {
  let w: number;
  if (o instanceof PyFloat) w = o.v;
  else if (typeof o === "number") w = o;
  else if (typeof o === "boolean") w = o ? 1 : 0;
  else if (typeof o === "bigint") return cmpBig(v, o);
  else return undefined;
  return v < w ? -1 : v > w ? 1 : v === w ? 0 : NaN;
}

/** Bit length of a non-negative bigint. */
function bitLength(b: bigint): number {
  return b === 0n ? 0 : b.toString(2).length;
}

/** `x * 2**e` exactly rounded once (handles subnormal results and huge exponents). */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x) || e === 0) return x;
  const [m, ex] = frexp(x); // x = m * 2**ex, 0.5 <= |m| < 1
  const ne = ex + e;
  if (ne > 1024) return x > 0 ? Infinity : -Infinity;
  if (ne >= -1021) {
    // Normal result: scale in exact steps.
    let r = m;
    let k = ne;
    while (k > 1000) {
      r *= 2 ** 1000;
      k -= 1000;
    }
    while (k < -1000) {
      r *= 2 ** -1000;
      k += 1000;
    }
    return r * 2 ** k;
  }
  // Subnormal (or zero) result: round the 53-bit mantissa once onto the 2**-1074 grid.
  const mi = Math.abs(m) * 2 ** 53; // integer < 2**53
  const shift = -1074 - (ne - 53); // bits to drop
  if (shift > 54) return copySign(0, x);
  const mb = BigInt(mi);
  const sb = BigInt(shift);
  let n = mb >> sb;
  const rem = mb - (n << sb);
  const half = 1n << (sb - 1n);
  if (rem > half || (rem === half && (n & 1n) === 1n)) n += 1n;
  const r = Number(n) * 2 ** -1074;
  return x < 0 ? -r : r;
}

/** `frexp(x)`: [m, e] with x = m * 2**e and 0.5 <= |m| < 1 (x finite and non-zero). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  f64[0] = x;
  let bexp = (u32[HI] >>> 20) & 0x7ff;
  let adj = 0;
  if (bexp === 0) {
    // Subnormal: scale into the normal range first.
    f64[0] = x * 2 ** 64;
    bexp = (u32[HI] >>> 20) & 0x7ff;
    adj = -64;
  }
  const e = bexp - 1022;
  // Set the exponent field to 1022 (value in [0.5, 1)).
  u32[HI] = (u32[HI] & 0x800fffff) | (1022 << 20);
  return [f64[0], e + adj];
}

/** `a / b` for ints, correctly rounded (CPython's long true division). */
export function intTrueDiv(a: Int, b: Int): PyFloat {
  if (typeof a === "number" && typeof b === "number") {
    // Safe integers are exact doubles, so one IEEE division rounds correctly.
    if (b === 0) throw zeroDivision();
    return new PyFloat(a / b);
  }
  let x = big(a);
  let y = big(b);
  if (y === 0n) throw zeroDivision();
  const neg = (x < 0n) !== (y < 0n);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x === 0n) return new PyFloat(neg ? -0 : 0);
  const la = bitLength(x);
  const lb = bitLength(y);
  if (la <= 53 && lb <= 53) {
    const r = Number(x) / Number(y);
    return new PyFloat(neg ? -r : r);
  }
  const diff = la - lb; // 2**(diff-1) < x/y < 2**(diff+1)
  if (diff > 1025) throw overflowError("integer division result too large for a float");
  // q = floor(x/y * 2**s) has at least 55 bits, or reaches 2 bits below the subnormal grid.
  const s = Math.min(55 - diff, 1074) + 2;
  let num = x;
  let den = y;
  if (s >= 0) num <<= BigInt(s);
  else den <<= BigInt(-s);
  const q = num / den;
  const sticky = num - q * den !== 0n;
  // Round q half-even (the remainder as sticky bit) to 53 bits, or onto the 2**-1074 grid.
  const drop = Math.max(bitLength(q) - 53, s - 1074);
  const db = BigInt(drop);
  let n = q >> db;
  const rem = q - (n << db);
  const half = 1n << (db - 1n);
  if (rem > half || (rem === half && (sticky || (n & 1n) === 1n))) n += 1n;
  // n * 2**(drop - s) is exact by construction; scale in exact steps.
  let r = Number(n);
  let k = drop - s;
  while (k < -1000) {
    r *= 2 ** -1000;
    k += 1000;
  }
  while (k > 1000) {
    r *= 2 ** 1000;
    k -= 1000;
  }
  r *= 2 ** k;
  if (!Number.isFinite(r)) throw overflowError("integer division result too large for a float");
  return new PyFloat(neg ? -r : r);
}

/** Float operations other modules reach late-bound (ops.ts: `/` between ints). */
export const floatOps: { intTrueDiv?: (a: Int, b: Int) => PyFloat } = { intTrueDiv };

/** `round(v)`: round-half-even to an int. */
function roundToInt(v: number): Int {
  if (v !== v) throw valueError("cannot convert float NaN to integer");
  if (!Number.isFinite(v)) throw overflowError("cannot convert float infinity to integer");
  let r = Math.floor(v);
  const d = v - r;
  if (d > 0.5 || (d === 0.5 && r % 2 !== 0)) r += 1;
  return integralToInt(r);
}

/** `round(v, nd)`: correctly rounded to `nd` decimal places (half-even on the exact value). */
export function floatRoundDigits(v: number, nd: Int): number {
  if (!Number.isFinite(v)) return v;
  if (nd > 323) return v;
  if (nd < -308) return 0 * v;
  const p = Number(nd);
  const [i, f] = fixedDigits(v, p);
  let r = Number((i + f) + "e" + -p);
  if (!Number.isFinite(r)) throw overflowError("rounded value too large to represent");
  if (v < 0 || Object.is(v, -0)) r = -r;
  return r;
}

// ---------------------------------------------------------------------------------------
// The fast path ops.ts takes when an operand is an exact float

/** Binary operator codes for `floatBinary`. */
export type FloatOp = "add" | "sub" | "mul" | "truediv" | "floordiv" | "mod" | "pow";

/** Applies a double operator. */
function applyOp(op: FloatOp, x: number, y: number): number {
  switch (op) {
    case "add":
      return x + y;
    case "sub":
      return x - y;
    case "mul":
      return x * y;
    case "truediv":
      return floatDiv(x, y);
    case "floordiv":
      return floatFloorDiv(x, y);
    case "mod":
      return floatMod(x, y);
    case "pow":
      return floatPow(x, y);
  }
}

/** An exact float's or an int's value; undefined for float subclasses and other types. */
function plainValue(x: PyObj): number | undefined {
  if (x instanceof PyFloat) return x.$cls === float_type ? x.v : undefined;
  const t = typeof x;
  if (t === "number") return x;
  if (t === "boolean" || t === "bigint") return toDouble(x);
  return undefined;
}

/**
 * `a op b` for ops.ts once one operand is a float: exact floats with floats or ints are
 * computed here; subclasses and other types go through the generic dunder dispatch.
 */
export function floatBinary(op: FloatOp, a: PyObj, b: PyObj): PyObj {
  const x = plainValue(a);
  const y = x === undefined ? undefined : plainValue(b);
  if (y === undefined) return binaryOp(op, a, b);
  return new PyFloat(applyOp(op, x!, y));
}

/**
 * `a < b` etc. (`name` is the dunder) for ops.ts once one operand is a float: a boolean
 * for exact floats against floats or ints (exactly, big ints included), else undefined.
 */
export function floatOrder(a: PyObj, b: PyObj, name: string): boolean | undefined {
  let c: number | undefined;
  if (a instanceof PyFloat) {
    if (a.$cls !== float_type || (b instanceof PyFloat && b.$cls !== float_type)) return undefined;
    c = floatCompare(a.v, b);
  } else {
    if (b.$cls !== float_type || typeof a === "object") return undefined;
    c = floatCompare(b.v, a);
    if (c !== undefined) c = -c;
  }
  if (c === undefined) return undefined;
  return name === "__lt__"
    ? c < 0
    : name === "__le__"
    ? c <= 0
    : name === "__gt__"
    ? c > 0
    : c >= 0;
}

// ---------------------------------------------------------------------------------------
// Methods

function binop(op: FloatOp) {
  return (self: PyFloat, other: PyObj) => {
    const y = other instanceof PyFloat ? other.v : toDouble(other);
    return y === undefined ? NotImplemented : new PyFloat(applyOp(op, self.v, y));
  };
}
function rbinop(op: FloatOp) {
  return (self: PyFloat, other: PyObj) => {
    const x = other instanceof PyFloat ? other.v : toDouble(other);
    return x === undefined ? NotImplemented : new PyFloat(applyOp(op, x, self.v));
  };
}
function cmpop(test: (c: number) => boolean) {
  return (self: PyFloat, other: PyObj) => {
    const c = floatCompare(self.v, other);
    return c === undefined ? NotImplemented : test(c);
  };
}

function divmodTuple(x: number, y: number): PyTuple {
  const [q, r] = floatDivmod(x, y);
  return new PyTuple([new PyFloat(q), new PyFloat(r)]);
}

defMethods(float_type, {
  __add__: binop("add"),
  __radd__: rbinop("add"),
  __sub__: binop("sub"),
  __rsub__: rbinop("sub"),
  __mul__: binop("mul"),
  __rmul__: rbinop("mul"),
  __truediv__: binop("truediv"),
  __rtruediv__: rbinop("truediv"),
  __floordiv__: binop("floordiv"),
  __rfloordiv__: rbinop("floordiv"),
  __mod__: binop("mod"),
  __rmod__: rbinop("mod"),
  __pow__: binop("pow"),
  __rpow__: rbinop("pow"),
  __divmod__: (self: PyFloat, other: PyObj) => {
    const y = toDouble(other);
    return y === undefined ? NotImplemented : divmodTuple(self.v, y);
  },
  __rdivmod__: (self: PyFloat, other: PyObj) => {
    const x = toDouble(other);
    return x === undefined ? NotImplemented : divmodTuple(x, self.v);
  },
  __neg__: (self: PyFloat) => new PyFloat(-self.v),
  __pos__: (self: PyFloat) => new PyFloat(self.v),
  __abs__: (self: PyFloat) => new PyFloat(Math.abs(self.v)),
  __bool__: (self: PyFloat) => self.v !== 0,
  __eq__: cmpop((c) => c === 0),
  __lt__: cmpop((c) => c < 0),
  __le__: cmpop((c) => c <= 0),
  __gt__: cmpop((c) => c > 0),
  __ge__: cmpop((c) => c >= 0),
  __hash__: (self: PyFloat) => floatHash(self.v),
  __repr__: (self: PyFloat) => floatRepr(self.v),
  __int__: (self: PyFloat) => floatToInt(self.v),
  __trunc__: (self: PyFloat) => floatToInt(self.v),
  __float__: (self: PyFloat) => self.$cls === float_type ? self : new PyFloat(self.v),
  __round__: (self: PyFloat, nd?: PyObj) => {
    if (nd === undefined || nd === None) return roundToInt(self.v);
    const t = typeof nd;
    if (t !== "number" && t !== "bigint" && t !== "boolean") {
      throw typeError(`'${typeName(nd)}' object cannot be interpreted as an integer`);
    }
    const n: Int = t === "boolean" ? (nd ? 1 : 0) : nd;
    return new PyFloat(floatRoundDigits(self.v, n));
  },
});

float_type.$construct = (_cls, args, kwn) => {
  if (kwn !== undefined && kwn.length > 0) throw typeError("float() takes no keyword arguments");
  if (args.length > 1) throw typeError(`float expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return new PyFloat(0);
  const x = args[0];
  if (x instanceof PyFloat && x.$cls === float_type) return x;
  return new PyFloat(floatOf(x));
};

// ---------------------------------------------------------------------------------------
// Turning float on and off (board set-up)

let newInstalled = false;

/**
 * Sets the board's float support: `float` is a builtin name only while it is on, and int
 * `**` with a negative exponent gives a float (else ValueError as on the WiPy). `int(x)`
 * truncates floats and `float.__new__` serves subclasses of float.
 */
export function enableFloat(on: boolean, builtins: Record<string, PyObj>): void {
  if (on) builtins.float = float_type;
  else delete builtins.float;
  intHooks.fromOther = (x: PyObj) => (x instanceof PyFloat ? floatToInt(x.v) : undefined);
  intHooks.pow = (a: Int, b: Int) => {
    if (!ctx.config.float) throw valueError("negative power with no float support");
    const x = typeof a === "number" ? a : bigToDouble(a);
    const y = typeof b === "number" ? b : bigToDouble(b);
    return new PyFloat(floatPow(x, y));
  };
  if (newInstalled) return;
  newInstalled = true;
  const newFn = (cls: PyObj, ...args: PyObj[]) => {
    if (!(cls instanceof PyType)) {
      throw typeError(`float.__new__(X): X is not a type object (${typeName(cls)})`);
    }
    if (!isSubtype(cls, float_type)) {
      throw typeError(`float.__new__(${cls.$name}): ${cls.$name} is not a subtype of float`);
    }
    const f = float_type.$construct!(float_type, args);
    if (cls === float_type) return f;
    const o = cls.$alloc(cls);
    o.v = f.v;
    return o;
  };
  (newFn as any).$name = "__new__";
  float_type.$p.__new__ = new PyStaticMethod(newFn);
}
