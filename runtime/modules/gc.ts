/**
 * The `gc` module. The board's heap is `ctx.config.heapSize` bytes; `mem_alloc()` is an
 * estimate of what the program holds, in MicroPython's own object sizes (32-bit words,
 * 16-byte GC blocks), made of three parts:
 *
 * - a start-up footprint (what the WiPy's heap holds after boot);
 * - the objects reachable from the globals of the program's modules (`__main__` and the
 *   modules imported from files), sized as MicroPython lays them out: a list is a 16-byte
 *   header plus a word per item, a dict 16 bytes plus two words per slot, a str 16 bytes
 *   plus its text, an instance 16 bytes plus its attribute dict, and so on;
 *   (byte buffers with their data: bytes, bytearray, array, uctypes memory);
 * - byte buffers the walk cannot see (held only by a function's local variables, files
 *   being written, or dropped but not collected yet): their data lives outside the JS heap,
 *   so the growth of the engine's external memory since the baseline, less what the walk
 *   found, is added (growth under 1 KiB is the engine's own churn and is ignored). Like
 *   MicroPython's heap, buffers the program dropped still count until a collection
 *   (`gc.collect()`, or one the engine runs on its own) frees them.
 *
 * Other objects held only in a function's local variables are not seen. The
 * engine's own memory (compiled code, caches) never counts, so the figures are stable: a
 * program that frees what it allocated gets its memory back. The estimate is clamped to
 * the heap: `mem_alloc() + mem_free() == heapSize` always holds. `collect()` runs the
 * engine's collector (the launcher exposes it with `--expose-gc`).
 */

// deno-lint-ignore-file no-explicit-any
import { None, type PyObj, PyType } from "../object.ts";
import { nativeModule, PyModule } from "../objobject.ts";
import { PyList } from "../objlist.ts";
import { PyTuple } from "../objtuple.ts";
import { PyDict } from "../objdict.ts";
import { PySet } from "../objset.ts";
import { ctx } from "../context.ts";
import { builtinModules } from "../import.ts";
import { fn } from "./modutil.ts";

/** Typed arrays up to this many bytes live on the JS heap (V8's typed_array_max_size_in_heap). */
const ON_HEAP_MAX = 64;
/** The walk stops after this many objects (the estimate is then a lower bound). */
const WALK_LIMIT = 500_000;

interface GcState {
  enabled: boolean;
  /** External memory at the baseline. */
  baseExt: number;
  /** The board (its filesystem object) the baseline belongs to. */
  board: unknown;
}

function external(): number {
  try {
    return Deno.memoryUsage().external;
  } catch {
    return 0;
  }
}

function state(): GcState {
  const s = ctx.state.gc as GcState | undefined;
  // A new board (setupBoard makes a new filesystem) starts a new baseline.
  if (s === undefined || s.board !== ctx.state.vfs) return resetGcBaseline();
  return s;
}

/** Resets the baseline (at the first use on a board). */
export function resetGcBaseline(): GcState {
  collect();
  const s: GcState = { enabled: true, baseExt: external(), board: ctx.state.vfs };
  ctx.state.gc = s;
  return s;
}

/** Runs the engine's collector when it is exposed; false when it is not. */
export function collect(): boolean {
  const g = (globalThis as any).gc;
  if (typeof g !== "function") return false;
  // Twice: the first pass leaves ArrayBuffer backing stores (bytearray data) to the second.
  g();
  g();
  return true;
}

/** Bytes the board's heap holds right after start-up. */
export function startupFootprint(): number {
  return Math.min(ctx.config.heapSize, Math.round(ctx.config.heapSize * 0.04));
}

/** A heap block request rounded up to MicroPython's 16-byte GC blocks. */
function blocks(n: number): number {
  return (n + 15) & ~15;
}

/** MicroPython's hash table sizes (py/map.c: roughly doubling primes). */
const DOUBLING_PRIMES = [
  0,
  7,
  19,
  43,
  89,
  179,
  347,
  647,
  1229,
  2297,
  4243,
  7829,
  14347,
  26017,
  47149,
  84947,
  152443,
  273253,
  488399,
  869927,
  1547173,
  2745121,
  4861607,
];

/** The most slots each table has had: MicroPython's tables grow but never shrink. */
const peakSlots = new WeakMap<object, number>();

/** Slots of a MicroPython dict/set/namespace holding `n` entries (it grows when full). */
function tableSlots(n: number, table?: object): number {
  let slots = n | 1;
  for (const p of DOUBLING_PRIMES) {
    if (p > n) {
      slots = p;
      break;
    }
  }
  if (table !== undefined) {
    const peak = peakSlots.get(table);
    if (peak !== undefined && peak > slots) return peak;
    peakSlots.set(table, slots);
  }
  return slots;
}

/** The memory behind a byte buffer object (bytes, bytearray, array, struct...), if any. */
function bufferMemory(o: PyObj): ArrayBufferLike | undefined {
  const b = o.b ?? o.buf ?? o.keep;
  if (b instanceof Uint8Array) return b.buffer;
  if (b instanceof ArrayBuffer) return b;
  return undefined;
}

function isUserModule(m: PyObj): boolean {
  return m instanceof PyModule &&
    (m.name === "__main__" || typeof m.$d.__file__ === "string");
}

/** What the walk found: MicroPython-sized bytes, and the external buffer bytes among them. */
interface Reachable {
  bytes: number;
  external: number;
}

/** MicroPython-sized bytes of everything reachable from the program's module globals. */
export function reachable(): Reachable {
  const seenObj = new Set<object>();
  const seenStr = new Set<string>();
  const seenMem = new Set<ArrayBufferLike>();
  const stack: PyObj[] = [];
  let total = 0;
  let external = 0;
  let visited = 0;
  const push = (v: PyObj) => {
    switch (typeof v) {
      case "string":
        // Short names are qstrs of the program's code, counted with it.
        if (v.length > 8 && !seenStr.has(v)) {
          seenStr.add(v);
          total += blocks(16 + v.length + 1);
        }
        return;
      case "bigint":
        total += blocks(12 + Math.ceil(v.toString(16).length / 4) * 2);
        return;
      case "object":
      case "function":
        if (v === null || seenObj.has(v)) return;
        seenObj.add(v);
        stack.push(v);
    }
  };
  /** A byte buffer's memory counts once, however many objects share it. */
  const memory = (o: PyObj) => {
    const ab = bufferMemory(o);
    if (ab === undefined || seenMem.has(ab)) return;
    seenMem.add(ab);
    total += blocks(ab.byteLength);
    if (ab.byteLength > ON_HEAP_MAX) external += ab.byteLength;
  };
  const modules = ctx.modules as PyDict | null;
  if (modules) { for (const [, m] of modules.entries()) if (isUserModule(m)) push(m); }
  while (stack.length > 0 && visited++ < WALK_LIMIT) {
    const o = stack.pop();
    if (o instanceof PyList || o instanceof PyTuple) {
      const a: PyObj[] = o.a;
      total += o instanceof PyList ? 16 + blocks(4 * a.length) : blocks(8 + 4 * a.length);
      for (let i = 0; i < a.length; i++) push(a[i]);
      if (o.$cls?.$user && (o as any).$d) pushDict((o as any).$d);
    } else if (o instanceof PyDict) {
      total += 16 + blocks(8 * tableSlots(o.size, o));
      for (const [k, v] of o.entries()) {
        push(k);
        push(v);
      }
    } else if (o instanceof PySet) {
      total += 16 + blocks(4 * tableSlots(o.m.size, o));
      for (const v of o.m.values()) push(v);
    } else if (o instanceof PyModule) {
      total += 16;
      if (isUserModule(o)) pushDict(o.$d);
    } else if (o instanceof PyType) {
      if (!o.$user) continue;
      total += 64;
      pushDict(o.$p);
    } else if (typeof o === "function") {
      // A Python function: its object and a share of bytecode; native functions are ROM.
      if (o.$co !== undefined) total += 64;
    } else if (o.$cls !== undefined) {
      // An instance: the object, its attribute dict (Python classes), its byte buffer.
      total += 16;
      if (o.$cls.$user && o.$d) pushDict(o.$d);
      memory(o);
      // A memoryview (or similar view) keeps the viewed object alive.
      if (o.obj !== undefined) push(o.obj);
    }
  }
  return { bytes: total, external };

  function pushDict(d: Record<string, PyObj>): void {
    const keys = Object.keys(d).filter((k) => k.charCodeAt(0) !== 36 && k !== "constructor");
    total += blocks(8 * tableSlots(keys.length, d)) + 16;
    for (const k of keys) {
      push(k);
      push(d[k]);
    }
  }
}

/** External memory growth below this is the engine's own churn (messages in flight). */
const EXTERNAL_NOISE = 1024;

/** Estimated bytes allocated on the board's heap. */
export function memAlloc(): number {
  const s = state();
  const ext = external();
  // The engine may have freed start-up garbage since the baseline: move it down.
  if (ext < s.baseExt) s.baseExt = ext;
  const r = reachable();
  // Buffers the walk did not see (held by local variables, or garbage not yet collected).
  const unseen = ext - s.baseExt - r.external;
  const est = startupFootprint() + r.bytes + (unseen >= EXTERNAL_NOISE ? unseen : 0);
  return Math.min(ctx.config.heapSize, Math.round(est));
}

/** Estimated free bytes. */
export function memFree(): number {
  return ctx.config.heapSize - memAlloc();
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
      state();
      collect();
      return None;
    }),
    mem_alloc: fn("mem_alloc", 0, 0, () => memAlloc()),
    mem_free: fn("mem_free", 0, 0, () => memFree()),
  });
}

builtinModules.set("gc", makeGc);
