/**
 * The `usocket` module (importable as `socket`), as the WiPy's modusocket.c: `socket`
 * objects over real TCP/UDP, `getaddrinfo` (IPv4 only), `error` (OSError) and `timeout`.
 *
 * Every operation is a request to the host (`ctx.host.socketCall`, see
 * runtime/network/socket.ts); the runtime never touches the network itself. A socket's
 * timeout travels with each request and the host enforces it: non-blocking calls that would
 * wait raise OSError(EAGAIN), a timeout raises `socket.timeout` (TimeoutError, an OSError
 * with ETIMEDOUT). Ctrl-C interrupts any waiting call at once (the link stops waiting).
 *
 * Firmware facts kept: AF_INET 2, SOCK_STREAM 1, SOCK_DGRAM 2, IPPROTO_TCP 6, IPPROTO_UDP
 * 17, IPPROTO_SEC 100; settimeout takes seconds (ints; floats only on a --float board);
 * recv returns at most 16000 bytes; sendall is send; makefile returns the socket itself;
 * read/readinto/readline are the stream methods (None when a non-blocking socket has no
 * data); repr `<socket>`; operations on a closed socket raise OSError(EBADF).
 */

import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import {
  exc,
  newException,
  OSError,
  type PyBaseException,
  typeError,
  valueError,
} from "../errors.ts";
import { PyBytes } from "../objbytes.ts";
import { PyList } from "../objlist.ts";
import { tuple } from "../objtuple.ts";
import { PyFloat } from "../objfloat.ts";
import { type ReadableStream, readLineBytewise, readMethods } from "../stream_read.ts";
import { nativeModule } from "../objobject.ts";
import { ctx } from "../context.ts";
import { builtinModules } from "../import.ts";
import { toArray } from "../ops.ts";
import { vfs, vpath } from "../objfile.ts";
import {
  RECV_MAX,
  SEND_CHUNK,
  type SocketReply,
  type SocketRequest,
  type TlsClientOptions,
  type TlsServerOptions,
} from "../network/socket.ts";
import { absent, bufferArg, fn, intArg, method, strArg } from "./modutil.ts";

export const AF_INET = 2;
export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;
export const IPPROTO_SEC = 100;

const EBADF = 9;
const EAGAIN = 11;
const ETIMEDOUT = 110;

/** `socket.timeout`: TimeoutError, an OSError subclass. */
export const timeout_type: PyType = makeNativeType(
  "TimeoutError",
  Object.create(OSError.$p),
  OSError,
);

/** The host's socket call, or a clear OSError when there is no host to ask. */
function call(req: SocketRequest): SocketReply {
  const f = ctx.host.socketCall;
  if (!f) {
    throw exc(OSError, "sockets need the board's host (run the program with wipy)");
  }
  // A handler running while a call waits (IRQs run then) cannot start another one.
  if (busy) throw exc(OSError, "socket call from an IRQ handler while another call waits");
  busy = true;
  try {
    return f(req);
  } finally {
    busy = false;
  }
}
let busy = false;

/** The exception for a failed reply. */
function replyError(r: SocketReply): PyBaseException {
  if (r.errno === ETIMEDOUT) return newException(timeout_type, [ETIMEDOUT]);
  if (r.message) return exc(OSError, r.message);
  return newException(OSError, [r.errno!]);
}

/** Calls the host; raises the reply's error. */
function check(req: SocketRequest): SocketReply {
  const r = call(req);
  if (r.errno !== undefined) throw replyError(r);
  return r;
}

let nextId = 1;

/** Names given to getaddrinfo, by the IP they resolved to (TLS presents and checks them). */
const resolvedNames = new Map<string, string>();

/** A socket object. */
export class PySocket {
  declare $cls: PyType;
  id = nextId++;
  closed = false;
  /** A TCP connection is up (connect or accept). */
  connected = false;
  /** ms; -1 = blocking (the default), 0 = non-blocking. */
  timeoutMs = -1;
  /** UDP: the address connect() set for send(). */
  peer: [string, number] | null = null;
  /** Set by ssl.wrap_socket. */
  tlsClient?: { certReqs: number; caCerts?: string };
  tlsServer?: { keyfile: string; certfile: string };
  constructor(public family = AF_INET, public type = SOCK_STREAM, public proto = IPPROTO_TCP) {}

  get udp(): boolean {
    return this.type === SOCK_DGRAM;
  }

  checkOpen(): void {
    if (this.closed) throw newException(OSError, [EBADF]);
  }

  /** select/poll readiness, asked of the host. */
  $poll(mask: number): number {
    this.checkOpen();
    return check({ op: "poll", id: this.id, mask }).n ?? 0;
  }

  /** The host request for one recv of up to n bytes (at most RECV_MAX, as the CC3200). */
  recvRequest(n: number): SocketRequest {
    return {
      op: "recv",
      id: this.id,
      size: Math.min(Math.max(n, 0), RECV_MAX),
      timeout: this.timeoutMs,
    };
  }

  /** One recv; null when a non-blocking socket has nothing (EAGAIN). */
  recvSome(n: number): Uint8Array | null {
    this.checkOpen();
    const r = call(this.recvRequest(n));
    if (r.errno === EAGAIN) return null;
    if (r.errno !== undefined) throw replyError(r);
    return r.data!;
  }

  sendAll(data: Uint8Array): number {
    this.checkOpen();
    if (this.udp) {
      if (!this.peer) throw newException(OSError, [107]);
      return sendto(this, data, this.peer);
    }
    let o = 0;
    do {
      const part = data.subarray(o, o + SEND_CHUNK);
      o += check({ op: "send", id: this.id, data: part, timeout: this.timeoutMs }).n ?? 0;
    } while (o < data.length);
    return o;
  }

  closeSock(): void {
    if (this.closed) return;
    this.closed = true;
    if (ctx.host.socketCall) call({ op: "close", id: this.id });
  }
}

/** The socket type. */
export const socket_type: PyType = makeNativeType("socket", PySocket.prototype);
socket_type.$module = "usocket";

socket_type.$construct = (_c, args, kwn = []) => {
  if (kwn.length) throw typeError("function does not take keyword arguments");
  if (args.length > 4) throw typeError(`function expected at most 4 arguments, got ${args.length}`);
  const family = args.length > 0 ? intArg(args[0]) : AF_INET;
  const type = args.length > 1 ? intArg(args[1]) : SOCK_STREAM;
  const proto = args.length > 2 ? intArg(args[2]) : type === SOCK_DGRAM ? IPPROTO_UDP : IPPROTO_TCP;
  if (!ctx.host.socketCall) {
    throw exc(OSError, "sockets need the board's host (run the program with wipy)");
  }
  if (family !== AF_INET || (type !== SOCK_STREAM && type !== SOCK_DGRAM)) {
    // The CC3100 refuses other families and types.
    throw newException(OSError, [97]);
  }
  return new PySocket(family, type, proto);
};

/** An IPv4 address tuple as netutils_parse_inet_addr reads it ('' is 0.0.0.0). */
export function parseAddr(addr: PyObj): [string, number] {
  const items = toArray(addr);
  if (items.length !== 2) {
    throw valueError(`requested length 2 but object has length ${items.length}`);
  }
  const host = strArg(items[0]);
  const port = intArg(items[1]);
  if (host === "") return ["0.0.0.0", port];
  const parts = host.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) {
    throw valueError("invalid arguments");
  }
  return [parts.map(Number).join("."), port & 0xffff];
}

function addrTuple(host: string, port: number): PyObj {
  return tuple([host, port]);
}

function sendto(s: PySocket, data: Uint8Array, addr: [string, number]): number {
  return check({
    op: "sendto",
    id: s.id,
    data: data.subarray(0, SEND_CHUNK),
    host: addr[0],
    port: addr[1],
    timeout: s.timeoutMs,
  }).n ?? 0;
}

/** Reads a certificate or key file from the board's filesystem (ussl). */
export function boardText(path: string): string {
  return new TextDecoder().decode(vfs().readFile(vpath(path)));
}

function connect(s: PySocket, addr: PyObj): PyObj {
  s.checkOpen();
  const [host, port] = parseAddr(addr);
  if (s.udp) {
    s.peer = [host, port];
    return None;
  }
  let tls: TlsClientOptions | undefined;
  if (s.tlsClient) {
    const verify = s.tlsClient.certReqs === 2;
    tls = {
      verify,
      ca: verify && s.tlsClient.caCerts ? boardText(s.tlsClient.caCerts) : undefined,
      serverName: resolvedNames.get(host) ?? host,
    };
  }
  check({ op: "connect", id: s.id, host, port, timeout: s.timeoutMs, tls });
  s.connected = true;
  return None;
}

const socketStream: ReadableStream<PySocket> = {
  readSome: (s, n) => s.recvSome(n),
  chunk: RECV_MAX,
  check: (s) => s.checkOpen(),
  readline: (s, limit) => readline(s, limit),
};

function readline(s: PySocket, limit: number): PyObj {
  if (!s.udp) {
    // The host finds the line in its buffer: one request per line, not per byte.
    const parts: Uint8Array[] = [];
    let total = 0;
    while (limit < 0 || total < limit) {
      const want = limit < 0 ? RECV_MAX : Math.min(limit - total, RECV_MAX);
      const r = call({ op: "recv", id: s.id, size: want, timeout: s.timeoutMs, line: true });
      if (r.errno === EAGAIN) {
        if (total === 0) return None;
        break;
      }
      if (r.errno !== undefined) throw replyError(r);
      const d = r.data!;
      parts.push(d);
      total += d.length;
      if (d.length === 0 || d[d.length - 1] === 10) break;
    }
    const out = new Uint8Array(total);
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return new PyBytes(out);
  }
  return readLineBytewise(socketStream, s, limit);
}

function setTimeoutMs(s: PySocket, v: PyObj): void {
  if (v === None) {
    s.timeoutMs = -1;
    return;
  }
  const secs = v instanceof PyFloat && ctx.config.float ? v.v : intArg(v);
  if (secs < 0) throw valueError("invalid arguments");
  s.timeoutMs = Math.round(secs * 1000);
}

const send = method(1, 1, (s: PySocket, b: PyObj) => s.sendAll(bufferArg(b)));

defMethods(socket_type, {
  close: method(0, 0, (s: PySocket) => {
    s.closeSock();
    return None;
  }),
  __del__: method(0, 0, (s: PySocket) => {
    s.closeSock();
    return None;
  }),
  __enter__: method(0, 0, (s: PySocket) => s),
  __exit__: (s: PySocket) => {
    s.closeSock();
    return None;
  },
  bind: method(1, 1, (s: PySocket, addr: PyObj) => {
    s.checkOpen();
    const [host, port] = parseAddr(addr);
    let tls: TlsServerOptions | undefined;
    if (s.tlsServer) {
      tls = {
        cert: boardText(s.tlsServer.certfile),
        key: boardText(s.tlsServer.keyfile),
      };
    }
    check({ op: "bind", id: s.id, udp: s.udp, host, port, tls });
    return None;
  }),
  listen: method(0, 1, (s: PySocket, backlog?: PyObj) => {
    s.checkOpen();
    const n = absent(backlog) ? 2 : Math.max(0, intArg(backlog));
    if (s.udp) throw newException(OSError, [95]);
    check({ op: "listen", id: s.id, backlog: n });
    return None;
  }),
  accept: method(0, 0, (s: PySocket) => {
    s.checkOpen();
    // The new socket inherits its listener's properties (and type: ssl for a wrapped one).
    const c = new PySocket(s.family, s.type, s.proto);
    Object.setPrototypeOf(c, Object.getPrototypeOf(s));
    c.timeoutMs = s.timeoutMs;
    c.connected = true;
    const r = check({ op: "accept", id: s.id, newId: c.id, timeout: s.timeoutMs });
    return tuple([c, addrTuple(r.host ?? "0.0.0.0", r.port ?? 0)]);
  }),
  connect: method(1, 1, connect),
  send,
  sendall: send,
  recv: method(1, 1, (s: PySocket, n: PyObj) => {
    s.checkOpen();
    const r = check(s.recvRequest(intArg(n)));
    return new PyBytes(r.data!);
  }),
  sendto: method(2, 2, (s: PySocket, b: PyObj, addr: PyObj) => {
    s.checkOpen();
    const data = bufferArg(b);
    return sendto(s, data, parseAddr(addr));
  }),
  recvfrom: method(1, 1, (s: PySocket, n: PyObj) => {
    s.checkOpen();
    const r = check(s.recvRequest(intArg(n)));
    return tuple([new PyBytes(r.data!), addrTuple(r.host ?? "0.0.0.0", r.port ?? 0)]);
  }),
  setsockopt: method(3, 3, (s: PySocket, level: PyObj, opt: PyObj, value: PyObj) => {
    s.checkOpen();
    intArg(level);
    intArg(opt);
    if (typeof value !== "number" && typeof value !== "boolean" && typeof value !== "bigint") {
      bufferArg(value);
    }
    // Options (SO_REUSEADDR and the like) are accepted; the host's sockets keep their own.
    return None;
  }),
  settimeout: method(1, 1, (s: PySocket, v: PyObj) => {
    s.checkOpen();
    setTimeoutMs(s, v);
    return None;
  }),
  setblocking: method(1, 1, (s: PySocket, flag: PyObj) => {
    s.checkOpen();
    s.timeoutMs = flag === None || flag === false || flag === 0 ? 0 : -1;
    return None;
  }),
  makefile: method(0, 5, (s: PySocket) => s),
  ...readMethods(socketStream),
  write: method(1, 1, (s: PySocket, b: PyObj) => s.sendAll(bufferArg(b))),
  __repr__: (s: PySocket) => `<${s.$cls.$name}>`,
});

const getaddrinfo = fn("getaddrinfo", 2, 2, (host: PyObj, port: PyObj) => {
  const h = strArg(host);
  const p = intArg(port);
  const r = check({ op: "resolve", host: h });
  const ip = r.host!;
  if (ip !== h) resolvedNames.set(ip, h);
  return new PyList([tuple([AF_INET, SOCK_STREAM, 0, "", addrTuple(ip, p)])]);
});

function makeUsocket() {
  return nativeModule("usocket", {
    socket: socket_type,
    getaddrinfo,
    error: OSError,
    timeout: timeout_type,
    AF_INET,
    SOCK_STREAM,
    SOCK_DGRAM,
    IPPROTO_SEC,
    IPPROTO_TCP,
    IPPROTO_UDP,
  });
}

builtinModules.set("usocket", makeUsocket);
