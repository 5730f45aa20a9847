/**
 * `wipy`: the command line. Runs WiPy code against the virtual WiPy.
 *
 *   wipy run FILE [ARGS]     run FILE with /flash mapped to its folder
 *   wipy FILE [ARGS]         the same (so `#!/usr/bin/env wipy` scripts work)
 *   wipy -c CODE [ARGS]      run CODE
 *   wipy -m MODULE [ARGS]    run a module found on sys.path
 *   wipy repl [--flash DIR] [--safe-boot]    boot the virtual WiPy and open its REPL
 *   wipy daemon [--flash DIR] [--safe-boot]  boot it and keep it running, with telnet and FTP
 *
 * MicroPython unix-port options are accepted so its tooling can drive us:
 * `-X heapsize=N`, `-X emit=bytecode|native|viper`, `-i`, `MICROPYPATH`.
 */

import { parseArgs } from "@std/cli/parse-args";
import { type BoardHandle, startBoard } from "./host/board.ts";
import type { BoardDescription } from "./host/board_description.ts";
import type { ReplHub } from "./host/repl_hub.ts";
import type { TelnetServer } from "./net/telnet.ts";
import type { FtpServer } from "./net/ftp.ts";
import type { NetState } from "./runtime/network/state.ts";

// The REPL, the servers and board descriptions are loaded when a command needs them, so
// `wipy run` / `wipy -c` start without them.
const loadTerminal = () => import("./host/terminal.ts");
const loadServers = async () => ({
  ...await import("./host/repl_hub.ts"),
  ...await import("./net/telnet.ts"),
  ...await import("./net/ftp.ts"),
  ...await import("./hal/vfs.ts"),
});

const USAGE =
  `usage: wipy [options] [run] FILE|- [args...] | -c CODE [args...] | -m MODULE [args...]
       wipy repl|daemon [--flash DIR] [--sd DIR] [--board FILE] [--safe-boot] [--float]
                        [-X heapsize=N] [--telnet-port N] [--ftp-port N] [--ftp-data-port N]
                        [--bind ADDR] [--user NAME] [--password PW] [--timeout SECONDS]
options:
  --float            enable float support (the WiPy has none)
  --flash DIR        host folder mounted at /flash
  --sd DIR           host folder holding the SD card (os.mount(machine.SD(), "/sd") mounts it)
  --board FILE       board description (JSON: float, heapsize, wires, levels, linux)
  -X heapsize=N      heap size (bytes, or with k/m suffix)
  -X emit=MODE       bytecode | native | viper (accepted for compatibility)
  -i                 run the program, then the REPL with its names
  --telnet-port N    serve the REPL over telnet on port N (daemon: 23; 0 = off)
  --ftp-port N       serve /flash and /sd over FTP on port N (daemon: 21; 0 = off)
  --ftp-data-port N  FTP passive data port (2024; a free port when it is taken)
  --bind ADDR        address the servers listen on (0.0.0.0)
  --user, --password login for telnet and FTP (micro / python)
  --timeout SECONDS  idle time before a telnet or FTP session is closed (300)
  -h, --help         show this help`;

function fail(msg: string): never {
  console.error(`wipy: ${msg}`);
  Deno.exit(2);
}

/** The board description named by `--board`, or a one-line CLI error. */
async function boardFile(path: string | undefined): Promise<BoardDescription | undefined> {
  if (path === undefined) return undefined;
  const { loadBoardDescription } = await import("./host/board_description.ts");
  try {
    return loadBoardDescription(path);
  } catch (e) {
    fail(`--board: ${e instanceof Error ? e.message : e}`);
  }
}

/** What a board description sets in the board's options. */
function boardOptions(board: BoardDescription | undefined) {
  return {
    wiring: board?.wiring,
    i2c: board?.i2c,
    analog: board?.analog,
    wlanNetworks: board?.wlan,
    linux: board?.linux,
  };
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
  const board = await boardFile(opts.board);
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
  const options = {
    flashDir,
    sdDir: opts.sd,
    float,
    heapSize,
    ...boardOptions(board),
    argv: rest,
    extraPath,
    mounts,
  };
  if (opts.i && mode !== "module") {
    // -i: run the program, then stay in the REPL with its names (MicroPython's unix port).
    const replBoard = startBoard({
      kind: "board",
      target: "",
      filename: "",
      options,
      boot: { script: { src, filename } },
    });
    return await attachRepl(replBoard, "repl");
  }
  const handle = startBoard({
    kind: mode === "module" ? "module" : "code",
    target: mode === "module" ? target : src,
    filename,
    options,
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
 * terminal takes no input from stdin: the board keeps running until SIGINT/SIGTERM. The
 * telnet server shares the REPL (`daemon`: port 23, `repl`: when asked) and the FTP server
 * serves the same host folders (`daemon`: port 21).
 */
async function boardCommand(cmd: "repl" | "daemon", args: string[]): Promise<number> {
  const opts = parseArgs(args, {
    boolean: ["float", "help", "safe-boot"],
    string: [
      "flash",
      "sd",
      "X",
      "board",
      "telnet-port",
      "ftp-port",
      "ftp-data-port",
      "bind",
      "user",
      "password",
      "timeout",
    ],
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
  const board = await boardFile(opts.board);
  heapSize ??= board?.heapSize;
  const net = parseNetOptions(cmd, opts);
  const flashDir = opts.flash ?? "flash";
  try {
    Deno.mkdirSync(flashDir, { recursive: true });
  } catch (e) {
    fail(`can't create ${flashDir}: ${e instanceof Error ? e.message : e}`);
  }
  if (opts.sd !== undefined && !isDirectory(opts.sd)) fail(`--sd: no such folder: ${opts.sd}`);
  // The servers are bound before the board boots, so a taken port is a plain error.
  const mods = await loadServers();
  const hub = new mods.ReplHub();
  const servers = startServers(mods, net, hub, flashDir, opts.sd);
  const handle = startBoard({
    kind: "board",
    target: "",
    filename: "",
    options: {
      flashDir,
      sdDir: opts.sd,
      float: opts.float || board?.float,
      heapSize,
      servers: servers.length > 0,
      argv: [],
      ...boardOptions(board),
    },
    boot: { safeBoot: opts["safe-boot"] },
  }, { output: hub.output, netState: (json) => applyServerSettings(json, servers) });
  hub.board = handle;
  const status = await attachRepl(handle, cmd, hub);
  await Promise.all(servers.map((s) => s.close()));
  return status;
}

/** Telnet/FTP settings of `wipy repl`/`daemon` (port 0: off). */
interface NetOptions {
  telnetPort: number;
  ftpPort: number;
  ftpDataPort: number;
  hostname: string;
  user: string;
  password: string;
  timeoutMs: number;
}

function parseNetOptions(
  cmd: "repl" | "daemon",
  opts: Record<string, string | undefined | unknown>,
): NetOptions {
  const port = (name: string, dflt: number): number => {
    const v = opts[name];
    if (v === undefined) return dflt;
    if (typeof v !== "string" || !/^\d+$/.test(v) || Number(v) > 65535) {
      fail(`--${name} needs a port number (0-65535), not ${JSON.stringify(v)}`);
    }
    return Number(v);
  };
  const credential = (name: string, dflt: string): string => {
    const v = opts[name];
    if (v === undefined) return dflt;
    if (typeof v !== "string" || v.length === 0 || v.length > 32 || [...v].some((c) => c <= " ")) {
      fail(`--${name} must be 1 to 32 characters without spaces`);
    }
    return v;
  };
  let timeoutMs = 300_000;
  if (opts.timeout !== undefined) {
    const t = opts.timeout;
    if (typeof t !== "string" || !/^\d+$/.test(t) || Number(t) < 5) {
      fail("--timeout needs a number of seconds, at least 5");
    }
    timeoutMs = Number(t) * 1000;
  }
  return {
    telnetPort: port("telnet-port", cmd === "daemon" ? 23 : 0),
    ftpPort: port("ftp-port", cmd === "daemon" ? 21 : 0),
    ftpDataPort: port("ftp-data-port", 2024),
    hostname: typeof opts.bind === "string" ? opts.bind : "0.0.0.0",
    user: credential("user", "micro"),
    password: credential("password", "python"),
    timeoutMs,
  };
}

/** Binds the servers `net` asks for; a port that cannot be bound is a one-line error. */
/** network.Server's settings (reported by the board) applied to the running servers. */
function applyServerSettings(json: string, servers: (TelnetServer | FtpServer)[]): void {
  const st = JSON.parse(json) as NetState;
  if (!st.server) return;
  const { running, user, password, timeout } = st.server;
  for (const s of servers) {
    try {
      s.configure({ running, user, password, timeoutMs: timeout * 1000 });
    } catch (e) {
      console.error(`wipy: can't restart a server: ${e instanceof Error ? e.message : e}`);
    }
  }
}

function startServers(
  mods: Awaited<ReturnType<typeof loadServers>>,
  net: NetOptions,
  hub: ReplHub,
  flashDir: string,
  sdDir: string | undefined,
): (TelnetServer | FtpServer)[] {
  const servers: (TelnetServer | FtpServer)[] = [];
  const bind = (what: string, port: number, listen: () => number) => {
    try {
      const p = listen();
      console.error(`wipy: ${what} on port ${p}`);
    } catch (e) {
      for (const s of servers) void s.close();
      const why = e instanceof Deno.errors.AddrInUse
        ? "is in use"
        : e instanceof Deno.errors.PermissionDenied
        ? "needs more privileges (choose another with --" + what.toLowerCase() + "-port)"
        : e instanceof Deno.errors.AddrNotAvailable
        ? `is not available on ${net.hostname}`
        : `cannot be used: ${e instanceof Error ? e.message : e}`;
      fail(`${what}: port ${port} ${why}`);
    }
  };
  const common = {
    hostname: net.hostname,
    user: net.user,
    password: net.password,
    timeoutMs: net.timeoutMs,
  };
  if (net.telnetPort) {
    const t = new mods.TelnetServer(hub, { port: net.telnetPort, ...common });
    bind("telnet", net.telnetPort, () => t.listen());
    servers.push(t);
  }
  if (net.ftpPort) {
    // The FTP server has its own view of the same host folders as the board.
    const vfs = new mods.VirtualFs();
    vfs.mount("/flash", flashDir);
    if (sdDir !== undefined) vfs.mount("/sd", sdDir);
    const f = new mods.FtpServer(vfs, {
      port: net.ftpPort,
      dataPort: net.ftpDataPort,
      ...common,
    });
    bind("ftp", net.ftpPort, () => f.listen());
    servers.push(f);
  }
  return servers;
}

/**
 * Connects a board's REPL to this process's stdin/stdout until the board stops. With a
 * hub, stdout is one of its sinks (telnet may be another) and stdin one of its inputs.
 */
async function attachRepl(
  handle: BoardHandle,
  cmd: "repl" | "daemon",
  hub?: ReplHub,
): Promise<number> {
  const { enterRawMode, EXIT_KEYS, pumpStdin, restoreTerminal } = await loadTerminal();
  const tty = Deno.stdin.isTerminal();
  const detachStdout = hub?.attach(stdoutSink());
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
  detachStdout?.();
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

/** Board output to stdout; when stdout goes away the board keeps running for telnet. */
function stdoutSink(): (data: Uint8Array) => void {
  let broken = false;
  return (data) => {
    if (broken) return;
    try {
      let o = 0;
      while (o < data.length) o += Deno.stdout.writeSync(data.subarray(o));
    } catch {
      broken = true;
    }
  };
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
