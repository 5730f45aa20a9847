/**
 * Benchmark runner: compares wipy against CPython (python3) on bench/*.py.
 *
 * Usage:
 *
 *   deno run -A scripts/bench.ts [options]      (or: deno task bench)
 *
 * Options:
 *
 *   --wipy CMD        command that runs a Python file with wipy; the file path is
 *                     appended (default: "<repo>/wipy run"). Split on spaces,
 *                     with '...' and "..." quoting.
 *   --python CMD      command that runs a Python file with CPython
 *                     (default: "python3").
 *   --runs N          timed runs of each benchmark on each side (default: 3);
 *                     the median wall-clock time is reported.
 *   --startup-runs N  runs of the start-up measurement (default: 15).
 *   --filter NAME     only run benchmarks whose name contains NAME (a
 *                     comma-separated list is allowed); the start-up row is
 *                     only included if "startup" matches the filter.
 *   --timeout SEC     kill a run that takes longer than SEC seconds
 *                     (default: 300) and count it as an error.
 *   --no-resolve      do not resolve Python commands (see below).
 *   --markdown FILE   also write the results as a Markdown table into FILE,
 *                     replacing the text between the lines
 *                     "<!-- bench:start -->" and "<!-- bench:end -->" if they
 *                     exist, else appending a new marked block.
 *   --help            print this help.
 *
 * For each benchmark the two interpreters are run alternately (python3,
 * wipy, python3, wipy, ...). The outputs (stdout) of both sides must be
 * identical: a difference is reported as MISMATCH together with the differing
 * lines, and a non-zero exit status or a timeout as ERROR. The "startup" row
 * times `python3 -c "print(1)"` against the wipy command with its trailing
 * "run" argument (if any) replaced by `-c "print(1)"`. The table gives the
 * median times in milliseconds and the ratio wipy/python3 (below 1.0 means
 * wipy is faster), followed by the geometric mean of the ratios of the
 * benchmarks whose outputs matched (the start-up row is not part of it).
 *
 * A command whose program is named python* (e.g. "python3") is first resolved
 * to the real interpreter binary through its `sys.executable`, so that wrapper
 * scripts such as pyenv shims (~70 ms per start) do not distort the times;
 * --no-resolve turns this off. This also applies to a python* --wipy command
 * (used to test the runner); the real wipy launcher is run exactly as given.
 *
 * Exit status: 0 if every output matched, 1 if any benchmark mismatched or
 * failed, 2 for bad command-line arguments.
 *
 * Test the runner itself without wipy by using CPython on both sides:
 *
 *   deno run -A scripts/bench.ts --wipy "python3" --runs 1
 *
 * @module
 */

import { parseArgs } from "@std/cli/parse-args";

/** Marker line that starts the generated block in a Markdown file. */
const MARK_START = "<!-- bench:start -->";
/** Marker line that ends the generated block in a Markdown file. */
const MARK_END = "<!-- bench:end -->";

/** Repository root (the parent of this script's directory). */
const ROOT = decodeURIComponent(new URL("../", import.meta.url).pathname)
  .replace(/\/$/, "");
/** Directory holding the benchmark programs. */
const BENCH_DIR = `${ROOT}/bench`;

/** Result of one process run. */
interface RunResult {
  /** Wall-clock time in milliseconds. */
  ms: number;
  /** Exit code (-1 if the process could not be started or timed out). */
  code: number;
  /** Captured standard output. */
  stdout: string;
  /** Captured standard error, or the reason the process could not run. */
  stderr: string;
  /** True if the run was killed because it exceeded the timeout. */
  timedOut: boolean;
}

/** Outcome of comparing python3 and wipy on one benchmark. */
export type Status = "ok" | "MISMATCH" | "ERROR";

/** One row of the results table. */
export interface Row {
  /** Benchmark name (file name without ".py"), or "startup". */
  name: string;
  /** Median python3 time in milliseconds (NaN if it never succeeded). */
  pythonMs: number;
  /** Median wipy time in milliseconds (NaN if it never succeeded). */
  wipyMs: number;
  /** Comparison outcome. */
  status: Status;
  /** Human-readable explanation for a MISMATCH or ERROR. */
  detail: string;
}

/** Parsed command-line options. */
interface Options {
  wipy: string[];
  python: string[];
  runs: number;
  startupRuns: number;
  filters: string[];
  timeoutMs: number;
  markdown: string | undefined;
  resolve: boolean;
}

/**
 * Splits a command line into words on whitespace, honouring '...' and "..."
 * quoting and backslash escapes (outside single quotes).
 */
export function splitCommand(cmd: string): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: string | null = null;
  for (let i = 0; i < cmd.length; i++) {
    const ch = cmd[i];
    if (quote !== null) {
      if (ch === quote) {
        quote = null;
      } else if (ch === "\\" && quote === '"' && i + 1 < cmd.length) {
        word += cmd[++i];
      } else {
        word += ch;
      }
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === "\\" && i + 1 < cmd.length) {
      word += cmd[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote !== null) throw new Error(`unterminated quote in: ${cmd}`);
  if (inWord) words.push(word);
  return words;
}

/**
 * Derives the start-up command from a "run a file" command: a trailing "run"
 * word is dropped, then `-c print(1)` is appended.
 */
export function startupCommand(runCmd: string[]): string[] {
  const base = runCmd.length > 1 && runCmd[runCmd.length - 1] === "run"
    ? runCmd.slice(0, -1)
    : runCmd;
  return [...base, "-c", "print(1)"];
}

/** Returns the median of a non-empty list of numbers (NaN if empty). */
export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Returns the geometric mean of positive finite numbers (NaN if none). */
export function geometricMean(values: number[]): number {
  const good = values.filter((v) => Number.isFinite(v) && v > 0);
  if (good.length === 0) return NaN;
  return Math.exp(good.reduce((s, v) => s + Math.log(v), 0) / good.length);
}

/** Runs `argv` (program and arguments) to completion, timing it. */
async function runTimed(argv: string[], timeoutMs: number): Promise<RunResult> {
  const decoder = new TextDecoder();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const start = performance.now();
  try {
    const out = await new Deno.Command(argv[0], {
      args: argv.slice(1),
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
      signal: controller.signal,
    }).output();
    const ms = performance.now() - start;
    const timedOut = controller.signal.aborted;
    return {
      ms,
      code: timedOut ? -1 : out.code,
      stdout: decoder.decode(out.stdout),
      stderr: timedOut ? `timed out after ${timeoutMs / 1000} s` : decoder.decode(out.stderr),
      timedOut,
    };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      ms: performance.now() - start,
      code: -1,
      stdout: "",
      stderr: `cannot run ${JSON.stringify(argv.join(" "))}: ${message}`,
      timedOut: false,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Returns the last `n` lines of `text` (trailing blank lines dropped), indented. */
function tail(text: string, n: number): string {
  const lines = text.trimEnd().split("\n");
  return lines.slice(-n).map((l) => `    ${l}`).join("\n");
}

/** Describes how two outputs differ: the first few differing lines. */
export function describeDiff(expected: string, actual: string): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  const out: string[] = [];
  const limit = 10;
  let shown = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (shown === limit) {
      out.push("    ...");
      break;
    }
    out.push(`    line ${i + 1}:`);
    out.push(`      python3: ${a[i] === undefined ? "<missing>" : a[i]}`);
    out.push(`      wipy:    ${b[i] === undefined ? "<missing>" : b[i]}`);
    shown++;
  }
  return out.join("\n");
}

/**
 * Runs one comparison: `pyArgv` and `wipyArgv` alternately `runs` times each.
 * Stops running wipy after its first failure.
 */
async function compare(
  name: string,
  pyArgv: string[],
  wipyArgv: string[],
  runs: number,
  timeoutMs: number,
): Promise<Row> {
  const pyTimes: number[] = [];
  const wipyTimes: number[] = [];
  let pyOut: string | undefined;
  let wipyOut: string | undefined;
  const problems: string[] = [];
  let status: Status = "ok";
  let wipyFailed = false;
  let pyFailed = false;

  for (let i = 0; i < runs; i++) {
    if (!pyFailed) {
      const py = await runTimed(pyArgv, timeoutMs);
      if (py.code !== 0) {
        pyFailed = true;
        status = "ERROR";
        problems.push(
          `  python3 failed (exit ${py.code}):\n${tail(py.stderr, 15)}`,
        );
      } else {
        pyTimes.push(py.ms);
        if (pyOut === undefined) pyOut = py.stdout;
        else if (py.stdout !== pyOut) {
          status = "ERROR";
          problems.push("  python3 output differs between runs");
        }
      }
    }
    if (!wipyFailed) {
      const wp = await runTimed(wipyArgv, timeoutMs);
      if (wp.code !== 0) {
        wipyFailed = true;
        status = "ERROR";
        let msg = `  wipy failed (exit ${wp.code}):\n${tail(wp.stderr, 15)}`;
        if (wp.stdout.trim() !== "") {
          msg += `\n  wipy stdout (last lines):\n${tail(wp.stdout, 5)}`;
        }
        problems.push(msg);
      } else {
        wipyTimes.push(wp.ms);
        if (wipyOut === undefined) wipyOut = wp.stdout;
        else if (wp.stdout !== wipyOut) {
          status = "ERROR";
          problems.push("  wipy output differs between runs");
        }
      }
    }
    if (pyFailed && wipyFailed) break;
  }

  if (pyOut !== undefined && wipyOut !== undefined && pyOut !== wipyOut) {
    if (status === "ok") status = "MISMATCH";
    problems.push(`  outputs differ:\n${describeDiff(pyOut, wipyOut)}`);
  }
  return {
    name,
    pythonMs: median(pyTimes),
    wipyMs: median(wipyTimes),
    status,
    detail: problems.join("\n"),
  };
}

/** Formats milliseconds for the table ("-" when unavailable). */
function fmtMs(ms: number): string {
  return Number.isFinite(ms) ? ms.toFixed(1) : "-";
}

/** Returns wipy/python3 for a row (NaN when either time is missing). */
function ratioOf(row: Row): number {
  return row.wipyMs / row.pythonMs;
}

/** Formats a ratio for the table ("-" when unavailable). */
function fmtRatio(r: number): string {
  return Number.isFinite(r) ? r.toFixed(2) : "-";
}

/** Returns the rows that enter the geometric mean: matching benchmarks. */
function meanRows(rows: Row[]): Row[] {
  return rows.filter((r) => r.name !== "startup" && r.status === "ok");
}

/** Returns the geometric mean of the ratios of the matching benchmarks. */
function meanRatio(rows: Row[]): number {
  return geometricMean(meanRows(rows).map(ratioOf));
}

/** Renders the results as a plain-text table for the terminal. */
export function textTable(rows: Row[]): string {
  const header = ["benchmark", "python3 ms", "wipy ms", "ratio", "status"];
  const body = rows.map((r) => [
    r.name,
    fmtMs(r.pythonMs),
    fmtMs(r.wipyMs),
    fmtRatio(ratioOf(r)),
    r.status,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))
      .join("  ").trimEnd();
  const sep = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), sep, ...body.map(line), sep].join("\n");
}

/** Renders the results as a Markdown block, including the markers. */
export function markdownBlock(
  rows: Row[],
  meta: {
    date: string;
    deno: string;
    python: string;
    runs: number;
    startupRuns: number;
  },
): string {
  const lines = [
    MARK_START,
    `Measured ${meta.date} with ${meta.deno} and ${meta.python}; ` +
    `median wall-clock time of ${meta.runs} run(s) per benchmark ` +
    `(start-up: median of ${meta.startupRuns} runs). Ratio = wipy / python3 ` +
    `(below 1.00 means wipy is faster).`,
    "",
    "| benchmark | python3 ms | wipy ms | ratio | status |",
    "| --- | ---: | ---: | ---: | --- |",
    ...rows.map((r) =>
      `| ${r.name} | ${fmtMs(r.pythonMs)} | ${fmtMs(r.wipyMs)} | ${
        fmtRatio(ratioOf(r))
      } | ${r.status} |`
    ),
    `| **geometric mean** (matching benchmarks, excluding startup) | | | **${
      fmtRatio(meanRatio(rows))
    }** | |`,
    MARK_END,
  ];
  return lines.join("\n");
}

/**
 * Puts `block` into `text`: replaces everything from the start marker to the
 * end marker (inclusive) if both exist in order, otherwise appends it.
 */
export function spliceMarkdown(text: string, block: string): string {
  const start = text.indexOf(MARK_START);
  const end = start < 0 ? -1 : text.indexOf(MARK_END, start);
  if (start >= 0 && end >= 0) {
    return text.slice(0, start) + block + text.slice(end + MARK_END.length);
  }
  if (text === "") return block + "\n";
  return text.replace(/\n*$/, "\n\n") + block + "\n";
}

/**
 * If the program of `argv` is named python*, returns `argv` with the program
 * replaced by the interpreter's `sys.executable` (bypassing wrapper scripts
 * such as pyenv shims); otherwise, or if that fails, returns `argv` unchanged.
 */
async function resolvePython(argv: string[]): Promise<string[]> {
  const base = argv[0].split("/").pop() ?? "";
  if (!base.startsWith("python")) return argv;
  const res = await runTimed(
    [...argv, "-c", "import sys; print(sys.executable)"],
    30_000,
  );
  const exe = res.stdout.trim();
  if (res.code !== 0 || !exe.startsWith("/")) return argv;
  try {
    if (!(await Deno.stat(exe)).isFile) return argv;
  } catch {
    return argv;
  }
  return [exe, ...argv.slice(1)];
}

/** Returns the first line of a command's output (stdout, else stderr). */
async function versionLine(argv: string[]): Promise<string> {
  const res = await runTimed(argv, 30_000);
  const text = res.stdout.trim() !== "" ? res.stdout : res.stderr;
  return text.trim().split("\n")[0] || "unknown";
}

/** Lists the benchmark files in bench/ (sorted), applying the filters. */
async function listBenchmarks(filters: string[]): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(BENCH_DIR)) {
    if (entry.isFile && entry.name.endsWith(".py")) {
      names.push(entry.name.slice(0, -3));
    }
  }
  names.sort();
  return names.filter((n) => matches(n, filters));
}

/** True if there are no filters or `name` contains one of them. */
function matches(name: string, filters: string[]): boolean {
  return filters.length === 0 || filters.some((f) => name.includes(f));
}

/** Prints the usage text with `print` (console.log by default). */
function printHelp(print: (text: string) => void = console.log): void {
  print(`Usage: deno run -A scripts/bench.ts [options]

  --wipy CMD        wipy command; the file is appended (default: "${ROOT}/wipy run")
  --python CMD      CPython command (default: "python3")
  --runs N          runs per benchmark and side, median reported (default: 3)
  --startup-runs N  runs of the start-up measurement (default: 15)
  --filter NAME     only benchmarks whose name contains NAME (comma-separated list)
  --timeout SEC     per-run time limit in seconds (default: 300)
  --markdown FILE   write the table into FILE between ${MARK_START} and ${MARK_END}
  --no-resolve      run python* commands as given, not via their sys.executable
  --help            show this help`);
}

/** Parses a positive integer option, exiting with status 2 if invalid. */
function positiveInt(value: unknown, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`bench: --${option} must be a positive integer`);
    Deno.exit(2);
  }
  return n;
}

/** Parses the command line into Options (exits on --help or bad input). */
function parseOptions(args: string[]): Options {
  const flags = parseArgs(args, {
    string: [
      "wipy",
      "python",
      "runs",
      "startup-runs",
      "filter",
      "timeout",
      "markdown",
    ],
    boolean: ["help", "resolve"],
    default: {
      wipy: `${ROOT}/wipy run`,
      python: "python3",
      runs: "3",
      "startup-runs": "15",
      timeout: "300",
      resolve: true,
    },
    negatable: ["resolve"],
    unknown: (arg: string) => {
      console.error(`bench: unknown argument: ${arg}`);
      printHelp(console.error);
      Deno.exit(2);
    },
  });
  if (flags.help) {
    printHelp();
    Deno.exit(0);
  }
  let wipy: string[];
  let python: string[];
  try {
    wipy = splitCommand(flags.wipy);
    python = splitCommand(flags.python);
  } catch (err) {
    console.error(`bench: ${err instanceof Error ? err.message : err}`);
    Deno.exit(2);
  }
  if (wipy.length === 0 || python.length === 0) {
    console.error("bench: --wipy and --python must not be empty");
    Deno.exit(2);
  }
  return {
    wipy,
    python,
    runs: positiveInt(flags.runs, "runs"),
    startupRuns: positiveInt(flags["startup-runs"], "startup-runs"),
    filters: (flags.filter ?? "").split(",").map((f) => f.trim()).filter((f) => f !== ""),
    timeoutMs: positiveInt(flags.timeout, "timeout") * 1000,
    markdown: flags.markdown,
    resolve: flags.resolve,
  };
}

/** Entry point: runs the benchmarks, prints the table, writes Markdown. */
async function main(): Promise<number> {
  const opts = parseOptions(Deno.args);
  if (opts.resolve) {
    opts.python = await resolvePython(opts.python);
    opts.wipy = await resolvePython(opts.wipy);
  }
  const benches = await listBenchmarks(opts.filters);
  const withStartup = matches("startup", opts.filters);
  if (benches.length === 0 && !withStartup) {
    console.error(`bench: no benchmark matches ${opts.filters.join(",")}`);
    return 2;
  }
  console.error(
    `python3: ${opts.python.join(" ")}\nwipy:    ${
      opts.wipy.join(" ")
    }\nruns:    ${opts.runs} (start-up: ${opts.startupRuns})`,
  );

  const rows: Row[] = [];
  for (const name of benches) {
    const file = `${BENCH_DIR}/${name}.py`;
    await Deno.stderr.write(new TextEncoder().encode(`running ${name} ...`));
    const row = await compare(
      name,
      [...opts.python, file],
      [...opts.wipy, file],
      opts.runs,
      opts.timeoutMs,
    );
    console.error(
      ` ${fmtMs(row.pythonMs)} / ${fmtMs(row.wipyMs)} ms ${row.status}`,
    );
    if (row.detail) console.error(row.detail);
    rows.push(row);
  }
  if (withStartup) {
    await Deno.stderr.write(new TextEncoder().encode("running startup ..."));
    const row = await compare(
      "startup",
      [...opts.python, "-c", "print(1)"],
      startupCommand(opts.wipy),
      opts.startupRuns,
      opts.timeoutMs,
    );
    console.error(
      ` ${fmtMs(row.pythonMs)} / ${fmtMs(row.wipyMs)} ms ${row.status}`,
    );
    if (row.detail) console.error(row.detail);
    rows.push(row);
  }

  console.log();
  console.log(textTable(rows));
  const mean = meanRatio(rows);
  const counted = meanRows(rows).length;
  console.log(
    `geometric mean of ratios (${counted} matching benchmarks, excluding startup): ${
      fmtRatio(mean)
    }`,
  );

  const failed = rows.filter((r) => r.status !== "ok");
  for (const r of failed) {
    console.log(`\n${r.status}: ${r.name}\n${r.detail}`);
  }

  if (opts.markdown !== undefined) {
    const meta = {
      date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
      deno: await versionLine([Deno.execPath(), "--version"]),
      python: await versionLine([...opts.python, "--version"]),
      runs: opts.runs,
      startupRuns: opts.startupRuns,
    };
    let text = "";
    try {
      text = await Deno.readTextFile(opts.markdown);
    } catch (err) {
      if (!(err instanceof Deno.errors.NotFound)) throw err;
    }
    await Deno.writeTextFile(
      opts.markdown,
      spliceMarkdown(text, markdownBlock(rows, meta)),
    );
    // Keep the document as `deno fmt` lays it out (CI checks formatting).
    try {
      await new Deno.Command(Deno.execPath(), { args: ["fmt", "--quiet", opts.markdown] }).output();
    } catch {
      // Formatting is a nicety; the figures are written either way.
    }
    console.error(`wrote ${opts.markdown}`);
  }

  if (failed.length > 0) {
    console.log(`\n${failed.length} benchmark(s) failed or mismatched`);
    return 1;
  }
  return 0;
}

if (import.meta.main) {
  Deno.exit(await main());
}
