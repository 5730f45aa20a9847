/**
 * The `uhashlib` module (importable as `hashlib`): sha256, sha1 and md5 hash objects with
 * update() and digest() (plus hexdigest, as CPython has). Pure TypeScript, synchronous.
 */

import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { typeError } from "../errors.ts";
import { nativeModule } from "../objobject.ts";
import { builtinModules } from "../import.ts";
import { bytesFromArray } from "../objbytes.ts";
import { bufferOpt } from "./modutil.ts";

type Algo = "sha256" | "sha1" | "md5";

/** A running hash: the data is kept and hashed when a digest is asked for. */
class PyHash {
  declare $cls: PyType;
  chunks: Uint8Array[] = [];
  size = 0;
  constructor(public algo: Algo) {}
  add(data: PyObj): void {
    const b = bufferOpt(data);
    if (b === undefined || typeof data === "string") {
      throw typeError("object with buffer protocol required");
    }
    this.chunks.push(b.slice());
    this.size += b.length;
  }
  all(): Uint8Array {
    const out = new Uint8Array(this.size);
    let o = 0;
    for (const c of this.chunks) {
      out.set(c, o);
      o += c.length;
    }
    this.chunks = [out];
    return out;
  }
}

/** Pads a message as SHA-1/SHA-256/MD5 do; `bigEndianLength` is false for MD5. */
function pad(msg: Uint8Array, bigEndianLength: boolean): DataView {
  const len = msg.length;
  const total = ((len + 9 + 63) >> 6) << 6;
  const buf = new Uint8Array(total);
  buf.set(msg);
  buf[len] = 0x80;
  const dv = new DataView(buf.buffer);
  const bits = len * 8;
  const hi = Math.floor(bits / 4294967296);
  const lo = bits >>> 0;
  if (bigEndianLength) {
    dv.setUint32(total - 8, hi);
    dv.setUint32(total - 4, lo);
  } else {
    dv.setUint32(total - 8, lo, true);
    dv.setUint32(total - 4, hi, true);
  }
  return dv;
}

const K256 = new Uint32Array([
  0x428a2f98,
  0x71374491,
  0xb5c0fbcf,
  0xe9b5dba5,
  0x3956c25b,
  0x59f111f1,
  0x923f82a4,
  0xab1c5ed5,
  0xd807aa98,
  0x12835b01,
  0x243185be,
  0x550c7dc3,
  0x72be5d74,
  0x80deb1fe,
  0x9bdc06a7,
  0xc19bf174,
  0xe49b69c1,
  0xefbe4786,
  0x0fc19dc6,
  0x240ca1cc,
  0x2de92c6f,
  0x4a7484aa,
  0x5cb0a9dc,
  0x76f988da,
  0x983e5152,
  0xa831c66d,
  0xb00327c8,
  0xbf597fc7,
  0xc6e00bf3,
  0xd5a79147,
  0x06ca6351,
  0x14292967,
  0x27b70a85,
  0x2e1b2138,
  0x4d2c6dfc,
  0x53380d13,
  0x650a7354,
  0x766a0abb,
  0x81c2c92e,
  0x92722c85,
  0xa2bfe8a1,
  0xa81a664b,
  0xc24b8b70,
  0xc76c51a3,
  0xd192e819,
  0xd6990624,
  0xf40e3585,
  0x106aa070,
  0x19a4c116,
  0x1e376c08,
  0x2748774c,
  0x34b0bcb5,
  0x391c0cb3,
  0x4ed8aa4a,
  0x5b9cca4f,
  0x682e6ff3,
  0x748f82ee,
  0x78a5636f,
  0x84c87814,
  0x8cc70208,
  0x90befffa,
  0xa4506ceb,
  0xbef9a3f7,
  0xc67178f2,
]);

function rotr(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}

function sha256(msg: Uint8Array): Uint8Array {
  const dv = pad(msg, true);
  const h = new Uint32Array([
    0x6a09e667,
    0xbb67ae85,
    0x3c6ef372,
    0xa54ff53a,
    0x510e527f,
    0x9b05688c,
    0x1f83d9ab,
    0x5be0cd19,
  ]);
  const w = new Uint32Array(64);
  for (let off = 0; off < dv.byteLength; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = dv.getUint32(off + 4 * i);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K256[i] +
        w[i]) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
  }
  return wordsBigEndian(h);
}

function sha1(msg: Uint8Array): Uint8Array {
  const dv = pad(msg, true);
  const h = new Uint32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]);
  const w = new Uint32Array(80);
  for (let off = 0; off < dv.byteLength; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = dv.getUint32(off + 4 * i);
    for (let i = 16; i < 80; i++) {
      const x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16];
      w[i] = (x << 1) | (x >>> 31);
    }
    let [a, b, c, d, e] = h;
    for (let i = 0; i < 80; i++) {
      let f: number;
      let k: number;
      if (i < 20) [f, k] = [(b & c) | (~b & d), 0x5a827999];
      else if (i < 40) [f, k] = [b ^ c ^ d, 0x6ed9eba1];
      else if (i < 60) [f, k] = [(b & c) | (b & d) | (c & d), 0x8f1bbcdc];
      else [f, k] = [b ^ c ^ d, 0xca62c1d6];
      const t = (((a << 5) | (a >>> 27)) + f + e + k + w[i]) >>> 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
  }
  return wordsBigEndian(h);
}

const MD5_S = [
  7,
  12,
  17,
  22,
  7,
  12,
  17,
  22,
  7,
  12,
  17,
  22,
  7,
  12,
  17,
  22,
  5,
  9,
  14,
  20,
  5,
  9,
  14,
  20,
  5,
  9,
  14,
  20,
  5,
  9,
  14,
  20,
  4,
  11,
  16,
  23,
  4,
  11,
  16,
  23,
  4,
  11,
  16,
  23,
  4,
  11,
  16,
  23,
  6,
  10,
  15,
  21,
  6,
  10,
  15,
  21,
  6,
  10,
  15,
  21,
  6,
  10,
  15,
  21,
];
const MD5_K = new Uint32Array(64).map((_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296));

function md5(msg: Uint8Array): Uint8Array {
  const dv = pad(msg, false);
  const h = new Uint32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]);
  const m = new Uint32Array(16);
  for (let off = 0; off < dv.byteLength; off += 64) {
    for (let i = 0; i < 16; i++) m[i] = dv.getUint32(off + 4 * i, true);
    let [a, b, c, d] = h;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) [f, g] = [(b & c) | (~b & d), i];
      else if (i < 32) [f, g] = [(d & b) | (~d & c), (5 * i + 1) % 16];
      else if (i < 48) [f, g] = [b ^ c ^ d, (3 * i + 5) % 16];
      else [f, g] = [c ^ (b | ~d), (7 * i) % 16];
      const t = (a + f + MD5_K[i] + m[g]) >>> 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((t << MD5_S[i]) | (t >>> (32 - MD5_S[i])))) >>> 0;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
  }
  const out = new Uint8Array(16);
  const odv = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) odv.setUint32(4 * i, h[i], true);
  return out;
}

function wordsBigEndian(h: Uint32Array): Uint8Array {
  const out = new Uint8Array(h.length * 4);
  const dv = new DataView(out.buffer);
  for (let i = 0; i < h.length; i++) dv.setUint32(4 * i, h[i]);
  return out;
}

const DIGESTS: Record<Algo, (m: Uint8Array) => Uint8Array> = { sha256, sha1, md5 };

const hash_types: Record<Algo, PyType> = {
  sha256: makeNativeType("sha256", class {}.prototype),
  sha1: makeNativeType("sha1", class {}.prototype),
  md5: makeNativeType("md5", class {}.prototype),
};

for (const algo of Object.keys(hash_types) as Algo[]) {
  const t = hash_types[algo];
  t.$construct = (_c, args) => {
    const h = Object.assign(Object.create(t.$p), new PyHash(algo)) as PyHash;
    if (args.length > 1) throw typeError("function takes at most 1 argument");
    if (args.length === 1) PyHash.prototype.add.call(h, args[0]);
    return h;
  };
  defMethods(t, {
    update(self: PyHash, data: PyObj) {
      PyHash.prototype.add.call(self, data);
      return None;
    },
    digest: (self: PyHash) => bytesFromArray(DIGESTS[self.algo](PyHash.prototype.all.call(self))),
    hexdigest(self: PyHash) {
      const d = DIGESTS[self.algo](PyHash.prototype.all.call(self));
      return [...d].map((x) => x.toString(16).padStart(2, "0")).join("");
    },
  });
}

builtinModules.set("uhashlib", () => nativeModule("uhashlib", { ...hash_types }));
