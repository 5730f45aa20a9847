/**
 * The running board's context as the runtime sees it: output streams, configuration and
 * the host interface (clock, sleep, input, filesystem). One board runs per JS realm
 * (a Worker), so this is a module-level singleton that the board installs at start.
 */

// deno-lint-ignore-file no-explicit-any

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
};
