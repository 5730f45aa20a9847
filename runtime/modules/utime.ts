/**
 * The `utime` module (importable as `time`): calendar time on MicroPython's 2000-01-01
 * epoch, blocking sleeps through the host (interruptible), and wrapping tick counters.
 *
 * Ticks: `ticks_ms`, `ticks_us` and `ticks_cpu` count from an arbitrary point and wrap at
 * 2**30 (the firmware masks them to a positive small int: 0 <= t < 2**30).
 * `ticks_diff(old, new)` returns `new - old` modulo 2**30, as the 1.8.3 firmware does
 * (`(end - start) & MP_SMALL_INT_POSITIVE_MASK`): never negative, so a pair of ticks read
 * in order gives the elapsed time even across a wrap. `ticks_cpu` counts CPU clocks of the
 * CC3200 at 80 MHz.
 *
 * Calendar: `localtime(secs)` and `mktime(tuple)` work on unsigned 32-bit seconds since
 * 2000-01-01 as the firmware's timeutils do (a negative time wraps to 2136); `mktime`
 * normalises out-of-range fields (month 13, day 0...). `sleep` takes whole seconds (the
 * firmware converts its argument with mp_obj_get_int; with `--float` fractions work, as on
 * MicroPython boards with float support).
 *
 * The RTC: `time()`/`localtime()` read the board's RTC (`ctx.hal.rtc`; machine.RTC sets it).
 */

// deno-lint-ignore-file no-explicit-any
import { None, type PyObj } from "../object.ts";
import { exc, OverflowError, typeError } from "../errors.ts";
import { tuple } from "../objtuple.ts";
import { PyList } from "../objlist.ts";
import { PyTuple } from "../objtuple.ts";
import { nativeModule } from "../objobject.ts";
import { ctx } from "../context.ts";
import { builtinModules } from "../import.ts";
import { typeName } from "../ops.ts";
import { absent, fn, intArg } from "./modutil.ts";
import { PyFloat } from "../objfloat.ts";
import { EPOCH_2000 } from "./uos.ts";
import { runDueTimersByClock, timerSlice } from "../timers.ts";

/** Tick counters wrap at this period. */
export const TICKS_PERIOD = 2 ** 30;
const TICKS_MASK = TICKS_PERIOD - 1;

/** Seconds since 2000-01-01 by the board's RTC (may be fractional). */
export function rtcSeconds(): number {
  return ctx.hal.rtc.now();
}

/** Converts seconds since 2000 (unsigned 32-bit, as the firmware) to the 8-tuple fields. */
export function secondsToTuple(secs: number): number[] {
  const d = new Date((EPOCH_2000 + (secs >>> 0)) * 1000);
  if (Number.isNaN(d.getTime())) throw exc(OverflowError, "timestamp out of range");
  const y = d.getUTCFullYear();
  const yday =
    Math.floor((Date.UTC(y, d.getUTCMonth(), d.getUTCDate()) - Date.UTC(y, 0, 1)) / 86400000) + 1;
  return [
    y,
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    (d.getUTCDay() + 6) % 7,
    yday,
  ];
}

/**
 * Converts (year, month, mday, hour, minute, second) to seconds since 2000, normalising
 * out-of-range fields; the result is unsigned 32-bit as the firmware returns it.
 */
export function tupleToSeconds(f: number[]): number {
  const [y, mo, d, h, mi, s] = f;
  // Days from 2000-01-01 to the first of the (normalised) month, then plain arithmetic.
  const yy = y + Math.floor((mo - 1) / 12);
  const mm = (((mo - 1) % 12) + 12) % 12;
  const first = new Date(0);
  first.setUTCFullYear(yy, mm, 1);
  first.setUTCHours(0, 0, 0, 0);
  if (Number.isNaN(first.getTime())) throw exc(OverflowError, "timestamp out of range");
  const days = Math.round((first.getTime() / 1000 - EPOCH_2000) / 86400) + d - 1;
  const secs = days * 86400 + h * 3600 + mi * 60 + s;
  if (!Number.isSafeInteger(secs)) throw exc(OverflowError, "timestamp out of range");
  return ((secs % 2 ** 32) + 2 ** 32) % 2 ** 32;
}

/** Longest wait between two polls while sleeping (IRQ handlers run at the polls). */
const SLICE_MS = 10;

/**
 * Blocks the board for `ms` milliseconds (fractions allowed). The wait happens through
 * the host (`sleepMs`: Atomics.wait on the shared interrupt word, so Ctrl-C ends it at
 * once); it is cut into short slices with a poll after each, so IRQ handlers scheduled
 * meanwhile run during the sleep, as on the board. Very short waits spin on the clock
 * (a thread wake-up costs more than they last).
 */
export function boardSleepMs(ms: number): void {
  if (!(ms > 0)) return;
  const host = ctx.host;
  const end = host.monotonicMs() + ms;
  if (ms < 0.2) {
    while (host.monotonicMs() < end) { /* spin */ }
    if (ctx.interrupt[0] !== 0) ctx.poll();
    return;
  }
  for (;;) {
    const left = end - host.monotonicMs();
    if (left <= 0) break;
    host.sleepMs(Math.min(left, timerSlice(SLICE_MS)));
    if (ctx.interrupt[0] !== 0) ctx.poll();
    runDueTimersByClock();
  }
}

const sleepMs = boardSleepMs;

function ticksUs(): number {
  return Math.floor(ctx.host.monotonicMs() * 1000);
}

function makeUtime() {
  return nativeModule("utime", {
    localtime: fn("localtime", 0, 1, (secs?: PyObj) => {
      const s = absent(secs) ? Math.floor(rtcSeconds()) : intArg(secs);
      if (s < -(2 ** 31) || s >= 2 ** 32) {
        throw exc(OverflowError, "overflow converting long int to machine word");
      }
      return tuple(secondsToTuple(s));
    }),
    mktime: fn("mktime", 1, 1, (t: PyObj) => {
      if (!(t instanceof PyTuple) && !(t instanceof PyList)) {
        throw typeError(`object '${typeName(t)}' isn't a tuple or list`);
      }
      if (t.a.length < 8 || t.a.length > 9) throw typeError("invalid argument(s) value");
      return tupleToSeconds(t.a.slice(0, 6).map(intArg));
    }),
    time: fn("time", 0, 0, () => Math.floor(rtcSeconds())),
    sleep: fn("sleep", 1, 1, (s: PyObj) => {
      // Whole seconds on the WiPy; a board with float support takes fractions.
      sleepMs((s instanceof PyFloat && ctx.config.float ? s.v : intArg(s)) * 1000);
      return None;
    }),
    sleep_ms: fn("sleep_ms", 1, 1, (ms: PyObj) => {
      sleepMs(intArg(ms));
      return None;
    }),
    sleep_us: fn("sleep_us", 1, 1, (us: PyObj) => {
      sleepMs(intArg(us) / 1000);
      return None;
    }),
    ticks_ms: fn("ticks_ms", 0, 0, () => Math.floor(ctx.host.monotonicMs()) & TICKS_MASK),
    ticks_us: fn("ticks_us", 0, 0, () => ticksUs() % TICKS_PERIOD),
    ticks_cpu: fn("ticks_cpu", 0, 0, () => (ticksUs() * 80) % TICKS_PERIOD),
    ticks_diff: fn("ticks_diff", 2, 2, (old: PyObj, now: PyObj) => {
      return (intArg(now) - intArg(old)) & TICKS_MASK;
    }),
  });
}

builtinModules.set("utime", makeUtime);
void (0 as any);
