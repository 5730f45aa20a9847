/**
 * Integer arithmetic with Python semantics. Small ints are JS numbers (safe integers),
 * anything larger is a bigint; every result is normalised back to a number when it fits, so
 * each value has exactly one representation.
 */

import { memoryError, overflowError, valueError, zeroDivision } from "./errors.ts";

/** A Python int as represented at run time. */
export type Int = number | bigint;

const MAX = 9007199254740991;
const BIG_MAX = 9007199254740991n;
const BIG_MIN = -9007199254740991n;

/** Demotes a bigint to a number when it is in the safe range. */
export function norm(b: bigint): Int {
  return b <= BIG_MAX && b >= BIG_MIN ? Number(b) : b;
}

/** Widens an int to a bigint. */
export function big(a: Int): bigint {
  return typeof a === "bigint" ? a : BigInt(a);
}

/** `a + b` for ints. */
export function intAdd(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return norm(big(a) + big(b));
}

/** `a - b` for ints. */
export function intSub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return norm(big(a) - big(b));
}

/** `a * b` for ints. */
export function intMul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX && r >= -MAX) return r === 0 ? 0 : r;
  }
  const x = big(a);
  const y = big(b);
  // Only operands of a megabit or more can make a product past the limit: measure those.
  if ((isHuge(x) || isHuge(y)) && bitLength(x) + bitLength(y) > MAX_INT_BITS) throw noMemory();
  return norm(x * y);
}

const HUGE = 1n << 1048576n;
// A constant: negating HUGE at each test made a 128 KB bigint per multiplication.
const NEG_HUGE = -HUGE;

function isHuge(x: bigint): boolean {
  return x >= HUGE || x <= NEG_HUGE;
}

/** Number of bits of |x| (0 for 0). */
export function bitLength(x: bigint): number {
  if (x < 0n) x = -x;
  if (x === 0n) return 0;
  const hex = x.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** The MemoryError of a result too large to allocate (MicroPython's wording). */
function noMemory(): unknown {
  return memoryError("memory allocation failed");
}

/** `a // b` (floor division) for ints. */
export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw zeroDivision();
    const q = Math.floor(a / b);
    // Exact for |a| < 2^53 unless the quotient rounding crosses an integer; verify.
    if (Math.abs(a) <= 0x1fffffffffffff && Number.isSafeInteger(q)) {
      const r = a - q * b;
      if (b > 0 ? r >= 0 && r < b : r <= 0 && r > b) return q === 0 ? 0 : q;
    }
  }
  const bb = big(b);
  if (bb === 0n) throw zeroDivision();
  const ab = big(a);
  let q = ab / bb;
  if ((ab % bb !== 0n) && ((ab < 0n) !== (bb < 0n))) q -= 1n;
  return norm(q);
}

/** `a % b` (result has the sign of b) for ints. */
export function intMod(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw zeroDivision();
    const r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) return r + b;
    return r === 0 ? 0 : r;
  }
  const bb = big(b);
  if (bb === 0n) throw zeroDivision();
  let r = big(a) % bb;
  if (r !== 0n && (r < 0n) !== (bb < 0n)) r += bb;
  return norm(r);
}

/** `divmod(a, b)` for ints. */
export function intDivmod(a: Int, b: Int): [Int, Int] {
  return [intFloorDiv(a, b), intMod(a, b)];
}

/**
 * Largest int (in bits: 64 Mbit, 8 MB) that `*`, `**` and `<<` produce; beyond it they raise
 * MemoryError at once instead of computing for minutes (the board would run out of heap much
 * earlier; V8's own limit is 2^30 bits).
 */
export const MAX_INT_BITS = 1 << 26;

/** `a ** b` for ints with b >= 0 (negative exponents are handled by the caller). */
export function intPow(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a ** b;
    if (r <= MAX && r >= -MAX) return r;
  }
  const ab = big(a);
  const bb = big(b);
  if (ab === 0n || ab === 1n) return norm(bb === 0n ? 1n : ab);
  if (ab === -1n) return bb % 2n === 0n ? 1 : -1;
  // |a| >= 2^(bits-1), so the result has at least (bits-1)*b bits.
  if (BigInt(bitLength(ab) - 1) * bb > BigInt(MAX_INT_BITS)) throw noMemory();
  return norm(ab ** bb);
}

/** `pow(a, b, m)` for ints. */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  let mb = big(m);
  if (mb === 0n) throw valueError("pow() 3rd argument cannot be 0");
  let eb = big(b);
  if (eb < 0n) throw valueError("pow() 2nd argument cannot be negative when 3rd arg specified");
  const neg = mb < 0n;
  if (neg) mb = -mb;
  let base = big(a) % mb;
  if (base < 0n) base += mb;
  let r = 1n % mb;
  while (eb > 0n) {
    if (eb & 1n) r = (r * base) % mb;
    base = (base * base) % mb;
    eb >>= 1n;
  }
  if (neg && r !== 0n) r -= mb;
  return norm(r);
}

const I32_MIN = -2147483648;
const I32_MAX = 2147483647;

function isI32(a: Int): a is number {
  return typeof a === "number" && a >= I32_MIN && a <= I32_MAX;
}

/** `a & b` for ints (two's complement on arbitrary widths). */
export function intAnd(a: Int, b: Int): Int {
  if (isI32(a) && isI32(b)) return a & b;
  return norm(big(a) & big(b));
}

/** `a | b` for ints. */
export function intOr(a: Int, b: Int): Int {
  if (isI32(a) && isI32(b)) return a | b;
  return norm(big(a) | big(b));
}

/** `a ^ b` for ints. */
export function intXor(a: Int, b: Int): Int {
  if (isI32(a) && isI32(b)) return a ^ b;
  return norm(big(a) ^ big(b));
}

/** `~a` for ints. */
export function intInvert(a: Int): Int {
  if (typeof a === "number") return -a - 1;
  return norm(-a - 1n);
}

/** `-a` for ints. */
export function intNeg(a: Int): Int {
  if (typeof a === "number") return a === 0 ? 0 : -a;
  return norm(-a);
}

/** `a << b` for ints. */
export function intLshift(a: Int, b: Int): Int {
  if (typeof b === "bigint" || b < 0) {
    if (big(b) < 0n) throw valueError("negative shift count");
    if (a === 0) return 0;
    throw overflowError("overflow converting long int to machine word");
  }
  if (typeof a === "number" && b < 31 && a >= -1048576 && a <= 1048576) {
    const r = a * (1 << b);
    if (r <= MAX && r >= -MAX) return r;
  }
  if (a === 0) return 0;
  if (b > MAX_INT_BITS) throw noMemory();
  return norm(big(a) << BigInt(b));
}

/** `a >> b` for ints (arithmetic shift, floors). */
export function intRshift(a: Int, b: Int): Int {
  if (typeof b === "bigint" || b < 0) {
    if (big(b) < 0n) throw valueError("negative shift count");
    return big(a) < 0n ? -1 : 0;
  }
  if (isI32(a)) return b > 31 ? (a < 0 ? -1 : 0) : a >> b;
  return norm(big(a) >> BigInt(b));
}

/** Compares two ints: negative, zero or positive. */
export function intCmp(a: Int, b: Int): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  const x = big(a);
  const y = big(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The decimal representation of an int. */
export function intRepr(a: Int): string {
  return typeof a === "number" ? String(a) : a.toString();
}

/** True for a Python int (not bool). */
export function isInt(x: unknown): x is Int {
  return typeof x === "number" || typeof x === "bigint";
}

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * Parses an int literal the way `int(s, base)` does: optional sign, surrounding whitespace,
 * base prefixes when base is 0 or matches. Returns undefined when the text is invalid.
 */
export function parseIntText(text: string, base: number): Int | undefined {
  let s = text.trim();
  let neg = false;
  if (s.startsWith("-") || s.startsWith("+")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  const low = s.toLowerCase();
  if (base === 0) {
    if (low.startsWith("0x")) base = 16, s = s.slice(2);
    else if (low.startsWith("0o")) base = 8, s = s.slice(2);
    else if (low.startsWith("0b")) base = 2, s = s.slice(2);
    else {
      base = 10;
      if (/^0+[1-9]/.test(s)) return undefined;
    }
  } else if (
    (base === 16 && low.startsWith("0x")) || (base === 8 && low.startsWith("0o")) ||
    (base === 2 && low.startsWith("0b"))
  ) {
    s = s.slice(2);
  }
  if (s.length === 0) return undefined;
  let acc = 0n;
  let small = 0;
  const bb = BigInt(base);
  const useSmall = s.length <= 10;
  for (let i = 0; i < s.length; i++) {
    const d = DIGITS.indexOf(s[i].toLowerCase());
    if (d < 0 || d >= base) return undefined;
    if (useSmall) small = small * base + d;
    else acc = acc * bb + BigInt(d);
  }
  if (useSmall) return neg ? (small === 0 ? 0 : -small) : small;
  return norm(neg ? -acc : acc);
}

/** Formats an int in base 2, 8 or 16 with Python's prefix (as bin/oct/hex do). */
export function intToBase(a: Int, base: 2 | 8 | 16): string {
  const prefix = base === 2 ? "0b" : base === 8 ? "0o" : "0x";
  const neg = typeof a === "number" ? a < 0 : a < 0n;
  const digits = (neg ? (typeof a === "number" ? -a : -a) : a).toString(base);
  return (neg ? "-" : "") + prefix + digits;
}

/** Converts an int to a JS number, raising OverflowError when it does not fit a machine word. */
export function toSmallInt(a: Int): number {
  if (typeof a === "number") return a;
  throw overflowError("overflow converting long int to machine word");
}
