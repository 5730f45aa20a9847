/**
 * The `math` module, present only on boards with float (`--float`); on the WiPy profile
 * `import math` raises ImportError as the board does. Semantics follow CPython's
 * mathmodule.c: ints and objects with `__float__` are accepted, a NaN out of a non-NaN
 * argument or a pole is `ValueError: math domain error`, an overflow is
 * `OverflowError: math range error`; floor/ceil/trunc return ints; log accepts ints of any
 * size. gamma/lgamma are CPython's Lanczos implementations, erf/erfc fdlibm's (as glibc).
 */

import type { PyObj } from "../object.ts";
import { lookupType } from "../object.ts";
import { exc, ImportError, overflowError, typeError, valueError, zeroDivision } from "../errors.ts";
import { nativeModule } from "../objobject.ts";
import { builtinModules } from "../import.ts";
import { ctx } from "../context.ts";
import { copySign, float_type, floatArg, floatToInt, frexp, ldexp, PyFloat } from "../objfloat.ts";
import { PyTuple } from "../objtuple.ts";
import { callMethodValue, typeName, typeOf } from "../ops.ts";
import { fn } from "./modutil.ts";

const domainError = () => valueError("math domain error");
const rangeError = () => overflowError("math range error");

/**
 * A one-argument function with CPython's math_1 checks: NaN out of a non-NaN argument is a
 * domain error; an infinity out of a finite argument is a range error when the function
 * can overflow, else a domain error (a pole).
 */
function math1(name: string, f: (x: number) => number, canOverflow: boolean) {
  return fn(name, 1, 1, (a: PyObj) => new PyFloat(checked1(f, floatArg(a), canOverflow)));
}

function checked1(f: (x: number) => number, x: number, canOverflow: boolean): number {
  const r = f(x);
  if (r !== r && x === x) throw domainError();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) {
    throw canOverflow ? rangeError() : domainError();
  }
  return r;
}

// ---------------------------------------------------------------------------------------
// Logarithms (CPython's loghelper: ints of any size are fine)

function bitLength(b: bigint): number {
  return b.toString(2).length;
}

/** A positive bigint too large for a double as [x, e] with b ~= x * 2**e, 0.5 <= x < 1. */
function bigFrexp(b: bigint): [number, number] {
  const bits = bitLength(b);
  const shift = bits - 55;
  let m = b >> BigInt(shift);
  if ((m << BigInt(shift)) !== b) m |= 1n; // sticky bit: the rounding below is then correct
  let x = Number(m) / 2 ** 55;
  let e = bits;
  if (x === 1) {
    x = 0.5;
    e++;
  }
  return [x, e];
}

function logHelper(a: PyObj, f: (x: number) => number): number {
  const t = typeof a;
  if (t === "number" || t === "bigint" || t === "boolean") {
    const b = t === "boolean" ? (a ? 1 : 0) : a;
    if (b <= 0) throw domainError();
    const x = Number(b);
    if (Number.isFinite(x)) return f(x);
    const [m, e] = bigFrexp(b as bigint);
    return f(m) + f(2) * e;
  }
  return checked1(f, floatArg(a), false);
}

// ---------------------------------------------------------------------------------------
// gamma and lgamma (CPython's m_tgamma / m_lgamma)

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [
  0.0,
  39916800.0,
  120543840.0,
  150917976.0,
  105258076.0,
  45995730.0,
  13339535.0,
  2637558.0,
  357423.0,
  32670.0,
  1925.0,
  66.0,
  1.0,
];
const GAMMA_INTEGRAL = [
  1.0,
  1.0,
  2.0,
  6.0,
  24.0,
  120.0,
  720.0,
  5040.0,
  40320.0,
  362880.0,
  3628800.0,
  39916800.0,
  479001600.0,
  6227020800.0,
  87178291200.0,
  1307674368000.0,
  20922789888000.0,
  355687428096000.0,
  6402373705728000.0,
  121645100408832000.0,
  2432902008176640000.0,
  51090942171709440000.0,
  1124000727777607680000.0,
];
const PI = Math.PI;
const LOGPI = 1.144729885849400174143427351353058711647;

/** sin(pi*x), accurate for x integral or close to it (finite x). */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0:
      r = Math.sin(PI * y);
      break;
    case 1:
      r = Math.cos(PI * (y - 0.5));
      break;
    case 2:
      r = Math.sin(PI * (1 - y));
      break;
    case 3:
      r = -Math.cos(PI * (y - 1.5));
      break;
    default:
      r = Math.sin(PI * (y - 2));
  }
  return copySign(1, x) * r;
}

function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

function tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return x;
    throw domainError();
  }
  if (x === 0) throw domainError();
  if (x === Math.floor(x)) {
    if (x < 0) throw domainError();
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    if (!Number.isFinite(r)) throw rangeError();
    return r;
  }
  if (absx > 200) {
    if (x < 0) return 0 / sinpi(x);
    throw rangeError();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0) {
    r = -PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= Math.pow(y, absx - 0.5);
    else {
      const sqrtpow = Math.pow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / Math.exp(y);
    r += z * r;
    if (absx < 140) r *= Math.pow(y, absx - 0.5);
    else {
      const sqrtpow = Math.pow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}

function lgamma(x: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) throw domainError();
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -Math.log(absx);
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOGPI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}

// ---------------------------------------------------------------------------------------
// erf and erfc (fdlibm s_erf.c, which glibc uses too)

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

function highWord(x: number): number {
  f64[0] = x;
  return u32[HI] | 0;
}
function clearLowWord(x: number): number {
  f64[0] = x;
  u32[1 - HI] = 0;
  return f64[0];
}

const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const EFX8 = 1.02703333676410069053e+00;
const PP = [
  1.28379167095512558561e-01,
  -3.25042107247001499370e-01,
  -2.84817495755985104766e-02,
  -5.77027029648944159157e-03,
  -2.37630166566501626084e-05,
];
const QQ = [
  0,
  3.97917223959155352819e-01,
  6.50222499887672944485e-02,
  5.08130628187576562776e-03,
  1.32494738004321644526e-04,
  -3.96022827877536812320e-06,
];
const PA = [
  -2.36211856075265944077e-03,
  4.14856118683748331666e-01,
  -3.72207876035701323847e-01,
  3.18346619901161753674e-01,
  -1.10894694282396677476e-01,
  3.54783043256182359371e-02,
  -2.16637559486879084300e-03,
];
const QA = [
  0,
  1.06420880400844228286e-01,
  5.40397917702171048937e-01,
  7.18286544141962662868e-02,
  1.26171219808761642112e-01,
  1.36370839120290507362e-02,
  1.19844998467991074170e-02,
];
const RA = [
  -9.86494403484714822705e-03,
  -6.93858572707181764372e-01,
  -1.05586262253232909814e+01,
  -6.23753324503260060396e+01,
  -1.62396669462573470355e+02,
  -1.84605092906711035994e+02,
  -8.12874355063065934246e+01,
  -9.81432934416914548592e+00,
];
const SA = [
  0,
  1.96512716674392571292e+01,
  1.37657754143519042600e+02,
  4.34565877475229228821e+02,
  6.45387271733267880336e+02,
  4.29008140027567833386e+02,
  1.08635005541779435134e+02,
  6.57024977031928170135e+00,
  -6.04244152148580987438e-02,
];
const RB = [
  -9.86494292470009928597e-03,
  -7.99283237680523006574e-01,
  -1.77579549177547519889e+01,
  -1.60636384855821916062e+02,
  -6.37566443368389627722e+02,
  -1.02509513161107724954e+03,
  -4.83519191608651397019e+02,
];
const SB = [
  0,
  3.03380607434824582924e+01,
  3.25792512996573918826e+02,
  1.53672958608443695994e+03,
  3.19985821950859553908e+03,
  2.55305040643316442583e+03,
  4.74528541206955367215e+02,
  -2.24409524465858183362e+01,
];
const TINY = 1e-300;

function pSmall(z: number): number {
  return PP[0] + z * (PP[1] + z * (PP[2] + z * (PP[3] + z * PP[4])));
}
function qSmall(z: number): number {
  return 1 + z * (QQ[1] + z * (QQ[2] + z * (QQ[3] + z * (QQ[4] + z * QQ[5]))));
}
function pMid(s: number): number {
  return PA[0] + s * (PA[1] + s * (PA[2] + s * (PA[3] + s * (PA[4] + s * (PA[5] + s * PA[6])))));
}
function qMid(s: number): number {
  return 1 + s * (QA[1] + s * (QA[2] + s * (QA[3] + s * (QA[4] + s * (QA[5] + s * QA[6])))));
}
/** exp(-x*x - 0.5625 + R/S) / x for x in [1.25, 28). */
function erfcTail(x: number, ix: number, limit: number): number {
  const s = 1 / (x * x);
  let R: number;
  let S: number;
  if (ix < limit) {
    R = RA[0] +
      s * (RA[1] + s * (RA[2] + s * (RA[3] + s * (RA[4] + s * (RA[5] + s * (RA[6] + s * RA[7]))))));
    S = 1 +
      s *
        (SA[1] +
          s *
            (SA[2] +
              s * (SA[3] + s * (SA[4] + s * (SA[5] + s * (SA[6] + s * (SA[7] + s * SA[8])))))));
  } else {
    R = RB[0] + s * (RB[1] + s * (RB[2] + s * (RB[3] + s * (RB[4] + s * (RB[5] + s * RB[6])))));
    S = 1 +
      s * (SB[1] + s * (SB[2] + s * (SB[3] + s * (SB[4] + s * (SB[5] + s * (SB[6] + s * SB[7]))))));
  }
  const z = clearLowWord(x);
  return Math.exp(-z * z - 0.5625) * Math.exp((z - x) * (z + x) + R / S) / x;
}

function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x : x > 0 ? 1 : -1;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.125 * (8.0 * x + EFX8 * x);
      return x + EFX * x;
    }
    const z = x * x;
    return x + x * (pSmall(z) / qSmall(z));
  }
  if (ix < 0x3ff40000) {
    const s = Math.abs(x) - 1;
    const pq = pMid(s) / qMid(s);
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - TINY : TINY - 1;
  const r = erfcTail(Math.abs(x), ix, 0x4006db6e);
  return hx >= 0 ? 1 - r : r - 1;
}

function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x : x > 0 ? 0 : 2;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const z = x * x;
    const y = pSmall(z) / qSmall(z);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const s = Math.abs(x) - 1;
    const pq = pMid(s) / qMid(s);
    if (hx >= 0) return (1 - ERX) - pq;
    return 1 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2 - TINY;
    const r = erfcTail(Math.abs(x), ix, 0x4006db6d);
    return hx > 0 ? r : 2 - r;
  }
  return hx > 0 ? TINY * TINY : 2 - TINY;
}

// ---------------------------------------------------------------------------------------
// pow, fmod, atan2, copysign (CPython's math_2 checks), rounding functions

function isOddInteger(y: number): boolean {
  return Number.isFinite(y) && Math.abs(y % 2) === 1;
}

function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) return y === 0 ? 1 : x;
    if (y !== y) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const odd = isOddInteger(y);
      if (y > 0) return odd ? x : Math.abs(x);
      if (y === 0) return 1;
      return odd ? copySign(0, x) : 0;
    }
    // y infinite
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    if (y > 0 && ax > 1) return y;
    if (y < 0 && ax < 1) return -y;
    return 0;
  }
  if (x === 1 || y === 0) return 1;
  const r = Math.pow(x, y);
  if (r !== r) throw domainError();
  if (!Number.isFinite(r)) throw x === 0 ? domainError() : rangeError();
  return r;
}

function mathFmod(x: number, y: number): number {
  if (!Number.isFinite(y) && y === y && Number.isFinite(x)) return x;
  const r = x % y;
  if (r !== r && x === x && y === y) throw domainError();
  return r;
}

/** math_2's checks: NaN from non-NaN arguments → domain, infinity from finite → range. */
function checked2(r: number, x: number, y: number): number {
  if (r !== r) {
    if (x === x && y === y) throw domainError();
  } else if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw rangeError();
  return r;
}

function fn2(name: string, f: (x: number, y: number) => number) {
  return fn(name, 2, 2, (a: PyObj, b: PyObj) => {
    const x = floatArg(a);
    const y = floatArg(b);
    return new PyFloat(checked2(f(x, y), x, y));
  });
}

/** floor/ceil: ints unchanged, exact floats directly, else `__floor__`/`__ceil__` or float(). */
function rounder(name: string, f: (x: number) => number, dunder: string) {
  return fn(name, 1, 1, (a: PyObj) => {
    if (a instanceof PyFloat && a.$cls === float_type) return floatToInt(f(a.v));
    const t = typeof a;
    if (t === "number" || t === "bigint") return a;
    if (t === "boolean") return a ? 1 : 0;
    if (a !== null && t === "object") {
      const m = lookupType(typeOf(a), dunder);
      if (m !== undefined) return callMethodValue(m, a, []);
    }
    return floatToInt(f(floatArg(a)));
  });
}

const DEG_TO_RAD = PI / 180;

function makeMath() {
  if (!ctx.config.float) throw exc(ImportError, "no module named 'math'");
  return nativeModule("math", {
    e: new PyFloat(Math.E),
    pi: new PyFloat(PI),
    sqrt: math1("sqrt", Math.sqrt, false),
    exp: math1("exp", Math.exp, true),
    expm1: math1("expm1", Math.expm1, true),
    log: fn("log", 1, 2, (x: PyObj, base?: PyObj) => {
      const num = logHelper(x, Math.log);
      if (base === undefined) return new PyFloat(num);
      const den = logHelper(base, Math.log);
      if (den === 0) throw zeroDivision("float division by zero");
      return new PyFloat(num / den);
    }),
    log2: fn("log2", 1, 1, (x: PyObj) => new PyFloat(logHelper(x, Math.log2))),
    log10: fn("log10", 1, 1, (x: PyObj) => new PyFloat(logHelper(x, Math.log10))),
    pow: fn2("pow", mathPow),
    sin: math1("sin", Math.sin, false),
    cos: math1("cos", Math.cos, false),
    tan: math1("tan", Math.tan, false),
    asin: math1("asin", Math.asin, false),
    acos: math1("acos", Math.acos, false),
    atan: math1("atan", Math.atan, false),
    atan2: fn2("atan2", Math.atan2),
    sinh: math1("sinh", Math.sinh, true),
    cosh: math1("cosh", Math.cosh, true),
    tanh: math1("tanh", Math.tanh, false),
    asinh: math1("asinh", Math.asinh, false),
    acosh: math1("acosh", Math.acosh, false),
    atanh: math1("atanh", Math.atanh, false),
    ceil: rounder("ceil", Math.ceil, "__ceil__"),
    floor: rounder("floor", Math.floor, "__floor__"),
    trunc: fn("trunc", 1, 1, (a: PyObj) => {
      if (a instanceof PyFloat && a.$cls === float_type) return floatToInt(a.v);
      const t = typeof a;
      if (t === "number" || t === "bigint") return a;
      if (t === "boolean") return a ? 1 : 0;
      const m = a !== null && t === "object" ? lookupType(typeOf(a), "__trunc__") : undefined;
      if (m === undefined) throw typeError(`type ${typeName(a)} doesn't define __trunc__ method`);
      return callMethodValue(m, a, []);
    }),
    fabs: math1("fabs", Math.abs, false),
    fmod: fn2("fmod", mathFmod),
    copysign: fn2("copysign", copySign),
    frexp: fn("frexp", 1, 1, (a: PyObj) => {
      const [m, e] = frexp(floatArg(a));
      return new PyTuple([new PyFloat(m), e]);
    }),
    ldexp: fn("ldexp", 2, 2, (a: PyObj, i: PyObj) => {
      const x = floatArg(a);
      const t = typeof i;
      if (t !== "number" && t !== "bigint" && t !== "boolean") {
        throw typeError("Expected an int as second argument to ldexp.");
      }
      const e = t === "boolean" ? (i ? 1 : 0) : Number(i);
      const r = ldexp(x, e);
      if (!Number.isFinite(r) && Number.isFinite(x)) throw rangeError();
      return new PyFloat(r);
    }),
    modf: fn("modf", 1, 1, (a: PyObj) => {
      const x = floatArg(a);
      if (x !== x) return new PyTuple([new PyFloat(x), new PyFloat(x)]);
      if (!Number.isFinite(x)) return new PyTuple([new PyFloat(copySign(0, x)), new PyFloat(x)]);
      const ip = Math.trunc(x);
      const fp = x - ip;
      return new PyTuple([new PyFloat(fp === 0 ? copySign(0, x) : fp), new PyFloat(ip)]);
    }),
    isfinite: fn("isfinite", 1, 1, (a: PyObj) => Number.isFinite(floatArg(a))),
    isinf: fn("isinf", 1, 1, (a: PyObj) => Math.abs(floatArg(a)) === Infinity),
    isnan: fn("isnan", 1, 1, (a: PyObj) => Number.isNaN(floatArg(a))),
    degrees: fn("degrees", 1, 1, (a: PyObj) => new PyFloat(floatArg(a) / DEG_TO_RAD)),
    radians: fn("radians", 1, 1, (a: PyObj) => new PyFloat(floatArg(a) * DEG_TO_RAD)),
    gamma: fn("gamma", 1, 1, (a: PyObj) => new PyFloat(tgamma(floatArg(a)))),
    lgamma: fn("lgamma", 1, 1, (a: PyObj) => new PyFloat(lgamma(floatArg(a)))),
    erf: fn("erf", 1, 1, (a: PyObj) => new PyFloat(erf(floatArg(a)))),
    erfc: fn("erfc", 1, 1, (a: PyObj) => new PyFloat(erfc(floatArg(a)))),
  });
}

builtinModules.set("math", makeMath);
