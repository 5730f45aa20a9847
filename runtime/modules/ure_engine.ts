/**
 * The regular-expression engine behind `ure`: a parser for MicroPython's regex subset (re1.5:
 * `.` `[]` `[^]` `^` `$` `?` `*` `+` `??` `*?` `+?` `|` `()` and `\d \D \s \S \w \W`), a
 * backtracking matcher over code units (code points of a str, bytes of a bytes object), the
 * equivalent JS RegExp source for the patterns where V8's engine gives the same answers, and
 * re1.5's `DEBUG` listing.
 *
 * Anything outside the subset that CPython would read differently (`{m,n}`, `(?...)`,
 * back-references, `\b`, `\x41`...) raises `ValueError("Error in regex")` instead of matching
 * something else. Meanings follow re1.5 and CPython: `.` matches any character including
 * newline, `^` only at the start of the subject, `$` only at its very end, the classes are ASCII,
 * and a group inside a repetition keeps the value of the last iteration that set it.
 */

import { runtimeError, valueError } from "../errors.ts";
import { ctx } from "../context.ts";

const N_CHAR = 0;
const N_ANY = 1;
const N_CLASS = 2;
const N_NAMED = 3;
const N_BOL = 4;
const N_EOL = 5;
const N_GROUP = 6;
const N_ALT = 7;
const N_SEQ = 8;
const N_REP = 9;

/** A parsed pattern node. */
export type Node =
  | { k: typeof N_CHAR; c: number }
  | { k: typeof N_ANY }
  | { k: typeof N_CLASS; neg: boolean; ranges: number[] }
  | { k: typeof N_NAMED; c: string }
  | { k: typeof N_BOL }
  | { k: typeof N_EOL }
  | { k: typeof N_GROUP; n: number; body: Node }
  | { k: typeof N_ALT; alts: Node[] }
  | { k: typeof N_SEQ; items: Node[] }
  | { k: typeof N_REP; op: "*" | "+" | "?"; lazy: boolean; body: Node };

/** A validated pattern. */
export interface Parsed {
  root: Node;
  /** Number of capturing groups. */
  groups: number;
  /** The pattern uses `^` (so where the subject begins matters). */
  hasBol: boolean;
  /** V8's RegExp gives exactly this engine's answers for the pattern. */
  jsSafe: boolean;
}

/** MicroPython's error for any pattern it cannot compile. */
export function regexError(): unknown {
  return valueError("Error in regex");
}

const ESCAPED_CONTROLS: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11 };

/** Ranges (inclusive pairs) of a named class, its complement within [0, maxCode] when negated. */
function namedRanges(c: string, maxCode: number): number[] {
  const lower = c.toLowerCase();
  const base = lower === "d"
    ? [48, 57]
    : lower === "s"
    ? [9, 13, 32, 32]
    : [48, 57, 65, 90, 95, 95, 97, 122];
  if (c === lower) return base;
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < base.length; i += 2) {
    if (base[i] > next) out.push(next, base[i] - 1);
    next = base[i + 1] + 1;
  }
  if (next <= maxCode) out.push(next, maxCode);
  return out;
}

/** True when `c` is in named class `name` (d s w, negated when upper-case). */
function namedMatch(name: number, c: number): boolean {
  let r: boolean;
  switch (name | 0x20) {
    case 0x64: // d
      r = c >= 48 && c <= 57;
      break;
    case 0x73: // s
      r = c === 32 || (c >= 9 && c <= 13);
      break;
    default: // w
      r = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  }
  return (name & 0x20) === 0 ? !r : r;
}

/**
 * Parses a pattern given as code units (`maxCode` is 0xff for bytes, 0x10ffff for str).
 * Throws `ValueError("Error in regex")` for anything outside the supported subset.
 */
export function parse(p: ArrayLike<number>, maxCode: number): Parsed {
  const n = p.length;
  let i = 0;
  let groups = 0;
  let hasBol = false;
  const at = (j: number) => (j < n ? p[j] : -1);

  /** `{m}`, `{m,}`, `{,n}`, `{m,n}` at j: counted repetition, which CPython would honour. */
  function isCounted(j: number): boolean {
    if (at(j) !== 0x7b) return false;
    j++;
    let digits = 0;
    while (at(j) >= 0x30 && at(j) <= 0x39) j++, digits++;
    if (at(j) === 0x2c) {
      j++;
      digits++;
      while (at(j) >= 0x30 && at(j) <= 0x39) j++;
    }
    return at(j) === 0x7d && digits > 0;
  }

  /** An escape after a backslash at i: a named class letter or a character code. */
  function escape(): { named?: string; c: number } {
    i++;
    if (i >= n) throw regexError();
    const c = p[i++];
    if (c >= 0x80) return { c };
    const ch = String.fromCharCode(c);
    if ("dDsSwW".includes(ch)) return { named: ch, c };
    const ctl = ESCAPED_CONTROLS[ch];
    if (ctl !== undefined) return { c: ctl };
    // Other letters and digits mean something else to CPython (\b, \x41, \1...): refused.
    if (/[A-Za-z0-9]/.test(ch)) throw regexError();
    return { c };
  }

  function alt(depth: number): Node {
    const alts = [seq(depth)];
    while (at(i) === 0x7c) {
      i++;
      alts.push(seq(depth));
    }
    return alts.length === 1 ? alts[0] : { k: N_ALT, alts };
  }

  function seq(depth: number): Node {
    const items: Node[] = [];
    for (;;) {
      const c = at(i);
      if (c < 0 || c === 0x7c) break;
      if (c === 0x29) {
        if (depth > 0) break;
        throw regexError();
      }
      let a = atom(depth);
      const q = at(i);
      if (q === 0x2a || q === 0x2b || q === 0x3f) {
        if (a.k === N_BOL || a.k === N_EOL) throw regexError(); // nothing to repeat
        i++;
        let lazy = false;
        if (at(i) === 0x3f) {
          lazy = true;
          i++;
        }
        const next = at(i);
        if (next === 0x2a || next === 0x2b || next === 0x3f || isCounted(i)) {
          throw regexError(); // multiple repeat
        }
        a = { k: N_REP, op: q === 0x2a ? "*" : q === 0x2b ? "+" : "?", lazy, body: a };
      } else if (isCounted(i)) throw regexError();
      items.push(a);
    }
    return items.length === 1 ? items[0] : { k: N_SEQ, items };
  }

  function atom(depth: number): Node {
    const c = p[i];
    switch (c) {
      case 0x28: { // (
        i++;
        if (at(i) === 0x3f) throw regexError(); // (?:...), (?P<name>...), lookaround
        const g = ++groups;
        const body = alt(depth + 1);
        if (at(i) !== 0x29) throw regexError();
        i++;
        return { k: N_GROUP, n: g, body };
      }
      case 0x5b: // [
        return charClass();
      case 0x2e: // .
        i++;
        return { k: N_ANY };
      case 0x5e: // ^
        i++;
        hasBol = true;
        return { k: N_BOL };
      case 0x24: // $
        i++;
        return { k: N_EOL };
      case 0x5c: { // backslash
        const e = escape();
        return e.named ? { k: N_NAMED, c: e.named } : { k: N_CHAR, c: e.c };
      }
      case 0x2a:
      case 0x2b:
      case 0x3f:
        throw regexError(); // nothing to repeat
    }
    if (isCounted(i)) throw regexError();
    i++;
    return { k: N_CHAR, c };
  }

  function charClass(): Node {
    i++;
    let neg = false;
    if (at(i) === 0x5e) {
      neg = true;
      i++;
    }
    const ranges: number[] = [];
    let first = true;
    for (;;) {
      if (i >= n) throw regexError();
      const c = p[i];
      if (c === 0x5d && !first) {
        i++;
        break;
      }
      first = false;
      let lo: number;
      if (c === 0x5c) {
        const e = escape();
        if (e.named) {
          ranges.push(...namedRanges(e.named, maxCode));
          if (at(i) === 0x2d && i + 1 < n && p[i + 1] !== 0x5d) throw regexError();
          continue;
        }
        lo = e.c;
      } else {
        lo = c;
        i++;
      }
      if (at(i) === 0x2d && i + 1 < n && p[i + 1] !== 0x5d) {
        i++;
        let hi: number;
        if (p[i] === 0x5c) {
          const e = escape();
          if (e.named) throw regexError();
          hi = e.c;
        } else hi = p[i++];
        if (hi < lo) throw regexError();
        ranges.push(lo, hi);
      } else ranges.push(lo, lo);
    }
    return { k: N_CLASS, neg, ranges };
  }

  const root = alt(0);
  if (i !== n) throw regexError();
  return { root, groups, hasBol, jsSafe: jsSafe(root, false) };
}

/** Can the node match the empty string? */
function nullable(node: Node): boolean {
  switch (node.k) {
    case N_BOL:
    case N_EOL:
      return true;
    case N_GROUP:
      return nullable(node.body);
    case N_SEQ:
      return node.items.every(nullable);
    case N_ALT:
      return node.alts.some(nullable);
    case N_REP:
      return node.op !== "+" || nullable(node.body);
    default:
      return false;
  }
}

/**
 * V8 differs from re1.5/CPython in two places: it clears the groups inside a repeated atom at
 * each iteration, and it refuses an iteration that matches nothing. Patterns where neither
 * can happen (no group strictly inside a repetition, no repetition of something that can be
 * empty) run on V8's engine; the others on ours.
 */
function jsSafe(node: Node, underRep: boolean): boolean {
  switch (node.k) {
    case N_GROUP:
      return !underRep && jsSafe(node.body, underRep);
    case N_SEQ:
      return node.items.every((x) => jsSafe(x, underRep));
    case N_ALT:
      return node.alts.every((x) => jsSafe(x, underRep));
    case N_REP: {
      if (nullable(node.body)) return false;
      const b = node.body;
      if (b.k === N_GROUP) return !underRep && jsSafe(b.body, true);
      return jsSafe(b, true);
    }
    default:
      return true;
  }
}

// ---- JS RegExp source -------------------------------------------------------------------

/** JS RegExp source equivalent to a jsSafe pattern (`unicode`: for the `u` flag). */
export function toJsSource(parsed: Parsed, unicode: boolean): string {
  const lit = (cp: number) =>
    unicode ? `\\u{${cp.toString(16)}}` : `\\x${cp.toString(16).padStart(2, "0")}`;
  const NAMED: Record<string, string> = {
    d: "[0-9]",
    D: "[^0-9]",
    w: "[A-Za-z0-9_]",
    W: "[^A-Za-z0-9_]",
    s: "[\\t-\\r ]",
    S: "[^\\t-\\r ]",
  };
  function emit(node: Node): string {
    switch (node.k) {
      case N_CHAR:
        return lit(node.c);
      case N_ANY:
        return "[^]";
      case N_CLASS: {
        let body = "";
        for (let j = 0; j < node.ranges.length; j += 2) {
          const lo = node.ranges[j];
          const hi = node.ranges[j + 1];
          body += lo === hi ? lit(lo) : lit(lo) + "-" + lit(hi);
        }
        return "[" + (node.neg ? "^" : "") + body + "]";
      }
      case N_NAMED:
        return NAMED[node.c];
      case N_BOL:
        return "^";
      case N_EOL:
        return "$";
      case N_GROUP:
        return "(" + emit(node.body) + ")";
      case N_ALT:
        return node.alts.map(emit).join("|");
      case N_SEQ:
        return node.items.map(emit).join("");
      case N_REP:
        return emit(node.body) + node.op + (node.lazy ? "?" : "");
    }
  }
  return emit(parsed.root);
}

// ---- the backtracking matcher -----------------------------------------------------------

const I_CHAR = 0;
const I_ANY = 1;
const I_CLASS = 2;
const I_NAMED = 3;
const I_BOL = 4;
const I_EOL = 5;
const I_SAVE = 6;
const I_SPLIT = 7; // try a, on failure b
const I_JMP = 8;
const I_MARK = 9; // reg[k] = sp (start of an iteration)
const I_RESET = 10; // reg[k] = -1
const I_CHECK = 11; // an iteration that matched nothing leaves the loop
const I_MATCH = 12;

const T_CHOICE = 0;
const T_CAP = 1;
const T_REG = 2;

/** Backtrack entries (three numbers each) beyond which a match gives up. */
const STACK_LIMIT = 30_000_000;

/** A compiled program for the matcher. */
export class Program {
  code: number[] = [];
  classes: { neg: boolean; ranges: number[] }[] = [];
  nregs = 0;
  /** The code unit every match must start with, or -1. */
  first = -1;
  constructor(public groups: number) {}
}

/** Compiles a parsed pattern for the matcher. */
export function compileProgram(parsed: Parsed): Program {
  const prog = new Program(parsed.groups);
  const code = prog.code;
  function emit(node: Node): void {
    switch (node.k) {
      case N_CHAR:
        code.push(I_CHAR, node.c);
        return;
      case N_ANY:
        code.push(I_ANY);
        return;
      case N_CLASS:
        code.push(I_CLASS, prog.classes.length);
        prog.classes.push({ neg: node.neg, ranges: node.ranges });
        return;
      case N_NAMED:
        code.push(I_NAMED, node.c.charCodeAt(0));
        return;
      case N_BOL:
        code.push(I_BOL);
        return;
      case N_EOL:
        code.push(I_EOL);
        return;
      case N_GROUP:
        code.push(I_SAVE, 2 * node.n);
        emit(node.body);
        code.push(I_SAVE, 2 * node.n + 1);
        return;
      case N_SEQ:
        for (const x of node.items) emit(x);
        return;
      case N_ALT: {
        const jumps: number[] = [];
        for (let j = 0; j < node.alts.length - 1; j++) {
          const split = code.length;
          code.push(I_SPLIT, split + 3, 0);
          emit(node.alts[j]);
          jumps.push(code.length + 1);
          code.push(I_JMP, 0);
          code[split + 2] = code.length;
        }
        emit(node.alts[node.alts.length - 1]);
        for (const j of jumps) code[j] = code.length;
        return;
      }
      case N_REP: {
        if (node.op === "?") {
          const split = code.length;
          code.push(I_SPLIT, 0, 0);
          const body = code.length;
          emit(node.body);
          const after = code.length;
          code[split + 1] = node.lazy ? after : body;
          code[split + 2] = node.lazy ? body : after;
          return;
        }
        const k = prog.nregs++;
        if (node.op === "*") {
          const split = code.length;
          code.push(I_SPLIT, 0, 0);
          const body = code.length;
          code.push(I_MARK, k);
          emit(node.body);
          const check = code.length;
          code.push(I_CHECK, k, 0, I_JMP, split);
          const after = code.length;
          code[check + 2] = after;
          code[split + 1] = node.lazy ? after : body;
          code[split + 2] = node.lazy ? body : after;
          return;
        }
        // "+": the first iteration is unconditional.
        code.push(I_RESET, k);
        const body = code.length;
        emit(node.body);
        const check = code.length;
        code.push(I_CHECK, k, 0);
        const split = code.length;
        code.push(I_SPLIT, 0, 0);
        const again = code.length;
        code.push(I_MARK, k, I_JMP, body);
        const after = code.length;
        code[check + 2] = after;
        code[split + 1] = node.lazy ? after : again;
        code[split + 2] = node.lazy ? again : after;
        return;
      }
    }
  }
  emit(parsed.root);
  code.push(I_MATCH);
  // A literal first character lets a search skip the positions that cannot match.
  let head: Node = parsed.root;
  for (;;) {
    if (head.k === N_SEQ) head = head.items[0];
    else if (head.k === N_GROUP) head = head.body;
    else if (head.k === N_REP && head.op === "+") head = head.body;
    else break;
  }
  if (head.k === N_CHAR) prog.first = head.c;
  return prog;
}

function classMatch(cls: { neg: boolean; ranges: number[] }, c: number): boolean {
  const r = cls.ranges;
  for (let j = 0; j < r.length; j += 2) {
    if (c >= r[j] && c <= r[j + 1]) return !cls.neg;
  }
  return cls.neg;
}

/**
 * Runs the program anchored at `start`; `begin` is where `^` matches. On success `caps`
 * (2 per group, group 0 first; -1 when unset) holds the match and true is returned.
 */
function runAt(
  prog: Program,
  input: ArrayLike<number>,
  start: number,
  begin: number,
  caps: Int32Array,
  stack: number[],
  regs: Int32Array,
): boolean {
  const code = prog.code;
  const n = input.length;
  stack.length = 0;
  let pc = 0;
  let sp = start;
  let steps = 0;
  for (;;) {
    let ok = true;
    switch (code[pc]) {
      case I_CHAR:
        if (sp < n && input[sp] === code[pc + 1]) {
          sp++;
          pc += 2;
        } else ok = false;
        break;
      case I_ANY:
        if (sp < n) {
          sp++;
          pc++;
        } else ok = false;
        break;
      case I_CLASS:
        if (sp < n && classMatch(prog.classes[code[pc + 1]], input[sp])) {
          sp++;
          pc += 2;
        } else ok = false;
        break;
      case I_NAMED:
        if (sp < n && namedMatch(code[pc + 1], input[sp])) {
          sp++;
          pc += 2;
        } else ok = false;
        break;
      case I_BOL:
        if (sp === begin) pc++;
        else ok = false;
        break;
      case I_EOL:
        if (sp === n) pc++;
        else ok = false;
        break;
      case I_SAVE: {
        const s = code[pc + 1];
        stack.push(T_CAP, s, caps[s]);
        caps[s] = sp;
        pc += 2;
        break;
      }
      case I_SPLIT:
        stack.push(T_CHOICE, code[pc + 2], sp);
        pc = code[pc + 1];
        break;
      case I_JMP:
        pc = code[pc + 1];
        break;
      case I_MARK:
      case I_RESET: {
        const k = code[pc + 1];
        stack.push(T_REG, k, regs[k]);
        regs[k] = code[pc] === I_MARK ? sp : -1;
        pc += 2;
        break;
      }
      case I_CHECK:
        pc = regs[code[pc + 1]] === sp ? code[pc + 2] : pc + 3;
        break;
      case I_MATCH:
        caps[0] = start;
        caps[1] = sp;
        return true;
    }
    if (!ok) {
      for (;;) {
        if (stack.length === 0) return false;
        const b = stack.pop()!;
        const a = stack.pop()!;
        const t = stack.pop()!;
        if (t === T_CHOICE) {
          pc = a;
          sp = b;
          break;
        }
        if (t === T_CAP) caps[a] = b;
        else regs[a] = b;
      }
    }
    if ((++steps & 0xffff) === 0) {
      // Long matches stay interruptible (Ctrl-C) and bounded in memory.
      if (ctx.interrupt[0] !== 0) ctx.poll();
      if (stack.length > STACK_LIMIT) throw runtimeError("maximum recursion depth exceeded");
    }
  }
}

/**
 * Finds the first match at or after `from` (only at `from` when `anchored`); `begin` is where
 * `^` matches. Fills `caps` and returns true on success.
 */
export function execute(
  prog: Program,
  input: ArrayLike<number>,
  from: number,
  begin: number,
  anchored: boolean,
  caps: Int32Array,
): boolean {
  const n = input.length;
  const stack: number[] = [];
  const regs = new Int32Array(prog.nregs);
  for (let s = from; s <= n; s++) {
    if (!anchored && prog.first >= 0) {
      while (s < n && input[s] !== prog.first) s++;
      if (s >= n) return false;
    }
    caps.fill(-1);
    if (runAt(prog, input, s, begin, caps, stack, regs)) return true;
    if (anchored) return false;
  }
  return false;
}

// ---- re1.5's DEBUG listing --------------------------------------------------------------

function byteSize(node: Node): number {
  switch (node.k) {
    case N_ANY:
    case N_BOL:
    case N_EOL:
      return 1;
    case N_CHAR:
    case N_NAMED:
      return 2;
    case N_CLASS:
      return 2 + node.ranges.length;
    case N_GROUP:
      return 4 + byteSize(node.body);
    case N_SEQ:
      return node.items.reduce((a, x) => a + byteSize(x), 0);
    case N_ALT:
      return node.alts.reduce((a, x) => a + byteSize(x), 0) + 4 * (node.alts.length - 1);
    case N_REP:
      return byteSize(node.body) + (node.op === "*" ? 4 : 2);
  }
}

/**
 * The listing `ure.compile(pattern, ure.DEBUG)` prints: re1.5's byte code for the pattern
 * (parsed as bytes), laid out as re1.5 compiles it, then its size.
 */
export function debugListing(parsed: Parsed): string {
  const lines: string[] = [];
  let insts = 0;
  const line = (pc: number, text: string) => {
    lines.push(`${String(pc).padStart(2)}: ${text}`);
    insts++;
  };
  const jump = (pc: number, op: string, target: number) =>
    line(pc, `${op} ${target} (${target - pc - 2})`);
  function emit(node: Node, pc: number): void {
    switch (node.k) {
      case N_CHAR:
        return line(pc, `char ${String.fromCharCode(node.c)}`);
      case N_ANY:
        return line(pc, "any");
      case N_CLASS: {
        let text = `class${node.neg ? "not" : ""} ${node.ranges.length / 2}`;
        for (let j = 0; j < node.ranges.length; j += 2) {
          const hex = (x: number) => "0x" + x.toString(16).padStart(2, "0");
          text += ` ${hex(node.ranges[j])}-${hex(node.ranges[j + 1])}`;
        }
        return line(pc, text);
      }
      case N_NAMED:
        return line(pc, `namedclass ${node.c}`);
      case N_BOL:
        return line(pc, "assert bol");
      case N_EOL:
        return line(pc, "assert eol");
      case N_GROUP:
        line(pc, `save ${2 * node.n}`);
        emit(node.body, pc + 2);
        return line(pc + 2 + byteSize(node.body), `save ${2 * node.n + 1}`);
      case N_SEQ:
        for (const x of node.items) {
          emit(x, pc);
          pc += byteSize(x);
        }
        return;
      case N_ALT: {
        // n-1 splits (the first to the last alternative), then each alternative but the
        // last followed by a jump past the next one, as re1.5 builds it.
        const alts = node.alts;
        const starts: number[] = [pc + 2 * (alts.length - 1)];
        for (let j = 1; j < alts.length; j++) {
          starts.push(starts[j - 1] + byteSize(alts[j - 1]) + 2);
        }
        for (let j = 0; j < alts.length - 1; j++) {
          jump(pc + 2 * j, "split", starts[alts.length - 1 - j]);
        }
        for (let j = 0; j < alts.length; j++) {
          emit(alts[j], starts[j]);
          if (j < alts.length - 1) {
            jump(starts[j] + byteSize(alts[j]), "jmp", starts[j + 1] + byteSize(alts[j + 1]));
          }
        }
        return;
      }
      case N_REP: {
        const size = byteSize(node.body);
        if (node.op === "?") {
          jump(pc, node.lazy ? "rsplit" : "split", pc + 2 + size);
          return emit(node.body, pc + 2);
        }
        if (node.op === "*") {
          jump(pc, node.lazy ? "rsplit" : "split", pc + 4 + size);
          emit(node.body, pc + 2);
          return jump(pc + 2 + size, "jmp", pc);
        }
        emit(node.body, pc);
        return jump(pc + size, node.lazy ? "split" : "rsplit", pc);
      }
    }
  }
  jump(0, "rsplit", 5);
  line(2, "any");
  jump(3, "jmp", 0);
  line(5, "save 0");
  emit(parsed.root, 7);
  const end = 7 + byteSize(parsed.root);
  line(end, "save 1");
  line(end + 2, "match");
  return lines.join("\n") + `\nBytes: ${end + 3}, insts: ${insts}\n`;
}
