/**
 * Float behaviour, active only on boards with float (`--float`): construction, arithmetic
 * with ints, comparisons, hashing, repr, `/` between ints, negative int powers, and the
 * `float` builtin's presence. On the WiPy profile none of this is reachable: there are no
 * float literals, `float` is not a builtin and int `/` raises TypeError.
 */

import { defMethods, None, NotImplemented, type PyObj } from "./object.ts";
import { overflowError, typeError, valueError, zeroDivision } from "./errors.ts";
import { float_type, floatRepr, isFloat, PyFloat } from "./objfloat.ts";
import { intHooks } from "./objinttype.ts";
import { PyTuple } from "./objtuple.ts";
import { builtins } from "./builtins.ts";
import { ctx } from "./context.ts";
import { lookupType } from "./object.ts";
import { callMethodValue, typeOf } from "./ops.ts";

const MAX_SAFE = 9007199254740991;

/** A float's value from a float, int or bool operand; undefined for anything else. */
export function toFloatValue(x: PyObj): number | undefined {
  if (x instanceof PyFloat) return x.v;
  switch (typeof x) {
    case "number":
      return x;
    case "boolean":
      return x ? 1 : 0;
    case "bigint": {
      const v = Number(x);
      if (!Number.isFinite(v)) throw overflowError("int too large to convert to float");
      return v;
    }
  }
  return undefined;
}

function f(v: number): PyFloat {
  return new PyFloat(v);
}

/** Python's float modulo and floor division (CPython's algorithm). */
function divmod(a: number, b: number): [number, number] {
  if (b === 0) throw zeroDivision("float divmod()");
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod) {
    if ((b < 0) !== (mod < 0)) {
      mod += b;
      div -= 1;
    }
  } else mod = b < 0 ? -0 : 0;
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = (a / b) < 0 ? -0 : 0;
  return [floordiv, mod];
}

function power(a: number, b: number): number {
  if (a === 0 && b < 0) throw zeroDivision("0.0 cannot be raised to a negative power");
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) throw valueError("math domain error");
  const r = a ** b;
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) {
    throw overflowError("math range error");
  }
  return r;
}

type Op = (a: number, b: number) => number | PyObj;

const OPS: Record<string, Op> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  truediv: (a, b) => {
    if (b === 0) throw zeroDivision("float division by zero");
    return a / b;
  },
  floordiv: (a, b) => {
    if (b === 0) throw zeroDivision("float divmod()");
    return divmod(a, b)[0];
  },
  mod: (a, b) => {
    if (b === 0) throw zeroDivision("float modulo");
    return divmod(a, b)[1];
  },
  pow: power,
  divmod: (a, b) => new PyTuple(divmod(a, b).map(f)),
};

function binary(op: Op, reflected: boolean) {
  return (self: PyFloat, other: PyObj) => {
    const o = toFloatValue(other);
    if (o === undefined) return NotImplemented;
    const r = reflected ? op(o, self.v) : op(self.v, o);
    return typeof r === "number" ? f(r) : r;
  };
}

function compare(test: (a: number, b: number) => boolean) {
  return (self: PyFloat, other: PyObj) => {
    if (typeof other === "bigint") {
      // Exact against big ints: an integral float compares as a bigint.
      if (Number.isInteger(self.v)) {
        const a = BigInt(self.v);
        return test(a < other ? -1 : a > other ? 1 : 0, 0);
      }
    }
    const o = toFloatValue(other);
    if (o === undefined) return NotImplemented;
    return test(self.v, o);
  };
}

/** The hash of a float: an integral float hashes like the int it equals. */
export function floatHash(v: number): number {
  if (Number.isInteger(v) && Math.abs(v) <= MAX_SAFE) return v;
  if (Number.isNaN(v)) return 0;
  if (!Number.isFinite(v)) return v > 0 ? 314159 : -314159;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, v);
  return (buf.getInt32(0) ^ buf.getInt32(4)) & 0x3fffffff;
}

/** float(x): from a float, int, str (Python's syntax, inf/nan) or an object's __float__. */
export function toFloat(x: PyObj): PyFloat {
  if (x === undefined) return f(0);
  if (x instanceof PyFloat) return x;
  if (typeof x === "string") return f(parseFloatText(x));
  const v = toFloatValue(x);
  if (v !== undefined) return f(v);
  const m = typeof x === "object" && x !== null ? lookupType(typeOf(x), "__float__") : undefined;
  if (m !== undefined) {
    const r = callMethodValue(m, x, []);
    if (r instanceof PyFloat) return r;
    throw typeError("__float__ returned non-float");
  }
  throw typeError(`can't convert ${typeOf(x).$name} to float`);
}

const FLOAT_TEXT = /^[+-]?(?:(?:\d+(?:_\d+)*)?\.?\d*(?:_\d+)*(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;

function parseFloatText(s: string): number {
  const t = s.trim();
  if (t === "" || !FLOAT_TEXT.test(t) || /^[+-]?\.?(?:[eE]|$)/.test(t)) {
    throw valueError(`could not convert string to float: ${JSON.stringify(s).replace(/"/g, "'")}`);
  }
  const low = t.toLowerCase().replace(/_/g, "");
  const neg = low.startsWith("-");
  const body = low.replace(/^[+-]/, "");
  if (body === "inf" || body === "infinity") return neg ? -Infinity : Infinity;
  if (body === "nan") return NaN;
  return Number(low);
}

float_type.$construct = (_c, args) => {
  if (args.length > 1) throw typeError("float() takes at most 1 argument");
  return toFloat(args[0]);
};

defMethods(float_type, {
  __add__: binary(OPS.add, false),
  __radd__: binary(OPS.add, true),
  __sub__: binary(OPS.sub, false),
  __rsub__: binary(OPS.sub, true),
  __mul__: binary(OPS.mul, false),
  __rmul__: binary(OPS.mul, true),
  __truediv__: binary(OPS.truediv, false),
  __rtruediv__: binary(OPS.truediv, true),
  __floordiv__: binary(OPS.floordiv, false),
  __rfloordiv__: binary(OPS.floordiv, true),
  __mod__: binary(OPS.mod, false),
  __rmod__: binary(OPS.mod, true),
  __pow__: binary(OPS.pow, false),
  __rpow__: binary(OPS.pow, true),
  __divmod__: binary(OPS.divmod, false),
  __rdivmod__: binary(OPS.divmod, true),
  __eq__: compare((a, b) => a === b),
  __ne__: compare((a, b) => a !== b),
  __lt__: compare((a, b) => a < b),
  __le__: compare((a, b) => a <= b),
  __gt__: compare((a, b) => a > b),
  __ge__: compare((a, b) => a >= b),
  __neg__: (self: PyFloat) => f(-self.v),
  __pos__: (self: PyFloat) => self,
  __abs__: (self: PyFloat) => f(Math.abs(self.v)),
  __bool__: (self: PyFloat) => self.v !== 0,
  __hash__: (self: PyFloat) => floatHash(self.v),
  __repr__: (self: PyFloat) => floatRepr(self.v),
  __str__: (self: PyFloat) => floatRepr(self.v),
  __float__: (self: PyFloat) => self,
  __int__: (self: PyFloat) => floatToInt(self.v),
  __round__(self: PyFloat, nd?: PyObj) {
    if (nd === undefined || nd === None) {
      return floatToInt(roundHalfEven(self.v));
    }
    const n = Number(toFloatValue(nd) ?? 0);
    if (!Number.isFinite(self.v)) return self;
    if (n > 300) return self;
    const p = 10 ** Math.abs(n);
    const scaled = n >= 0 ? self.v * p : self.v / p;
    if (!Number.isFinite(scaled)) return self;
    // Decimal rounding of the exact value: toFixed works on the binary value (2.675 → 2.67).
    if (n >= 0 && n <= 100) return f(Number(self.v.toFixed(n)));
    const r = roundHalfEven(scaled);
    return f(n >= 0 ? r / p : r * p);
  },
});

function roundHalfEven(v: number): number {
  const fl = Math.floor(v);
  const diff = v - fl;
  if (diff > 0.5) return fl + 1;
  if (diff < 0.5) return fl;
  return fl % 2 === 0 ? fl : fl + 1;
}

/** int(float): truncation, with Python's errors for inf and nan. */
export function floatToInt(v: number): PyObj {
  if (Number.isNaN(v)) throw valueError("cannot convert float NaN to integer");
  if (!Number.isFinite(v)) throw overflowError("cannot convert float infinity to integer");
  const t = Math.trunc(v);
  if (Math.abs(t) <= MAX_SAFE) return t === 0 ? 0 : t;
  return BigInt(t);
}

/** Turns float on or off for the board being set up. */
export function setFloatEnabled(on: boolean): void {
  if (on) {
    builtins.float = float_type;
    // int ** negative int and int / int give floats.
    intHooks.pow = (a, b) => f(power(Number(a), Number(b)));
    intHooks.fromOther = (x) => (isFloat(x) ? (floatToInt(x.v) as number | bigint) : undefined);
  } else {
    delete builtins.float;
    intHooks.pow = undefined;
    intHooks.fromOther = undefined;
  }
}

/** `a / b` for two ints when float is on (the caller checks the board's profile). */
export function intTrueDiv(a: number | bigint, b: number | bigint): PyFloat {
  const x = Number(a);
  const y = Number(b);
  if (y === 0) throw zeroDivision("division by zero");
  return f(x / y);
}

/** True when the board has float. */
export function floatEnabled(): boolean {
  return ctx.config.float;
}
