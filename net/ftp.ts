/**
 * The WiPy's FTP server over the board's virtual filesystem: one control connection at a
 * time, passive mode only, the firmware's commands and replies (`ftp.c`) byte for byte,
 * plus NLST, EPSV, APPE, ABOR and OPTS UTF8.
 *
 * Every path goes through a {@link VirtualFs} (`/flash`, `/sd`; `/` lists the mount
 * points), so no client reaches a host path outside the mounted folders. An upload is
 * written to a hidden temporary file beside its target and renamed over it only when the
 * transfer completed, so a cut-off upload never replaces a good file. The data port is
 * 2024 as on the WiPy; when it cannot be bound a free port is used and announced in the
 * PASV reply.
 */

import { SingleClientServer } from "./single_client_server.ts";
import { normalizePath, type VirtualFs } from "../hal/vfs.ts";

/** Server settings. */
export interface FtpOptions {
  /** Control port (0: any free port). */
  port: number;
  hostname?: string;
  /** Passive data port (default 2024); when it cannot be bound, a free one is used. */
  dataPort?: number;
  user?: string;
  password?: string;
  /** Idle time before the control connection is closed (ms; default 300 s). */
  timeoutMs?: number;
  /** How long a transfer waits for the data connection or its next bytes (ms; 10 s). */
  dataTimeoutMs?: number;
}

export const GREETING = "220 Micropython FTP Server\r\n";
export const BUSY_REPLY = "421 Only one FTP connection at a time, try again later.\r\n";
/** Longest command line accepted (the firmware's buffer holds far less). */
export const MAX_LINE = 1024;
/** Commands read ahead of the one being handled before reading pauses. */
const MAX_QUEUED = 32;
const CHUNK = 64 * 1024;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Stands in the command queue for a line that was too long. */
const TOO_LONG = Symbol("too long");
const DAYS_180_MS = 180 * 24 * 3600 * 1000;
/** The date the firmware gives the mount points in `/`: 2015-01-01 00:00. */
const MOUNT_DATE = Date.UTC(2015, 0, 1);

const encoder = new TextEncoder();

/**
 * One line of a LIST reply, as the firmware prints it:
 * `"%srw-rw-r--   1 root  root %9u %s %2u %02u:%02u %s\r\n"`, with the year (`%5u`) in place
 * of the time when the date is more than 180 days ago (or in the future). The name
 * starts at column 49. Dates are UTC.
 */
export function listLine(
  name: string,
  isDir: boolean,
  size: number,
  mtimeMs: number,
  nowMs: number,
): string {
  const d = new Date(mtimeMs);
  const p2 = (n: number) => String(n).padStart(2, "0");
  const when = nowMs - mtimeMs > DAYS_180_MS || nowMs < mtimeMs
    ? String(d.getUTCFullYear()).padStart(5)
    : `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
  return `${isDir ? "d" : "-"}rw-rw-r--   1 root  root ${String(size).padStart(9)} ` +
    `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${when} ${name}\r\n`;
}

/** `213` time of MDTM: `YYYYMMDDhhmmss` (UTC). */
export function mdtm(mtimeMs: number): string {
  const d = new Date(mtimeMs);
  const p2 = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())}` +
    `${p2(d.getUTCHours())}${p2(d.getUTCMinutes())}${p2(d.getUTCSeconds())}`;
}

/** Splits a command line into its upper-cased verb and its argument (the rest of the line). */
export function parseCommand(line: string): { cmd: string; arg: string } {
  const sp = line.indexOf(" ");
  const cmd = (sp < 0 ? line : line.slice(0, sp)).toUpperCase();
  return { cmd, arg: sp < 0 ? "" : line.slice(sp + 1) };
}

/** The PASV reply's address part for `host:port` (IPv4; anything else is announced as 127.0.0.1). */
export function pasvAddress(host: string, port: number): string {
  const m = /^(?:::ffff:)?(\d+)\.(\d+)\.(\d+)\.(\d+)$/i.exec(host);
  const ip = m && !(m[1] === "0" && m[2] === "0" && m[3] === "0" && m[4] === "0")
    ? m.slice(1, 5)
    : ["127", "0", "0", "1"];
  return `(${ip.join(",")},${port >> 8},${port & 255})`;
}

/** Removes telnet commands some clients put on the control connection (IAC IP before ABOR). */
function stripTelnet(b: Uint8Array): Uint8Array {
  if (!b.includes(255)) return b;
  const out: number[] = [];
  for (let i = 0; i < b.length; i++) {
    if (b[i] !== 255) out.push(b[i]);
    else if (b[i + 1] === 255) out.push(255), i++;
    else if (b[i + 1] >= 251 && b[i + 1] <= 254) i += 2;
    else i++;
  }
  return Uint8Array.from(out);
}

/** The FTP server. */
export class FtpServer extends SingleClientServer<Required<FtpOptions>> {
  constructor(private vfs: VirtualFs, opts: FtpOptions) {
    super({
      hostname: "0.0.0.0",
      dataPort: 2024,
      user: "micro",
      password: "python",
      timeoutMs: 300_000,
      dataTimeoutMs: 10_000,
      ...opts,
    }, BUSY_REPLY);
  }

  protected newSession(conn: Deno.Conn): FtpSession {
    return new FtpSession(conn, this.vfs, this.opts);
  }
}

/** A transfer on the data connection, which the control side can abort. */
interface Transfer {
  abort(reason: "abor" | "closed"): void;
}

/** Thrown inside a transfer when it ends early. */
class TransferError extends Error {
  constructor(public code: 426 | 451) {
    super(String(code));
  }
}

/** One control connection. */
class FtpSession {
  private cwd = "/";
  private userOk = false;
  private loggedIn = false;
  private renameFrom: string | null = null;
  private closed = false;
  private lines: (string | typeof TOO_LONG)[] = [];
  private lineWaiter: (() => void) | null = null;
  private drainWaiter: (() => void) | null = null;
  private readerDone = false;
  private writes: Promise<void> = Promise.resolve();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private dataListener: Deno.Listener | null = null;
  private dataConn: Promise<Deno.Conn | null> | null = null;
  private transfer: Transfer | null = null;
  private peer: string;
  private local: string;

  constructor(
    private conn: Deno.Conn,
    private vfs: VirtualFs,
    private opts: Required<FtpOptions>,
  ) {
    this.peer = (conn.remoteAddr as Deno.NetAddr).hostname;
    this.local = (conn.localAddr as Deno.NetAddr).hostname;
  }

  /** Queues a reply `<code> <text>\r\n`. */
  private reply(code: number, text = ""): Promise<void> {
    return this.write(encoder.encode(`${code} ${text}\r\n`));
  }

  private write(data: Uint8Array): Promise<void> {
    this.writes = this.writes.then(async () => {
      if (this.closed) return;
      let o = 0;
      while (o < data.length) o += await this.conn.write(data.subarray(o));
    }).catch(() => this.close());
    return this.writes;
  }

  private touch(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      // A long transfer is not idleness.
      if (this.transfer) this.touch();
      else void this.reply(221).then(() => this.close());
    }, this.opts.timeoutMs);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.idleTimer);
    this.transfer?.abort("closed");
    this.closeData();
    try {
      this.conn.close();
    } catch { /* already closed */ }
    this.lineWaiter?.();
    this.drainWaiter?.();
  }

  private closeData(): void {
    const l = this.dataListener;
    this.dataListener = null;
    try {
      l?.close();
    } catch { /* closed */ }
    const c = this.dataConn;
    this.dataConn = null;
    void c?.then((conn) => {
      try {
        conn?.close();
      } catch { /* closed */ }
    });
  }

  async run(): Promise<void> {
    this.touch();
    await this.write(encoder.encode(GREETING));
    const reader = this.readLines();
    try {
      for (;;) {
        const line = await this.nextLine();
        if (line === null) break;
        this.touch();
        await this.handle(line);
        if (this.closed) break;
      }
    } finally {
      await this.writes;
      this.close();
      await reader;
    }
  }

  /** Reads the control connection into `lines` (CR LF or LF ended; over-long lines refused). */
  private async readLines(): Promise<void> {
    const buf = new Uint8Array(4096);
    let pending: number[] = [];
    let discarding = false;
    const decoder = new TextDecoder();
    try {
      while (!this.closed) {
        while (this.lines.length >= MAX_QUEUED && !this.closed) {
          await new Promise<void>((r) => this.drainWaiter = r);
          this.drainWaiter = null;
        }
        let n: number | null;
        try {
          n = await this.conn.read(buf);
        } catch {
          n = null;
        }
        if (n === null) break;
        for (const b of stripTelnet(buf.subarray(0, n))) {
          if (b === 10) {
            if (!discarding) {
              if (pending.length && pending[pending.length - 1] === 13) pending.pop();
              this.push(decoder.decode(Uint8Array.from(pending)));
            }
            pending = [];
            discarding = false;
          } else if (!discarding) {
            pending.push(b);
            if (pending.length > MAX_LINE) {
              pending = [];
              discarding = true;
              this.push(TOO_LONG);
            }
          }
        }
      }
    } finally {
      this.readerDone = true;
      // A dropped connection ends a transfer in progress: it must not be committed.
      if (this.transfer) this.transfer.abort("closed");
      this.lineWaiter?.();
    }
  }

  private push(line: string | typeof TOO_LONG): void {
    // ABOR acts at once on a running transfer; its replies come in order from handle().
    if (this.transfer && line !== TOO_LONG && parseCommand(line).cmd === "ABOR") {
      this.transfer.abort("abor");
    }
    this.lines.push(line);
    this.lineWaiter?.();
  }

  private async nextLine(): Promise<string | typeof TOO_LONG | null> {
    for (;;) {
      if (this.closed) return null;
      const l = this.lines.shift();
      if (l !== undefined) {
        this.drainWaiter?.();
        return l;
      }
      if (this.readerDone) return null;
      await new Promise<void>((r) => this.lineWaiter = r);
      this.lineWaiter = null;
    }
  }

  /** A virtual path from a command's argument (relative to the current folder). */
  private path(arg: string): string {
    // Control characters (NUL above all) have no place in a FAT name: 550 at once.
    for (let i = 0; i < arg.length; i++) {
      if (arg.charCodeAt(i) < 32) throw new Error("bad name");
    }
    return normalizePath(arg, this.cwd);
  }

  private async handle(line: string | typeof TOO_LONG): Promise<void> {
    if (line === TOO_LONG) return void await this.reply(500, "line too long");
    const { cmd, arg } = parseCommand(line);
    if (!this.loggedIn && cmd !== "USER" && cmd !== "PASS" && cmd !== "QUIT") {
      return void await this.reply(332);
    }
    try {
      await this.command(cmd, arg);
    } catch (e) {
      // Whatever a hostile argument does, the session goes on.
      if (e instanceof TransferError) return;
      await this.reply(550);
    }
  }

  private async command(cmd: string, arg: string): Promise<void> {
    const vfs = this.vfs;
    switch (cmd) {
      case "USER":
        this.userOk = arg === this.opts.user;
        this.loggedIn = false;
        return void await this.reply(331);
      case "PASS":
        if (this.userOk && arg === this.opts.password) {
          this.loggedIn = true;
          return void await this.reply(230);
        }
        return void await this.reply(530);
      case "SYST":
        return void await this.reply(215, "UNIX Type: L8");
      case "FEAT":
        return void await this.reply(211, "no-features");
      case "PWD":
      case "XPWD":
        return void await this.reply(257, this.cwd);
      case "CWD": {
        const p = this.path(arg);
        if (p === "/" || vfs.isDir(p)) {
          this.cwd = p;
          return void await this.reply(250);
        }
        return void await this.reply(550);
      }
      case "CDUP":
      case "XCUP":
        this.cwd = normalizePath("..", this.cwd);
        return void await this.reply(250);
      case "TYPE":
        return void await this.reply(200);
      case "NOOP":
        return void await this.reply(200);
      case "OPTS":
        return void await this.reply(/^UTF-?8(\s+ON)?$/i.test(arg.trim()) ? 200 : 501);
      case "QUIT":
        await this.reply(221);
        return this.close();
      case "PASV": {
        const port = this.openDataPort();
        if (port === null) return void await this.reply(425);
        return void await this.reply(227, pasvAddress(this.local, port));
      }
      case "EPSV": {
        if (arg.trim().toUpperCase() === "ALL") return void await this.reply(200);
        const port = this.openDataPort();
        if (port === null) return void await this.reply(425);
        return void await this.reply(229, `Entering Extended Passive Mode (|||${port}|)`);
      }
      case "LIST":
      case "NLST":
        return await this.list(cmd === "NLST", arg);
      case "RETR":
        return await this.retrieve(this.path(arg));
      case "STOR":
      case "APPE":
        return await this.store(this.path(arg), cmd === "APPE");
      case "ABOR":
        // A transfer it stopped has replied 426 already.
        return void await this.reply(226);
      case "DELE":
      case "RMD":
      case "XRMD": {
        // The firmware removes a file or an empty folder with either command.
        const p = this.path(arg);
        vfs.remove(p, vfs.stat(p).isDir);
        return void await this.reply(250);
      }
      case "MKD":
      case "XMKD":
        vfs.mkdir(this.path(arg));
        return void await this.reply(250);
      case "RNFR": {
        const p = this.path(arg);
        vfs.stat(p);
        if (vfs.isVirtualDir(p)) return void await this.reply(550);
        this.renameFrom = p;
        return void await this.reply(350);
      }
      case "RNTO": {
        const from = this.renameFrom;
        this.renameFrom = null;
        const to = this.path(arg);
        // Within one mount only (as FAT volumes), and never a mount point itself.
        if (
          from === null || vfs.isVirtualDir(to) || mountOf(from) !== mountOf(to) ||
          (to + "/").startsWith(from + "/")
        ) {
          return void await this.reply(550);
        }
        vfs.rename(from, to);
        return void await this.reply(250);
      }
      case "SIZE": {
        const st = vfs.stat(this.path(arg));
        return void await this.reply(213, String(st.size));
      }
      case "MDTM": {
        const p = this.path(arg);
        const st = vfs.stat(p);
        return void await this.reply(
          213,
          mdtm(p === "/" || vfs.isVirtualDir(p) ? MOUNT_DATE : st.mtimeMs),
        );
      }
      default:
        return void await this.reply(502);
    }
  }

  /** Opens (or re-opens) the passive data listener; returns its port, null if none could be bound. */
  private openDataPort(): number | null {
    // Some clients send PASV twice: the previous data connection goes.
    this.closeData();
    let listener: Deno.Listener;
    try {
      listener = Deno.listen({ port: this.opts.dataPort, hostname: this.opts.hostname });
    } catch {
      try {
        listener = Deno.listen({ port: 0, hostname: this.opts.hostname });
      } catch {
        return null;
      }
    }
    this.dataListener = listener;
    this.dataConn = this.acceptData(listener);
    return (listener.addr as Deno.NetAddr).port;
  }

  /** Accepts the data connection; only the control connection's host may make it. */
  private async acceptData(listener: Deno.Listener): Promise<Deno.Conn | null> {
    for (;;) {
      let c: Deno.Conn;
      try {
        c = await listener.accept();
      } catch {
        return null;
      }
      if ((c.remoteAddr as Deno.NetAddr).hostname === this.peer) {
        try {
          listener.close();
        } catch { /* closed */ }
        if (this.dataListener === listener) this.dataListener = null;
        return c;
      }
      try {
        c.close();
      } catch { /* closed */ }
    }
  }

  /** Waits for the data connection of the last PASV/EPSV (null: none came in time). */
  private async takeDataConn(): Promise<Deno.Conn | null> {
    const pending = this.dataConn;
    if (!pending) return null;
    this.dataConn = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((r) =>
      timer = setTimeout(() => r(null), this.opts.dataTimeoutMs)
    );
    const c = await Promise.race([pending, timeout]);
    clearTimeout(timer);
    const l = this.dataListener;
    this.dataListener = null;
    try {
      l?.close();
    } catch { /* closed */ }
    if (c === null) {
      void pending.then((late) => {
        try {
          late?.close();
        } catch { /* closed */ }
      });
    }
    return c;
  }

  /**
   * Runs `body` over the data connection: 150 first, then 226 when it completed, 426 when
   * the connection broke, timed out or was aborted, 451 on a local error.
   */
  private async withData(
    body: (conn: Deno.Conn, t: { alive(): void; aborted(): boolean }) => Promise<void>,
    cleanup: () => void = () => {},
  ): Promise<void> {
    if (!this.dataConn) {
      cleanup();
      return void await this.reply(425);
    }
    const conn = await this.takeDataConn();
    if (!conn || this.closed) {
      cleanup();
      try {
        conn?.close();
      } catch { /* closed */ }
      return void await this.reply(425);
    }
    let aborted = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      aborted = true;
      clearTimeout(timer);
      try {
        conn.close();
      } catch { /* closed */ }
    };
    const alive = () => {
      clearTimeout(timer);
      timer = setTimeout(stop, this.opts.dataTimeoutMs);
    };
    this.transfer = { abort: stop };
    alive();
    await this.reply(150);
    let code = 226;
    try {
      await body(conn, { alive, aborted: () => aborted || this.closed });
      if (aborted || this.closed) code = 426;
    } catch (e) {
      code = e instanceof TransferError ? e.code : aborted ? 426 : 451;
    } finally {
      this.transfer = null;
      clearTimeout(timer);
      try {
        conn.close();
      } catch { /* closed */ }
      cleanup();
    }
    await this.reply(code);
  }

  private async list(namesOnly: boolean, arg: string): Promise<void> {
    // `LIST -la` and `LIST -a /flash`: options are ignored.
    const target = arg.split(" ").filter((w) => w && !w.startsWith("-")).join(" ");
    const p = this.path(target);
    const vfs = this.vfs;
    const now = Date.now();
    let text = "";
    if (p === "/") {
      for (const name of vfs.listdir("/")) {
        text += namesOnly ? name + "\r\n" : listLine(name, true, 0, MOUNT_DATE, now);
      }
    } else {
      const st = vfs.stat(p);
      const entries: [string, string][] = st.isDir
        ? vfs.listdir(p).map((n) => [n, p + "/" + n])
        : [[p.slice(p.lastIndexOf("/") + 1), p]];
      for (const [name, full] of entries) {
        if (namesOnly) {
          text += name + "\r\n";
          continue;
        }
        let e;
        try {
          e = vfs.stat(full);
        } catch {
          continue; // a dangling or escaping symlink is not listed
        }
        text += listLine(name, e.isDir, e.isDir ? 0 : e.size, e.mtimeMs, now);
      }
    }
    const data = encoder.encode(text);
    await this.withData(async (conn, t) => {
      for (let o = 0; o < data.length && !t.aborted();) {
        o += await conn.write(data.subarray(o, o + CHUNK));
        t.alive();
      }
    });
  }

  private async retrieve(p: string): Promise<void> {
    if (this.vfs.isVirtualDir(p) || this.vfs.stat(p).isDir) return void await this.reply(550);
    const file = this.vfs.open(p, { read: true });
    await this.withData(async (conn, t) => {
      const buf = new Uint8Array(CHUNK);
      for (;;) {
        let n: number | null;
        try {
          n = await file.read(buf);
        } catch {
          throw new TransferError(451);
        }
        if (n === null || t.aborted()) break;
        for (let o = 0; o < n && !t.aborted();) {
          o += await conn.write(buf.subarray(o, n));
          t.alive();
        }
      }
    }, () => file.close());
  }

  private async store(p: string, append: boolean): Promise<void> {
    const vfs = this.vfs;
    if (vfs.isVirtualDir(p) || p === "/" || vfs.isDir(p)) return void await this.reply(550);
    const dir = p.slice(0, p.lastIndexOf("/")) || "/";
    if (dir === "/" || !vfs.isDir(dir)) return void await this.reply(550);
    vfs.assertWritable(p);
    // The upload goes to a hidden file beside the target (VirtualFs hides `.wipy-tmp-`).
    const tmp = `${dir}/.wipy-tmp-ftp-${crypto.randomUUID().slice(0, 8)}`;
    const file = vfs.open(tmp, { write: true, createNew: true });
    let committed = false;
    const discard = () => {
      try {
        file.close();
      } catch { /* closed */ }
      if (!committed) {
        try {
          vfs.remove(tmp, false);
        } catch { /* gone */ }
      }
    };
    try {
      if (append && vfs.isFile(p)) await writeAll(file, vfs.readFile(p));
    } catch (e) {
      discard();
      throw e;
    }
    await this.withData(async (conn, t) => {
      const buf = new Uint8Array(CHUNK);
      for (;;) {
        const n = await conn.read(buf).catch(() => {
          throw new TransferError(426);
        });
        if (t.aborted()) throw new TransferError(426);
        if (n === null) break;
        t.alive();
        try {
          await writeAll(file, buf.subarray(0, n));
        } catch {
          throw new TransferError(451);
        }
      }
      // In stream mode the end of the data is the connection's end; a client that died
      // closes the control connection too. Give its close a moment to arrive, and commit
      // only while the client is still there to hear 226.
      await new Promise((r) => setTimeout(r, 20));
      if (t.aborted() || this.readerDone) throw new TransferError(426);
      file.close();
      vfs.rename(tmp, p);
      committed = true;
    }, discard);
  }
}

/** The mount a virtual path is on (`/flash/a` → `/flash`). */
function mountOf(p: string): string {
  const i = p.indexOf("/", 1);
  return i < 0 ? p : p.slice(0, i);
}

async function writeAll(file: Deno.FsFile, data: Uint8Array): Promise<void> {
  let o = 0;
  while (o < data.length) o += await file.write(data.subarray(o));
}
