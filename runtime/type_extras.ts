/**
 * Methods of builtin types that can only be attached once the whole runtime has loaded
 * (they need classmethod/staticmethod wrappers, the ops, or other types, and the type files
 * import each other): dict.fromkeys, bytes/bytearray.fromhex, the containers' `__new__`
 * (for subclasses), int.to_bytes/from_bytes/bit_length, slice repr, `x.__class__`, and the
 * unhashability of list and dict.
 */

// deno-lint-ignore-file no-explicit-any
import {
  defGetSets,
  defMethods,
  GetSet,
  isSubtype,
  None,
  object_type,
  type PyObj,
  PyType,
} from "./object.ts";
import { overflowError, typeError, valueError } from "./errors.ts";
import { PyClassMethod, PyStaticMethod } from "./objfun.ts";
import { call, repr, toArray, typeOf } from "./ops.ts";
import { dict_type, type PyDict } from "./objdict.ts";
import { list_type } from "./objlist.ts";
import { tuple_type } from "./objtuple.ts";
import { frozenset_type, set_type } from "./objset.ts";
import { bytes_type, bytesLike, fromHex, PyBytes } from "./objbytes.ts";
import { bytearray_type, PyByteArray } from "./objbytearray.ts";
import { asInt, int_type, intNew, toInt } from "./objinttype.ts";
import { type PySlice, slice_type } from "./objslice.ts";
import { named } from "./modules/modutil.ts";
import { str_type } from "./objstr.ts";
import { strNew } from "./objstr_methods.ts";

// dict.fromkeys is a classmethod; it is attached here because objdict.ts and objfun.ts
// import each other and the classmethod wrapper is not ready while objdict.ts loads.
dict_type.$p.fromkeys = new PyClassMethod(
  Object.assign((cls: PyType, keys: PyObj, v: PyObj = None) => {
    const d = call(cls, []) as PyDict;
    for (const k of toArray(keys)) d.set(k, v);
    return d;
  }, { $M: 1 }),
);

// bytes.fromhex / bytearray.fromhex, classmethods attached here for the same reason.
bytes_type.$p.fromhex = new PyClassMethod(
  Object.assign((_cls: PyType, s: PyObj) => new PyBytes(fromHex(s)), { $M: 1 }),
);
bytearray_type.$p.fromhex = new PyClassMethod(
  Object.assign((_cls: PyType, s: PyObj) => new PyByteArray(fromHex(s)), { $M: 1 }),
);

// `__new__` of the container types, so that `tuple.__new__(cls, x)` and subclasses of tuple,
// list, dict, set... get their contents: the base type builds a plain value and its fields
// are moved onto an instance of the subclass.
for (
  const base of [
    tuple_type,
    list_type,
    dict_type,
    set_type,
    frozenset_type,
    bytes_type,
    bytearray_type,
  ]
) {
  const make = base.$construct!;
  const newFn = named("__new__", (cls: PyObj, ...args: PyObj[]) => newOf(base, make, cls, args));
  (newFn as any).$kwraw = (args: PyObj[], kwn: string[], kwv: PyObj[]) =>
    newOf(base, make, args[0], args.slice(1), kwn, kwv);
  base.$p.__new__ = new PyStaticMethod(newFn);
}

// int.__new__, so that subclasses of int hold a value (objinttype.ts).
{
  const newFn = named("__new__", (cls: PyObj, ...args: PyObj[]) => intNew(cls, args));
  (newFn as any).$kwraw = (args: PyObj[], kwn: string[], kwv: PyObj[]) =>
    intNew(args[0], args.slice(1), kwn, kwv);
  int_type.$p.__new__ = new PyStaticMethod(newFn);
}

// str.__new__, so that subclasses of str hold a value (objstr.ts).
{
  const newFn = named("__new__", (...args: PyObj[]) => strNew(args[0], args.slice(1)));
  (newFn as any).$kwraw = (args: PyObj[], kwn: string[], kwv: PyObj[]) =>
    strNew(args[0], args.slice(1), kwn, kwv);
  str_type.$p.__new__ = new PyStaticMethod(newFn);
}

function newOf(
  base: PyType,
  make: NonNullable<PyType["$construct"]>,
  cls: PyObj,
  args: PyObj[],
  kwn?: string[],
  kwv?: PyObj[],
): PyObj {
  if (!(cls instanceof PyType) || !isSubtype(cls, base)) {
    throw typeError(`${base.$name}.__new__(X): X is not a subtype of ${base.$name}`);
  }
  // A subclass of list or dict starts empty: its __init__ (list's, dict's or its own) fills it.
  if (cls !== base && (base === list_type || base === dict_type)) return cls.$alloc(cls);
  const v = make(base, args, kwn, kwv);
  if (cls === base) return v;
  const o = cls.$alloc(cls);
  for (const k of Object.keys(v)) o[k] = v[k];
  return o;
}

// int.to_bytes / int.from_bytes (MicroPython 1.8 takes the byte order positionally;
// keywords are accepted too) and int.bit_length.
function byteOrder(order: PyObj): boolean {
  if (order === "little") return true;
  if (order === "big") return false;
  throw valueError("byteorder must be either 'little' or 'big'");
}
const toBytes: any = (self: PyObj, length: PyObj, order: PyObj = "big", sign?: PyObj) => {
  const v = BigInt(asInt(self)!);
  // MicroPython writes a negative int in two's complement, as if signed=True were given.
  const signed = sign === undefined ? v < 0n : sign;
  const n = Number(toInt(length));
  if (n < 0) throw valueError("length argument must be non-negative");
  const little = byteOrder(order);
  const bits = BigInt(n * 8);
  const lo = signed === true ? -(1n << (bits - 1n)) : 0n;
  const hi = signed === true ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (n === 0 ? v !== 0n : v < lo || v > hi) throw overflowError("int too big to convert");
  let u = v < 0n ? (1n << bits) + v : v;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    out[little ? i : n - 1 - i] = Number(u & 0xffn);
    u >>= 8n;
  }
  return new PyBytes(out);
};
toBytes.$kwp = ["self", "length", "byteorder", "signed"];
const fromBytes: any = (_cls: PyObj, data: PyObj, order: PyObj = "big", signed: PyObj = false) => {
  const b = bytesLike(data);
  const little = byteOrder(order);
  let v = 0n;
  for (let i = 0; i < b.length; i++) v = (v << 8n) | BigInt(b[little ? b.length - 1 - i : i]);
  if (signed === true && b.length > 0 && (b[little ? b.length - 1 : 0] & 0x80) !== 0) {
    v -= 1n << BigInt(b.length * 8);
  }
  return Number.isSafeInteger(Number(v)) ? Number(v) : v;
};
fromBytes.$kwp = ["cls", "bytes", "byteorder", "signed"];
fromBytes.$M = 1;
defMethods(int_type, {
  to_bytes: toBytes,
  bit_length(self: PyObj) {
    let v = BigInt(asInt(self)!);
    if (v < 0n) v = -v;
    return v.toString(2).length - (v === 0n ? 1 : 0);
  },
});
int_type.$p.from_bytes = new PyClassMethod(fromBytes);

// Mutable containers are unhashable: hash() raises TypeError (CPython sets __hash__ = None).
list_type.$p.__hash__ = None;
dict_type.$p.__hash__ = None;

// slice repr, and `x.__class__` for every object (a data descriptor on object).
defMethods(slice_type, {
  __repr__: (s: PySlice) => `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`,
});
defGetSets(object_type, { __class__: new GetSet((o: PyObj) => typeOf(o)) });

// Keys and items views are unhashable (they compare like sets); values views hash by
// identity, as in CPython.
import { dict_view_type, type PyDictView } from "./objdict.ts";
import { idOf } from "./ops.ts";
defMethods(dict_view_type, {
  __hash__(v: PyDictView) {
    if (v.kind === 1) return idOf(v);
    throw typeError(`unhashable type: '${v.kind === 0 ? "dict_keys" : "dict_items"}'`);
  },
});
