/**
 * The `urandom` module (importable as `random`): MicroPython's yasmarang generator, so a
 * seeded sequence matches the board's. `random()` and `uniform()` exist only with float.
 */

import { None, type PyObj } from "../object.ts";
import { indexError, valueError } from "../errors.ts";
import { nativeModule } from "../objobject.ts";
import { builtinModules } from "../import.ts";
import { getitem, len } from "../ops.ts";
import { ctx } from "../context.ts";
import { PyFloat } from "../objfloat.ts";
import { fn, intArg, numArg } from "./modutil.ts";

let pad = 0xeda4baba;
let n = 69;
let d = 233;
let dat = 0;

/** One step of yasmarang (32-bit unsigned arithmetic throughout). */
function yasmarang(): number {
  pad = (pad + dat + Math.imul(d, n)) >>> 0;
  pad = ((pad << 3) + (pad >>> 29)) >>> 0;
  n = (pad | 2) >>> 0;
  d = (d ^ (((pad << 31) + (pad >>> 1)) >>> 0)) >>> 0;
  dat = (dat ^ ((pad & 0xff) ^ ((d >>> 8) & 0xff) ^ 1)) & 0xff;
  return (pad ^ (d << 5) ^ (pad >>> 18) ^ (dat << 1)) >>> 0;
}

function seed(s: number): void {
  pad = s >>> 0;
  n = 69;
  d = 233;
  dat = 0;
}

/** A uniform integer in [0, limit) by rejection, as MicroPython does. */
function below(limit: number): number {
  let mask = 1;
  while ((limit & mask) >>> 0 < limit) mask = ((mask << 1) | 1) >>> 0;
  let r: number;
  do r = (yasmarang() & mask) >>> 0; while (r >= limit);
  return r;
}

function randrange(start: number, stop?: number, step = 1): number {
  if (stop === undefined) {
    if (start <= 0) throw valueError("empty range for randrange()");
    return below(start);
  }
  if (step === 1) {
    if (stop <= start) throw valueError("empty range for randrange()");
    return start + below(stop - start);
  }
  let count: number;
  if (step > 0) count = Math.floor((stop - start + step - 1) / step);
  else if (step < 0) count = Math.floor((stop - start + step + 1) / step);
  else throw valueError("zero step for randrange()");
  if (count <= 0) throw valueError("empty range for randrange()");
  return start + step * below(count);
}

function random(): number {
  // 52 random bits, as a float in [0, 1).
  const hi = yasmarang() >>> 6;
  const lo = yasmarang() >>> 6;
  return (hi * 67108864 + lo) / 4503599627370496;
}

function makeUrandom() {
  const members: Record<string, PyObj> = {
    getrandbits: fn("getrandbits", 1, 1, (bits) => {
      const k = intArg(bits);
      if (k < 1 || k > 32) throw valueError("bits must be 32 or less");
      const mask = k === 32 ? 0xffffffff : (1 << k) - 1;
      return (yasmarang() & mask) >>> 0;
    }),
    seed: fn("seed", 1, 1, (s) => {
      seed(intArg(s));
      return None;
    }),
    randrange: fn(
      "randrange",
      1,
      3,
      (a, b, c) =>
        randrange(
          intArg(a),
          b === undefined ? undefined : intArg(b),
          c === undefined ? 1 : intArg(c),
        ),
    ),
    randint: fn("randint", 2, 2, (a, b) => randrange(intArg(a), intArg(b) + 1)),
    choice: fn("choice", 1, 1, (seq) => {
      const size = len(seq);
      if (size === 0) throw indexError("empty sequence");
      return getitem(seq, below(size));
    }),
  };
  if (ctx.config.float) {
    members.random = fn("random", 0, 0, () => new PyFloat(random()));
    members.uniform = fn("uniform", 2, 2, (a, b) => {
      const lo = numArg(a);
      const hi = numArg(b);
      return new PyFloat(lo + (hi - lo) * random());
    });
  }
  return nativeModule("urandom", members);
}

builtinModules.set("urandom", makeUrandom);
