/**
 * Test helper: runs `./wipy repl|daemon` as a child process with its stdin a pipe (or a
 * pseudo-terminal through `tests/pty_bridge.py`) and waits for output byte patterns.
 * Output is kept as a binary string (one char per byte) so tests compare bytes exactly.
 */

import { bin, bytes } from "./_bytes.ts";

const ROOT = new URL("..", import.meta.url).pathname;

/** True when python3 (with its pty module) can bridge a pseudo-terminal. */
export const HAS_PTY = (() => {
  try {
    const r = new Deno.Command("python3", { args: ["-c", "import pty"], stderr: "null" })
      .outputSync();
    return r.success;
  } catch {
    return false;
  }
})();

export const BANNER = "MicroPython v1.8.3 on 2016-08-09; WiPy with CC3200\r\n" +
  'Type "help()" for more information.\r\n';

/** A running `wipy` board process. */
export class BoardProc {
  out = "";
  /** Where the next `expect` starts looking. */
  mark = 0;
  private child: Deno.ChildProcess;
  private writer: WritableStreamDefaultWriter<Uint8Array> | null;
  private waiters: (() => void)[] = [];
  private reading: Promise<void>;
  flash: string;

  constructor(
    args: string[],
    opts: { pty?: boolean; flash?: string; stdin?: "piped" | "null" } = {},
  ) {
    this.flash = opts.flash ?? Deno.makeTempDirSync({ prefix: "wipy-flash-" });
    const wipy = [`${ROOT}wipy`, ...args, "--flash", this.flash];
    const stdin = opts.stdin ?? "piped";
    const child = new Deno.Command(opts.pty ? "python3" : wipy[0], {
      args: opts.pty ? [`${ROOT}tests/pty_bridge.py`, ...wipy] : wipy.slice(1),
      stdin,
      stdout: "piped",
      stderr: "piped",
      cwd: ROOT,
    }).spawn();
    this.child = child;
    this.writer = stdin === "piped" ? this.child.stdin.getWriter() : null;
    this.reading = (async () => {
      for await (const chunk of child.stdout) {
        this.out += bin(chunk);
        for (const w of this.waiters.splice(0)) w();
      }
      for (const w of this.waiters.splice(0)) w();
    })();
  }

  /** Sends a binary string or bytes. */
  async send(s: string | Uint8Array): Promise<void> {
    await this.writer!.write(typeof s === "string" ? bytes(s) : s);
  }

  /** Waits until `pattern` appears after the mark; returns the output up to it. */
  async expect(pattern: string, timeoutMs = 8000): Promise<string> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const i = this.out.indexOf(pattern, this.mark);
      if (i >= 0) {
        const s = this.out.slice(this.mark, i + pattern.length);
        this.mark = i + pattern.length;
        return s;
      }
      const left = end - Date.now();
      if (left <= 0) {
        throw new Error(
          `timed out waiting for ${JSON.stringify(pattern)}; got ${
            JSON.stringify(this.out.slice(this.mark))
          }`,
        );
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      await new Promise<void>((r) => {
        this.waiters.push(r);
        timer = setTimeout(r, Math.min(left, 200));
      });
      clearTimeout(timer);
    }
  }

  /** Waits for the first prompt after the banner. */
  async ready(): Promise<string> {
    return await this.expect(">>> ");
  }

  /** Closes stdin and waits for the process; returns its exit code. */
  async close(): Promise<number> {
    try {
      await this.writer?.close();
    } catch { /* already closed */ }
    const st = await this.child.status;
    await this.reading;
    await this.child.stderr.cancel();
    return st.code;
  }

  kill(sig: Deno.Signal = "SIGTERM"): void {
    this.child.kill(sig);
  }

  /** Removes the flash folder. */
  cleanup(): void {
    try {
      Deno.removeSync(this.flash, { recursive: true });
    } catch { /* gone */ }
  }
}

/** Runs a test body against a fresh `wipy repl`, closing it afterwards. */
export async function withRepl(
  body: (p: BoardProc) => Promise<void>,
  opts: { pty?: boolean; args?: string[]; files?: Record<string, string> } = {},
): Promise<void> {
  const flash = Deno.makeTempDirSync({ prefix: "wipy-flash-" });
  for (const [name, text] of Object.entries(opts.files ?? {})) {
    Deno.writeTextFileSync(`${flash}/${name}`, text);
  }
  const p = new BoardProc(["repl", ...(opts.args ?? [])], { pty: opts.pty, flash });
  try {
    await body(p);
  } finally {
    if (opts.pty) await p.send("\x1d").catch(() => {});
    await p.close();
    p.cleanup();
  }
}
