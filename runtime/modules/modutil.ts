/**
 * Helpers shared by the native modules in this folder: named native functions with
 * MicroPython's argument-count errors, argument coercion, and the buffer protocol.
 */

// deno-lint-ignore-file no-explicit-any
import { None, type PyObj } from "../object.ts";
import { exc, OverflowError, typeError } from "../errors.ts";
import { PyBytes } from "../objbytes.ts";
import * as objbytes from "../objbytes.ts";
import { PyFloat } from "../objfloat.ts";
import { ctx } from "../context.ts";
import { asStr } from "../objstr.ts";
import { typeName } from "../ops.ts";

/** Names a native function (for repr and error messages); returns it. */
export function named<T extends (...a: any[]) => any>(name: string, f: T): T {
  (f as any).$name = name;
  return f;
}

/**
 * A native function taking between `min` and `max` positional arguments, with MicroPython's
 * wording for wrong counts. `params` (when given) enables keyword arguments by name.
 */
export function fn(
  name: string,
  min: number,
  max: number,
  f: (...a: PyObj[]) => PyObj,
  params?: string[],
): (...a: PyObj[]) => PyObj {
  const w = (...a: PyObj[]) => {
    // Keyword binding leaves holes for omitted optional parameters.
    let n = a.length;
    while (n > 0 && a[n - 1] === undefined) n--;
    if (n < min) {
      for (let i = 0; i < min; i++) {
        if (a[i] === undefined) {
          throw typeError(`function missing ${min - i} required positional arguments`);
        }
      }
    }
    if (n > max) {
      throw typeError(
        min === max
          ? `function takes ${max} positional arguments but ${n} were given`
          : `function expected at most ${max} arguments, got ${n}`,
      );
    }
    return f(...a);
  };
  named(name, w);
  if (params) (w as any).$kwp = params;
  return w;
}

/** The same as `fn` for methods: `self` is not counted in min/max. */
export function method(
  min: number,
  max: number,
  f: (self: any, ...a: PyObj[]) => PyObj,
  params?: string[],
): (...a: PyObj[]) => PyObj {
  const w = fn("", min + 1, max + 1, f as any, params);
  return w;
}

/**
 * Binds a native constructor's positional and keyword arguments to `params` by name, as
 * MicroPython's `mp_arg_parse_all` does; an omitted argument is undefined.
 */
export function bindArgs(
  params: string[],
  args: PyObj[],
  kwn: string[] = [],
  kwv: PyObj[] = [],
): (PyObj | undefined)[] {
  if (args.length > params.length) {
    throw typeError(`function expected at most ${params.length} arguments, got ${args.length}`);
  }
  const out: (PyObj | undefined)[] = params.map((_, i) => args[i]);
  kwn.forEach((k, i) => {
    const at = params.indexOf(k);
    if (at < 0) throw typeError(`unexpected keyword argument '${k}'`);
    if (out[at] !== undefined) throw typeError(`function got multiple values for argument '${k}'`);
    out[at] = kwv[i];
  });
  return out;
}

/**
 * Like `bindArgs` with only the first `positional` parameters taken by position (the rest are
 * keyword-only, MP_ARG_KW_ONLY), after `fixed` leading values (`self`) that keywords cannot
 * name.
 */
export function bindKwOnly(
  params: string[],
  positional: number,
  fixed: PyObj[],
  args: PyObj[],
  kwn: string[] = [],
  kwv: PyObj[] = [],
): (PyObj | undefined)[] {
  const out: (PyObj | undefined)[] = [...fixed, ...args];
  if (out.length > positional) {
    throw typeError(
      `function expected at most ${positional - fixed.length} arguments, got ${args.length}`,
    );
  }
  kwn.forEach((k, i) => {
    const at = params.indexOf(k);
    if (at < fixed.length) throw typeError(`unexpected keyword argument '${k}'`);
    if (out[at] !== undefined) throw typeError(`function got multiple values for argument '${k}'`);
    out[at] = kwv[i];
  });
  return out;
}

/**
 * A method whose trailing parameters are keyword-only: `params` names them all (`self`
 * first), the first `positional` (with `self`) may come by position.
 */
export function kwOnlyMethod(
  params: string[],
  positional: number,
  f: (self: any, ...a: (PyObj | undefined)[]) => PyObj,
): (...a: PyObj[]) => PyObj {
  const w: any = (...a: PyObj[]) => w.$kwraw(a, [], []);
  w.$kwraw = (args: PyObj[], kwn: string[], kwv: PyObj[]) => {
    const full = bindKwOnly(params, positional, args.slice(0, 1), args.slice(1), kwn, kwv);
    return f(...(full as [any, ...PyObj[]]));
  };
  return named("", w);
}

/** True when an optional argument was omitted or None. */
export function absent(x: PyObj): boolean {
  return x === undefined || x === None;
}

/** An int argument as a JS number (bool accepted); TypeError otherwise. */
export function intArg(x: PyObj): number {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") {
    throw exc(OverflowError, "overflow converting long int to machine word");
  }
  throw typeError(`can't convert ${typeName(x)} to int`);
}

/** An int argument as a bigint (any size; bool accepted); TypeError otherwise. */
export function bigArg(x: PyObj): bigint {
  if (typeof x === "number") return BigInt(x);
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1n : 0n;
  throw typeError(`can't convert ${typeName(x)} to int`);
}

/** A number argument: an int, or a float when the board has float support. */
export function numArg(x: PyObj): number {
  if (x instanceof PyFloat && ctx.config.float) return x.v;
  if (typeof x === "bigint") return Number(x);
  return intArg(x);
}

/** A str argument; TypeError otherwise. */
export function strArg(x: PyObj, what = "str"): string {
  if (typeof x === "string") return x;
  if (typeof x === "object" && x !== null && x.$str !== undefined) return x.$str; // str subclass
  throw typeError(`can't convert '${typeName(x)}' object to ${what} implicitly`);
}

/**
 * The live bytes of any object with the buffer protocol (bytes, bytearray, memoryview,
 * array, uctypes struct...), or undefined. Objects may provide a JS `$buf(): Uint8Array`.
 */
export function bufferOpt(x: PyObj): Uint8Array | undefined {
  if (x === null || typeof x !== "object") return undefined;
  if (typeof x.$buf === "function") return x.$buf();
  const shared = (objbytes as any).bufferOf;
  if (typeof shared === "function") {
    try {
      const b = shared(x);
      if (b instanceof Uint8Array) return b;
    } catch {
      return undefined;
    }
    return undefined;
  }
  if (x instanceof PyBytes) return x.b;
  if (x.b instanceof Uint8Array) return x.b.subarray(0, x.n ?? x.b.length);
  return undefined;
}

/** Like bufferOpt but raising MicroPython's TypeError. */
export function bufferArg(x: PyObj): Uint8Array {
  const b = bufferOpt(x);
  if (b === undefined) throw typeError("object with buffer protocol required");
  return b;
}

/**
 * Bytes to send on a bus, as the WiPy's `pyb_buf_get_for_send` takes them: an int is one byte,
 * a str its UTF-8 bytes, anything else its buffer.
 */
export function sendBuffer(x: PyObj): Uint8Array {
  if (typeof x === "number" || typeof x === "boolean") return Uint8Array.of(Number(x) & 0xff);
  const s = asStr(x);
  if (s !== undefined) return new TextEncoder().encode(s);
  return bufferArg(x);
}

/** A writable buffer (not bytes or str). */
export function writableBufferArg(x: PyObj): Uint8Array {
  if (x instanceof PyBytes || typeof x === "string") {
    throw typeError("object with buffer protocol required");
  }
  return bufferArg(x);
}

/** Wraps bytes as a Python bytes object. */
export function bytesOf(u: Uint8Array): PyBytes {
  return new PyBytes(u);
}
