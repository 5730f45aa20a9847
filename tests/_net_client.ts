/**
 * Test helpers: a byte-exact TCP client that waits for patterns (telnet), and a small FTP
 * client (control replies, passive data connections) — no python3 needed.
 */

import { bin, bytes } from "./_bytes.ts";
export { bin, bytes };

const encoder = new TextEncoder();

/** A TCP connection whose received bytes collect in `out`. */
export class RawClient {
  out = "";
  mark = 0;
  ended = false;
  private waiters: (() => void)[] = [];
  private reading: Promise<void>;

  private constructor(public conn: Deno.Conn) {
    this.reading = this.pump();
  }

  static async connect(port: number, hostname = "127.0.0.1"): Promise<RawClient> {
    return new RawClient(await Deno.connect({ port, hostname }));
  }

  private async pump(): Promise<void> {
    const buf = new Uint8Array(65536);
    try {
      for (;;) {
        const n = await this.conn.read(buf);
        if (n === null) break;
        this.out += bin(buf.subarray(0, n));
        this.wake();
      }
    } catch { /* reset */ }
    this.ended = true;
    this.wake();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Sends text (UTF-8) or a binary string given as bytes. */
  async send(data: string | Uint8Array): Promise<void> {
    const b = typeof data === "string" ? encoder.encode(data) : data;
    let o = 0;
    while (o < b.length) o += await this.conn.write(b.subarray(o));
  }

  /** Waits until `pattern` (a binary string) appears after the mark; returns what came up to its end. */
  async expect(pattern: string, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.out.indexOf(pattern, this.mark);
      if (i >= 0) {
        const got = this.out.slice(this.mark, i + pattern.length);
        this.mark = i + pattern.length;
        return got;
      }
      if (this.ended) {
        throw new Error(
          `connection ended waiting for ${JSON.stringify(pattern)}; got ${
            JSON.stringify(this.out.slice(this.mark))
          }`,
        );
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(
          `timeout waiting for ${JSON.stringify(pattern)}; got ${
            JSON.stringify(this.out.slice(this.mark))
          }`,
        );
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      await new Promise<void>((r) => {
        this.waiters.push(r);
        timer = setTimeout(r, left);
      });
      clearTimeout(timer);
    }
  }

  /** Waits until the server closes the connection; returns what came after the mark. */
  async expectEnd(timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (!this.ended) {
      if (Date.now() > deadline) throw new Error("connection still open");
      await new Promise((r) => setTimeout(r, 10));
    }
    const rest = this.out.slice(this.mark);
    this.mark = this.out.length;
    return rest;
  }

  async close(): Promise<void> {
    try {
      this.conn.close();
    } catch { /* closed */ }
    await this.reading;
  }
}

/** An FTP client speaking over a RawClient. */
export class FtpClient {
  private constructor(public ctl: RawClient, public port: number) {}

  static async connect(port: number): Promise<FtpClient> {
    return new FtpClient(await RawClient.connect(port), port);
  }

  /** The next reply line (without CR LF). */
  reply(timeoutMs?: number): Promise<string> {
    return this.ctl.expect("\r\n", timeoutMs).then((l) => l.slice(0, -2));
  }

  /** Sends a command and returns its reply line. */
  async cmd(line: string): Promise<string> {
    await this.ctl.send(line + "\r\n");
    return await this.reply();
  }

  async login(user = "micro", password = "python"): Promise<void> {
    const greeting = await this.reply();
    if (!greeting.startsWith("220")) throw new Error(`no greeting: ${greeting}`);
    await this.cmd(`USER ${user}`);
    const r = await this.cmd(`PASS ${password}`);
    if (!r.startsWith("230")) throw new Error(`login failed: ${r}`);
  }

  /** PASV, then connects the data connection to the announced port. */
  async pasv(): Promise<{ reply: string; data: RawClient; dataPort: number }> {
    const reply = await this.cmd("PASV");
    const m = /\((\d+),(\d+),(\d+),(\d+),(\d+),(\d+)\)/.exec(reply);
    if (!m) throw new Error(`bad PASV reply: ${reply}`);
    const dataPort = Number(m[5]) * 256 + Number(m[6]);
    return { reply, data: await RawClient.connect(dataPort), dataPort };
  }

  /** Runs a transfer command that reads data: returns the data and the two replies. */
  async get(command: string): Promise<{ data: string; replies: string[] }> {
    const { data } = await this.pasv();
    const first = await this.cmd(command);
    if (!first.startsWith("150")) {
      await data.close();
      return { data: "", replies: [first] };
    }
    const body = await data.expectEnd();
    await data.close();
    return { data: body, replies: [first, await this.reply()] };
  }

  /** Runs STOR/APPE with `content` (a binary string or bytes). */
  async put(command: string, content: string | Uint8Array): Promise<string[]> {
    const { data } = await this.pasv();
    const first = await this.cmd(command);
    if (!first.startsWith("150")) {
      await data.close();
      return [first];
    }
    await data.send(typeof content === "string" ? bytes(content) : content);
    await data.close();
    return [first, await this.reply()];
  }

  /** QUIT, and wait until the server has closed the session. */
  async quit(): Promise<void> {
    const r = await this.cmd("QUIT");
    if (!r.startsWith("221")) throw new Error(`QUIT: ${r}`);
    await this.ctl.expectEnd();
    await this.ctl.close();
  }

  async close(): Promise<void> {
    await this.ctl.close();
  }
}
