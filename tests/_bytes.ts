/** Test helpers: bytes as binary strings (one char per byte), so tests compare bytes exactly. */

/** Bytes → binary string. */
export function bin(b: Uint8Array): string {
  let s = "";
  for (const c of b) s += String.fromCharCode(c);
  return s;
}

/** Binary string → bytes. */
export function bytes(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
}
