/**
 * `machine.WDT`: the watchdog, as the WiPy's `pybwdt.c` has it. `WDT(timeout=ms)` starts it
 * (at least 1000 ms); once running it cannot be stopped or reconfigured, and a second
 * `WDT()` raises OSError(EPERM), even after a soft reset (the hardware keeps running). When
 * `feed()` is not called within the timeout, the board resets with reset cause WDT_RESET.
 *
 * The timing is the host's: the timeout and the time of the last feed live in `ctx.persist`
 * (shared memory), and the host resets the board when the deadline passes, whatever the
 * board is doing (spinning, sleeping, waiting at the REPL). A hard reset or deep sleep
 * stops it.
 */

import { defMethods, makeNativeType, None, type PyType } from "../object.ts";
import { exc, NotImplementedError, osError, valueError } from "../errors.ts";
import { ctx, PERSIST_WDT_FEED, PERSIST_WDT_TIMEOUT } from "../context.ts";
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
  if (ctx.persist[PERSIST_WDT_TIMEOUT] > 0) throw osError(ERRNO.EPERM);
  if (!ctx.host.watchdogStarted) {
    throw exc(NotImplementedError, "WDT needs the board's host (wipy run/repl/daemon)");
  }
  ctx.persist[PERSIST_WDT_FEED] = Date.now();
  ctx.persist[PERSIST_WDT_TIMEOUT] = ms;
  ctx.host.watchdogStarted();
  return new PyWdt();
};

defMethods(wdt_type, {
  feed: method(0, 0, () => {
    ctx.persist[PERSIST_WDT_FEED] = Date.now();
    return None;
  }),
});
