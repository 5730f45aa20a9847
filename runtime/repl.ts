/**
 * The REPL as the WiPy's firmware runs it (`pyexec.c` of MicroPython 1.8.3): the friendly
 * REPL (banner, `>>> `/`... ` prompts, auto-indent, editing, history, tab completion, Ctrl-C
 * cancels, Ctrl-D soft-resets, Ctrl-E paste mode), the raw REPL that `pyboard.py` drives
 * (Ctrl-A; code, Ctrl-D → `OK`, output, `\x04`, error, `\x04`, `>`) and raw-paste mode as
 * `mpremote` uses it (`\x05A\x01` → `R\x01`, window size, `\x01` flow control).
 *
 * It reads bytes from any `ReplTerminal` (a Worker's host link over stdin, later telnet)
 * and writes bytes back; Python's own output goes through `ctx.host.writeOut`, which the
 * board cooks (`\n` → `\r\n`) as the firmware does.
 */

// deno-lint-ignore-file no-explicit-any
import { ctx } from "./context.ts";
import { compileSource, formatException } from "./interp.ts";
import { exc, isInstanceExc, KeyboardInterrupt, SystemExit, toPyException } from "./errors.ts";
import { None, type PyObj, PyType } from "./object.ts";
import { PyModule } from "./objobject.ts";
import { str, typeName, typeOf } from "./ops.ts";
import { normalizePath } from "../hal/vfs.ts";
import {
  continueWithInput,
  CTRL_A,
  CTRL_B,
  CTRL_C,
  CTRL_D,
  CTRL_E,
  Readline,
  type Terminal,
} from "./readline.ts";

/** A terminal the REPL can also arm for Ctrl-C while Python code runs. */
export interface ReplTerminal extends Terminal {
  /**
   * Called with true just before Python code runs (a Ctrl-C arriving then raises
   * KeyboardInterrupt instead of being read) and with false when it stops.
   */
  setInterruptChar(on: boolean): void;
}

/** The friendly REPL's banner (MicroPython 1.8.3 as built for the WiPy). */
export const BANNER = "MicroPython v1.8.3 on 2016-08-09; WiPy with CC3200\r\n" +
  'Type "help()" for more information.\r\n';
/** The raw REPL's greeting. */
export const RAW_BANNER = "raw REPL; CTRL-B to exit\r\n";
/** Printed when the board soft-resets. */
export const SOFT_REBOOT = "PYB: soft reboot\r\n";
/** Raw-paste flow-control window (bytes). */
export const RAW_PASTE_WINDOW = 128;

/** What `help()` prints (the WiPy's `help.c`). */
export const HELP_TEXT = "Welcome to MicroPython!\n" +
  "For online help please visit http://micropython.org/help/.\n" +
  "For further help on a specific object, type help(obj)\n";

/** How a REPL session ended. */
export type ReplOutcome =
  | { kind: "softreset"; mode: "friendly" | "raw" }
  | { kind: "eof" };

/** Result of running one piece of code. */
type ExecResult = "ok" | "error" | "exit";

class ByteBuf {
  b = new Uint8Array(256);
  n = 0;
  push(c: number): void {
    if (this.n === this.b.length) {
      const nb = new Uint8Array(this.b.length * 2);
      nb.set(this.b);
      this.b = nb;
    }
    this.b[this.n++] = c;
  }
  text(): string {
    return new TextDecoder().decode(this.b.subarray(0, this.n));
  }
}

/** The `__main__` module's globals (shared by boot.py, main.py and the REPL). */
function mainGlobals(): Record<string, PyObj> {
  return ctx.modules.lookup("__main__").$d;
}

function isHidden(k: string): boolean {
  return k.charCodeAt(0) === 36 || k === "constructor";
}

function protoNames(p: any, own = false): string[] {
  const out: string[] = [];
  for (; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const k of Object.getOwnPropertyNames(p)) if (!isHidden(k)) out.push(k);
    if (own) break;
  }
  return out;
}

/** The attribute names completion and help() list for an object. */
function attrNames(o: PyObj, own = false): string[] {
  if (o instanceof PyModule) return Object.keys(o.$d).filter((k) => !isHidden(k));
  if (o instanceof PyType) return protoNames(o.$p, own);
  const inst = o !== null && typeof o === "object" && o.$d && !own
    ? Object.keys(o.$d).filter((k) => !isHidden(k))
    : [];
  return [...inst, ...protoNames(typeOf(o).$p, own)];
}

/** An attribute as stored (no properties run), as MicroPython's completer looks it up. */
function peekAttr(o: PyObj, name: string): PyObj {
  if (isHidden(name)) return undefined;
  if (o instanceof PyModule) return Object.hasOwn(o.$d, name) ? o.$d[name] : undefined;
  if (o instanceof PyType) return o.$p[name];
  if (o !== null && typeof o === "object" && o.$d && Object.hasOwn(o.$d, name)) return o.$d[name];
  return typeOf(o).$p[name];
}

/** Tab completion over `__main__`'s globals and builtins, then attributes along `a.b.c`. */
export function complete(text: string): { insert: string } | { list: string[] } | null {
  let s = text.length;
  while (s > 0 && /[A-Za-z0-9_.]/.test(text[s - 1])) s--;
  const parts = text.slice(s).split(".");
  const word = parts.pop()!;
  let names: string[];
  try {
    if (parts.length === 0) {
      const g = mainGlobals();
      names = [...Object.keys(g), ...Object.keys(Object.getPrototypeOf(g) ?? {})]
        .filter((k) => !isHidden(k));
    } else {
      let o: PyObj = mainGlobals()[parts[0]];
      for (let i = 1; o !== undefined && i < parts.length; i++) o = peekAttr(o, parts[i]);
      if (o === undefined || parts[0] === "") return null;
      names = attrNames(o);
    }
  } catch {
    return null;
  }
  const matches = [...new Set(names.filter((n) => n.startsWith(word)))];
  if (matches.length === 0) return null;
  let prefix = matches[0];
  for (const m of matches) while (!m.startsWith(prefix)) prefix = prefix.slice(0, -1);
  if (matches.length === 1 || prefix.length > word.length) {
    return { insert: prefix.slice(word.length) };
  }
  return { list: matches };
}

/** `help()` and `help(obj)` as the WiPy prints them. */
export function help(obj?: PyObj): PyObj {
  const out = (s: string) => ctx.host.writeOut(s);
  if (obj === undefined) {
    out(HELP_TEXT);
    return None;
  }
  out(`object ${str(obj)} is of type ${typeName(obj)}\n`);
  const src = obj instanceof PyModule ? obj.$d : obj instanceof PyType ? obj.$p : typeOf(obj).$p;
  // As the firmware: a module's globals, a class's own dict, or the object's class's dict;
  // builtin functions and bound methods have none to show.
  if (typeof obj === "function" || typeOf(obj).$name === "bound_method") return None;
  for (const k of attrNames(obj, true)) {
    let v: string;
    try {
      v = str(src[k]);
    } catch {
      v = "?";
    }
    out(`  ${k} -- ${v}\n`);
  }
  return None;
}

/** One REPL session on a terminal; `run` returns when it soft-resets or input ends. */
export class Repl {
  rl: Readline;

  constructor(public term: ReplTerminal) {
    this.rl = new Readline(term, complete);
  }

  private write(s: string | Uint8Array): void {
    this.term.write(s);
  }

  /** Compiles and runs code in `__main__`, printing errors; `printEOF` frames as raw REPL. */
  execute(src: string, filename: string, mode: "single" | "exec", printEOF = false): ExecResult {
    let code: (g: Record<string, PyObj>) => PyObj;
    try {
      code = compileSource(src, filename, mode);
    } catch (e) {
      return this.failed(e, printEOF);
    }
    this.term.setInterruptChar(true);
    try {
      code(mainGlobals());
    } catch (e) {
      this.term.setInterruptChar(false);
      return this.failed(e, printEOF);
    }
    this.term.setInterruptChar(false);
    if (printEOF) this.write("\x04\x04");
    return "ok";
  }

  private failed(e: unknown, printEOF: boolean): ExecResult {
    if (printEOF) this.write("\x04");
    const pe = toPyException(e);
    let r: ExecResult = "error";
    if (isInstanceExc(pe, SystemExit)) r = "exit";
    else ctx.host.writeOut(formatException(pe));
    if (printEOF) this.write("\x04");
    return r;
  }

  /** Runs a file from the current folder as the firmware's `pyexec_file` does. */
  execFile(name: string): ExecResult {
    let src: string;
    try {
      src = new TextDecoder().decode(ctx.state.vfs.readFile(normalizePath(name, ctx.state.cwd)));
    } catch {
      ctx.host.writeOut(`could not find file '${name}'\n`);
      return "error";
    }
    return this.execute(src, name, "exec");
  }

  /** `input()` on the board: readline with an empty prompt after the printed one. */
  inputLine(prompt: string): string | null {
    if (prompt) ctx.host.writeOut(prompt);
    const r = this.rl.readline("");
    if (r.ctrl === CTRL_C) throw exc(KeyboardInterrupt);
    if ((r.ctrl === CTRL_D || r.ctrl === -1) && r.line === "") return null;
    return r.line;
  }

  /** Runs the REPL, starting in `mode`, until a soft reset or the end of input. */
  run(mode: "friendly" | "raw" = "friendly"): ReplOutcome {
    for (;;) {
      const r = mode === "raw" ? this.raw() : this.friendly();
      this.rl.resetLineEnd();
      if (r === "raw" || r === "friendly") mode = r;
      else return r;
    }
  }

  private friendly(): ReplOutcome | "raw" {
    this.write(BANNER);
    for (;;) {
      const r = this.rl.readline(">>> ");
      let src: string;
      let mode: "single" | "exec" = "single";
      if (r.ctrl === -1) return { kind: "eof" };
      if (r.ctrl === CTRL_A) {
        this.write("\r\n");
        return "raw";
      } else if (r.ctrl === CTRL_B) {
        this.write("\r\n");
        this.write(BANNER);
        continue;
      } else if (r.ctrl === CTRL_C) {
        this.write("\r\n");
        continue;
      } else if (r.ctrl === CTRL_D) {
        this.write("\r\n");
        return { kind: "softreset", mode: "friendly" };
      } else if (r.ctrl === CTRL_E) {
        const p = this.paste();
        if (p === null) continue;
        src = p;
        mode = "exec";
      } else if (r.line.length === 0) {
        continue;
      } else {
        src = r.line;
        let cancelled = false;
        while (continueWithInput(src)) {
          src += "\n";
          const c = this.rl.readline("... ", src);
          if (c.ctrl === CTRL_C) {
            this.write("\r\n");
            cancelled = true;
            break;
          }
          if (c.ctrl === CTRL_D || c.ctrl === -1) break;
          src += c.line;
        }
        if (cancelled) continue;
      }
      if (this.execute(src, "<stdin>", mode) === "exit") {
        // `raise SystemExit` at the REPL soft-resets the board (REPL documentation).
        return { kind: "softreset", mode: "friendly" };
      }
    }
  }

  /** Paste mode: echo everything, `=== ` after each line; Ctrl-D compiles it as a file. */
  private paste(): string | null {
    this.write("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
    const buf = new ByteBuf();
    for (;;) {
      const c = this.rl.readKey();
      if (c === null || c === CTRL_D) {
        this.write("\r\n");
        break;
      }
      if (c === CTRL_C) {
        this.write("\r\n");
        return null;
      }
      if (c === 13) {
        buf.push(10);
        this.write("\r\n=== ");
      } else {
        buf.push(c);
        this.write(Uint8Array.of(c));
      }
    }
    return buf.text();
  }

  private raw(): ReplOutcome | "friendly" {
    this.write(RAW_BANNER);
    for (;;) {
      this.write(">");
      const buf = new ByteBuf();
      for (;;) {
        const c = this.term.readByte();
        if (c === null) return { kind: "eof" };
        if (c === CTRL_A) {
          if (buf.n === 2 && buf.b[0] === CTRL_E) {
            if (this.rawPaste(buf.b[1]) === "exit") return { kind: "softreset", mode: "raw" };
            buf.n = 0;
            this.write(">");
            continue;
          }
          this.write(RAW_BANNER + ">");
          buf.n = 0;
        } else if (c === CTRL_B) {
          this.write("\r\n");
          return "friendly";
        } else if (c === CTRL_C) {
          buf.n = 0;
        } else if (c === CTRL_D) {
          break;
        } else {
          buf.push(c);
        }
      }
      this.write("OK");
      if (buf.n === 0) {
        this.write("\r\n");
        return { kind: "softreset", mode: "raw" };
      }
      if (this.execute(buf.text(), "<stdin>", "exec", true) === "exit") {
        // sys.exit() in a script soft-resets the board (documentation, 3.5).
        return { kind: "softreset", mode: "raw" };
      }
    }
  }

  /** Raw-paste mode (`\x05` + command + Ctrl-A inside the raw REPL). */
  private rawPaste(cmd: number): ExecResult {
    if (cmd !== 0x41) {
      this.write(Uint8Array.of(0x52, 0x00));
      return "ok";
    }
    const w = RAW_PASTE_WINDOW;
    this.write(Uint8Array.of(0x52, 0x01, w & 0xff, w >> 8, 0x01));
    let remain = w;
    const buf = new ByteBuf();
    let interrupted = false;
    for (;;) {
      const c = this.term.readByte();
      if (c === null || c === CTRL_C || c === CTRL_D) {
        this.write("\x04");
        interrupted = c === CTRL_C;
        break;
      }
      buf.push(c);
      if (--remain === 0) {
        this.write("\x01");
        remain = w;
      }
    }
    if (interrupted) return this.failed(exc(KeyboardInterrupt), true);
    return this.execute(buf.text(), "<stdin>", "exec", true);
  }
}
