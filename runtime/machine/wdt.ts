/**
 * `machine.WDT`: the watchdog, as the WiPy's `pybwdt.c` has it. `WDT(timeout=ms)` starts it
 * (at least 1000 ms); once running it cannot be stopped or reconfigured, and a second
 * `WDT()` raises OSError(EPERM), even after a soft reset (the hardware keeps running). When
 * `feed()` is not called within the timeout, the board resets with reset cause WDT_RESET.
 *
 * The watchdog is the HAL's (`ctx.hal.watchdog`): on the virtual board the host times it from
 * the last feed kept in shared memory and resets the board when the deadline passes, whatever
 * the board is doing (spinning, sleeping, waiting at the REPL). A hard reset or deep sleep
 * stops it.
 */

import { defMethods, makeNativeType, None, type PyType } from "../object.ts";
import { osError, valueError } from "../errors.ts";
import { ctx } from "../context.ts";
import { ERRNO } from "../../hal/vfs.ts";
import { absent, bindArgs, intArg, method } from "../modules/modutil.ts";

/** The shortest timeout the firmware accepts. */
const MIN_TIMEOUT_MS = 1000;

/** The watchdog. */
export class PyWdt {
  declare $cls: PyType;
}

/** The `WDT` type. */
export const wdt_type: PyType = makeNativeType("WDT", PyWdt.prototype);
wdt_type.$module = "machine";

wdt_type.$construct = (_c, args, kwn, kwv) => {
  const [id, timeout] = bindArgs(["id", "timeout"], args, kwn, kwv);
  if (id !== undefined && !absent(id) && intArg(id) > 0) throw osError(ERRNO.ENODEV);
  const ms = timeout === undefined ? 5000 : intArg(timeout);
  if (ms < MIN_TIMEOUT_MS) throw valueError("invalid argument(s) value");
  if (ctx.hal.watchdog.running()) throw osError(ERRNO.EPERM);
  ctx.hal.watchdog.start(ms);
  return new PyWdt();
};

defMethods(wdt_type, {
  feed: method(0, 0, () => {
    ctx.hal.watchdog.feed();
    return None;
  }),
});
