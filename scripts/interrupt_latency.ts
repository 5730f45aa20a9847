/**
 * Measures how long Ctrl-C takes to raise KeyboardInterrupt in a running program (issue #5
 * asks for less than 50 ms): `./wipy -c` runs a program that spins in `while True: pass`,
 * sleeps in `time.sleep(100)` or blocks in `sys.stdin.read(1)`; once it runs, SIGINT is sent
 * (what the terminal sends for Ctrl-C) and the time until the program prints that it caught
 * the interrupt is taken. Prints the median and the worst of N runs per case.
 *
 *   deno run -A scripts/interrupt_latency.ts [--runs N]
 *
 * @module
 */

import { parseArgs } from "@std/cli/parse-args";

const wipy = new URL("../wipy", import.meta.url).pathname;

/** The programs: each prints "go" when it starts waiting and "caught" on KeyboardInterrupt. */
export const CASES: Record<string, string> = {
  "while True: pass": "print('go')\ntry:\n    while True: pass\nexcept KeyboardInterrupt:\n" +
    "    print('caught')",
  "time.sleep(100)": "import time\nprint('go')\ntry:\n    time.sleep(100)\n" +
    "except KeyboardInterrupt:\n    print('caught')",
  "sys.stdin.read(1)": "import sys\nprint('go')\ntry:\n    sys.stdin.read(1)\n" +
    "except KeyboardInterrupt:\n    print('caught')",
};

/** Runs one program and returns the ms from SIGINT to its "caught" line. */
async function once(code: string): Promise<number> {
  const child = new Deno.Command(wipy, {
    args: ["-c", code],
    stdin: "piped",
    stdout: "piped",
    stderr: "null",
  }).spawn();
  const reader = child.stdout.getReader();
  const dec = new TextDecoder();
  let out = "";
  const readUntil = async (s: string) => {
    while (!out.includes(s)) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`program ended before printing ${s}: ${out}`);
      out += dec.decode(value);
    }
  };
  await readUntil("go");
  // Let it settle into its loop, sleep or read.
  await new Promise((r) => setTimeout(r, 150));
  const t0 = performance.now();
  child.kill("SIGINT");
  await readUntil("caught");
  const ms = performance.now() - t0;
  await child.stdin.close();
  reader.releaseLock();
  await child.stdout.cancel();
  await child.status;
  return ms;
}

if (import.meta.main) {
  const args = parseArgs(Deno.args, { string: ["runs"], default: { runs: "7" } });
  const runs = Math.max(1, Number(args.runs) || 7);
  console.log(`| case | median ms | worst ms |\n| --- | ---: | ---: |`);
  for (const [name, code] of Object.entries(CASES)) {
    const xs: number[] = [];
    for (let i = 0; i < runs; i++) xs.push(await once(code));
    xs.sort((a, b) => a - b);
    const med = xs[Math.floor(xs.length / 2)];
    console.log(`| \`${name}\` | ${med.toFixed(1)} | ${xs[xs.length - 1].toFixed(1)} |`);
  }
}
