/**
 * The `wipy` module: the WiPy's own features (`modwipy.c`). `heartbeat([enable])` gets or
 * sets the heartbeat LED on GP25: while on, the system drives GP25 — 80 ms on, 3920 ms off,
 * as the firmware blinks it — so reading the pin shows the blink; `heartbeat(False)` turns
 * the LED off and leaves GP25 to the program. A fresh boot has it on.
 */

import { None, type PyObj } from "../object.ts";
import { nativeModule } from "../objobject.ts";
import { builtinModules } from "../import.ts";
import { ctx } from "../context.ts";
import { truthy } from "../ops.ts";
import { fn } from "./modutil.ts";
import type { Level } from "../../hal/board_hal.ts";

/** The heartbeat's period and on-time (firmware facts). */
const PERIOD_MS = 4000;
const ON_MS = 80;

const blink = (): Level => (Date.now() % PERIOD_MS < ON_MS ? 1 : 0);

/** Turns the heartbeat LED on or off (the board starts with it on). */
export function setHeartbeat(on: boolean): void {
  ctx.state.heartbeatOff = !on;
  ctx.hal.gpio.systemDrive("GP25", on ? blink : null);
  if (!on) ctx.hal.gpio.write("GP25", 0);
}

function makeWipy() {
  return nativeModule("wipy", {
    heartbeat: fn("heartbeat", 0, 1, (on?: PyObj) => {
      if (on === undefined) return !ctx.state.heartbeatOff;
      setHeartbeat(truthy(on));
      return None;
    }),
  });
}

builtinModules.set("wipy", makeWipy);
