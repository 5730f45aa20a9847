/**
 * The float type, present only on boards with float support (`--float`). Floats are boxed
 * so that a JS number always means an int.
 */

import { makeNativeType, type PyType } from "./object.ts";

/** A Python float. */
export class PyFloat {
  declare $cls: PyType;
  constructor(public v: number) {}
}

/** The `float` type (registered in builtins only when the board has float). */
export const float_type: PyType = makeNativeType("float", PyFloat.prototype);

/** True for a float. */
export function isFloat(x: unknown): x is PyFloat {
  return x instanceof PyFloat;
}

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
