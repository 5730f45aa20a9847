/** The int and bool types: their constructors and dunder methods. */

// deno-lint-ignore-file no-explicit-any
import { defMethods, makeNativeType, NotImplemented, type PyObj, type PyType } from "./object.ts";
import { typeError, valueError } from "./errors.ts";
import {
  type Int,
  intAdd,
  intAnd,
  intCmp,
  intFloorDiv,
  intInvert,
  intLshift,
  intMod,
  intMul,
  intNeg,
  intOr,
  intPow,
  intRepr,
  intRshift,
  intSub,
  intXor,
  parseIntText,
} from "./objint.ts";
import { PyTuple } from "./objtuple.ts";

class IntProto {}
class BoolProto {}

/** The `int` type (instances are JS numbers and bigints). */
export const int_type: PyType = makeNativeType("int", IntProto.prototype);
/** The `bool` type (instances are JS booleans). */
export const bool_type: PyType = makeNativeType("bool", BoolProto.prototype, int_type);

/**
 * Coerces an int, a bool or an instance of an int subclass (which keeps its value in `$iv`)
 * to an int; undefined for anything else.
 */
export function asInt(x: PyObj): Int | undefined {
  const t = typeof x;
  if (t === "number" || t === "bigint") return x;
  if (t === "boolean") return x ? 1 : 0;
  if (t === "object" && x !== null && x.$iv !== undefined) return x.$iv;
  return undefined;
}

/** Instances of int subclasses are dict keys and set members by their value. */
(int_type.$p as any).$hk = function (this: { $iv: Int }) {
  return this.$iv;
};

/** `int.__new__(cls, ...)`: an int, or for a subclass an instance holding the int. */
export function intNew(cls: PyType, args: PyObj[], kwn?: string[], kwv?: PyObj[]): PyObj {
  const v = int_type.$construct!(int_type, args, kwn, kwv);
  if (cls === int_type) return v;
  if (cls === bool_type || !(cls?.$mro instanceof Array && cls.$mro.includes(int_type))) {
    throw typeError("int.__new__(X): X is not a subtype of int");
  }
  const o = cls.$alloc(cls);
  o.$iv = v;
  return o;
}

/** Like asInt but raising TypeError (for `operator.index`-style arguments). */
export function toInt(x: PyObj, what = "object"): Int {
  const v = asInt(x);
  if (v === undefined) {
    const name = x?.$cls?.$name ?? typeof x;
    throw typeError(`can't convert ${name} to int`.replace("object", what));
  }
  return v;
}

/** Hook for float-aware int(): set when the float type is enabled. */
export const intHooks: {
  fromOther?: (x: PyObj) => Int | undefined;
  pow?: (a: Int, b: Int) => PyObj;
} = {};

function binop(f: (a: Int, b: Int) => Int) {
  return (self: PyObj, other: PyObj) => {
    const b = asInt(other);
    if (b === undefined) return NotImplemented;
    return f(asInt(self)!, b);
  };
}
function rbinop(f: (a: Int, b: Int) => Int) {
  return (self: PyObj, other: PyObj) => {
    const b = asInt(other);
    if (b === undefined) return NotImplemented;
    return f(b, asInt(self)!);
  };
}

function powImpl(a: Int, b: Int): PyObj {
  if (intCmp(b, 0) < 0) {
    if (intHooks.pow) return intHooks.pow(a, b);
    throw valueError("negative power with no float support");
  }
  return intPow(a, b);
}

defMethods(int_type, {
  __add__: binop(intAdd),
  __radd__: rbinop(intAdd),
  __sub__: binop(intSub),
  __rsub__: rbinop(intSub),
  __mul__: binop(intMul),
  __rmul__: rbinop(intMul),
  __floordiv__: binop(intFloorDiv),
  __rfloordiv__: rbinop(intFloorDiv),
  __mod__: binop(intMod),
  __rmod__: rbinop(intMod),
  __pow__: (self: PyObj, other: PyObj) => {
    const b = asInt(other);
    return b === undefined ? NotImplemented : powImpl(asInt(self)!, b);
  },
  __rpow__: (self: PyObj, other: PyObj) => {
    const b = asInt(other);
    return b === undefined ? NotImplemented : powImpl(b, asInt(self)!);
  },
  __lshift__: binop(intLshift),
  __rlshift__: rbinop(intLshift),
  __rshift__: binop(intRshift),
  __rrshift__: rbinop(intRshift),
  __and__: binop(intAnd),
  __rand__: rbinop(intAnd),
  __or__: binop(intOr),
  __ror__: rbinop(intOr),
  __xor__: binop(intXor),
  __rxor__: rbinop(intXor),
  __neg__: (self: PyObj) => intNeg(asInt(self)!),
  __pos__: (self: PyObj) => asInt(self)!,
  __invert__: (self: PyObj) => intInvert(asInt(self)!),
  __abs__: (self: PyObj) => {
    const v = asInt(self)!;
    return intCmp(v, 0) < 0 ? intNeg(v) : v;
  },
  __eq__: (self: PyObj, other: PyObj) => {
    const b = asInt(other);
    return b === undefined ? NotImplemented : intCmp(asInt(self)!, b) === 0;
  },
  __lt__: (self: PyObj, o: PyObj) => {
    const b = asInt(o);
    return b === undefined ? NotImplemented : intCmp(asInt(self)!, b) < 0;
  },
  __le__: (self: PyObj, o: PyObj) => {
    const b = asInt(o);
    return b === undefined ? NotImplemented : intCmp(asInt(self)!, b) <= 0;
  },
  __gt__: (self: PyObj, o: PyObj) => {
    const b = asInt(o);
    return b === undefined ? NotImplemented : intCmp(asInt(self)!, b) > 0;
  },
  __ge__: (self: PyObj, o: PyObj) => {
    const b = asInt(o);
    return b === undefined ? NotImplemented : intCmp(asInt(self)!, b) >= 0;
  },
  __hash__: (self: PyObj) => {
    const v = asInt(self)!;
    return typeof v === "number" ? v : Number(BigInt.asIntN(30, v));
  },
  __bool__: (self: PyObj) => intCmp(asInt(self)!, 0) !== 0,
  __repr__: (self: PyObj) =>
    typeof self === "boolean" ? (self ? "True" : "False") : intRepr(asInt(self)!),
  __int__: (self: PyObj) => asInt(self)!,
  __index__: (self: PyObj) => asInt(self)!,
  __divmod__: (self: PyObj, o: PyObj) => {
    const b = asInt(o);
    if (b === undefined) return NotImplemented;
    const a = asInt(self)!;
    return new PyTuple([intFloorDiv(a, b), intMod(a, b)]);
  },
});

int_type.$construct = (_cls, args, kwn, kwv) => {
  let x: PyObj = args[0];
  // An instance of a str subclass converts as its value.
  if (typeof x === "object" && x !== null && x.$str !== undefined) x = x.$str;
  let base: PyObj = args[1];
  if (kwn) {
    kwn.forEach((k, i) => {
      if (k === "base") base = kwv![i];
      else throw typeError(`unexpected keyword argument '${k}'`);
    });
  }
  if (args.length > 2) throw typeError("int() takes at most 2 arguments");
  if (x === undefined) {
    if (base !== undefined) throw typeError("int() missing string argument");
    return 0;
  }
  if (base !== undefined) {
    if (typeof x !== "string" && !(x?.$cls?.$name === "bytes" || x?.$cls?.$name === "bytearray")) {
      throw typeError("int() can't convert non-string with explicit base");
    }
    const b = asInt(base);
    if (b === undefined) throw typeError("can't convert to int");
    return parseOrRaise(
      typeof x === "string" ? x : new TextDecoder().decode(x.b.subarray(0, x.n ?? x.b.length)),
      Number(b),
    );
  }
  const v = asInt(x);
  if (v !== undefined) return v;
  if (typeof x === "string") return parseOrRaise(x, 10);
  if (x?.$cls?.$name === "bytes" || x?.$cls?.$name === "bytearray") {
    return parseOrRaise(new TextDecoder().decode(x.b.subarray(0, x.n ?? x.b.length)), 10);
  }
  const conv = intHooks.fromOther?.(x);
  if (conv !== undefined) return conv;
  const f = x?.$cls?.$p?.__int__;
  if (f !== undefined) {
    const r = (f as any)(x);
    if (typeof r === "number" || typeof r === "bigint") return r;
    if (typeof r === "boolean") return r ? 1 : 0;
    throw typeError(`__int__ returned non-int (type ${r?.$cls?.$name ?? typeof r})`);
  }
  throw typeError(`can't convert ${x?.$cls?.$name ?? typeof x} to int`);
};

function parseOrRaise(s: string, base: number): Int {
  if (base !== 0 && (base < 2 || base > 36)) throw valueError("int() arg 2 must be >= 2 and <= 36");
  const v = parseIntText(s, base);
  if (v === undefined) {
    throw valueError(`invalid syntax for integer with base ${base}: '${s}'`);
  }
  return v;
}

bool_type.$construct = (_cls, args, kwn) => {
  if (kwn && kwn.length) throw typeError("bool() takes no keyword arguments");
  if (args.length > 1) throw typeError(`bool expected at most 1 arguments, got ${args.length}`);
  if (args.length === 0) return false;
  return truthyRef(args[0]);
};

function boolOp(f: (a: Int, b: Int) => Int, forBools: (a: boolean, b: boolean) => boolean) {
  return (self: PyObj, o: PyObj) => {
    if (typeof o === "boolean") return forBools(self, o);
    const b = asInt(o);
    return b === undefined ? NotImplemented : f(asInt(self)!, b);
  };
}

defMethods(bool_type, {
  __repr__: (self: PyObj) => (self ? "True" : "False"),
  __and__: boolOp(intAnd, (a, b) => a && b),
  __or__: boolOp(intOr, (a, b) => a || b),
  __xor__: boolOp(intXor, (a, b) => a !== b),
});

import { truthy } from "./ops.ts";
function truthyRef(x: PyObj): boolean {
  return truthy(x);
}
