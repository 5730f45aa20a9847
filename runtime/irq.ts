/**
 * The IRQ scheduler: handlers that timers, pins, the RTC or UARTs trigger (from the host or
 * the HAL) are queued here and run between Python statements, where compiled code polls the
 * interrupt word. `disableIrq`/`enableIrq` are machine.disable_irq()/enable_irq(): while
 * disabled, handlers wait in the queue. As the WiPy firmware does, an exception escaping a
 * handler never reaches the main program: it is printed after "Uncaught exception in callback
 * handler" and that IRQ source is disabled.
 */

import type { PyObj } from "./object.ts";
import { ctx } from "./context.ts";
import { call } from "./ops.ts";
import { isInstanceExc, KeyboardInterrupt, SystemExit } from "./errors.ts";

import { IRQ_SCHED } from "./hostlink.ts";
export { IRQ_SCHED };

/** One triggered IRQ waiting to run. */
export interface PendingIrq {
  /** The Python callable to run. */
  handler: PyObj;
  /** Its argument (the object that triggered, e.g. the Pin or TimerChannel). */
  arg: PyObj;
  /** Called when the handler raised: the source disables itself. */
  onError?: () => void;
  /** Called once the handler has run (the source clears its flags, as the firmware does). */
  onDone?: () => void;
}

const queue: PendingIrq[] = [];
let enabled = true;
let running = false;

/** Formats an uncaught exception (set by interp.ts, which owns traceback printing). */
export const irqHooks: { format: (e: unknown) => string } = {
  format: (e) => String(e),
};

/** Queues a handler; it runs at the next poll of the running Python code. */
export function scheduleIrq(p: PendingIrq): void {
  queue.push(p);
  if (enabled) Atomics.or(ctx.interrupt, 0, IRQ_SCHED);
}

/** machine.disable_irq(): returns the previous state (true: IRQs were enabled). */
export function disableIrq(): boolean {
  const prev = enabled;
  enabled = false;
  Atomics.and(ctx.interrupt, 0, ~IRQ_SCHED);
  return prev;
}

/** machine.enable_irq(state=True): handlers held back meanwhile run now. */
export function enableIrq(state = true): void {
  enabled = state;
  // Interrupts that came in meanwhile fire as soon as they are unmasked, as on the chip.
  if (enabled && queue.length > 0) runPendingIrqs();
}

/** Number of handlers waiting (for tests and soft reset). */
export function pendingIrqs(): number {
  return queue.length;
}

/** Forgets queued handlers and re-enables IRQs (a soft or hard reset). */
export function resetIrqs(): void {
  queue.length = 0;
  irqSource = null;
  enabled = true;
  running = false;
  Atomics.and(ctx.interrupt, 0, ~IRQ_SCHED);
}

/**
 * A hardware event source the poll drains before running handlers (the Linux HAL's pin edges:
 * the host sets IRQ_SCHED when a line has events, the source reads them and schedules IRQs).
 */
let irqSource: (() => void) | null = null;

/** Sets (or clears) the hardware event source. */
export function setIrqSource(source: (() => void) | null): void {
  irqSource = source;
}

/** Runs the queued handlers (called from the poll; handlers do not nest). */
export function runPendingIrqs(): void {
  Atomics.and(ctx.interrupt, 0, ~IRQ_SCHED);
  irqSource?.();
  if (!enabled || running) return;
  running = true;
  try {
    while (enabled && queue.length > 0) {
      const p = queue.shift()!;
      try {
        call(p.handler, [p.arg]);
        p.onDone?.();
      } catch (e) {
        // Ctrl-C and sys.exit() still stop the program; anything else stays in the handler.
        if (isInstanceExc(e, KeyboardInterrupt) || isInstanceExc(e, SystemExit)) throw e;
        p.onError?.();
        p.onDone?.();
        ctx.host.writeOut("Uncaught exception in callback handler\n" + irqHooks.format(e));
      }
    }
  } finally {
    running = false;
    if (enabled && queue.length > 0) Atomics.or(ctx.interrupt, 0, IRQ_SCHED);
  }
}

// Outside a Worker (embedding through mod.ts) the poll only has IRQs to run; the Worker
// installs its own poll that also handles Ctrl-C and output flushing, then calls us.
ctx.poll = () => {
  if ((ctx.interrupt[0] & IRQ_SCHED) !== 0) runPendingIrqs();
};
