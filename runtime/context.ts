/**
 * The running board's context as the runtime sees it: output streams, configuration and
 * the host interface (clock, sleep, input, filesystem). One board runs per JS realm
 * (a Worker), so this is a module-level singleton that the board installs at start.
 */

// deno-lint-ignore-file no-explicit-any
import type { BoardHal } from "../hal/board_hal.ts";
import { createVirtualHal } from "../hal/virtual/board.ts";
import type { SocketReply, SocketRequest } from "./network/socket.ts";

/** What the runtime needs from its host. */
export interface Host {
  /** Writes text to the board's stdout. */
  writeOut(s: string): void;
  /** Writes text to the board's stderr (tracebacks go to stdout on the WiPy; kept for CLI). */
  writeErr(s: string): void;
  /** Reads a line from stdin (without the newline); null at end of input. */
  readLine(prompt: string): string | null;
  /** True when stdin has input (or is at its end) so a read would not wait. */
  inputReady?(): boolean;
  /** Milliseconds since an arbitrary start (monotonic). */
  monotonicMs(): number;
  /** Blocks the board for `ms` milliseconds (interruptible). */
  sleepMs(ms: number): void;
  /** Seconds since the Unix epoch (wall clock). */
  wallSeconds(): number;
  /**
   * Asks the host to set the timer bit of the interrupt word at `epochMs` (ms since the Unix
   * epoch), so board timers (RTC alarms, later machine.Timer) fire while Python code runs.
   * Absent outside a board Worker: timers then fire only during sleeps.
   */
  requestWake?(epochMs: number): void;
  /** Restarts the board afresh with this reset cause (machine.reset(), the watchdog). */
  hardReset?(cause: number): never;
  /** Powers the board down until `wakeAtEpochMs` (null: no wake source), then resets it. */
  deepSleep?(wakeAtEpochMs: number | null, wakeReason: number): never;
  /** The watchdog was started: the host now resets the board when it is not fed in time. */
  watchdogStarted?(): void;
  /** The WLAN/server state changed (JSON; kept by the host across soft resets). */
  netStateChanged?(json: string): void;
  /**
   * A socket call answered by the host (net/sockets.ts); blocks until the reply (Ctrl-C
   * raises KeyboardInterrupt). Absent outside a board Worker: sockets then raise OSError.
   */
  socketCall?(req: SocketRequest): SocketReply;
}

/** Board configuration visible to the runtime. */
export interface BoardConfig {
  /** Float support (the WiPy has none). */
  float: boolean;
  /** Heap size in bytes, for gc figures and MemoryError. */
  heapSize: number;
  /** sys.platform. */
  platform: string;
}

/** The current context. */
export const ctx: {
  host: Host;
  config: BoardConfig;
  /** The interrupt word shared with the host (index 0: pending flags). */
  interrupt: Int32Array;
  /** Called by compiled code when the interrupt word is non-zero. */
  poll: () => void;
  /** sys.modules. */
  modules: any;
  /** Extra state modules keep (keyed by module name). */
  state: Record<string, any>;
  /**
   * Board state that outlives the Python heap (the RTC, the watchdog): shared with the host,
   * which hands it to the next board after a reset (slots: hal/virtual/board.ts).
   */
  persist: Float64Array;
  /** The board's peripherals (setupBoard installs the virtual WiPy's). */
  hal: BoardHal;
} = {
  host: {
    writeOut: (s) => void Deno.stdout.writeSync(new TextEncoder().encode(s)),
    writeErr: (s) => void Deno.stderr.writeSync(new TextEncoder().encode(s)),
    readLine: (p) => prompt(p),
    monotonicMs: () => performance.now(),
    sleepMs: (ms) => {
      const sab = new Int32Array(new SharedArrayBuffer(4));
      Atomics.wait(sab, 0, 0, ms);
    },
    wallSeconds: () => Date.now() / 1000,
  },
  config: { float: false, heapSize: 64 * 1024, platform: "WiPy" },
  interrupt: new Int32Array(new SharedArrayBuffer(16)),
  poll: () => {},
  modules: null,
  state: {},
  persist: new Float64Array(4),
  hal: undefined as unknown as BoardHal,
};
ctx.hal = createVirtualHal(ctx.host, ctx.persist, { resetCause: 0, wakeReason: 0 });
