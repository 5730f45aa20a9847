/**
 * The host terminal for `wipy repl`/`wipy daemon`: raw mode on stdin when it is a terminal
 * (one read per keystroke, no local echo, Ctrl-C arrives as byte 0x03 instead of SIGINT),
 * restored on every way out, and a pump that hands stdin's bytes to the board.
 */

/** Ctrl-] and Ctrl-X end `wipy repl` on a terminal (as in mpremote); the board never sees them. */
export const EXIT_KEYS = [0x1d, 0x18];

let rawActive = false;
const signalHandlers: [Deno.Signal, () => void][] = [];

/**
 * Turns off output post-processing (OPOST) on stdin's terminal, which `setRaw` leaves on,
 * so the board's `\r\n` reaches the terminal as it is (not `\r\r\n`). Linux only, through
 * libc's tcgetattr/tcsetattr (`setRaw(false)` later restores the saved settings); elsewhere
 * or without FFI permission it does nothing, which only costs an invisible extra `\r`.
 */
function disableOutputProcessing(): void {
  if (Deno.build.os !== "linux") return;
  try {
    const libc = Deno.dlopen("libc.so.6", {
      tcgetattr: { parameters: ["i32", "buffer"], result: "i32" },
      tcsetattr: { parameters: ["i32", "i32", "buffer"], result: "i32" },
    });
    // struct termios: c_iflag, c_oflag, c_cflag, c_lflag (u32 each), c_line, c_cc[32], speeds
    const t = new Uint8Array(64);
    if (libc.symbols.tcgetattr(0, t) === 0) {
      const v = new DataView(t.buffer);
      v.setUint32(4, v.getUint32(4, true) & ~1, true); // OPOST
      libc.symbols.tcsetattr(0, 0, t); // TCSANOW
    }
    libc.close();
  } catch { /* no FFI: keep OPOST */ }
}

/** Puts stdin in raw mode if it is a terminal; returns whether it did. */
export function enterRawMode(): boolean {
  if (rawActive) return true;
  if (!Deno.stdin.isTerminal()) return false;
  Deno.stdin.setRaw(true);
  disableOutputProcessing();
  rawActive = true;
  globalThis.addEventListener("unload", restoreTerminal);
  for (const sig of ["SIGTERM", "SIGHUP"] as Deno.Signal[]) {
    const h = () => {
      restoreTerminal();
      Deno.exit(sig === "SIGTERM" ? 143 : 129);
    };
    try {
      Deno.addSignalListener(sig, h);
      signalHandlers.push([sig, h]);
    } catch { /* signal not supported here */ }
  }
  return true;
}

/** Leaves raw mode (safe to call more than once). */
export function restoreTerminal(): void {
  if (!rawActive) return;
  rawActive = false;
  try {
    Deno.stdin.setRaw(false);
  } catch { /* stdin already gone */ }
  for (const [sig, h] of signalHandlers.splice(0)) {
    try {
      Deno.removeSignalListener(sig, h);
    } catch { /* ignore */ }
  }
  globalThis.removeEventListener("unload", restoreTerminal);
}

/**
 * Reads stdin until it ends, passing each chunk to `onData`; calls `onEnd` at end of
 * input. With `exitKeys`, a chunk holding one of them calls `onExitKey` instead (the bytes
 * before it are still delivered).
 */
export async function pumpStdin(
  onData: (data: Uint8Array) => void,
  onEnd: () => void,
  exitKeys: number[] = [],
  onExitKey: () => void = () => {},
): Promise<void> {
  const buf = new Uint8Array(4096);
  for (;;) {
    let n: number | null;
    try {
      n = await Deno.stdin.read(buf);
    } catch {
      n = null;
    }
    if (n === null) break;
    const chunk = buf.slice(0, n);
    const k = exitKeys.length ? chunk.findIndex((b) => exitKeys.includes(b)) : -1;
    if (k >= 0) {
      if (k > 0) onData(chunk.subarray(0, k));
      onExitKey();
      return;
    }
    onData(chunk);
  }
  onEnd();
}
