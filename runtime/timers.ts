/**
 * Board timers on the wall clock (ms since the Unix epoch): RTC alarms now, machine.Timer
 * later. A timer's callback runs between Python statements, like an IRQ: the host sets the
 * timer bit of the interrupt word when the earliest timer is due (`Host.requestWake`), and
 * the poll then calls `runDueTimers`. Without a host that can wake the board (embedding
 * outside a Worker), timers fire during sleeps only (`runDueTimersByClock`).
 */

import { ctx } from "./context.ts";
import { IRQ_TIMER } from "./hostlink.ts";
export { IRQ_TIMER };

interface BoardTimer {
  id: number;
  at: number;
  fire: () => void;
}

let timers: BoardTimer[] = [];
let nextId = 1;
/** The earliest wake-up the host has been asked for (Infinity: none pending). */
let requested = Infinity;

/** Calls `fire` at `epochMs`; returns an id for `cancelTimer`. */
export function addTimer(epochMs: number, fire: () => void): number {
  const t = { id: nextId++, at: epochMs, fire };
  timers.push(t);
  timers.sort((a, b) => a.at - b.at);
  askHost();
  return t.id;
}

/** Cancels a timer (an unknown id is ignored). */
export function cancelTimer(id: number): void {
  timers = timers.filter((t) => t.id !== id);
}

/** When the earliest timer is due (epoch ms), or undefined. */
export function nextTimerAt(): number | undefined {
  return timers.length ? timers[0].at : undefined;
}

/** Forgets every timer (a reset). */
export function resetTimers(): void {
  timers = [];
  requested = Infinity;
  Atomics.and(ctx.interrupt, 0, ~IRQ_TIMER);
}

/** Runs the callbacks of the timers that are due (called from the poll on IRQ_TIMER). */
export function runDueTimers(): void {
  Atomics.and(ctx.interrupt, 0, ~IRQ_TIMER);
  requested = Infinity;
  const now = Date.now();
  while (timers.length && timers[0].at <= now) timers.shift()!.fire();
  askHost();
}

/** Runs due timers if any (sleep loops call this after each slice). */
export function runDueTimersByClock(): void {
  if (timers.length && timers[0].at <= Date.now()) runDueTimers();
}

/** The longest sleep slice that does not overshoot the next timer. */
export function timerSlice(ms: number): number {
  if (!timers.length) return ms;
  return Math.max(0, Math.min(ms, timers[0].at - Date.now()));
}

function askHost(): void {
  if (!timers.length) return;
  const at = timers[0].at;
  if (at < requested) {
    requested = at;
    ctx.host.requestWake?.(at);
  }
}
