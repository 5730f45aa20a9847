/**
 * `machine.Timer` and its channels, as the WiPy's `pybtimer.c` has them: four timers (0-3),
 * each ONE_SHOT, PERIODIC or PWM, 16-bit (channels A and B) or 32-bit (channel A | B; not for
 * PWM). A channel's frequency or period is checked the way the CC3200 counts: 80 MHz ticks
 * into a 16-bit counter with an 8-bit prescaler (so 16-bit timers cannot go below ~5 Hz and
 * ask for a ValueError, as the firmware does), or a 32-bit counter.
 *
 * Channel IRQs (`TIMEOUT` for one-shot and periodic channels, `MATCH` for PWM) run their
 * handler once per period (once for a one-shot) between Python statements, driven by the
 * board timers (`runtime/timers.ts`); periods that passed while the board was busy are
 * delivered on the next poll, up to a bound, as queued interrupts would be. A PWM channel
 * takes its pin (GP24, GP25, GP9, GP10, GP11 by timer and channel) into the timer's
 * alternate function.
 */

import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { osError, typeError, valueError } from "../errors.ts";
import { ctx } from "../context.ts";
import { ERRNO } from "../../hal/vfs.ts";
import { intArg, method } from "../modules/modutil.ts";
import { addTimer, cancelTimer } from "../timers.ts";
import { checkIrqPriority, existingIrq, flagIrq, IRQ_PARAMS, type PyIrq } from "./irq_object.ts";
import { PWR_ACTIVE } from "./constants.ts";
import { MODE, pinFind } from "./pin.ts";
import { PIN_AFS } from "../../hal/pin_table.ts";

/** Timer.A, Timer.B (the driver library's channel masks). */
export const TIMER_A = 0x00ff;
export const TIMER_B = 0xff00;
/** Timer.ONE_SHOT, PERIODIC, PWM (TIMER_CFG_A_* of the driver library). */
export const ONE_SHOT = 0x31;
export const PERIODIC = 0x32;
export const PWM = 0x0a;
/** Timer.POSITIVE, NEGATIVE. */
export const POSITIVE = 0x01;
export const NEGATIVE = 0x02;
/** Timer.TIMEOUT, MATCH. */
export const TIMEOUT = 0x01;
export const MATCH = 0x02;

/** The CC3200's timer clock. */
const SRC_HZ = 80_000_000;
/** The PWM pin of each timer's channel A and B (null: none). */
const PWM_PINS: (string | null)[][] = [["GP24", null], ["GP25", null], [null, "GP9"], [
  "GP10",
  "GP11",
]];
/** At most this many late periods are delivered at once (a board busy for long). */
const MAX_CATCH_UP = 100;

function invalid(): never {
  throw valueError("invalid argument(s) value");
}

/** One of the four timers. */
export class PyTimer {
  declare $cls: PyType;
  /** 0 until init() (then ONE_SHOT, PERIODIC or PWM). */
  mode = 0;
  width = 16;
  channels = new Map<number, PyTimerChannel>();
  constructor(public id: number) {}

  /** Stops every channel (deinit, or a new init). */
  stop(): void {
    for (const ch of this.channels.values()) ch.stop();
  }
}

/** A timer channel. */
export class PyTimerChannel {
  declare $cls: PyType;
  freq = 0;
  period = 0;
  polarity = POSITIVE;
  duty = 0;
  /** Epoch ms when the current period started. */
  private start = Date.now();
  private timer = 0;
  private running = false;
  irqObj: PyIrq | null = null;
  irqEnabled = false;
  irqFlags = 0;
  constructor(public tim: PyTimer, public channel: number) {}

  /** The period in µs (from the frequency when there is one, as the firmware counts). */
  periodUs(): number {
    return this.freq > 0 ? 1_000_000 / this.freq : this.period;
  }

  /** Checks the period against the counter and prescaler (ValueError when it cannot be). */
  check(): void {
    const ticks = Math.max(1, this.freq > 0 ? Math.floor(SRC_HZ / this.freq) : 80 * this.period) -
      1;
    if (ticks === 0) invalid();
    if (this.channel !== (TIMER_A | TIMER_B) && ticks / 65536 > 0xff) invalid();
    if (ticks > 0xffffffff) invalid();
  }

  /** (Re)starts counting from now. */
  restart(): void {
    this.check();
    this.stop();
    this.running = true;
    this.start = Date.now();
    this.schedule(this.start + this.periodUs() / 1000);
  }

  stop(): void {
    this.running = false;
    cancelTimer(this.timer);
  }

  /** µs since the current period began. */
  elapsedUs(): number {
    const us = (Date.now() - this.start) * 1000;
    const p = this.periodUs();
    return this.tim.mode === ONE_SHOT ? Math.min(us, p) : Math.floor(us % p);
  }

  private schedule(at: number): void {
    this.timer = addTimer(at, () => this.expired(at));
  }

  /** A period ended at `at` (epoch ms); later ones may have passed too. */
  private expired(at: number): void {
    if (!this.running) return;
    const p = this.periodUs() / 1000;
    let n = 1;
    let next = at + p;
    if (this.tim.mode === ONE_SHOT) this.running = false;
    else {
      const now = Date.now();
      while (next <= now) {
        next += p;
        n++;
      }
      this.start = next - p;
      this.schedule(next);
    }
    if (!this.irqEnabled) return;
    this.irqFlags = this.tim.mode === PWM ? MATCH : TIMEOUT;
    for (let i = 0; i < Math.min(n, MAX_CATCH_UP); i++) this.irqObj?.trigger();
  }
}

/** The `Timer` type. */
export const timer_type: PyType = makeNativeType("Timer", PyTimer.prototype);
timer_type.$module = "machine";
/** The `TimerChannel` type. */
export const timer_channel_type: PyType = makeNativeType(
  "TimerChannel",
  PyTimerChannel.prototype,
);
timer_channel_type.$module = "machine";

function boardTimers(): PyTimer[] {
  return (ctx.state.timers ??= [0, 1, 2, 3].map((i) => new PyTimer(i))) as PyTimer[];
}

/** Timer.init(mode, *, width=16). */
function initTimer(self: PyTimer, mode?: PyObj, width?: PyObj): PyObj {
  if (mode === undefined) throw typeError("function missing required positional argument #1");
  const m = intArg(mode);
  if (m !== ONE_SHOT && m !== PERIODIC && m !== PWM) invalid();
  const w = width === undefined ? 16 : intArg(width);
  if (w !== 16 && w !== 32) invalid();
  if (w === 32 && m === PWM) invalid();
  self.stop();
  self.channels.clear();
  self.mode = m;
  self.width = w;
  return None;
}

timer_type.$construct = (_c, args, kwn = [], kwv = []) => {
  if (args.length === 0) throw typeError("function missing 1 required positional arguments");
  const id = intArg(args[0]);
  if (id < 0 || id > 3) throw osError(ERRNO.ENODEV);
  const tim = boardTimers()[id];
  if (args.length > 1 || kwn.length > 0) {
    const full: (PyObj | undefined)[] = [tim, ...args.slice(1)];
    if (full.length > 3) {
      throw typeError(`function expected at most 3 arguments, got ${args.length}`);
    }
    kwn.forEach((k, i) => {
      const at = ["self", "mode", "width"].indexOf(k);
      if (at < 1) throw typeError(`unexpected keyword argument '${k}'`);
      full[at] = kwv[i];
    });
    initTimer(tim, full[1], full[2]);
  }
  return tim;
};

const MODE_NAME: Record<number, string> = {
  [ONE_SHOT]: "ONE_SHOT",
  [PERIODIC]: "PERIODIC",
  [PWM]: "PWM",
};

defMethods(timer_type, {
  init: method(1, 2, initTimer, ["self", "mode", "width"]),
  deinit: method(0, 0, (self: PyTimer) => {
    self.stop();
    return None;
  }),
  channel: method(
    1,
    5,
    (
      self: PyTimer,
      channel?: PyObj,
      freq?: PyObj,
      period?: PyObj,
      polarity?: PyObj,
      duty?: PyObj,
    ) => {
      const n = intArg(channel ?? None);
      if (self.mode === 0) throw osError(ERRNO.EPERM);
      if (n !== TIMER_A && n !== TIMER_B && n !== (TIMER_A | TIMER_B)) invalid();
      if (n === (TIMER_A | TIMER_B) && self.width === 16) invalid();
      if (
        freq === undefined && period === undefined && polarity === undefined && duty === undefined
      ) {
        for (const ch of self.channels.values()) if ((ch.channel & n) === n) return ch;
        return None;
      }
      const f = freq === undefined ? 0 : intArg(freq);
      const p = period === undefined ? 0 : intArg(period);
      const pol = polarity === undefined ? POSITIVE : intArg(polarity);
      if (f !== 0 && p !== 0) invalid();
      if (f <= 0 && p <= 0) invalid();
      if (self.mode === PWM && pol === (POSITIVE | NEGATIVE)) invalid();
      const ch = new PyTimerChannel(self, n);
      // As the firmware keeps them: freq() of a channel made with a period is 0, and the
      // other way round, until freq() or period() sets both.
      ch.freq = f;
      ch.period = p;
      ch.polarity = pol;
      ch.duty = Math.min(10000, Math.max(0, duty === undefined ? 0 : intArg(duty)));
      ch.restart();
      for (const [k, old] of self.channels) {
        if ((k & n) !== 0) {
          old.stop();
          self.channels.delete(k);
        }
      }
      self.channels.set(n, ch);
      if (self.mode === PWM) assignPwmPin(self.id, n);
      return ch;
    },
    ["self", "channel", "freq", "period", "polarity", "duty_cycle"],
  ),
  __repr__: (self: PyTimer) =>
    self.mode === 0 ? `Timer(${self.id})` : `Timer(${self.id}, mode=Timer.${MODE_NAME[self.mode]})`,
});
Object.assign(timer_type.$p, {
  A: TIMER_A,
  B: TIMER_B,
  ONE_SHOT,
  PERIODIC,
  PWM,
  POSITIVE,
  NEGATIVE,
  TIMEOUT,
  MATCH,
});

/** A PWM channel takes its pin into the timer's PWM alternate function. */
function assignPwmPin(timer: number, channel: number): void {
  const name = PWM_PINS[timer][channel === TIMER_A ? 0 : 1];
  if (name === null) return;
  const pin = pinFind(name);
  const af = PIN_AFS.get(name)?.find((f) =>
    f.peripheral === "TIM" && f.unit === timer && f.signal === "PWM"
  );
  if (!af) return;
  pin.mode = MODE.ALT;
  pin.af = af.af;
  pin.apply();
}

/** Sets freq or period (the other follows) and restarts the channel. */
function retime(ch: PyTimerChannel, freq: number, period: number): void {
  const old = [ch.freq, ch.period];
  ch.freq = freq;
  ch.period = period;
  try {
    ch.restart();
  } catch (e) {
    [ch.freq, ch.period] = old;
    throw e;
  }
}

defMethods(timer_channel_type, {
  freq: method(0, 1, (self: PyTimerChannel, f?: PyObj) => {
    if (f === undefined) return self.freq;
    const v = intArg(f);
    if (v <= 0) invalid();
    retime(self, v, Math.floor(1_000_000 / v));
    return None;
  }),
  period: method(0, 1, (self: PyTimerChannel, p?: PyObj) => {
    if (p === undefined) return self.period;
    const v = intArg(p);
    if (v <= 0) invalid();
    retime(self, Math.floor(1_000_000 / v), v);
    return None;
  }),
  duty_cycle: method(0, 2, (self: PyTimerChannel, d?: PyObj, polarity?: PyObj) => {
    if (d === undefined) return self.duty;
    self.duty = Math.min(10000, Math.max(0, intArg(d)));
    if (polarity !== undefined) self.polarity = intArg(polarity);
    return None;
  }),
  time: method(0, 0, (self: PyTimerChannel) => self.elapsedUs()),
  irq: method(0, 4, channelIrq, IRQ_PARAMS),
  __repr__: (self: PyTimerChannel) => {
    const id = self.channel === TIMER_A ? "A" : self.channel === TIMER_B ? "B" : "AB";
    let s = `timer.channel(Timer.${id}, freq=${self.freq}`;
    if (self.tim.mode === PWM) {
      const pol = self.polarity === POSITIVE
        ? "POSITIVE"
        : self.polarity === NEGATIVE
        ? "NEGATIVE"
        : "BOTH";
      s += `, polarity=Timer.${pol}, duty_cycle=${Math.floor(self.duty / 100)}.${
        String(self.duty % 100).padStart(2, "0")
      }`;
    }
    return s + ")";
  },
});

/**
 * TimerChannel.irq(*, trigger, priority=1, handler=None, wake=None); without arguments, the
 * channel's existing irq object.
 */
function channelIrq(
  self: PyTimerChannel,
  trigger?: PyObj,
  priority?: PyObj,
  handler?: PyObj,
  wake?: PyObj,
): PyObj {
  const existing = existingIrq(self.irqObj, [trigger, priority, handler, wake]);
  if (existing) return existing;
  checkIrqPriority(priority);
  if (wake !== undefined && wake !== None && intArg(wake) !== PWR_ACTIVE) invalid();
  // Without a trigger, the one the timer's mode has (the documentation's quick reference
  // calls irq(handler=...) alone).
  const expected = self.tim.mode === PWM ? MATCH : TIMEOUT;
  if (trigger !== undefined && trigger !== None && intArg(trigger) !== expected) invalid();
  self.irqEnabled = true;
  self.irqObj = flagIrq(self, timer_channel_type.$p.irq, handler);
  return self.irqObj;
}
