/**
 * `wipy`: the command line. Runs WiPy code against the virtual WiPy.
 *
 *   wipy run FILE [ARGS]     run FILE with /flash mapped to its folder
 *   wipy FILE [ARGS]         the same (so `#!/usr/bin/env wipy` scripts work)
 *   wipy -c CODE [ARGS]      run CODE
 *   wipy -m MODULE [ARGS]    run a module found on sys.path
 *   wipy repl [--flash DIR] [--safe-boot]    boot the virtual WiPy and open its REPL
 *   wipy daemon [--flash DIR] [--safe-boot]  boot it and keep it running
 *
 * MicroPython unix-port options are accepted so its tooling can drive us:
 * `-X heapsize=N`, `-X emit=bytecode|native|viper`, `-i`, `MICROPYPATH`.
 */

import { parseArgs } from "@std/cli/parse-args";
import { type BoardHandle, startBoard } from "./host/board.ts";
import { type BoardDescription, loadBoardDescription } from "./host/board_description.ts";
import { enterRawMode, EXIT_KEYS, pumpStdin, restoreTerminal } from "./host/terminal.ts";

const USAGE =
  `usage: wipy [options] [run] FILE|- [args...] | -c CODE [args...] | -m MODULE [args...]
       wipy repl|daemon [--flash DIR] [--sd DIR] [--board FILE] [--safe-boot] [--float] [-X heapsize=N]
options:
  --float            enable float support (the WiPy has none)
  --flash DIR        host folder mounted at /flash
  --sd DIR           host folder holding the SD card (os.mount(machine.SD(), "/sd") mounts it)
  --board FILE       board description (JSON: float, heapsize, wires, levels)
  -X heapsize=N      heap size (bytes, or with k/m suffix)
  -X emit=MODE       bytecode | native | viper (accepted for compatibility)
  -i                 run the program, then the REPL with its names
  -h, --help         show this help`;

function fail(msg: string): never {
  console.error(`wipy: ${msg}`);
  Deno.exit(2);
}

/** The board description named by `--board`, or a one-line CLI error. */
function boardFile(path: string | undefined): BoardDescription | undefined {
  if (path === undefined) return undefined;
  try {
    return loadBoardDescription(path);
  } catch (e) {
    fail(`--board: ${e instanceof Error ? e.message : e}`);
  }
}

function parseSize(s: string): number {
  const m = /^(\d+)([kKmM]?)$/.exec(s);
  if (!m) fail(`bad heap size: ${s}`);
  const n = Number(m[1]);
  return m[2].toLowerCase() === "k" ? n * 1024 : m[2].toLowerCase() === "m" ? n * 1024 * 1024 : n;
}

/** Entry point. */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === "repl" || argv[0] === "daemon") return await boardCommand(argv[0], argv.slice(1));
  // `wipy run [options] FILE` and `wipy [options] [run] FILE` mean the same.
  if (argv[0] === "run") argv = argv.slice(1);
  // Options come before the program; everything after it is the program's argv.
  const optArgs: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-X" || a === "--flash" || a === "--sd" || a === "--board") {
      optArgs.push(a, argv[++i] ?? fail(`${a} needs a value`));
    } else if (a.startsWith("-X") && a.length > 2) optArgs.push("-X", a.slice(2));
    else if (a === "-c" || a === "-m") break;
    else if (a.startsWith("-") && a !== "-") optArgs.push(a);
    else break;
  }
  const opts = parseArgs(optArgs, {
    boolean: ["float", "help", "i"],
    string: ["flash", "sd", "X", "board"],
    collect: ["X"],
    alias: { h: "help" },
    unknown: (arg) => {
      if (arg.startsWith("-")) fail(`unknown option ${arg}\n${USAGE}`);
      return true;
    },
  });
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  let heapSize: number | undefined;
  for (const x of (opts.X ?? []) as string[]) {
    const [k, v] = x.split("=", 2);
    if (k === "heapsize") heapSize = parseSize(v ?? "");
    else if (k === "emit") {
      if (!["bytecode", "native", "viper"].includes(v)) fail(`bad emit mode: ${v}`);
    } else fail(`unknown -X option: ${x}`);
  }
  const board = boardFile(opts.board);
  heapSize ??= board?.heapSize;
  const float = opts.float || board?.float;
  const rest = argv.slice(i);
  let mode: "file" | "code" | "module";
  let target: string;
  if (rest[0] === "-c") {
    mode = "code";
    target = rest[1] ?? fail("-c needs an argument");
    rest.splice(0, 2, "-c");
  } else if (rest[0] === "-m") {
    mode = "module";
    target = rest[1] ?? fail("-m needs an argument");
    rest.splice(0, 1);
  } else {
    if (rest[0] === "run") rest.shift();
    if (rest.length === 0 || rest[0] === "-") {
      // No program: the REPL on a terminal, else the program read from stdin (as
      // MicroPython's unix port does).
      mode = "code";
      if (Deno.stdin.isTerminal()) {
        opts.i = true;
        target = "";
      } else {
        target = new TextDecoder().decode(await new Response(Deno.stdin.readable).arrayBuffer());
      }
      rest.splice(0, rest.length, "");
    } else {
      mode = "file";
      target = rest[0];
    }
  }
  const extraPath: string[] = [];
  const mounts: Record<string, string> = {};
  const mpPath = Deno.env.get("MICROPYPATH");
  if (mpPath) {
    mpPath.split(":").filter((p) => p).forEach((p, k) => {
      try {
        if (Deno.statSync(p).isDirectory) {
          mounts[`/mpath${k}`] = p;
          extraPath.push(`/mpath${k}`);
        }
      } catch { /* missing entries are ignored, as MicroPython does */ }
    });
  }
  for (const [flag, dir] of [["--flash", opts.flash], ["--sd", opts.sd]]) {
    if (dir !== undefined && !isDirectory(dir)) fail(`${flag}: no such folder: ${dir}`);
  }
  let flashDir = opts.flash;
  let src = "";
  let filename = "<stdin>";
  if (mode === "file") {
    try {
      src = Deno.readTextFileSync(target);
    } catch (e) {
      const why = e instanceof Deno.errors.IsADirectory || isDirectory(target)
        ? "[Errno 21] Is a directory"
        : e instanceof Deno.errors.PermissionDenied
        ? "[Errno 13] Permission denied"
        : "[Errno 2] No such file or directory";
      console.error(`wipy: can't open file '${target}': ${why}`);
      return 2;
    }
    flashDir ??= folderOf(target);
    filename = target;
  } else {
    flashDir ??= Deno.cwd();
    src = target;
  }
  if (opts.i && mode !== "module") {
    // -i: run the program, then stay in the REPL with its names (MicroPython's unix port).
    const replBoard = startBoard({
      kind: "board",
      target: "",
      filename: "",
      options: {
        flashDir,
        sdDir: opts.sd,
        float,
        heapSize,
        wiring: board?.wiring,
        i2c: board?.i2c,
        analog: board?.analog,
        wlanNetworks: board?.wlan,
        argv: rest,
        extraPath,
        mounts,
      },
      boot: { script: { src, filename } },
    });
    return await attachRepl(replBoard, "repl");
  }
  const handle = startBoard({
    kind: mode === "module" ? "module" : "code",
    target: mode === "module" ? target : src,
    filename,
    options: {
      flashDir,
      sdDir: opts.sd,
      float,
      heapSize,
      wiring: board?.wiring,
      i2c: board?.i2c,
      analog: board?.analog,
      wlanNetworks: board?.wlan,
      argv: rest,
      extraPath,
      mounts,
    },
  });
  // Ctrl-C raises KeyboardInterrupt in the running program instead of killing us.
  const onSigint = () => handle.interrupt();
  Deno.addSignalListener("SIGINT", onSigint);
  const status = await handle.done;
  Deno.removeSignalListener("SIGINT", onSigint);
  return status;
}

/**
 * `wipy repl` and `wipy daemon`: boot the virtual WiPy from a flash folder (default
 * ./flash, created and given the default boot.py/main.py when empty), run boot.py and
 * main.py (not with --safe-boot), then the REPL on stdin/stdout. On a terminal stdin is put
 * in raw mode and Ctrl-] or Ctrl-X leaves; Ctrl-D soft-resets as on the board. From a pipe
 * the REPL reads the bytes as they come and ends at end of input. `daemon` without a
 * terminal takes no input: the board keeps running until SIGINT/SIGTERM (the telnet and
 * FTP servers will attach to it).
 */
async function boardCommand(cmd: "repl" | "daemon", args: string[]): Promise<number> {
  const opts = parseArgs(args, {
    boolean: ["float", "help", "safe-boot"],
    string: ["flash", "sd", "X", "board"],
    collect: ["X"],
    alias: { h: "help" },
    unknown: (arg) => fail(`unknown argument ${arg}\n${USAGE}`),
  });
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  let heapSize: number | undefined;
  for (const x of (opts.X ?? []) as string[]) {
    const [k, v] = x.split("=", 2);
    if (k === "heapsize") heapSize = parseSize(v ?? "");
    else if (k !== "emit") fail(`unknown -X option: ${x}`);
  }
  const board = boardFile(opts.board);
  heapSize ??= board?.heapSize;
  const flashDir = opts.flash ?? "flash";
  try {
    Deno.mkdirSync(flashDir, { recursive: true });
  } catch (e) {
    fail(`can't create ${flashDir}: ${e instanceof Error ? e.message : e}`);
  }
  const handle = startBoard({
    kind: "board",
    target: "",
    filename: "",
    options: {
      flashDir,
      sdDir: opts.sd,
      float: opts.float || board?.float,
      heapSize,
      argv: [],
      wiring: board?.wiring,
      i2c: board?.i2c,
      analog: board?.analog,
      wlanNetworks: board?.wlan,
    },
    boot: { safeBoot: opts["safe-boot"] },
  });
  return await attachRepl(handle, cmd);
}

/** Connects a board's REPL to this process's stdin/stdout until the board stops. */
async function attachRepl(handle: BoardHandle, cmd: "repl" | "daemon"): Promise<number> {
  const tty = Deno.stdin.isTerminal();
  const signals: [Deno.Signal, () => void][] = [];
  const onSignal = (sig: Deno.Signal, f: () => void) => {
    Deno.addSignalListener(sig, f);
    signals.push([sig, f]);
  };
  if (cmd === "repl" || tty) {
    if (tty) enterRawMode();
    onSignal("SIGINT", () => handle.interrupt()); // from a pipe, or `kill -INT`
    pumpStdin(handle.feed, handle.endInput, tty ? EXIT_KEYS : [], () => handle.stop(0));
  } else {
    onSignal("SIGINT", () => handle.stop(130));
    onSignal("SIGTERM", () => handle.stop(0));
  }
  const status = await handle.done;
  for (const [sig, f] of signals) Deno.removeSignalListener(sig, f);
  if (tty) {
    Deno.stdout.writeSync(new TextEncoder().encode("\r\n"));
    restoreTerminal();
  }
  return status;
}

if (import.meta.main) {
  Deno.exit(await main(Deno.args));
}

/** The absolute host folder holding `file` (kept free of @std/path to start faster). */
function folderOf(file: string): string {
  const abs = file.startsWith("/") ? file : Deno.cwd() + "/" + file;
  const parts: string[] = [];
  for (const p of abs.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") parts.pop();
    else parts.push(p);
  }
  parts.pop();
  return "/" + parts.join("/");
}

function isDirectory(p: string): boolean {
  try {
    return Deno.statSync(p).isDirectory;
  } catch {
    return false;
  }
}
