/**
 * The `ubinascii` module (importable as `binascii`): hex and base64 conversions between
 * binary data and ASCII. Every function takes any object with the buffer protocol, or a str
 * (its UTF-8 bytes, as MicroPython's buffer protocol gives them), and returns bytes.
 *
 * - `hexlify(data[, sep])`: lowercase hex; MicroPython's extension `sep` puts the first
 *   character of a str/bytes separator between the hex pairs.
 * - `unhexlify(data)`: ValueError "odd-length string" / "non-hex digit found".
 * - `a2b_base64(data)`: CPython's decoder (characters outside the alphabet are skipped,
 *   decoding stops at a complete pad); ValueError "incorrect padding" when data is left
 *   over.
 * - `b2a_base64(data)`: standard alphabet with padding and a trailing newline.
 * - `crc32(data[, value])`: the zlib CRC-32 as an unsigned int.
 */

import type { PyObj } from "../object.ts";
import { typeError, valueError } from "../errors.ts";
import { nativeModule } from "../objobject.ts";
import { builtinModules } from "../import.ts";
import { typeName } from "../ops.ts";
import { absent, bigArg, bufferOpt, bytesOf, fn } from "./modutil.ts";

const encoder = new TextEncoder();

/** The bytes of a buffer-protocol object or a str; TypeError otherwise. */
export function dataArg(x: PyObj): Uint8Array {
  if (typeof x === "string") return encoder.encode(x);
  const b = bufferOpt(x);
  if (b === undefined) throw typeError("object with buffer protocol required");
  return b;
}

const HEX = "0123456789abcdef";

function hexlify(data: PyObj, sep?: PyObj): PyObj {
  const b = dataArg(data);
  let sepByte = -1;
  if (sep !== undefined) {
    if (typeof sep !== "string" && bufferOpt(sep) === undefined) {
      throw typeError(`can't convert '${typeName(sep)}' object to str implicitly`);
    }
    const s = dataArg(sep);
    if (s.length > 0) sepByte = s[0];
  }
  if (b.length === 0) return bytesOf(new Uint8Array(0));
  const n = b.length * 2 + (sepByte >= 0 ? b.length - 1 : 0);
  const out = new Uint8Array(n);
  let j = 0;
  for (let i = 0; i < b.length; i++) {
    if (sepByte >= 0 && i > 0) out[j++] = sepByte;
    out[j++] = HEX.charCodeAt(b[i] >> 4);
    out[j++] = HEX.charCodeAt(b[i] & 15);
  }
  return bytesOf(out);
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function unhexlify(data: PyObj): PyObj {
  const b = dataArg(data);
  if (b.length & 1) throw valueError("odd-length string");
  const out = new Uint8Array(b.length >> 1);
  for (let i = 0; i < out.length; i++) {
    const hi = hexDigit(b[2 * i]);
    const lo = hexDigit(b[2 * i + 1]);
    if (hi < 0 || lo < 0) throw valueError("non-hex digit found");
    out[i] = (hi << 4) | lo;
  }
  return bytesOf(out);
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64.charCodeAt(i)] = i;
const PAD = 61; // '='

function a2bBase64(data: PyObj): PyObj {
  const b = dataArg(data);
  const out = new Uint8Array(Math.floor((b.length * 3) / 4) + 3);
  let n = 0;
  let quad = 0;
  let left = 0;
  let pads = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === PAD) {
      // A pad completing a quad ends the data; other pads are ignored.
      if (quad >= 2 && quad + ++pads >= 4) {
        quad = 0;
        break;
      }
      continue;
    }
    const v = B64_VALUE[c];
    if (v < 0) continue;
    pads = 0;
    switch (quad) {
      case 0:
        quad = 1;
        left = v;
        break;
      case 1:
        quad = 2;
        out[n++] = (left << 2) | (v >> 4);
        left = v & 0xf;
        break;
      case 2:
        quad = 3;
        out[n++] = (left << 4) | (v >> 2);
        left = v & 0x3;
        break;
      default:
        quad = 0;
        out[n++] = (left << 6) | v;
        left = 0;
    }
  }
  if (quad !== 0) throw valueError("incorrect padding");
  return bytesOf(out.slice(0, n));
}

function b2aBase64(data: PyObj): PyObj {
  const b = dataArg(data);
  const out = new Uint8Array(Math.ceil(b.length / 3) * 4 + 1);
  let j = 0;
  for (let i = 0; i < b.length; i += 3) {
    const rest = b.length - i;
    const x = (b[i] << 16) | ((rest > 1 ? b[i + 1] : 0) << 8) | (rest > 2 ? b[i + 2] : 0);
    out[j++] = B64.charCodeAt((x >> 18) & 63);
    out[j++] = B64.charCodeAt((x >> 12) & 63);
    out[j++] = rest > 1 ? B64.charCodeAt((x >> 6) & 63) : PAD;
    out[j++] = rest > 2 ? B64.charCodeAt(x & 63) : PAD;
  }
  out[j] = 10;
  return bytesOf(out);
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (zlib's polynomial) of `b`, continuing from `crc`. */
export function crc32(b: Uint8Array, crc = 0): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[i] = c >>> 0;
    }
  }
  let c = ~crc >>> 0;
  for (let i = 0; i < b.length; i++) c = crcTable[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

function makeUbinascii() {
  return nativeModule("ubinascii", {
    hexlify: fn("hexlify", 1, 2, hexlify),
    unhexlify: fn("unhexlify", 1, 1, unhexlify),
    a2b_base64: fn("a2b_base64", 1, 1, a2bBase64),
    b2a_base64: fn("b2a_base64", 1, 1, b2aBase64),
    crc32: fn("crc32", 1, 2, (data: PyObj, value?: PyObj) => {
      const start = absent(value) ? 0 : Number(BigInt.asUintN(32, bigArg(value)));
      return crc32(dataArg(data), start);
    }),
  });
}

builtinModules.set("ubinascii", makeUbinascii);
