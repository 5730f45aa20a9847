/**
 * The `machine` module (also `umachine`): the WiPy's board functions (`modmachine.c`):
 * resets and their causes, power modes, IRQ masking, `main()`, `freq()`, `unique_id()`,
 * `rng()`, and the classes Pin, Timer, UART, SPI, I2C, ADC, RTC, WDT and SD (runtime/machine/).
 */

import { None, type PyObj } from "../object.ts";
import { valueError } from "../errors.ts";
import { nativeModule } from "../objobject.ts";
import { tuple } from "../objtuple.ts";
import { builtinModules } from "../import.ts";
import { ctx } from "../context.ts";
import { disableIrq, enableIrq } from "../irq.ts";
import { truthy } from "../ops.ts";
import { bytesOf, fn } from "./modutil.ts";
import * as C from "../machine/constants.ts";
import {
  deepSleep,
  hardReset,
  idle,
  lightSleep,
  resetCause,
  wakeReason,
} from "../machine/power.ts";
import { rtc_type } from "../machine/rtc.ts";
import { wdt_type } from "../machine/wdt.ts";
import { sd_type } from "../machine/sd.ts";
import { pin_type } from "../machine/pin.ts";
import { timer_type } from "../machine/timer.ts";
import { i2c_type } from "../machine/i2c.ts";
import { adc_type } from "../machine/adc.ts";
import { uart_type } from "../machine/uart.ts";
import { spi_type } from "../machine/spi.ts";

/** The CC3200's CPU clock. */
const CPU_HZ = 80_000_000;

/**
 * The board's MAC address (machine.unique_id(), later the WLAN's): TI's prefix D0:39:72 and
 * three bytes derived from the host's name, so a virtual board keeps its identity.
 */
export function boardMac(): Uint8Array {
  let name = "wipy";
  try {
    name = Deno.hostname();
  } catch { /* no permission: a fixed identity */ }
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return Uint8Array.of(0xd0, 0x39, 0x72, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff);
}

function makeMachine() {
  return nativeModule("umachine", {
    reset: fn("reset", 0, 0, () => hardReset()),
    reset_cause: fn("reset_cause", 0, 0, () => resetCause()),
    wake_reason: fn("wake_reason", 0, 0, () => wakeReason()),
    disable_irq: fn("disable_irq", 0, 0, () => disableIrq()),
    enable_irq: fn("enable_irq", 0, 1, (state?: PyObj) => {
      enableIrq(state === undefined ? true : truthy(state));
      return None;
    }),
    freq: fn("freq", 0, 0, () => tuple([CPU_HZ])),
    idle: fn("idle", 0, 0, () => {
      idle();
      return None;
    }),
    sleep: fn("sleep", 0, 0, () => {
      lightSleep();
      return None;
    }),
    deepsleep: fn("deepsleep", 0, 0, () => deepSleep()),
    main: fn("main", 1, 1, (f: PyObj) => {
      if (typeof f !== "string") throw valueError("invalid argument(s) value");
      ctx.state.mainPy = f;
      return None;
    }),
    rng: fn("rng", 0, 0, () => crypto.getRandomValues(new Uint32Array(1))[0] & 0xffffff),
    unique_id: fn("unique_id", 0, 0, () => bytesOf(boardMac())),
    Pin: pin_type,
    Timer: timer_type,
    I2C: i2c_type,
    ADC: adc_type,
    RTC: rtc_type,
    WDT: wdt_type,
    SD: sd_type,
    UART: uart_type,
    SPI: spi_type,
    IDLE: C.PWR_ACTIVE,
    SLEEP: C.PWR_LPDS,
    DEEPSLEEP: C.PWR_HIBERNATE,
    POWER_ON: C.RESET_POWER_ON,
    PWRON_RESET: C.RESET_POWER_ON,
    HARD_RESET: C.RESET_HARD,
    WDT_RESET: C.RESET_WDT,
    DEEPSLEEP_RESET: C.RESET_DEEPSLEEP,
    SOFT_RESET: C.RESET_SOFT,
    WLAN_WAKE: C.WAKE_WLAN,
    PIN_WAKE: C.WAKE_PIN,
    RTC_WAKE: C.WAKE_RTC,
  });
}

builtinModules.set("umachine", makeMachine);
