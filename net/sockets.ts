/**
 * The host side of the board's sockets (`usocket`, `ussl`): the real TCP connections,
 * listeners, UDP sockets and TLS sessions, kept per socket id, answering the requests of
 * runtime/network/socket.ts.
 *
 * - TCP is `Deno.connect`/`Deno.listen`; TLS with verification (CERT_REQUIRED) is
 *   `Deno.connectTls` with the board's CA file, and a server-side wrapped socket listens with
 *   `Deno.listenTls`. CERT_NONE/CERT_OPTIONAL connect without verifying, as the WiPy does:
 *   Deno's own TLS cannot skip verification, so those go through `node:tls`
 *   (`rejectUnauthorized: false`). UDP is `node:dgram` (Deno's datagram API is unstable).
 * - Each connection is read ahead into a buffer (at most RX_CAP bytes, then reading pauses),
 *   so readiness (select/poll) is answered at once and a request the board abandoned
 *   (Ctrl-C) loses no data: bytes leave the buffer only when a reply is sent.
 * - Timeouts are the host's: each request carries the socket's (ms; 0 = non-blocking →
 *   EAGAIN, -1 = forever); waiting ends with ETIMEDOUT.
 * - `closeAll` (board reset or end) closes everything the program opened.
 */

import dgram from "node:dgram";
import dns from "node:dns";
import tls from "node:tls";
import { Buffer } from "node:buffer";
import type { SocketReply, SocketRequest, TlsClientOptions } from "../runtime/network/socket.ts";

/** Linux errno values (the WiPy's OSError numbers, as in uerrno). */
export const E = {
  EBADF: 9,
  EAGAIN: 11,
  EINVAL: 22,
  EPIPE: 32,
  EOPNOTSUPP: 95,
  EADDRINUSE: 98,
  EADDRNOTAVAIL: 99,
  ENETUNREACH: 101,
  ECONNABORTED: 103,
  ECONNRESET: 104,
  EISCONN: 106,
  ENOTCONN: 107,
  ETIMEDOUT: 110,
  ECONNREFUSED: 111,
  EHOSTUNREACH: 113,
  EALREADY: 114,
  EINPROGRESS: 115,
} as const;

/** Read-ahead limit per connection. */
const RX_CAP = 256 * 1024;
/** Datagrams kept per UDP socket (more are dropped, as a full receive buffer does). */
const UDP_CAP = 64;
/** Connections waiting for accept() at most. */
const ACCEPT_CAP = 32;

class SockError extends Error {
  constructor(public errno: number, message?: string) {
    super(message ?? `errno ${errno}`);
  }
}
class Cancelled extends Error {}

/** Maps a Deno or Node error to an errno (TLS problems keep their text). */
function toSockError(e: unknown): SockError {
  if (e instanceof SockError) return e;
  const err = e as { name?: string; code?: string; message?: string };
  const byName: Record<string, number> = {
    ConnectionRefused: E.ECONNREFUSED,
    ConnectionReset: E.ECONNRESET,
    ConnectionAborted: E.ECONNABORTED,
    AddrInUse: E.EADDRINUSE,
    AddrNotAvailable: E.EADDRNOTAVAIL,
    NotConnected: E.ENOTCONN,
    BrokenPipe: E.EPIPE,
    TimedOut: E.ETIMEDOUT,
    BadResource: E.EBADF,
    Interrupted: E.ECONNABORTED,
  };
  const code = err?.code && (E as Record<string, number>)[err.code];
  if (code) return new SockError(code);
  if (err?.name && byName[err.name]) return new SockError(byName[err.name]);
  const msg = String(err?.message ?? e);
  if (/certificate|tls|ssl|handshake/i.test(msg) || err?.name === "InvalidData") {
    return new SockError(E.ECONNABORTED, `TLS: ${msg}`);
  }
  return new SockError(E.ECONNABORTED, msg);
}

/** A connected byte stream (TCP or TLS). */
interface Stream {
  write(d: Uint8Array): Promise<void>;
  close(): void;
  remote: { host: string; port: number };
}

class HostSocket {
  stream?: Stream;
  connecting?: Promise<void>;
  listener?: Deno.Listener;
  listening = false;
  udp?: dgram.Socket;
  rx: Uint8Array[] = [];
  rxLen = 0;
  eof = false;
  error?: SockError;
  dgrams: { data: Uint8Array; host: string; port: number }[] = [];
  pending: { stream: Stream; start: (s: HostSocket) => void }[] = [];
  closed = false;
  resumeReader?: () => void;
  waiters = new Set<() => void>();
  notify(): void {
    for (const w of [...this.waiters]) w();
  }
  take(n: number): Uint8Array {
    const out = new Uint8Array(Math.min(n, this.rxLen));
    let o = 0;
    while (o < out.length) {
      const c = this.rx[0];
      const k = Math.min(c.length, out.length - o);
      out.set(c.subarray(0, k), o);
      o += k;
      if (k === c.length) this.rx.shift();
      else this.rx[0] = c.subarray(k);
    }
    this.rxLen -= out.length;
    if (this.rxLen < RX_CAP && this.resumeReader) {
      const r = this.resumeReader;
      this.resumeReader = undefined;
      r();
    }
    return out;
  }
  /** Bytes up to and including the first newline within `max` (or `max`); 0: not yet. */
  lineLength(max: number): number {
    let seen = 0;
    for (const c of this.rx) {
      const i = c.indexOf(10);
      if (i >= 0 && seen + i < max) return seen + i + 1;
      seen += c.length;
      if (seen >= max) return max;
    }
    return 0;
  }
  push(d: Uint8Array): void {
    this.rx.push(d);
    this.rxLen += d.length;
    this.notify();
  }
}

function netAddr(a: Deno.Addr): { host: string; port: number } {
  const n = a as Deno.NetAddr;
  return { host: n.hostname ?? "0.0.0.0", port: n.port ?? 0 };
}

/** A Deno connection as a Stream; its bytes are pumped into `s`. */
function denoStream(conn: Deno.Conn): { stream: Stream; start: (s: HostSocket) => void } {
  const stream: Stream = {
    async write(d) {
      let o = 0;
      while (o < d.length) o += await conn.write(d.subarray(o));
    },
    close() {
      try {
        conn.close();
      } catch { /* closed */ }
    },
    remote: netAddr(conn.remoteAddr),
  };
  const start = async (s: HostSocket) => {
    try {
      for (;;) {
        while (s.rxLen >= RX_CAP && !s.closed) {
          await new Promise<void>((r) => s.resumeReader = r);
        }
        if (s.closed) return;
        const buf = new Uint8Array(16384);
        const n = await conn.read(buf);
        if (n === null) break;
        s.push(buf.subarray(0, n));
      }
    } catch (e) {
      if (!s.closed) s.error = toSockError(e);
    }
    s.eof = true;
    s.notify();
  };
  return { stream, start: (s) => void start(s) };
}

/** A node:tls socket as a Stream. */
function nodeStream(t: tls.TLSSocket): { stream: Stream; start: (s: HostSocket) => void } {
  const stream: Stream = {
    write: (d) =>
      new Promise((res, rej) => t.write(Buffer.from(d), (e) => e ? rej(toSockError(e)) : res())),
    close: () => t.destroy(),
    remote: { host: t.remoteAddress ?? "0.0.0.0", port: t.remotePort ?? 0 },
  };
  const start = (s: HostSocket) => {
    t.on("data", (d: Buffer) => {
      s.push(new Uint8Array(d));
      if (s.rxLen >= RX_CAP) {
        t.pause();
        s.resumeReader = () => t.resume();
      }
    });
    t.on("end", () => {
      s.eof = true;
      s.notify();
    });
    t.on("error", (e) => {
      if (!s.closed) s.error = toSockError(e);
      s.eof = true;
      s.notify();
    });
    t.on("close", () => {
      s.eof = true;
      s.notify();
    });
  };
  return { stream, start };
}

/** The host's sockets for one board. */
export class SocketHost {
  private socks = new Map<number, HostSocket>();
  private cancelled = new Set<number>();
  private inFlight = new Set<number>();

  /** Handles one request; resolves with the reply, or null when the board gave up on it. */
  async handle(req: number, body: SocketRequest): Promise<SocketReply | null> {
    if (body.op === "cancel") {
      if (this.inFlight.has(body.req)) this.cancelled.add(body.req);
      for (const s of this.socks.values()) s.notify();
      return {};
    }
    const live = () => !this.cancelled.has(req);
    this.inFlight.add(req);
    try {
      const r = await this.run(body, live);
      return live() ? r : null;
    } catch (e) {
      if (!live() || e instanceof Cancelled) return null;
      const se = toSockError(e);
      return se.message.startsWith("errno ") ? { errno: se.errno } : {
        errno: se.errno,
        message: se.message,
      };
    } finally {
      this.cancelled.delete(req);
      this.inFlight.delete(req);
    }
  }

  /** Closes every socket (the board was reset or ended). */
  closeAll(): void {
    for (const id of [...this.socks.keys()]) this.close(id);
  }

  private sock(id: number, create = false): HostSocket {
    let s = this.socks.get(id);
    if (!s) {
      if (!create) throw new SockError(E.EBADF);
      s = new HostSocket();
      this.socks.set(id, s);
    }
    return s;
  }

  private close(id: number): void {
    const s = this.socks.get(id);
    if (!s) return;
    this.socks.delete(id);
    s.closed = true;
    s.stream?.close();
    for (const p of s.pending) p.stream.close();
    try {
      s.listener?.close();
    } catch { /* closed */ }
    try {
      s.udp?.close();
    } catch { /* closed */ }
    s.resumeReader?.();
    s.notify();
  }

  /** Waits until `ready()` (woken by the socket's events), or times out / is cancelled. */
  private waitFor(
    s: HostSocket,
    ready: () => boolean,
    timeout: number,
    live: () => boolean,
  ): Promise<void> {
    if (ready()) return Promise.resolve();
    if (s.closed) return Promise.reject(new SockError(E.EBADF));
    if (timeout === 0) return Promise.reject(new SockError(E.EAGAIN));
    return new Promise((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = (f: () => void) => {
        s.waiters.delete(check);
        clearTimeout(timer);
        f();
      };
      const check = () => {
        if (!live()) done(() => reject(new Cancelled()));
        else if (ready()) done(resolve);
        else if (s.closed) done(() => reject(new SockError(E.EBADF)));
      };
      s.waiters.add(check);
      if (timeout > 0) {
        timer = setTimeout(() => done(() => reject(new SockError(E.ETIMEDOUT))), timeout);
      }
    });
  }

  private attach(s: HostSocket, p: { stream: Stream; start: (s: HostSocket) => void }): void {
    if (s.closed) {
      p.stream.close();
      return;
    }
    s.stream = p.stream;
    p.start(s);
    s.notify();
  }

  private async run(b: SocketRequest, live: () => boolean): Promise<SocketReply> {
    switch (b.op) {
      case "resolve": {
        if (/^\d+\.\d+\.\d+\.\d+$/.test(b.host)) return { host: b.host };
        try {
          const r = await dns.promises.lookup(b.host, { family: 4 });
          return { host: r.address };
        } catch {
          throw new SockError(E.EHOSTUNREACH);
        }
      }
      case "connect": {
        const s = this.sock(b.id, true);
        if (s.stream || s.listener || s.listening) throw new SockError(E.EISCONN);
        if (s.connecting) {
          if (b.timeout === 0) throw new SockError(E.EALREADY);
        } else {
          s.connecting = this.open(b.host, b.port, b.tls).then(
            (p) => this.attach(s, p),
            (e) => {
              s.error = toSockError(e);
              s.notify();
            },
          );
        }
        if (b.timeout === 0) throw new SockError(E.EINPROGRESS);
        await this.waitFor(s, () => !!s.stream || !!s.error, b.timeout, live);
        if (!s.stream && s.error) {
          const e = s.error;
          s.error = undefined;
          s.connecting = undefined;
          throw e;
        }
        return {};
      }
      case "bind": {
        const s = this.sock(b.id, true);
        if (s.listener || s.udp || s.stream) throw new SockError(E.EINVAL);
        const hostname = b.host || "0.0.0.0";
        if (b.udp) {
          s.udp = await this.udpSocket(s, hostname, b.port);
          return {};
        }
        s.listener = b.tls
          ? Deno.listenTls({ hostname, port: b.port, cert: b.tls.cert, key: b.tls.key })
          : Deno.listen({ hostname, port: b.port });
        return { port: (s.listener.addr as Deno.NetAddr).port };
      }
      case "listen": {
        const s = this.sock(b.id);
        if (s.stream) throw new SockError(E.EISCONN);
        s.listener ??= Deno.listen({ hostname: "0.0.0.0", port: 0 });
        if (!s.listening) {
          s.listening = true;
          void this.acceptLoop(s, s.listener);
        }
        return {};
      }
      case "accept": {
        const s = this.sock(b.id);
        if (!s.listening) throw new SockError(E.EINVAL);
        await this.waitFor(s, () => s.pending.length > 0 || !!s.error, b.timeout, live);
        if (s.pending.length === 0) throw s.error ?? new SockError(E.ECONNABORTED);
        const p = s.pending.shift()!;
        const c = this.sock(b.newId, true);
        this.attach(c, p);
        return { ...p.stream.remote };
      }
      case "send": {
        const s = this.sock(b.id);
        if (!s.stream) {
          if (!s.connecting) throw new SockError(E.ENOTCONN);
          await this.waitFor(s, () => !!s.stream || !!s.error, b.timeout, live);
          if (!s.stream) throw s.error ?? new SockError(E.ENOTCONN);
        }
        if (s.error) throw s.error;
        const w = s.stream.write(b.data);
        if (b.timeout > 0) {
          let timer: ReturnType<typeof setTimeout> | undefined;
          await Promise.race([
            w,
            new Promise((_, rej) =>
              timer = setTimeout(() => rej(new SockError(E.ETIMEDOUT)), b.timeout)
            ),
          ]).finally(() => clearTimeout(timer));
        } else await w;
        return { n: b.data.length };
      }
      case "recv": {
        const s = this.sock(b.id);
        if (s.udp) {
          await this.waitFor(s, () => s.dgrams.length > 0, b.timeout, live);
          const d = s.dgrams.shift()!;
          return { data: d.data.subarray(0, b.size), host: d.host, port: d.port };
        }
        if (!s.stream && !s.connecting) throw new SockError(E.ENOTCONN);
        if (b.line) {
          // readline: wait for a whole line (or the size, or the end); a non-blocking
          // socket gets what is there, as the firmware's unbuffered readline returns it.
          const lineLen = () => s.lineLength(b.size);
          try {
            await this.waitFor(s, () => lineLen() > 0 || s.eof || !!s.error, b.timeout, live);
          } catch (e) {
            if (!(e instanceof SockError && e.errno === E.EAGAIN && s.rxLen > 0)) throw e;
          }
          const n = lineLen();
          if (n > 0) return { data: s.take(n) };
        } else {
          await this.waitFor(s, () => s.rxLen > 0 || s.eof || !!s.error, b.timeout, live);
        }
        if (s.rxLen > 0) return { data: s.take(b.size), ...s.stream?.remote };
        if (s.error) {
          const e = s.error;
          s.error = undefined;
          throw e;
        }
        return { data: new Uint8Array(0), ...s.stream?.remote };
      }
      case "sendto": {
        const s = this.sock(b.id, true);
        if (s.stream) return await this.run({ ...b, op: "send" }, live);
        s.udp ??= await this.udpSocket(s, "0.0.0.0", 0);
        const u = s.udp;
        await new Promise<void>((res, rej) =>
          u.send(b.data, b.port, b.host, (e) => e ? rej(toSockError(e)) : res())
        );
        return { n: b.data.length };
      }
      case "poll": {
        const s = this.socks.get(b.id);
        if (!s) return { n: 0 };
        let ev = 0;
        if (s.udp) ev = (s.dgrams.length ? 1 : 0) | 4;
        else if (s.listening) ev = s.pending.length ? 1 : 0;
        else if (s.stream) ev = (s.rxLen > 0 || s.eof || s.error ? 1 : 0) | 4;
        else if (s.error) ev = 8;
        return { n: ev & (b.mask | 8 | 16) };
      }
      case "close":
        this.close(b.id);
        return {};
      default:
        throw new SockError(E.EINVAL);
    }
  }

  private async acceptLoop(s: HostSocket, l: Deno.Listener): Promise<void> {
    try {
      for await (const conn of l) {
        if (s.closed) {
          conn.close();
          break;
        }
        if (s.pending.length >= ACCEPT_CAP) {
          conn.close();
          continue;
        }
        if ("handshake" in conn) {
          // The handshake happens before the board sees the connection.
          (conn as Deno.TlsConn).handshake().then(
            () => {
              s.pending.push(denoStream(conn));
              s.notify();
            },
            () => conn.close(),
          );
          continue;
        }
        s.pending.push(denoStream(conn));
        s.notify();
      }
    } catch (e) {
      if (!s.closed) {
        s.error = toSockError(e);
        s.notify();
      }
    }
  }

  private async open(
    host: string,
    port: number,
    t?: TlsClientOptions,
  ): Promise<{ stream: Stream; start: (s: HostSocket) => void }> {
    if (!t) return denoStream(await Deno.connect({ hostname: host, port }));
    if (t.verify) {
      const conn = await Deno.connectTls({
        hostname: t.serverName ?? host,
        port,
        caCerts: t.ca ? [t.ca] : undefined,
      });
      await conn.handshake();
      return denoStream(conn);
    }
    const sock = tls.connect({
      host,
      port,
      servername: t.serverName && !/^\d+\.\d+\.\d+\.\d+$/.test(t.serverName)
        ? t.serverName
        : undefined,
      rejectUnauthorized: false,
    });
    await new Promise<void>((res, rej) => {
      sock.once("secureConnect", () => res());
      sock.once("error", (e) => rej(e));
    });
    return nodeStream(sock);
  }

  private udpSocket(s: HostSocket, host: string, port: number): Promise<dgram.Socket> {
    const u = dgram.createSocket("udp4");
    return new Promise((res, rej) => {
      u.once("error", (e) => {
        try {
          u.close();
        } catch { /* closed */ }
        rej(toSockError(e));
      });
      u.bind(port, host, () => {
        u.removeAllListeners("error");
        u.on("error", () => {});
        u.on("message", (msg: Buffer, rinfo: dgram.RemoteInfo) => {
          if (s.dgrams.length >= UDP_CAP) return;
          s.dgrams.push({ data: new Uint8Array(msg), host: rinfo.address, port: rinfo.port });
          s.notify();
        });
        res(u);
      });
    });
  }
}
