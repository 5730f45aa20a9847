/**
 * Run-time support for `@micropython.viper` functions (compiled by `viper.ts`): the
 * `ViperTypeError` type, conversions between Python objects and machine words
 * (`mp_convert_obj_to_native` in MicroPython), pointer views over buffers, and the shifts
 * with the Cortex-M4's rules (the amount is the low byte of the register; 32 and more
 * shifts everything out).
 *
 * Machine words are JS numbers holding a signed 32-bit value (`int` and `uint` share the
 * representation; only comparisons, `>>` and the conversion to a Python int differ).
 * `ptr8`/`ptr16`/`ptr32` are a `Uint8Array`/`Uint16Array`/`Int32Array` over the buffer's
 * memory, so a load or store is one typed-array access and a store wraps to the element size.
 */

// deno-lint-ignore-file no-explicit-any
import type { PyObj } from "./object.ts";
import { exc, Exception, excType, NotImplementedError, typeError } from "./errors.ts";
import { asInt } from "./objinttype.ts";
import { typeName } from "./ops.ts";

/** MicroPython's `ViperTypeError` (a compile-time error of viper code; not a builtin name). */
export const ViperTypeError = excType("ViperTypeError", Exception);

/** A pointer value of viper code. */
export type Ptr = Uint8Array | Uint16Array | Int32Array;

/** `mp_obj_get_int_truncated`: the low 32 bits of an integral object, as a signed word. */
function int(x: PyObj): number {
  if (typeof x === "number") return x | 0;
  const v = asInt(x);
  if (v === undefined) throw typeError(`can't convert ${typeName(x)} to int`);
  return typeof v === "bigint" ? Number(BigInt.asIntN(32, v)) : (v as number) | 0;
}

/** The bytes behind a pointer cast's argument (a buffer object or another pointer). */
function memory(x: PyObj, kind: string): Uint8Array {
  if (x instanceof Uint8Array) return x;
  if (x instanceof Uint16Array || x instanceof Int32Array) {
    return new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
  }
  if (x !== null && typeof x === "object" && typeof x.$buf === "function") return x.$buf();
  if (asInt(x) !== undefined) {
    throw exc(
      NotImplementedError,
      `${kind} of an address: the board has no memory-mapped registers to point at`,
    );
  }
  throw typeError(`can't convert ${typeName(x)} to int`);
}

function ptr8(x: PyObj): Uint8Array {
  return memory(x, "ptr8");
}

function ptr16(x: PyObj): Uint16Array {
  const m = memory(x, "ptr16");
  if (m.byteOffset % 2 !== 0) throw exc(NotImplementedError, "ptr16 of an unaligned buffer");
  return new Uint16Array(m.buffer, m.byteOffset, m.length >> 1);
}

function ptr32(x: PyObj): Int32Array {
  const m = memory(x, "ptr32");
  if (m.byteOffset % 4 !== 0) throw exc(NotImplementedError, "ptr32 of an unaligned buffer");
  return new Int32Array(m.buffer, m.byteOffset, m.length >> 2);
}

/** `a << b` as LSL by register: amounts of 32..255 give 0. */
function shl(a: number, b: number): number {
  b &= 255;
  return b >= 32 ? 0 : a << b;
}

/** `a >> b` on an int (ASR): amounts of 32..255 give the sign. */
function sar(a: number, b: number): number {
  b &= 255;
  return b >= 32 ? a >> 31 : a >> b;
}

/** `a >> b` on a uint (LSR): amounts of 32..255 give 0. */
function shr(a: number, b: number): number {
  b &= 255;
  return b >= 32 ? 0 : (a >>> b) | 0;
}

/** The helpers viper code reaches as `$V`. */
export const viperRuntime: Record<string, any> = { int, ptr8, ptr16, ptr32, shl, sar, shr };
