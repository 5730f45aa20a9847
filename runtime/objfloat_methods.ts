/**
 * The float profile's entry points for board set-up. The float type itself (methods,
 * arithmetic with ints, repr, conversions) lives in objfloat.ts; this module passes it the
 * builtins namespace, which objfloat.ts cannot import without a load-order cycle.
 */

import type { PyObj } from "./object.ts";
import { builtins } from "./builtins.ts";
import { ctx } from "./context.ts";
import { enableFloat, float_type, type PyFloat } from "./objfloat.ts";

export { floatHash, floatToInt, intTrueDiv, toDouble as toFloatValue } from "./objfloat.ts";

/** Turns float on or off for the board being set up (the `float` builtin, int hooks). */
export function setFloatEnabled(on: boolean): void {
  enableFloat(on, builtins);
}

/** `float(x)`. */
export function toFloat(x: PyObj): PyFloat {
  return float_type.$construct!(float_type, x === undefined ? [] : [x]);
}

/** True when the board has float. */
export function floatEnabled(): boolean {
  return ctx.config.float;
}
