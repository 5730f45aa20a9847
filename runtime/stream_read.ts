/**
 * The read side that byte streams share (machine.UART, usocket): `read([n])`, `readall()`,
 * `readinto(buf[, n])` and a byte-wise `readline`, built on one primitive, `readSome(n)`: up to
 * n bytes, an empty array at the end of the stream, or null when nothing came in time (then
 * the methods return None, as MicroPython's stream functions do for EAGAIN).
 */

import { None, type PyObj } from "./object.ts";
import { PyBytes } from "./objbytes.ts";
import { absent, intArg, method, writableBufferArg } from "./modules/modutil.ts";

/** What a stream provides to the shared methods. */
export interface ReadableStream<T> {
  /** Up to n bytes; empty at the end of the stream; null when nothing came in time. */
  readSome(self: T, n: number): Uint8Array | null;
  /** The largest chunk one readSome may ask for. */
  chunk: number;
  /** Raises when the stream cannot be read (closed, not initialised). */
  check(self: T): void;
  /** A faster readline, if the stream has one. */
  readline?(self: T, limit: number): PyObj;
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Everything until the end of the stream (or until nothing more comes in time). */
export function readAll<T>(s: ReadableStream<T>, self: T): PyObj {
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const b = s.readSome(self, s.chunk);
    if (b === null) {
      if (total === 0) return None;
      break;
    }
    if (b.length === 0) break;
    parts.push(b);
    total += b.length;
  }
  return new PyBytes(concat(parts, total));
}

/** A line (up to `limit` bytes, -1: no limit), byte by byte; None when nothing came. */
export function readLineBytewise<T>(s: ReadableStream<T>, self: T, limit: number): PyObj {
  const out: number[] = [];
  while (limit < 0 || out.length < limit) {
    const b = s.readSome(self, 1);
    if (b === null) {
      if (out.length === 0) return None;
      break;
    }
    if (b.length === 0) break;
    out.push(b[0]);
    if (b[0] === 10) break;
  }
  return new PyBytes(Uint8Array.from(out));
}

/** The native methods read, readall, readline and readinto for a stream type. */
export function readMethods<T>(s: ReadableStream<T>) {
  const line = s.readline ?? ((self: T, limit: number) => readLineBytewise(s, self, limit));
  return {
    read: method(0, 1, (self: T, n?: PyObj) => {
      const count = absent(n) ? -1 : intArg(n);
      if (count < 0) return readAll(s, self);
      const b = s.readSome(self, count);
      return b === null ? None : new PyBytes(b);
    }),
    readall: method(0, 0, (self: T) => readAll(s, self)),
    readline: method(0, 1, (self: T, n?: PyObj) => {
      s.check(self);
      return line(self, absent(n) ? -1 : intArg(n));
    }),
    readinto: method(1, 2, (self: T, buf: PyObj, n?: PyObj) => {
      let target = writableBufferArg(buf);
      if (!absent(n)) target = target.subarray(0, Math.max(0, intArg(n)));
      const b = s.readSome(self, target.length);
      if (b === null) return None;
      target.set(b);
      return b.length;
    }),
  };
}
