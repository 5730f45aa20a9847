/**
 * The `micropython` module: `const` (folded by the compiler; the function is the identity),
 * the emitter decorators (`native` compiles normally; `@micropython.viper` is compiled by
 * `runtime/viper.ts`, so `viper` called as a function only explains that), the emergency
 * exception buffer,
 * the optimisation level, and the memory/qstr reports in MicroPython's format (figures
 * from the gc module's estimate).
 */

// deno-lint-ignore-file no-explicit-any
import { None, type PyObj } from "../object.ts";
import { valueError } from "../errors.ts";
import { nativeModule } from "../objobject.ts";
import { ctx } from "../context.ts";
import { builtinModules } from "../import.ts";
import { R } from "../rt.ts";
import { absent, fn, intArg, named } from "./modutil.ts";
import { memAlloc } from "./gc.ts";

/** The stack the WiPy's MicroPython task may use (bytes). */
const STACK_LIMIT = 7168;
/** GC block size (bytes). */
const BLOCK = 16;
/** Address where the board's heap starts (shown by mem_info(1)). */
const HEAP_START = 0x20004cd0;

/** A rough stack depth: JS frames on the stack, about 64 bytes of C stack each. */
function stackUse(): number {
  const E = Error as any;
  const old = E.stackTraceLimit;
  E.stackTraceLimit = 1000;
  const frames = (new Error().stack ?? "").split("\n").length - 1;
  E.stackTraceLimit = old;
  return Math.min(STACK_LIMIT, 256 + frames * 64);
}

function gcInfo() {
  const total = ctx.config.heapSize;
  const used = memAlloc();
  const blocks = Math.floor(used / BLOCK);
  return {
    total,
    used,
    free: total - used,
    n1: Math.floor(blocks * 0.35),
    n2: Math.floor(blocks * 0.12),
    max: Math.max(1, Math.min(blocks, 64 + Math.floor(blocks / 16))),
  };
}

/** The block map `mem_info(1)` prints: `h` heads, `=` tails, `.` free blocks. */
function allocTable(used: number, total: number): string {
  const nBlocks = Math.floor(total / BLOCK);
  const usedBlocks = Math.min(nBlocks, Math.ceil(used / BLOCK));
  const perLine = 64;
  let out = `GC memory layout; from ${HEAP_START.toString(16)}:`;
  let freeLines = 0;
  for (let bl = 0; bl < nBlocks; bl += perLine) {
    const n = Math.min(perLine, nBlocks - bl);
    if (bl >= usedBlocks + perLine && bl + n <= nBlocks) {
      freeLines++;
      continue;
    }
    if (freeLines > 0) {
      out += `\n       (${freeLines} lines all free)`;
      freeLines = 0;
    }
    let line = "";
    for (let i = 0; i < n; i++) {
      const b = bl + i;
      line += b >= usedBlocks ? "." : (b * 7919) % 5 === 0 ? "h" : "=";
    }
    out += `\n${((bl * BLOCK) & 0xfffff).toString(16).padStart(5, "0")}: ${line}`;
  }
  if (freeLines > 0) out += `\n       (${freeLines} lines all free)`;
  return out + "\n";
}

/** Names created at run time (MicroPython's dynamic qstrs): the main module's globals. */
function dynamicQstrs(): string[] {
  const main = ctx.modules?.lookup("__main__");
  const names = main
    ? Object.keys(main.$d).filter((k) => !k.startsWith("$") && main.$d[k] !== undefined)
    : [];
  return names;
}

function makeMicropython() {
  return nativeModule("micropython", {
    const: named("const", R.const),
    native: fn("native", 1, 1, (f: PyObj) => f),
    viper: named("viper", R.viper),
    alloc_emergency_exception_buf: fn("alloc_emergency_exception_buf", 1, 1, (n: PyObj) => {
      const size = intArg(n);
      if (size < 0) throw valueError("negative size");
      ctx.state.emergencyExcBuf = size;
      return None;
    }),
    opt_level: fn("opt_level", 0, 1, (n?: PyObj) => {
      if (absent(n)) return ctx.state.optLevel ?? 0;
      const level = intArg(n);
      if (level < 0) throw valueError("negative level");
      ctx.state.optLevel = level;
      return None;
    }),
    stack_use: fn("stack_use", 0, 0, () => stackUse()),
    mem_info: fn("mem_info", 0, 1, (...a: PyObj[]) => {
      const g = gcInfo();
      let out = `stack: ${stackUse()} out of ${STACK_LIMIT}\n`;
      out += `GC: total: ${g.total}, used: ${g.used}, free: ${g.free}\n`;
      out += ` No. of 1-blocks: ${g.n1}, 2-blocks: ${g.n2}, max blk sz: ${g.max}\n`;
      if (a.length === 1) out += allocTable(g.used, g.total);
      ctx.host.writeOut(out);
      return None;
    }),
    qstr_info: fn("qstr_info", 0, 1, (...a: PyObj[]) => {
      const names = dynamicQstrs();
      const data = names.reduce((s, n) => s + n.length + 1, 0);
      const pools = names.length ? 1 : 0;
      const total = data + (names.length ? 16 + names.length * 4 : 0);
      let out =
        `qstr pool: n_pool=${pools}, n_qstr=${names.length}, n_str_data_bytes=${data}, n_total_bytes=${total}\n`;
      if (a.length === 1) { for (const n of names) out += `Q(${n})\n`; }
      ctx.host.writeOut(out);
      return None;
    }),
  });
}

builtinModules.set("micropython", makeMicropython);
void (0 as any);
