/**
 * The socket interface between the board and its host. The runtime never touches the
 * network itself: `usocket`/`ussl` send these requests through `Host.socketCall`, and the
 * host (net/sockets.ts) keeps the real connections per socket id.
 *
 * Ids are chosen by the board. Timeouts travel with each request (ms; -1 blocks, 0 is
 * non-blocking): the host answers EAGAIN at once for 0 and ETIMEDOUT when the time passes.
 * Replies are a small JSON header plus raw bytes (`encodeReply`/`decodeReply`), so they fit
 * the link's 64 KB payload area: a recv asks for at most 16000 bytes (the CC3200's
 * WLAN_MAX_RX_SIZE) and the board sends in chunks of at most SEND_CHUNK.
 */

/** TLS settings of a wrapped socket (client side). */
export interface TlsClientOptions {
  /** Verify the server's certificate (CERT_REQUIRED) against `ca` (PEM). */
  verify: boolean;
  ca?: string;
  /** The name to present and verify (the host given to getaddrinfo, else the IP). */
  serverName?: string;
}

/** TLS settings of a wrapped server socket. */
export interface TlsServerOptions {
  cert: string;
  key: string;
}

/** A request from the board. */
export type SocketRequest =
  | {
    op: "connect";
    id: number;
    host: string;
    port: number;
    timeout: number;
    tls?: TlsClientOptions;
  }
  | { op: "bind"; id: number; udp: boolean; host: string; port: number; tls?: TlsServerOptions }
  | { op: "listen"; id: number; backlog: number }
  | { op: "accept"; id: number; newId: number; timeout: number }
  | { op: "send"; id: number; data: Uint8Array; timeout: number }
  /** `line`: up to and including the first newline (a stream socket's readline). */
  | { op: "recv"; id: number; size: number; timeout: number; line?: boolean }
  | {
    op: "sendto";
    id: number;
    data: Uint8Array;
    host: string;
    port: number;
    timeout: number;
  }
  | { op: "poll"; id: number; mask: number }
  | { op: "close"; id: number }
  | { op: "resolve"; host: string }
  /** The board gave up waiting for request `req` (Ctrl-C): its answer must not come. */
  | { op: "cancel"; req: number };

/** The host's answer. `errno` set: the call failed (with `message` for a text error). */
export interface SocketReply {
  errno?: number;
  message?: string;
  /** Bytes received (recv). */
  data?: Uint8Array;
  /** Bytes sent, events ready (poll). */
  n?: number;
  /** An address: the peer (accept, recvfrom) or a resolved IP. */
  host?: string;
  port?: number;
}

/** The board sends at most this many bytes per request. */
export const SEND_CHUNK = 60000;
/** The most a recv asks for (WLAN_MAX_RX_SIZE in the firmware). */
export const RECV_MAX = 16000;

const enc = new TextEncoder();
const dec = new TextDecoder();

/** A reply as bytes: 4-byte little-endian header length, JSON header, data. */
export function encodeReply(r: SocketReply): Uint8Array {
  const { data, ...head } = r;
  const h = enc.encode(JSON.stringify(head));
  const out = new Uint8Array(4 + h.length + (data?.length ?? 0));
  new DataView(out.buffer).setUint32(0, h.length, true);
  out.set(h, 4);
  if (data) out.set(data, 4 + h.length);
  return out;
}

/** The reverse of `encodeReply`. */
export function decodeReply(b: Uint8Array): SocketReply {
  const n = new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(0, true);
  const r = JSON.parse(dec.decode(b.subarray(4, 4 + n))) as SocketReply;
  if (b.length > 4 + n) r.data = b.slice(4 + n);
  else r.data = new Uint8Array(0);
  return r;
}
