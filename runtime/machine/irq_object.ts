/**
 * The `irq` object that `RTC.irq()` (and later `Pin.irq()`, `Timer.channel().irq()`,
 * `UART.irq()`) returns, as the WiPy's `mpirq.c` defines it: `init()` reconfigures through
 * the parent's irq method, `enable()`/`disable()` switch the source, `flags()` reports what
 * triggered, and calling the object runs the handler now. A triggered source queues the
 * handler on the IRQ scheduler with the parent as its argument; a handler that raises is
 * disabled for good (its handler becomes None), as the firmware does.
 */

import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { call } from "../ops.ts";
import { runPendingIrqs, scheduleIrq } from "../irq.ts";
import { intArg, method } from "../modules/modutil.ts";
import { valueError } from "../errors.ts";

/** The keyword parameters every irq() method takes (`mp_irq_init_args`), after `self`. */
export const IRQ_PARAMS = ["self", "trigger", "priority", "handler", "wake"];

/** What an IRQ source (the parent object) provides to its irq object. */
export interface IrqSource {
  /** The Python object handed to the handler (the RTC, the Pin...). */
  readonly parent: PyObj;
  /** The parent's `irq` method (for `irq.init(...)`). */
  readonly irqMethod: (...a: PyObj[]) => PyObj;
  enable(): void;
  disable(): void;
  flags(): number;
  /** Called after each run of the handler (optional: sources that clear their flags then). */
  handled?(): void;
}

/** An irq object. */
export class PyIrq {
  declare $cls: PyType;
  /** Enabled from the user's point of view (`enable()`/`disable()`). */
  enabled = true;
  constructor(public source: IrqSource, public handler: PyObj) {}

  /**
   * The source fired: queue the handler (nothing when disabled or without a handler). `now`:
   * the event comes from the running code itself (a pin it just wrote), so the handler runs
   * before that call returns, as a hardware interrupt would.
   */
  trigger(now = false): void {
    if (!this.enabled || this.handler === None) return;
    scheduleIrq({
      handler: this.handler,
      arg: this.source.parent,
      onError: () => this.failed(),
      onDone: () => this.source.handled?.(),
    });
    if (now) runPendingIrqs();
  }

  /** Runs the handler at once (a wake-up from sleep, or `irq()` called by the program). */
  runNow(): void {
    if (this.handler === None) return;
    call(this.handler, [this.source.parent]);
  }

  private failed(): void {
    this.source.disable();
    this.handler = None;
  }
}

/** The `irq` type. */
export const irq_type: PyType = makeNativeType("irq", PyIrq.prototype);

defMethods(irq_type, {
  init: method(
    0,
    4,
    (self: PyIrq, ...args: PyObj[]) => call(self.source.irqMethod, [self.source.parent, ...args]),
    IRQ_PARAMS,
  ),
  enable: method(0, 0, (self: PyIrq) => {
    self.source.enable();
    self.enabled = true;
    return None;
  }),
  disable: method(0, 0, (self: PyIrq) => {
    self.source.disable();
    self.enabled = false;
    return None;
  }),
  flags: method(0, 0, (self: PyIrq) => self.source.flags()),
  __call__: method(0, 0, (self: PyIrq) => {
    self.runNow();
    return None;
  }),
});

/** A source that keeps its irq state on itself (Pin, TimerChannel, RTC, UART). */
export interface FlagIrqParent {
  irqEnabled: boolean;
  irqFlags: number;
}

/**
 * An irq object for a parent that keeps `irqEnabled`/`irqFlags` itself; `clearFlags`: the
 * flags go back to 0 once the handler has run (as the UART's do).
 */
export function flagIrq(
  parent: FlagIrqParent,
  irqMethod: (...a: PyObj[]) => PyObj,
  handler: PyObj | undefined,
  clearFlags = false,
): PyIrq {
  parent.irqEnabled = true;
  return new PyIrq({
    parent: parent as unknown as PyObj,
    irqMethod,
    enable: () => {
      parent.irqEnabled = true;
    },
    disable: () => {
      parent.irqEnabled = false;
    },
    flags: () => parent.irqFlags,
    handled: clearFlags
      ? () => {
        parent.irqFlags = 0;
      }
      : undefined,
  }, handler ?? None);
}

/**
 * Checks an irq() priority (1-7, default 1), as the firmware's mp_irq_translate_priority does
 * (ValueError otherwise).
 */
export function checkIrqPriority(priority: PyObj | undefined): void {
  const p = priority === undefined ? 1 : intArg(priority);
  if (p < 1 || p > 7) throw valueError("invalid argument(s) value");
}

/**
 * `x.irq()` without any argument: the source's existing irq object (the documentation's
 * `pin.irq()()` and `pin.irq().disable()`), or undefined when there is none or arguments came.
 */
export function existingIrq(current: PyIrq | null, args: (PyObj | undefined)[]): PyIrq | undefined {
  return current !== null && args.every((a) => a === undefined) ? current : undefined;
}
