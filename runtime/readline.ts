/**
 * The REPL's line editor, as MicroPython's `mp-readline` behaves in the WiPy build
 * (auto-indent on, Emacs keys off, 8 history entries): VT100 cursor movement, backspace that
 * removes a whole indent level, history on the arrow keys, tab completion, and control keys
 * handed back to the caller (Ctrl-A/B/D/E on an empty line, Ctrl-C always).
 *
 * It works on any byte stream (`Terminal`): a pipe, a pseudo-terminal or a telnet session.
 * Beyond the firmware: UTF-8 input is accepted (the firmware drops bytes above 126), and a
 * lone LF ends a line like CR does (a CR LF pair counts once), so pipes can drive it.
 */

/** A byte stream the REPL talks to. */
export interface Terminal {
  /** Next input byte, blocking; null at end of input. */
  readByte(): number | null;
  /** Writes text (UTF-8) or raw bytes as they are: no newline translation. */
  write(s: string | Uint8Array): void;
}

export const CTRL_A = 1;
export const CTRL_B = 2;
export const CTRL_C = 3;
export const CTRL_D = 4;
export const CTRL_E = 5;
const BS = 8;
const TAB = 9;
const LF = 10;
const CR = 13;
const ESC = 27;
const DEL = 127;

/** History length (`readline_hist[8]` in the WiPy's port config). */
export const HISTORY_SIZE = 8;

/** What `readline` returns: Enter (`ctrl` 0), a control key, or end of input (-1). */
export interface ReadResult {
  /** The line typed (after the prompt, auto-indent included). */
  line: string;
  /** 0 for Enter, a control code (Ctrl-A..E, Ctrl-C), or -1 at end of input. */
  ctrl: number;
}

/** Tab completion: what to insert, or a list of candidates to print. */
export type Completer = (text: string) => { insert: string } | { list: string[] } | null;

/**
 * How many spaces the next continuation line starts with, given the statement typed so
 * far (ending in a newline): the previous line's indent, one level more after a `:`, none
 * once the two previous lines were blank (that is how a compound statement is finished).
 */
export function autoIndent(buf: string): number {
  const len = buf.length;
  if (!(len > 1 && buf[len - 1] === "\n")) return 0;
  let i = len - 1;
  while (i > 0 && buf[i - 1] !== "\n") i--;
  let j = i;
  while (j < len && buf[j] === " ") j++;
  // i: start of the previous line; j: its first non-space
  if (i > 0 && j + 1 === len) {
    // the previous line is blank: no indent if the one before it is blank too
    for (let k = i - 1; k > 0; --k) {
      if (buf[k - 1] === "\n") return 0;
      if (buf[k - 1] !== " ") break;
    }
  }
  let n = Math.floor((j - i) / 4);
  if (buf[len - 2] === ":") n += 1;
  return n * 4;
}

/**
 * Whether the REPL should read another line before compiling (MicroPython's
 * `mp_repl_continue_with_input`): a compound statement not yet ended by an empty line,
 * open brackets, an open triple-quoted string, or a trailing backslash.
 */
export function continueWithInput(input: string): boolean {
  if (input.length === 0) return false;
  const compound = input[0] === "@" ||
    /^(if|while|for|try|with|def|class|async)(?![A-Za-z0-9_])/.test(input);
  let paren = 0, brack = 0, brace = 0;
  // 0 none, 1 ', 2 ", 3 ''', 4 """
  let q = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === "'") {
      if ((q === 0 || q === 3) && input[i + 1] === "'" && input[i + 2] === "'") {
        i += 2;
        q = 3 - q;
      } else if (q === 0 || q === 1) q = 1 - q;
    } else if (c === '"') {
      if ((q === 0 || q === 4) && input[i + 1] === '"' && input[i + 2] === '"') {
        i += 2;
        q = 4 - q;
      } else if (q === 0 || q === 2) q = 2 - q;
    } else if (
      c === "\\" && (input[i + 1] === "'" || input[i + 1] === '"' || input[i + 1] === "\\")
    ) {
      if (q !== 0) i++;
    } else if (q === 0) {
      if (c === "(") paren++;
      else if (c === ")") paren--;
      else if (c === "[") brack++;
      else if (c === "]") brack--;
      else if (c === "{") brace++;
      else if (c === "}") brace--;
    }
  }
  if (q === 3 || q === 4) return true;
  if ((paren > 0 || brack > 0 || brace > 0) && q === 0) return true;
  const last = input[input.length - 1];
  if (last === "\\") return true;
  return compound && last !== "\n";
}

/** Lays out completion candidates as MicroPython does: 16-column slots, 64 columns a line. */
export function formatCandidates(names: string[]): string {
  const SLOT = 16, MAX = 64;
  let out = "";
  let lineLen = MAX; // forces a newline before the first word
  for (const name of names) {
    let gap = Math.ceil(lineLen / SLOT) * SLOT - lineLen;
    if (gap < 2) gap += SLOT;
    if (lineLen + gap + name.length <= MAX) {
      out += " ".repeat(gap) + name;
      lineLen += gap + name.length;
    } else {
      out += "\r\n" + name;
      lineLen = name.length;
    }
  }
  return out + "\r\n";
}

/** Moves the cursor back `n` columns. */
function back(n: number): string {
  if (n <= 0) return "";
  return n <= 4 ? "\b".repeat(n) : `\x1b[${n}D`;
}

/** The line editor; one per REPL (the history lives here). */
export class Readline {
  /** Most recent first. */
  history: string[] = [];
  /** The previous byte ended a line with CR (a following LF is swallowed). */
  private afterCR = false;
  private utf8: number[] = [];
  private utf8Need = 0;

  constructor(public term: Terminal, public completer?: Completer) {}

  /** Reads one byte, folding CR LF into CR and a lone LF into CR. */
  readKey(): number | null {
    for (;;) {
      const c = this.term.readByte();
      if (c === null) return null;
      if (c === LF) {
        if (this.afterCR) {
          this.afterCR = false;
          continue;
        }
        return CR;
      }
      this.afterCR = c === CR;
      return c;
    }
  }

  /** Forgets a pending CR (used when the next byte belongs to another reader). */
  resetLineEnd(): void {
    this.afterCR = false;
  }

  private pushHistory(line: string): void {
    if (line !== "" && this.history[0] !== line) {
      this.history.unshift(line);
      if (this.history.length > HISTORY_SIZE) this.history.length = HISTORY_SIZE;
    }
  }

  /**
   * Prints `prompt` and reads a line with editing. `stmt` is the statement typed so far
   * (ending in a newline on continuation lines), used for auto-indent.
   */
  readline(prompt: string, stmt = ""): ReadResult {
    const t = this.term;
    t.write(prompt);
    // The line as code points; the cursor counts code points.
    const line: string[] = [];
    let cursor = 0;
    const indent = autoIndent(stmt);
    if (indent) {
      line.push(...(" ".repeat(indent)));
      cursor = indent;
      t.write(" ".repeat(indent));
    }
    let histCur = -1;
    let esc = 0; // 0 none, 1 ESC, 2 ESC [, 3 ESC [ digit, 4 ESC O
    let escDigit = "";
    this.utf8 = [];
    this.utf8Need = 0;
    for (;;) {
      const c = this.readKey();
      if (c === null) return { line: line.join(""), ctrl: -1 };
      const lastLen = line.length;
      let stepBack = 0;
      let redraw = false;
      let stepForward = 0;
      let action = "";
      if (esc === 0) {
        if (c >= CTRL_A && c <= CTRL_E && line.length === 0) {
          return { line: "", ctrl: c };
        } else if (c === CTRL_A) action = "home";
        else if (c === CTRL_C) return { line: line.join(""), ctrl: CTRL_C };
        else if (c === CTRL_E) action = "end";
        else if (c === CR) {
          t.write("\r\n");
          const s = line.join("");
          this.pushHistory(s);
          return { line: s, ctrl: 0 };
        } else if (c === ESC) esc = 1;
        else if (c === BS || c === DEL) {
          if (cursor > 0) {
            let n = 0;
            for (let i = 0; i < cursor; i++) {
              if (line[i] !== " ") {
                n = 0;
                break;
              }
              n++;
            }
            n = n < 4 ? 1 : 4;
            line.splice(cursor - n, n);
            stepBack = n;
            redraw = true;
          }
        } else if (c === TAB) {
          const r = this.completer?.(line.slice(0, cursor).join("")) ?? null;
          if (r && "insert" in r && r.insert.length) {
            const ins = [...r.insert];
            line.splice(cursor, 0, ...ins);
            redraw = true;
            stepForward = ins.length;
          } else if (r && "list" in r) {
            t.write(formatCandidates(r.list));
            t.write(prompt + line.slice(0, cursor).join(""));
            redraw = true;
          }
        } else if (c >= 32 && c <= 126) {
          line.splice(cursor, 0, String.fromCharCode(c));
          redraw = true;
          stepForward = 1;
        } else if (c >= 0x80) {
          const ch = this.utf8Byte(c);
          if (ch !== null) {
            line.splice(cursor, 0, ch);
            redraw = true;
            stepForward = 1;
          }
        }
      } else if (esc === 1) {
        esc = c === 0x5b ? 2 : c === 0x4f ? 4 : 0;
      } else if (esc === 2) {
        if (c >= 0x30 && c <= 0x39) {
          esc = 3;
          escDigit = String.fromCharCode(c);
        } else {
          esc = 0;
          if (c === 0x41) action = "up";
          else if (c === 0x42) action = "down";
          else if (c === 0x43) action = "right";
          else if (c === 0x44) action = "left";
          else if (c === 0x48) action = "home";
          else if (c === 0x46) action = "end";
        }
      } else if (esc === 3) {
        if (c === 0x7e) {
          if (escDigit === "1" || escDigit === "7") action = "home";
          else if (escDigit === "4" || escDigit === "8") action = "end";
          else if (escDigit === "3") action = "delete";
        }
        esc = 0;
      } else {
        if (c === 0x48) action = "home";
        else if (c === 0x46) action = "end";
        esc = 0;
      }

      switch (action) {
        case "home":
          stepBack = cursor;
          break;
        case "end":
          stepForward = line.length - cursor;
          break;
        case "left":
          if (cursor > 0) stepBack = 1;
          break;
        case "right":
          if (cursor < line.length) stepForward = 1;
          break;
        case "delete":
          if (cursor < line.length) {
            line.splice(cursor, 1);
            redraw = true;
          }
          break;
        case "up":
          if (histCur + 1 < HISTORY_SIZE && this.history[histCur + 1] !== undefined) {
            histCur++;
            line.length = 0;
            line.push(...this.history[histCur]);
            stepBack = cursor;
            redraw = true;
            stepForward = line.length;
          }
          break;
        case "down":
          if (histCur >= 0) {
            histCur--;
            line.length = 0;
            if (histCur >= 0) line.push(...this.history[histCur]);
            stepBack = cursor;
            redraw = true;
            stepForward = line.length;
          }
          break;
      }

      // redraw the line from the cursor, as readline.c does
      let out = "";
      if (stepBack > 0) {
        out += back(stepBack);
        cursor -= stepBack;
      }
      if (redraw) {
        if (line.length < lastLen) out += "\x1b[K";
        out += line.slice(cursor).join("");
        out += back(line.length - (cursor + stepForward));
        cursor += stepForward;
      } else if (stepForward > 0) {
        out += line.slice(cursor, cursor + stepForward).join("");
        cursor += stepForward;
      }
      if (out) t.write(out);
    }
  }

  /** Collects a UTF-8 sequence; returns the character once complete. */
  private utf8Byte(c: number): string | null {
    if (this.utf8Need === 0) {
      const need = c >= 0xf0 && c < 0xf8 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : -1;
      if (need < 0 || c >= 0xf8) return null;
      this.utf8 = [c];
      this.utf8Need = need;
      return null;
    }
    if ((c & 0xc0) !== 0x80) {
      this.utf8Need = 0;
      return null;
    }
    this.utf8.push(c);
    if (--this.utf8Need > 0) return null;
    return new TextDecoder().decode(new Uint8Array(this.utf8));
  }
}
