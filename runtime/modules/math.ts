/**
 * The `math` module, present only on boards with float (`--float`); on the WiPy profile
 * `import math` raises ImportError as the board does.
 */

import type { PyObj } from "../object.ts";
import { exc, ImportError, overflowError, typeError, valueError } from "../errors.ts";
import { nativeModule } from "../objobject.ts";
import { builtinModules } from "../import.ts";
import { ctx } from "../context.ts";
import { PyFloat } from "../objfloat.ts";
import { floatToInt, toFloatValue } from "../objfloat_methods.ts";
import { PyTuple } from "../objtuple.ts";
import { fn } from "./modutil.ts";

function num(x: PyObj): number {
  const v = toFloatValue(x);
  if (v === undefined) throw typeError("can't convert to float");
  return v;
}

/** Wraps a real function with CPython's domain/range errors. */
function real(name: string, f: (x: number) => number, domain: (x: number) => boolean = () => true) {
  return fn(name, 1, 1, (x) => {
    const v = num(x);
    if (!domain(v)) throw valueError("math domain error");
    const r = f(v);
    if (Number.isNaN(r) && !Number.isNaN(v)) throw valueError("math domain error");
    if (!Number.isFinite(r) && Number.isFinite(v)) throw overflowError("math range error");
    return new PyFloat(r);
  });
}

function erf(x: number): number {
  // Abramowitz-Stegun 7.1.26 refined by a series for small |x|.
  if (Math.abs(x) < 2) {
    let sum = x;
    let term = x;
    for (let n = 1; n < 60; n++) {
      term *= -x * x / n;
      sum += term / (2 * n + 1);
    }
    return (2 / Math.sqrt(Math.PI)) * sum;
  }
  return 1 - erfc(x);
}

function erfc(x: number): number {
  if (Math.abs(x) < 2) return 1 - erf(x);
  // Continued fraction for large |x|.
  const ax = Math.abs(x);
  let f = 0;
  for (let n = 60; n >= 1; n--) f = n / 2 / (ax + f);
  const r = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / (ax + f);
  return x > 0 ? r : 2 - r;
}

const LANCZOS = [
  0.99999999999980993,
  676.5203681218851,
  -1259.1392167224028,
  771.32342877765313,
  -176.61503916999185,
  12.507343278686905,
  -0.13857109526572012,
  9.9843695780195716e-6,
  1.5056327351493116e-7,
];

function gamma(x: number): number {
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  x -= 1;
  let a = LANCZOS[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (x + i);
  return Math.sqrt(2 * Math.PI) * t ** (x + 0.5) * Math.exp(-t) * a;
}

function makeMath() {
  if (!ctx.config.float) throw exc(ImportError, "no module named 'math'");
  const notNegInt = (x: number) => !(x <= 0 && Number.isInteger(x));
  return nativeModule("math", {
    e: new PyFloat(Math.E),
    pi: new PyFloat(Math.PI),
    inf: new PyFloat(Infinity),
    nan: new PyFloat(NaN),
    sqrt: real("sqrt", Math.sqrt, (x) => x >= 0 || Number.isNaN(x)),
    exp: real("exp", Math.exp),
    expm1: real("expm1", Math.expm1),
    log: fn("log", 1, 2, (x, base) => {
      const v = num(x);
      if (v <= 0) throw valueError("math domain error");
      if (base === undefined) return new PyFloat(Math.log(v));
      const b = num(base);
      if (b <= 0 || b === 1) throw valueError("math domain error");
      return new PyFloat(Math.log(v) / Math.log(b));
    }),
    log2: real("log2", Math.log2, (x) => x > 0),
    log10: real("log10", Math.log10, (x) => x > 0),
    log1p: real("log1p", Math.log1p, (x) => x > -1),
    pow: fn("pow", 2, 2, (a, b) => {
      const x = num(a);
      const y = num(b);
      if (x < 0 && !Number.isInteger(y)) throw valueError("math domain error");
      if (x === 0 && y < 0) throw valueError("math domain error");
      return new PyFloat(x ** y);
    }),
    sin: real("sin", Math.sin, Number.isFinite),
    cos: real("cos", Math.cos, Number.isFinite),
    tan: real("tan", Math.tan, Number.isFinite),
    asin: real("asin", Math.asin, (x) => x >= -1 && x <= 1),
    acos: real("acos", Math.acos, (x) => x >= -1 && x <= 1),
    atan: real("atan", Math.atan),
    atan2: fn("atan2", 2, 2, (y, x) => new PyFloat(Math.atan2(num(y), num(x)))),
    sinh: real("sinh", Math.sinh),
    cosh: real("cosh", Math.cosh),
    tanh: real("tanh", Math.tanh),
    asinh: real("asinh", Math.asinh),
    acosh: real("acosh", Math.acosh, (x) => x >= 1),
    atanh: real("atanh", Math.atanh, (x) => x > -1 && x < 1),
    ceil: fn("ceil", 1, 1, (x) => floatToInt(Math.ceil(num(x)))),
    floor: fn("floor", 1, 1, (x) => floatToInt(Math.floor(num(x)))),
    trunc: fn("trunc", 1, 1, (x) => floatToInt(Math.trunc(num(x)))),
    fabs: fn("fabs", 1, 1, (x) => new PyFloat(Math.abs(num(x)))),
    fmod: fn("fmod", 2, 2, (a, b) => {
      const y = num(b);
      if (y === 0) throw valueError("math domain error");
      return new PyFloat(num(a) % y);
    }),
    frexp: fn("frexp", 1, 1, (x) => {
      const v = num(x);
      if (v === 0 || !Number.isFinite(v)) return new PyTuple([new PyFloat(v), 0]);
      let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(v))) + 1);
      let m = v * 2 ** -e;
      while (Math.abs(m) < 0.5) {
        m *= 2;
        e--;
      }
      while (Math.abs(m) >= 1) {
        m /= 2;
        e++;
      }
      return new PyTuple([new PyFloat(m), e]);
    }),
    ldexp: fn("ldexp", 2, 2, (m, e) => new PyFloat(num(m) * 2 ** num(e))),
    modf: fn("modf", 1, 1, (x) => {
      const v = num(x);
      const i = Math.trunc(v);
      return new PyTuple([new PyFloat(Number.isFinite(v) ? v - i : 0 * v), new PyFloat(i)]);
    }),
    copysign: fn("copysign", 2, 2, (a, b) => {
      const x = Math.abs(num(a));
      const y = num(b);
      return new PyFloat(y < 0 || Object.is(y, -0) ? -x : x);
    }),
    isfinite: fn("isfinite", 1, 1, (x) => Number.isFinite(num(x))),
    isinf: fn("isinf", 1, 1, (x) => Math.abs(num(x)) === Infinity),
    isnan: fn("isnan", 1, 1, (x) => Number.isNaN(num(x))),
    degrees: fn("degrees", 1, 1, (x) => new PyFloat(num(x) * 180 / Math.PI)),
    radians: fn("radians", 1, 1, (x) => new PyFloat(num(x) * Math.PI / 180)),
    gamma: real("gamma", gamma, notNegInt),
    lgamma: real("lgamma", (x) => Math.log(Math.abs(gamma(x))), notNegInt),
    erf: real("erf", erf),
    erfc: real("erfc", erfc),
  });
}

builtinModules.set("math", makeMath);
