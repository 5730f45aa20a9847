/**
 * The `gc` module. The board's heap is `ctx.config.heapSize` bytes; what the program has
 * allocated is estimated from the JS engine's own figures: the growth of V8's heap and of
 * external memory (ArrayBuffers behind bytearray/array) since the board started, scaled to
 * MicroPython's denser object layout, plus a fixed start-up footprint. The estimate is
 * clamped to the heap, so `mem_alloc() + mem_free() == heapSize` always holds. `collect()`
 * runs the engine's collector when it is exposed (`--v8-flags=--expose-gc`).
 */

// deno-lint-ignore-file no-explicit-any
import { None, type PyObj } from "../object.ts";
import { nativeModule } from "../objobject.ts";
import { ctx } from "../context.ts";
import { builtinModules } from "../import.ts";
import { fn } from "./modutil.ts";

/** V8 heap bytes count this much toward the board's heap (objects are denser there). */
const HEAP_SCALE = 0.5;

function engineUsage(): { heap: number; ext: number } {
  try {
    const m = Deno.memoryUsage();
    return { heap: m.heapUsed, ext: m.external };
  } catch {
    return { heap: 0, ext: 0 };
  }
}

interface GcState {
  enabled: boolean;
  /** A gc.collect() has re-based the figures since the board started. */
  settled?: boolean;
  base: { heap: number; ext: number };
  /** The board (its filesystem object) the baseline belongs to. */
  board: unknown;
}

function state(): GcState {
  const s = ctx.state.gc as GcState | undefined;
  // A new board (setupBoard makes a new filesystem) starts a new baseline.
  if (s === undefined || s.board !== ctx.state.vfs) return resetGcBaseline();
  return s;
}

/** Resets the baseline (the board calls this at start and after a soft reset). */
export function resetGcBaseline(): GcState {
  collect();
  const s: GcState = { enabled: true, base: engineUsage(), board: ctx.state.vfs };
  ctx.state.gc = s;
  return s;
}

/** Bytes the board's heap holds right after start-up. */
export function startupFootprint(): number {
  return Math.min(ctx.config.heapSize, Math.round(ctx.config.heapSize * 0.04));
}

/** Estimated bytes allocated on the board's heap. */
export function memAlloc(): number {
  const s = state();
  const now = engineUsage();
  const grown = Math.max(0, now.heap - s.base.heap) * HEAP_SCALE +
    Math.max(0, now.ext - s.base.ext);
  const total = ctx.config.heapSize;
  return Math.min(total, Math.round(startupFootprint() + grown));
}

/** Estimated free bytes. */
export function memFree(): number {
  return ctx.config.heapSize - memAlloc();
}

/** Runs a collection when the engine allows it. */
export function collect(): void {
  const g = (globalThis as any).gc;
  // Twice: the first pass leaves ArrayBuffer backing stores (bytearray data) to the second.
  if (typeof g === "function") {
    g();
    g();
  }
}

function makeGc() {
  state();
  return nativeModule("gc", {
    enable: fn("enable", 0, 0, () => {
      state().enabled = true;
      return None;
    }),
    disable: fn("disable", 0, 0, () => {
      state().enabled = false;
      return None;
    }),
    isenabled: fn("isenabled", 0, 0, () => state().enabled),
    collect: fn("collect", 0, 0, () => {
      collect();
      // The runtime's own one-off growth (imports, compiled code) is not the program's:
      // the first collection, and any that finds less in use, set the baseline.
      const s = state();
      const now = engineUsage();
      if (!s.settled || now.heap + now.ext < s.base.heap + s.base.ext) {
        s.base = now;
        s.settled = true;
      }
      return None;
    }),
    mem_alloc: fn("mem_alloc", 0, 0, () => memAlloc()),
    mem_free: fn("mem_free", 0, 0, () => memFree()),
  });
}

builtinModules.set("gc", makeGc);
void (0 as PyObj);
