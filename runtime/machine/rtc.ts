/**
 * `machine.RTC`: the CC3200's real-time clock, as the WiPy's `pybrtc.c` drives it. There is
 * one RTC; `RTC()` returns it. The clock is the HAL's (`ctx.hal.rtc`; on the virtual board the
 * host's clock plus an offset that survives soft and hard resets and deep sleep, as the
 * CC3200's always-on RTC does). (We start a fresh board at the host's time; the
 * firmware starts at 2015-01-01 on power-up. `RTC()` without a date and `deinit()` reset
 * it to 2015-01-01 00:00:00, as the firmware does.)
 *
 * One alarm (id 0): `alarm(time=ms, repeat=)` or `alarm(time=datetime)`. When it expires,
 * the handler set with `irq(trigger=RTC.ALARM0, handler=, wake=)` runs between statements
 * if `wake` includes machine.IDLE (the default); with machine.SLEEP or machine.DEEPSLEEP the
 * alarm wakes the board from `machine.sleep()` (the handler runs on waking) or
 * `machine.deepsleep()` (a reset with wake reason RTC_WAKE).
 */

import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { osError, typeError, valueError } from "../errors.ts";
import { PyTuple, tuple } from "../objtuple.ts";
import { PyList } from "../objlist.ts";
import { ctx } from "../context.ts";
import { ERRNO } from "../../hal/vfs.ts";
import { rtcSeconds, secondsToTuple, tupleToSeconds } from "../modules/utime.ts";
import { bindArgs, intArg, method } from "../modules/modutil.ts";
import { truthy, typeName } from "../ops.ts";
import { addTimer, cancelTimer } from "../timers.ts";
import { flagIrq, IRQ_PARAMS, type PyIrq } from "./irq_object.ts";
import { PWR_ACTIVE, PWR_ALL } from "./constants.ts";

/** RTC.ALARM0, the only trigger. */
export const RTC_ALARM0 = 1;

/** Seconds since 2000 of 2015-01-01 00:00:00, where a reset RTC starts. */
const RESET_SECONDS = 473385600;

/** The RTC. */
export class PyRtc {
  declare $cls: PyType;
  /** Epoch ms when the alarm expires, or null when no alarm is set. */
  alarmAt: number | null = null;
  /** The period of a repeating alarm in ms. */
  alarmMs = 0;
  repeat = false;
  private timer = 0;
  irqObj: PyIrq | null = null;
  irqEnabled = false;
  /** Power modes the irq works in (machine.IDLE | SLEEP | DEEPSLEEP bits). */
  pwrmode = PWR_ACTIVE;
  irqFlags = 0;

  /** Sets the clock to `secs` since 2000 plus `ms`. */
  setTime(secs: number, ms: number): void {
    ctx.hal.rtc.set(secs + ms / 1000);
  }

  /** Back to 2015-01-01 00:00:00, alarm off. */
  reset(): void {
    this.cancelAlarm();
    this.setTime(RESET_SECONDS, 0);
  }

  /** Programs the alarm to expire at `at` (epoch ms). */
  setAlarm(at: number): void {
    cancelTimer(this.timer);
    this.alarmAt = at;
    this.timer = addTimer(at, () => this.expired());
  }

  cancelAlarm(): void {
    cancelTimer(this.timer);
    this.alarmAt = null;
  }

  /** Epoch ms at which the alarm wakes the board from power mode `mode`, or null. */
  wakeAt(mode: number): number | null {
    if (this.alarmAt === null || !this.irqEnabled || (this.pwrmode & mode) === 0) return null;
    return this.alarmAt;
  }

  /** The alarm expired while the board ran. */
  private expired(): void {
    this.rearm();
    this.irqFlags = RTC_ALARM0;
    if (this.irqEnabled && (this.pwrmode & PWR_ACTIVE) !== 0) this.irqObj?.trigger();
  }

  /** The alarm woke the board from machine.sleep(): its handler runs now. */
  wokeFromSleep(): void {
    this.rearm();
    this.irqFlags = RTC_ALARM0;
    this.irqObj?.trigger();
  }

  /** A repeating alarm programs its next expiry, keeping its period. */
  private rearm(): void {
    if (this.repeat && this.alarmAt !== null) {
      const next = Math.max(this.alarmAt + this.alarmMs, Date.now() + 1);
      this.setAlarm(next);
    } else {
      cancelTimer(this.timer);
    }
  }
}

/** The `RTC` type. */
export const rtc_type: PyType = makeNativeType("RTC", PyRtc.prototype);
rtc_type.$module = "machine";

/** The board's RTC (created at first use, forgotten at a reset with the Python state). */
export function theRtc(): PyRtc {
  return (ctx.state.rtc ??= new PyRtc()) as PyRtc;
}

/** Parses a datetime tuple `(year, month, day[, hour[, minute[, second[, usecond[, tz]]]]])`. */
function datetimeArg(dt: PyObj): { secs: number; ms: number } {
  if (!(dt instanceof PyTuple || dt instanceof PyList)) {
    throw typeError(`object '${typeName(dt)}' is not a tuple or list`);
  }
  const f = dt.a;
  if (f.length < 3 || f.length > 8) throw valueError("invalid argument(s) value");
  const at = (i: number) => (i < f.length ? intArg(f[i]) : 0);
  const secs = tupleToSeconds([at(0), at(1), at(2), at(3), at(4), at(5)]);
  return { secs, ms: Math.floor(at(6) / 1000) };
}

/** Sets the RTC from a datetime argument, or resets it when none was given. */
function setDatetime(rtc: PyRtc, dt: PyObj | undefined): void {
  if (dt === undefined) {
    rtc.reset();
    return;
  }
  const { secs, ms } = datetimeArg(dt);
  rtc.setTime(secs, ms);
}

function checkAlarmId(id: PyObj | undefined): void {
  if (id !== undefined && intArg(id) !== 0) throw osError(ERRNO.ENODEV);
}

rtc_type.$construct = (_c, args, kwn, kwv) => {
  const [id, dt] = bindArgs(["id", "datetime"], args, kwn, kwv);
  if (id !== undefined && intArg(id) !== 0) throw osError(ERRNO.ENODEV);
  const rtc = theRtc();
  setDatetime(rtc, dt);
  return rtc;
};

defMethods(rtc_type, {
  init: method(0, 1, (self: PyRtc, dt?: PyObj) => {
    setDatetime(self, dt);
    return None;
  }, ["self", "datetime"]),
  now: method(0, 0, () => {
    const t = rtcSeconds();
    const secs = Math.floor(t);
    const ms = Math.min(999, Math.floor((t - secs) * 1000));
    const f = secondsToTuple(secs);
    return tuple([f[0], f[1], f[2], f[3], f[4], f[5], ms * 1000, None]);
  }),
  deinit: method(0, 0, (self: PyRtc) => {
    self.reset();
    return None;
  }),
  alarm: method(0, 3, (self: PyRtc, id?: PyObj, time?: PyObj, repeat?: PyObj) => {
    checkAlarmId(id);
    const rep = repeat !== undefined && truthy(repeat);
    let at: number;
    if (time instanceof PyTuple) {
      if (rep) throw valueError("invalid argument(s) value");
      const { secs, ms } = datetimeArg(time);
      at = Date.now() + (secs + ms / 1000 - rtcSeconds()) * 1000;
    } else {
      self.alarmMs = intArg(time ?? None);
      at = Date.now() + self.alarmMs;
    }
    self.repeat = rep;
    self.setAlarm(at);
    return None;
  }, ["self", "id", "time", "repeat"]),
  alarm_left: method(0, 1, (self: PyRtc, id?: PyObj) => {
    checkAlarmId(id);
    if (self.alarmAt === null) return 0;
    return Math.max(0, Math.round(self.alarmAt - Date.now()));
  }, ["self", "alarm_id"]),
  alarm_cancel: method(0, 1, (self: PyRtc, id?: PyObj) => {
    checkAlarmId(id);
    self.cancelAlarm();
    return None;
  }, ["self", "alarm_id"]),
  irq: method(0, 4, rtcIrq, IRQ_PARAMS),
});
// The documentation names alarm_cancel `cancel`; the firmware names it alarm_cancel. Both work.
rtc_type.$p.cancel = rtc_type.$p.alarm_cancel;
rtc_type.$p.ALARM0 = RTC_ALARM0;

function rtcIrq(self: PyRtc, trigger?: PyObj, _priority?: PyObj, handler?: PyObj, wake?: PyObj) {
  const mode = wake === undefined || wake === None ? PWR_ACTIVE : intArg(wake);
  if (mode < 0 || mode > PWR_ALL) throw valueError("invalid argument(s) value");
  if (intArg(trigger ?? None) !== RTC_ALARM0) throw valueError("invalid argument(s) value");
  self.pwrmode = mode;
  self.irqEnabled = true;
  self.irqObj = flagIrq(self, rtc_type.$p.irq, handler);
  return self.irqObj;
}
