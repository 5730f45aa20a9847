/**
 * The WiPy's telnet server: one client at a time, the firmware's login dialogue
 * (`Login as: ` / `Password: `, three failures disconnect), then the board's REPL.
 *
 * The bytes the server sends follow the firmware (`telnet.c`) exactly; its input side is
 * better: options are parsed as RFC 854 says (IAC IAC is a 0xFF data byte, sub-negotiations
 * are skipped whole, CR NUL is CR), so bytes ≥ 128 are data and UTF-8 input works. The
 * server attaches to the board only through a {@link ReplEndpoint}: bytes in, bytes out.
 */

import { SingleClientServer } from "./single_client_server.ts";
/** The REPL a telnet session talks to. */
export interface ReplEndpoint {
  /** REPL input (a 0x03 raises KeyboardInterrupt while code runs). */
  feed(data: Uint8Array): void;
  /** Starts copying the REPL's output to `sink`; returns the function that stops it. */
  attach(sink: (data: Uint8Array) => void): () => void;
  /** True while the REPL's line editor waits for input (no code running). */
  atPrompt(): boolean;
}

/** Telnet commands and the options the firmware negotiates. */
export const IAC = 255;
export const DONT = 254;
export const DO = 253;
export const WONT = 252;
export const WILL = 251;
export const SB = 250;
export const SE = 240;
export const IP = 244;
export const OPT_ECHO = 1;
export const OPT_SGA = 3;
export const OPT_LINEMODE = 34;

/** The firmware's option blocks for each stage of the session. */
export const OPTIONS_USER = Uint8Array.of(IAC, WONT, OPT_ECHO, IAC, WONT, OPT_SGA, IAC, WILL, 34);
export const OPTIONS_PASS = Uint8Array.of(IAC, WILL, OPT_ECHO, IAC, WONT, OPT_SGA, IAC, WILL, 34);
export const OPTIONS_REPL = Uint8Array.of(IAC, WILL, OPT_ECHO, IAC, WILL, OPT_SGA, IAC, WONT, 34);

export const DEFAULT_BANNER = "MicroPython v1.8.3 on 2016-08-09; WiPy with CC3200\r\n";
export const LOGIN_PROMPT = "Login as: ";
export const PASSWORD_PROMPT = "Password: ";
export const INVALID_LOGIN = "\r\nInvalid credentials, try again.\r\n";
export const LOGIN_SUCCESS = '\r\nLogin succeeded!\r\nType "help()" for more information.\r\n';
export const BUSY_MESSAGE = "Only one telnet session at a time, try again later.\r\n";
const LOGIN_RETRIES = 3;
/** The firmware accepts user names and passwords of at most 32 characters. */
const CREDENTIAL_MAX = 32;

/**
 * Parses the client's byte stream: data bytes come out, telnet commands are answered.
 * Option state follows RFC 1143's rule in simple form: a request that asks for the state
 * an option is already in gets no answer, so negotiation never loops.
 */
export class TelnetParser {
  private state: "data" | "cr" | "iac" | "opt" | "sb" | "sbiac" = "data";
  private verb = 0;
  /** Options we (the server) have enabled. */
  readonly ours = new Set<number>();
  /** Options the client has enabled (we only ever accept SGA). */
  readonly theirs = new Set<number>();
  /** Options we refused already (answered once, not again, until our state changes). */
  private refusedOurs = new Set<number>();
  private refusedTheirs = new Set<number>();

  /** Records what we announced (WILL/WONT blocks we send). */
  announce(block: Uint8Array): void {
    for (let i = 0; i + 2 < block.length; i += 3) {
      if (block[i] !== IAC) continue;
      const opt = block[i + 2];
      if (block[i + 1] === WILL) this.ours.add(opt);
      else if (block[i + 1] === WONT) this.ours.delete(opt);
      this.refusedOurs.delete(opt);
    }
  }

  /**
   * Feeds received bytes (a command may be split across calls). Returns the data bytes
   * and the replies to send. Interrupt Process (IAC IP) becomes a Ctrl-C (0x03) in `data`.
   */
  push(input: Uint8Array): { data: Uint8Array; reply: Uint8Array } {
    const data: number[] = [];
    const reply: number[] = [];
    for (const b of input) {
      switch (this.state) {
        case "cr":
          this.state = "data";
          if (b === 0) break; // CR NUL is a bare CR
        /* falls through */
        case "data":
          if (b === IAC) this.state = "iac";
          else {
            data.push(b);
            if (b === 13) this.state = "cr";
          }
          break;
        case "iac":
          this.state = "data";
          if (b === IAC) data.push(IAC);
          else if (b >= WILL && b <= DONT) {
            this.verb = b;
            this.state = "opt";
          } else if (b === SB) {
            this.state = "sb";
          } else if (b === IP) data.push(3);
          // NOP, GA, AYT, BRK, AO, EC, EL, DM, SE outside SB: nothing to do.
          break;
        case "opt":
          this.state = "data";
          this.negotiate(this.verb, b, reply);
          break;
        case "sb":
          // The content (window size, terminal type) is of no use to the REPL: skipped.
          if (b === IAC) this.state = "sbiac";
          break;
        case "sbiac":
          // IAC SE ends it; IAC IAC is a data byte inside; anything else is a broken
          // sub-negotiation, which we end too rather than swallow the stream.
          this.state = b === IAC ? "sb" : "data";
          break;
      }
    }
    return { data: Uint8Array.from(data), reply: Uint8Array.from(reply) };
  }

  private negotiate(verb: number, opt: number, reply: number[]): void {
    switch (verb) {
      case DO:
        // An acknowledgement of our WILL needs no answer; otherwise we refuse, once: the
        // options we do support are switched per login stage, not on request.
        if (this.ours.has(opt) || this.refusedOurs.has(opt)) return;
        this.refusedOurs.add(opt);
        reply.push(IAC, WONT, opt);
        return;
      case DONT:
        if (this.ours.has(opt)) {
          this.ours.delete(opt);
          reply.push(IAC, WONT, opt);
        }
        return;
      case WILL:
        if (this.theirs.has(opt)) return;
        if (opt === OPT_SGA) {
          this.theirs.add(opt);
          reply.push(IAC, DO, opt);
        } else if (!this.refusedTheirs.has(opt)) {
          this.refusedTheirs.add(opt);
          reply.push(IAC, DONT, opt);
        }
        return;
      case WONT:
        if (this.theirs.has(opt)) {
          this.theirs.delete(opt);
          reply.push(IAC, DONT, opt);
        }
        return;
    }
  }
}

/** Escapes 0xFF in outgoing data (IAC IAC), as the protocol requires. */
export function escapeIac(data: Uint8Array): Uint8Array {
  if (!data.includes(IAC)) return data;
  const out: number[] = [];
  for (const b of data) {
    out.push(b);
    if (b === IAC) out.push(IAC);
  }
  return Uint8Array.from(out);
}

/** Server settings. */
export interface TelnetOptions {
  /** TCP port (0: any free port). */
  port: number;
  hostname?: string;
  user?: string;
  password?: string;
  /** Idle time before a session is closed (ms; default 300 s as `network.Server`). */
  timeoutMs?: number;
  /** The first line sent (the board's banner). */
  banner?: string;
}

const encoder = new TextEncoder();

/** The telnet server. */
export class TelnetServer extends SingleClientServer<Required<TelnetOptions>> {
  constructor(private repl: ReplEndpoint, opts: TelnetOptions) {
    super({
      hostname: "0.0.0.0",
      user: "micro",
      password: "python",
      timeoutMs: 300_000,
      banner: DEFAULT_BANNER,
      ...opts,
    }, BUSY_MESSAGE);
  }

  protected newSession(conn: Deno.Conn): TelnetSession {
    return new TelnetSession(conn, this.repl, this.opts);
  }
}

/** One client's session. */
class TelnetSession {
  private parser = new TelnetParser();
  private closed = false;
  private detach: (() => void) | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Output waiting to be written (kept in order; dropped beyond a limit). */
  private outQueue: Uint8Array[] = [];
  private outBytes = 0;
  private writing = false;

  constructor(
    private conn: Deno.Conn,
    private repl: ReplEndpoint,
    private opts: Required<TelnetOptions>,
  ) {}

  private send(data: Uint8Array | string): void {
    if (this.closed) return;
    const b = typeof data === "string" ? encoder.encode(data) : data;
    if (b.length === 0) return;
    // A client that stops reading must not make us hold the board's output forever.
    if (this.outBytes > 1 << 20) return;
    this.outQueue.push(b);
    this.outBytes += b.length;
    if (!this.writing) void this.flush();
  }

  private async flush(): Promise<void> {
    this.writing = true;
    try {
      while (this.outQueue.length && !this.closed) {
        const b = this.outQueue.shift()!;
        this.outBytes -= b.length;
        let o = 0;
        while (o < b.length) o += await this.conn.write(b.subarray(o));
      }
    } catch {
      this.close();
    } finally {
      this.writing = false;
    }
  }

  private sendOptions(block: Uint8Array): void {
    this.parser.announce(block);
    this.send(block);
  }

  private touch(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.close(), this.opts.timeoutMs);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.idleTimer);
    this.detach?.();
    this.detach = null;
    try {
      this.conn.close();
    } catch { /* already closed */ }
  }

  /** Reads chunks of data (telnet commands answered and removed); null at the end. */
  private async read(buf: Uint8Array): Promise<Uint8Array | null> {
    for (;;) {
      let n: number | null;
      try {
        n = await this.conn.read(buf);
      } catch {
        n = null;
      }
      if (n === null || this.closed) return null;
      this.touch();
      const { data, reply } = this.parser.push(buf.subarray(0, n));
      if (reply.length) this.send(reply);
      if (data.length) return data;
    }
  }

  async run(): Promise<void> {
    const buf = new Uint8Array(4096);
    this.touch();
    try {
      this.send(this.opts.banner);
      let pending = new Uint8Array(0);
      /** Reads a credential line (ended by CR or LF); what follows it is drained. */
      const readLine = async (): Promise<Uint8Array | null> => {
        for (;;) {
          const end = pending.findIndex((b) => b === 13 || b === 10);
          if (end >= 0 || pending.length >= CREDENTIAL_MAX * 2) {
            const line = pending.slice(0, end >= 0 ? end : pending.length);
            // The firmware drops input that arrived before its next prompt.
            pending = new Uint8Array(0);
            return line;
          }
          const d = await this.read(buf);
          if (d === null) return null;
          const n = new Uint8Array(pending.length + d.length);
          n.set(pending);
          n.set(d, pending.length);
          pending = n;
        }
      };
      const user = encoder.encode(this.opts.user);
      const password = encoder.encode(this.opts.password);
      for (let attempt = 0;; attempt++) {
        this.sendOptions(OPTIONS_USER);
        this.send(LOGIN_PROMPT);
        const u = await readLine();
        if (u === null) return;
        this.send(PASSWORD_PROMPT);
        this.sendOptions(OPTIONS_PASS);
        const p = await readLine();
        if (p === null) return;
        if (sameBytes(u, user) && sameBytes(p, password)) break;
        this.send(INVALID_LOGIN);
        if (attempt + 1 >= LOGIN_RETRIES) {
          await this.drain();
          return;
        }
      }
      this.sendOptions(OPTIONS_REPL);
      this.send(LOGIN_SUCCESS);
      this.detach = this.repl.attach((d) => this.send(escapeIac(d)));
      // A fresh prompt, as the firmware's faked Enter gives (only at the prompt: a running
      // program's input is left alone).
      if (this.repl.atPrompt()) this.repl.feed(Uint8Array.of(3));
      for (;;) {
        const d = await this.read(buf);
        if (d === null) return;
        this.repl.feed(d);
      }
    } finally {
      this.close();
    }
  }

  /** Waits (briefly) until queued output is written. */
  private async drain(): Promise<void> {
    for (let i = 0; i < 100 && (this.outQueue.length || this.writing); i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length > 0 && a.length === b.length && a.every((x, i) => x === b[i]);
}
