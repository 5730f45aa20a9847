/**
 * Resets and power modes: `machine.reset()`, `idle()`, `sleep()`, `deepsleep()`, and the
 * reset cause and wake reason the board booted with (the host passes them to each new
 * board: power-on, a soft reset, `reset()`, the watchdog, or a wake from deep sleep).
 *
 * `sleep()` stops the board until a wake source configured with `wake=machine.SLEEP` fires
 * (the RTC alarm, or a wake pin whose level trigger holds); nothing else runs meanwhile, as in the
 * CC3200's LPDS mode, except that Ctrl-C still interrupts. `deepsleep()` hands the board to
 * the host, which turns it off and boots it afresh when the `wake=machine.DEEPSLEEP` source
 * fires (with reset cause DEEPSLEEP_RESET), or never when there is none.
 */

import { ctx } from "../context.ts";
import { runPendingIrqs } from "../irq.ts";
import { boardSleepMs } from "../modules/utime.ts";
import { PWR_HIBERNATE, PWR_LPDS, RESET_HARD, WAKE_PIN, WAKE_RTC } from "./constants.ts";
import { type PyPin, TRIGGER } from "./pin.ts";
import { theRtc } from "./rtc.ts";

/** machine.reset_cause(). */
export function resetCause(): number {
  return ctx.hal.power.resetCause();
}

/** machine.wake_reason(). */
export function wakeReason(): number {
  return ctx.state.wakeReason ?? ctx.hal.power.wakeReason();
}

/** machine.reset(): restarts the board afresh. */
export function hardReset(): never {
  return ctx.hal.power.reset(RESET_HARD);
}

/** machine.idle(): waits for the next interrupt (the 1 ms system tick at the latest). */
export function idle(): void {
  boardSleepMs(1);
}

/** Longest wait between two checks of the clock while sleeping. */
const SLICE_MS = 50;

/** A pin set to wake the board from `mode` by a level it is at now (it wakes at once). */
function pinWakingNow(mode: number): PyPin | undefined {
  const pins = ctx.state.pins as Map<string, PyPin> | undefined;
  for (const p of pins?.values() ?? []) {
    if (!p.irqEnabled || (p.pwrmode & mode) === 0) continue;
    const level = p.level();
    if (
      (level === 1 && (p.irqTrigger & TRIGGER.IRQ_HIGH_LEVEL) !== 0) ||
      (level === 0 && (p.irqTrigger & TRIGGER.IRQ_LOW_LEVEL) !== 0)
    ) return p;
  }
  return undefined;
}

/** machine.sleep(): LPDS until a wake source fires; its handler runs before we return. */
export function lightSleep(): void {
  const pin = pinWakingNow(PWR_LPDS);
  if (pin) {
    ctx.state.wakeReason = WAKE_PIN;
    pin.irqFlags = pin.irqTrigger;
    pin.irqObj?.trigger();
    runPendingIrqs();
    return;
  }
  const wakeAt = theRtcIfUsed()?.wakeAt(PWR_LPDS) ?? null;
  for (;;) {
    const left = wakeAt === null ? SLICE_MS : wakeAt - Date.now();
    if (left <= 0) break;
    // host.sleepMs raises KeyboardInterrupt on Ctrl-C; IRQs and timers wait (the CPU is off).
    ctx.host.sleepMs(Math.min(left, SLICE_MS));
  }
  ctx.state.wakeReason = WAKE_RTC;
  theRtc().wokeFromSleep();
  runPendingIrqs();
}

/** machine.deepsleep(): the board is off until a wake source resets it. */
export function deepSleep(): never {
  if (pinWakingNow(PWR_HIBERNATE)) return ctx.hal.power.deepSleep(Date.now(), WAKE_PIN);
  return ctx.hal.power.deepSleep(theRtcIfUsed()?.wakeAt(PWR_HIBERNATE) ?? null, WAKE_RTC);
}

/** The RTC when the program has created it (its alarm is a wake source), else undefined. */
function theRtcIfUsed() {
  return ctx.state.rtc ? theRtc() : undefined;
}
