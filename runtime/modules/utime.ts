/**
 * The `utime` module (importable as `time`): calendar time on MicroPython's 2000-01-01
 * epoch, blocking sleeps through the host (interruptible), and wrapping tick counters.
 *
 * Ticks: `ticks_ms`, `ticks_us` and `ticks_cpu` count from an arbitrary point and wrap at
 * 2**30 (values stay small ints: 0 <= t < 2**30). `ticks_diff(old, new)` returns
 * `new - old` taken modulo 2**30 into the signed range [-2**29, 2**29), so a pair of ticks
 * read in order gives the elapsed time even across a wrap. `ticks_cpu` counts CPU clocks of
 * the CC3200 at 80 MHz.
 *
 * The RTC: `time()`/`localtime()` use the host's wall clock plus `ctx.state.rtcOffset`
 * (seconds; machine.RTC sets it when a program sets the date).
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
import { absent, fn, intArg, numArg } from "./modutil.ts";
import { EPOCH_2000 } from "./uos.ts";

/** Tick counters wrap at this period. */
export const TICKS_PERIOD = 2 ** 30;
const TICKS_MASK = TICKS_PERIOD - 1;
const TICKS_HALF = TICKS_PERIOD / 2;

/** Seconds since 2000-01-01 by the board's RTC (may be fractional). */
export function rtcSeconds(): number {
  return ctx.host.wallSeconds() - EPOCH_2000 + (ctx.state.rtcOffset ?? 0);
}

/** Converts seconds since 2000 to MicroPython's 8-tuple fields. */
export function secondsToTuple(secs: number): number[] {
  const d = new Date((EPOCH_2000 + secs) * 1000);
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

/** Converts (year, month, mday, hour, minute, second) to seconds since 2000 (normalising). */
export function tupleToSeconds(f: number[]): number {
  const [y, mo, d, h, mi, s] = f;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(ms)) throw exc(OverflowError, "timestamp out of range");
  // Date.UTC maps years 0..99 to 1900..1999; fix that up.
  const fixed = y >= 0 && y < 100 ? new Date(ms).setUTCFullYear(y) : ms;
  return Math.floor(fixed / 1000) - EPOCH_2000;
}

function sleepMs(ms: number): void {
  if (!(ms > 0)) return;
  ctx.host.sleepMs(ms);
  if (ctx.interrupt[0] !== 0) ctx.poll();
}

function ticksUs(): number {
  return Math.floor(ctx.host.monotonicMs() * 1000);
}

function makeUtime() {
  return nativeModule("utime", {
    localtime: fn("localtime", 0, 1, (secs?: PyObj) => {
      const s = absent(secs) ? Math.floor(rtcSeconds()) : Math.floor(numArg(secs));
      return tuple(secondsToTuple(s));
    }),
    mktime: fn("mktime", 1, 1, (t: PyObj) => {
      if (!(t instanceof PyTuple) && !(t instanceof PyList)) {
        throw typeError(`object '${typeName(t)}' isn't a tuple or list`);
      }
      if (t.a.length < 8 || t.a.length > 9) {
        throw typeError("mktime needs a tuple of length 8 or 9");
      }
      return tupleToSeconds(t.a.slice(0, 6).map(intArg));
    }),
    time: fn("time", 0, 0, () => Math.floor(rtcSeconds())),
    sleep: fn("sleep", 1, 1, (s: PyObj) => {
      sleepMs(numArg(s) * 1000);
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
      const d = (intArg(now) - intArg(old)) % TICKS_PERIOD;
      return ((d + TICKS_PERIOD + TICKS_HALF) % TICKS_PERIOD) - TICKS_HALF;
    }),
  });
}

builtinModules.set("utime", makeUtime);
void (0 as any);
