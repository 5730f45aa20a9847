/**
 * Bad input never crashes the compiler: truncated, mutated and random source always ends in
 * a Python exception (SyntaxError and friends) or compiles; never a JS error or a hang.
 * Each generated case is compiled in-process; the corpus programs are the seed.
 */

import { assert } from "@std/assert";
import { walkSync } from "@std/fs/walk";
import { compileSource, PyBaseException } from "../runtime/mod.ts";

const corpus = new URL("./py/", import.meta.url);
const seeds = [...walkSync(corpus, { exts: [".py"], includeDirs: false })]
  .map((e) => Deno.readTextFileSync(e.path))
  .slice(0, 400);

/** A small deterministic PRNG so a failure can be reproduced. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

const PIECES = [
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ":",
  "\n",
  "    ",
  "\t",
  "'",
  '"',
  '"""',
  "\\",
  "lambda",
  "yield",
  "def",
  "class",
  "for",
  "in",
  "if",
  "else",
  "*",
  "**",
  "=",
  "+=",
  ",",
  ".",
  "@",
  "from",
  "import",
  "return",
  "nonlocal x",
  "global x",
  "del",
  "0x",
  "1e",
  "b'\\xff'",
  "\u00e9",
  "\ud83d\ude00",
  "#",
  ";",
  "async",
  "await",
  "...",
  "not",
  "is",
  "->",
  "\x00",
];

/** Compiles one case; returns a description of a failure, or null when it behaved. */
function check(src: string): string | null {
  try {
    compileSource(src, "fuzz.py", "exec");
    return null;
  } catch (e) {
    if (!(e instanceof PyBaseException)) return `JS error escaped: ${e}`;
    const name = e.$cls.$name;
    const msg = String(e.args.a[0] ?? "");
    if (name === "RuntimeError" && msg.startsWith("internal")) return `internal error: ${msg}`;
    return null;
  }
}

function run(label: string, cases: Iterable<string>): void {
  let n = 0;
  for (const src of cases) {
    n++;
    const bad = check(src);
    assert(bad === null, `${label} case ${n}: ${bad}\n--- source ---\n${src.slice(0, 400)}`);
  }
}

Deno.test("truncated programs compile or raise SyntaxError", () => {
  const r = rng(1);
  run(
    "truncated",
    function* () {
      for (const s of seeds) {
        for (let k = 0; k < 4; k++) yield s.slice(0, Math.floor(r() * s.length));
      }
    }(),
  );
});

Deno.test("mutated programs compile or raise SyntaxError", () => {
  const r = rng(2);
  run(
    "mutated",
    function* () {
      for (const s of seeds) {
        for (let k = 0; k < 4; k++) {
          let t = s;
          const edits = 1 + Math.floor(r() * 4);
          for (let j = 0; j < edits; j++) {
            const at = Math.floor(r() * (t.length + 1));
            const op = r();
            if (op < 0.4) {
              t = t.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + t.slice(at);
            } else if (op < 0.7) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(r() * 8));
            else t = t.slice(0, at) + String.fromCharCode(Math.floor(r() * 128)) + t.slice(at + 1);
          }
          yield t;
        }
      }
    }(),
  );
});

Deno.test("random token soup compiles or raises SyntaxError", () => {
  const r = rng(3);
  run(
    "soup",
    function* () {
      for (let k = 0; k < 3000; k++) {
        let t = "";
        const len = 1 + Math.floor(r() * 30);
        for (let j = 0; j < len; j++) {
          t += r() < 0.7 ? PIECES[Math.floor(r() * PIECES.length)] : " x" + Math.floor(r() * 3);
          if (r() < 0.3) t += " ";
        }
        yield t;
      }
    }(),
  );
});

Deno.test("deep nesting raises an exception instead of overflowing the JS stack", () => {
  for (const depth of [100, 1000, 100000]) {
    for (const [open, close] of [["(", ")"], ["[", "]"], ["-", ""], ["not ", ""]]) {
      const src = "x = " + open.repeat(depth) + "1" + close.repeat(depth) + "\n";
      assert(check(src) === null, `depth ${depth} ${open}`);
    }
    const blocks = Array.from({ length: Math.min(depth, 2000) }, (_, i) => " ".repeat(i) + "if 1:")
      .join("\n") + "\n" + " ".repeat(Math.min(depth, 2000)) + "pass\n";
    assert(check(blocks) === null, `blocks ${depth}`);
  }
});
