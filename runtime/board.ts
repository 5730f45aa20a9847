/**
 * The board as the runtime sees it: configuration, the virtual filesystem with `/flash`
 * (and `/sd`), `sys.path`/`sys.argv`, running files and code with MicroPython's exit
 * semantics.
 */

import { ctx, type Host } from "./context.ts";
import { setFloatEnabled } from "./objfloat_methods.ts";
import { resetIrqs, setIrqSource } from "./irq.ts";
import { resetTimers } from "./timers.ts";
import { setHeartbeat } from "./modules/wipy.ts";
import {
  compileSource,
  formatException,
  initModules,
  isInstanceExc,
  newMainModule,
  SystemExit,
  toPyException,
} from "./mod.ts";
import { VirtualFs } from "../hal/vfs.ts";
import { sysState } from "./modules/sys.ts";
import { None, type PyObj } from "./object.ts";
import {
  exc,
  newException,
  NotImplementedError,
  OSError,
  setHostErrorConverter,
} from "./errors.ts";
import { FsError } from "../hal/vfs.ts";
import { createVirtualHal, NoBoardHost } from "../hal/virtual/board.ts";
import { createLinuxHal } from "../hal/linux/board.ts";
import { HalError } from "../hal/linux/errors.ts";
import { EDGE_WORDS } from "../hal/linux/gpio.ts";
import type { LinuxBoardSpec } from "../hal/linux/spec.ts";
import { libcSys } from "../hal/linux/sys.ts";
import { HAL_SHARED_OFFSET, SHARED_SIZE } from "./hostlink.ts";
import type { GpioWiring } from "../hal/virtual/gpio.ts";
import type { I2cDeviceSpec } from "../hal/virtual/i2c.ts";
import type { WlanNetwork } from "./network/wlan.ts";
import type { PyList } from "./objlist.ts";
import { importName } from "./import.ts";
import { str } from "./ops.ts";
import { builtinHooks } from "./builtins.ts";
import { EOFError } from "./errors.ts";
import { help, Repl, type ReplOutcome, type ReplTerminal, SOFT_REBOOT } from "./repl.ts";
import { DEFAULT_BOOT_PY, DEFAULT_FLASH_DIRS, DEFAULT_MAIN_PY } from "./default_flash.ts";

/** How a board is set up. */
export interface BoardOptions {
  /** Host folder mounted at /flash. */
  flashDir?: string;
  /** Host folder holding the SD card's files (the card in the slot; `os.mount` mounts it). */
  sdDir?: string;
  /** Float support. */
  float?: boolean;
  /** Heap size in bytes. */
  heapSize?: number;
  /** sys.argv. */
  argv?: string[];
  /** Extra sys.path entries (virtual paths). */
  extraPath?: string[];
  /** Virtual working directory at start. */
  cwd?: string;
  /** Host I/O (defaults to the process's stdio). */
  host?: Partial<Host>;
  /** Extra host folders to mount (virtual point → host dir). */
  mounts?: Record<string, string>;
  /** What machine.reset_cause() reports (default: power-on). */
  resetCause?: number;
  /** What machine.wake_reason() reports (default: power-on). */
  wakeReason?: number;
  /** How the virtual board's pins are wired (board description). */
  wiring?: GpioWiring;
  /** The devices on the virtual I2C bus (board description; default: a memory at 0x42). */
  i2c?: I2cDeviceSpec[];
  /** ADC inputs, pin → sample 0..4095 (board description). */
  analog?: Record<string, number>;
  /** WLAN/server state carried over a soft reset (JSON from the previous board). */
  netState?: string;
  /** Access points in range of the virtual WLAN (board description; default: the docs'). */
  wlanNetworks?: WlanNetwork[];
  /** The host serves telnet and FTP for this board. */
  servers?: boolean;
  /** Real devices to drive (the board description's "linux" section): the Linux HAL. */
  linux?: LinuxBoardSpec;
}

/** Outcome of running a program: the process exit status it implies. */
export interface RunResult {
  status: number;
}

setHostErrorConverter((e) => {
  if (e instanceof FsError) return exc(OSError, e.errno);
  if (e instanceof HalError) return newException(OSError, [e.errno, e.message]);
  if (e instanceof NoBoardHost) {
    return exc(NotImplementedError, `${e.message} needs the board's host (wipy run/repl/daemon)`);
  }
  return undefined;
});

/** Sets up the board: config, filesystem, sys. */
export function setupBoard(opts: BoardOptions): void {
  ctx.config.float = !!opts.float;
  setFloatEnabled(ctx.config.float);
  resetIrqs();
  resetTimers();
  ctx.state = {
    bootNet: opts.netState ? JSON.parse(opts.netState) : undefined,
    wlanNetworks: opts.wlanNetworks,
    servers: !!opts.servers,
  };
  ctx.hal = createVirtualHal(ctx.host, ctx.persist, {
    resetCause: opts.resetCause ?? 0,
    wakeReason: opts.wakeReason ?? 0,
    sdCard: opts.sdDir,
    wiring: opts.wiring,
    i2c: opts.i2c,
    analog: opts.analog,
  });
  if (opts.linux) {
    // The Linux HAL drives what the section names; the host's edge pump shares its words.
    const sab = ctx.interrupt.buffer;
    const edges = sab instanceof SharedArrayBuffer && sab.byteLength >= SHARED_SIZE
      ? new Int32Array(sab, HAL_SHARED_OFFSET, EDGE_WORDS)
      : undefined;
    const hal = createLinuxHal(ctx.hal, opts.linux, libcSys(), edges);
    ctx.hal = hal;
    setIrqSource(() => hal.drainEvents());
  }
  setHeartbeat(true); // the LED blinks from boot, as the firmware starts it
  if (opts.heapSize) ctx.config.heapSize = opts.heapSize;
  if (opts.host) Object.assign(ctx.host, opts.host);
  const vfs = new VirtualFs();
  if (opts.flashDir) vfs.mount("/flash", opts.flashDir);
  for (const [point, dir] of Object.entries(opts.mounts ?? {})) vfs.mount(point, dir);
  ctx.state.vfs = vfs;
  ctx.state.cwd = opts.cwd ?? (opts.flashDir ? "/flash" : "/");
  sysState.argv = opts.argv ?? [];
  ctx.modules = null;
  initModules();
  const sys = importName("sys", true, newMainModule());
  if (opts.extraPath?.length) {
    const p = sys.$d.path as PyList;
    p.a.push(...opts.extraPath);
  }
}

/** Runs source as the __main__ module; prints an uncaught exception like MicroPython. */
export function runMain(src: string, filename: string, printErr = ctx.host.writeErr): RunResult {
  const g = newMainModule(filename);
  try {
    compileSource(src, filename, "exec")(g);
    return { status: 0 };
  } catch (e) {
    return handleUncaught(e, printErr);
  }
}

/** Maps an uncaught exception to an exit status (SystemExit) or prints its traceback. */
export function handleUncaught(e: unknown, printErr: (s: string) => void): RunResult {
  const pe = toPyException(e);
  if (isInstanceExc(pe, SystemExit)) {
    const a = pe.args.a;
    const code: PyObj = a.length ? a[0] : None;
    if (code === None) return { status: 0 };
    if (typeof code === "number") return { status: code & 0xff };
    if (typeof code === "boolean") return { status: code ? 1 : 0 };
    printErr(str(code) + "\n");
    return { status: 1 };
  }
  printErr(formatException(pe));
  return { status: 1 };
}

// help() as the WiPy prints it; input() reads a line from the board's stdin.
builtinHooks.help ??= (obj?: PyObj) => help(obj);
builtinHooks.input ??= (prompt?: PyObj) => {
  const l = ctx.host.readLine(prompt === undefined ? "" : str(prompt));
  if (l === null) throw exc(EOFError);
  return l;
};

/** How the board boots (`wipy repl`, `wipy daemon`). */
export interface BootOptions {
  /** Skip boot.py and main.py (the WiPy's safe boot). */
  safeBoot?: boolean;
  /** The REPL mode to start in (a soft reset keeps the mode it happened in). */
  mode?: "friendly" | "raw";
  /** This boot follows a soft reset (not a power-up). */
  softReset?: boolean;
  /** `wipy -i`: run this program in `__main__` instead of boot.py/main.py, then the REPL. */
  script?: { src: string; filename: string };
}

/** Makes sure `/flash` holds boot.py, main.py and the sys/lib/cert folders, as the firmware does. */
export function prepareFlash(): void {
  const vfs = ctx.state.vfs as VirtualFs;
  if (!vfs.hostDirOf("/flash")) return;
  const enc = new TextEncoder();
  for (const d of DEFAULT_FLASH_DIRS) {
    if (!vfs.isDir(`/flash/${d}`)) {
      try {
        vfs.mkdir(`/flash/${d}`);
      } catch { /* a file of that name: leave it */ }
    }
  }
  if (!vfs.isFile("/flash/main.py") && !vfs.isDir("/flash/main.py")) {
    vfs.writeFileAtomic("/flash/main.py", enc.encode(DEFAULT_MAIN_PY));
  }
  if (!vfs.isFile("/flash/boot.py") && !vfs.isDir("/flash/boot.py")) {
    vfs.writeFileAtomic("/flash/boot.py", enc.encode(DEFAULT_BOOT_PY));
  }
}

/**
 * Boots a set-up board the way the WiPy does and runs its REPL on `term`: Python output is
 * cooked (`\n` → `\r\n`) onto the terminal, `/flash` gets its default files, boot.py runs,
 * then main.py (or the file `machine.main()` chose, read from `ctx.state.mainPy`) unless the
 * REPL is in raw mode, then the REPL. Prints `PYB: soft reboot` when it ends in a soft reset;
 * the caller then boots a fresh board.
 */
export function bootBoard(term: ReplTerminal, opts: BootOptions = {}): ReplOutcome {
  const cooked = (s: string) => term.write(s.includes("\n") ? s.replace(/\n/g, "\r\n") : s);
  const repl = new Repl(term);
  Object.assign(ctx.host, {
    writeOut: cooked,
    writeErr: cooked,
    readLine: (prompt: string) => repl.inputLine(prompt),
  });
  ctx.state.cwd = "/flash";
  if (opts.script) {
    // The program's folder is not a board's flash: no default files, no boot.py/main.py;
    // after a soft reset the REPL starts clean.
    newMainModule(opts.script.filename);
    if (!opts.softReset) repl.execute(opts.script.src, opts.script.filename, "exec");
    return finish(repl.run(opts.mode ?? "friendly"));
  }
  prepareFlash();
  newMainModule();
  const mode = opts.mode ?? "friendly";
  if (!opts.safeBoot) {
    // sys.exit() in boot.py or main.py soft-resets the board (documentation, 3.5).
    if (repl.execFile("boot.py") === "exit") return finish({ kind: "softreset", mode });
    if (mode === "friendly" && repl.execFile(String(ctx.state.mainPy ?? "main.py")) === "exit") {
      return finish({ kind: "softreset", mode });
    }
  }
  return finish(repl.run(mode));

  function finish(out: ReplOutcome): ReplOutcome {
    if (out.kind === "softreset") cooked(SOFT_REBOOT.replace("\r\n", "\n"));
    return out;
  }
}
