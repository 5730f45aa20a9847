/** The builtins module: builtin functions, types and exceptions. */

// deno-lint-ignore-file no-explicit-any
import {
  Ellipsis,
  Namespace,
  namespaceWithParent,
  None,
  NotImplemented,
  object_type,
  type PyObj,
  PyType,
  type_type,
} from "./object.ts";
import { EXCEPTION_TYPES, isInstanceExc, StopIteration, typeError, valueError } from "./errors.ts";
import { NativeIter, STOP } from "./iterator.ts";
import { asInt, bool_type, int_type, toInt } from "./objinttype.ts";
import { asStr, str_type } from "./objstr.ts";
import { list_type, PyList, sortArray } from "./objlist.ts";
import { PyTuple, tuple_type } from "./objtuple.ts";
import { dict_type } from "./objdict.ts";
import { frozenset_type, set_type } from "./objset.ts";
import { bytes_type } from "./objbytes.ts";
import { bytearray_type } from "./objbytearray.ts";
import { memoryview_type } from "./objmemoryview.ts";
import { range_type } from "./objrange.ts";
import { slice_type } from "./objslice.ts";
import { classmethod_type, property_type, staticmethod_type } from "./objfun.ts";
import { super_type } from "./objobject.ts";
import { intCmp, intFloorDiv, intMod, intNeg, intPowMod, intToBase } from "./objint.ts";
import { ctx } from "./context.ts";
import {
  add,
  call,
  delattr,
  getattr,
  getattrOpt,
  getIter,
  hash,
  idOf,
  isinstance,
  issubclass,
  len,
  lt,
  pow,
  pyIter,
  pyNext,
  repr,
  setattr,
  str,
  toArray,
  truthy,
  typeOf,
} from "./ops.ts";
import { lookupType } from "./object.ts";
import { callMethodValue } from "./ops.ts";

/** Marks a native function's keyword handling: receives (args, kwnames, kwvalues). */
function kwraw(f: any, raw: (args: PyObj[], kwn: string[], kwv: PyObj[]) => PyObj): any {
  f.$kwraw = raw;
  return f;
}

function named<T extends (...a: any[]) => any>(name: string, f: T): T {
  (f as any).$name = name;
  return f;
}

function kwArgs(kwn: string[], kwv: PyObj[], allowed: string[]): Record<string, PyObj> {
  const r: Record<string, PyObj> = {};
  kwn.forEach((k, i) => {
    if (!allowed.includes(k)) throw typeError(`unexpected keyword argument '${k}'`);
    r[k] = kwv[i];
  });
  return r;
}

/** Writes `print`'s output to a file-like object or the board's stdout. */
function printTo(args: PyObj[], sep: PyObj, end: PyObj, file: PyObj): PyObj {
  const s = sep === None || sep === undefined ? " " : asStr(sep);
  const e = end === None || end === undefined ? "\n" : asStr(end);
  if (typeof s !== "string" || typeof e !== "string") throw typeError("sep and end must be str");
  let out = "";
  for (let i = 0; i < args.length; i++) {
    if (i) out += s;
    out += str(args[i]);
  }
  out += e;
  if (file === None || file === undefined) ctx.host.writeOut(out);
  else call(getattr(file, "write"), [out]);
  return None;
}

const print = kwraw(
  named("print", (...args: PyObj[]) => printTo(args, None, None, None)),
  (args, kwn, kwv) => {
    const k = kwArgs(kwn, kwv, ["sep", "end", "file", "flush"]);
    return printTo(args, k.sep, k.end, k.file);
  },
);

function minmax(name: string, isMax: boolean) {
  const impl = (args: PyObj[], key: PyObj, dflt: PyObj) => {
    const items = args.length === 1 ? toArray(args[0]) : args;
    if (args.length === 0) throw typeError(`${name} expected 1 arguments, got 0`);
    if (items.length === 0) {
      if (dflt !== undefined) return dflt;
      throw valueError(`${name}() arg is an empty sequence`);
    }
    let best = items[0];
    let bestKey = key === undefined || key === None ? best : call(key, [best]);
    for (let i = 1; i < items.length; i++) {
      const k = key === undefined || key === None ? items[i] : call(key, [items[i]]);
      if (isMax ? lt(bestKey, k) : lt(k, bestKey)) {
        best = items[i];
        bestKey = k;
      }
    }
    return best;
  };
  return kwraw(
    named(name, (...args: PyObj[]) => impl(args, undefined, undefined)),
    (args, kwn, kwv) => {
      const k = kwArgs(kwn, kwv, ["key", "default"]);
      return impl(args, k.key, k.default);
    },
  );
}

/** enumerate(iterable, start). */
class EnumerateIter extends NativeIter {
  constructor(public it: ReturnType<typeof getIter>, public i: PyObj) {
    super();
  }
  override $n(): PyObj {
    const v = this.it.$n();
    if (v === STOP) return STOP;
    const r = new PyTuple([this.i, v]);
    this.i = add(this.i, 1);
    return r;
  }
}
class ZipIter extends NativeIter {
  constructor(public its: ReturnType<typeof getIter>[]) {
    super();
  }
  override $n(): PyObj {
    if (this.its.length === 0) return STOP;
    const out: PyObj[] = new Array(this.its.length);
    for (let i = 0; i < this.its.length; i++) {
      const v = this.its[i].$n();
      if (v === STOP) return STOP;
      out[i] = v;
    }
    return new PyTuple(out);
  }
}
class MapIter extends NativeIter {
  constructor(public f: PyObj, public its: ReturnType<typeof getIter>[]) {
    super();
  }
  override $n(): PyObj {
    const args: PyObj[] = new Array(this.its.length);
    for (let i = 0; i < this.its.length; i++) {
      const v = this.its[i].$n();
      if (v === STOP) return STOP;
      args[i] = v;
    }
    return call(this.f, args);
  }
}
class FilterIter extends NativeIter {
  constructor(public f: PyObj, public it: ReturnType<typeof getIter>) {
    super();
  }
  override $n(): PyObj {
    for (;;) {
      const v = this.it.$n();
      if (v === STOP) return STOP;
      if (this.f === None ? truthy(v) : truthy(call(this.f, [v]))) return v;
    }
  }
}
class ReversedIter extends NativeIter {
  constructor(public seq: PyObj, public i: number) {
    super();
  }
  override $n(): PyObj {
    if (this.i <= 0) return STOP;
    this.i--;
    const s = this.seq;
    if (s instanceof PyList || s instanceof PyTuple) {
      return this.i < s.a.length ? s.a[this.i] : STOP;
    }
    return getitemRef(s, this.i);
  }
}
import { getitem as getitemRef } from "./ops.ts";

function iterType(name: string, cls: any): PyType {
  const t = makeNativeTypeRef(name, cls.prototype, iteratorTypeRef);
  return t;
}
import { makeNativeType as makeNativeTypeRef } from "./object.ts";
import { iterator_type as iteratorTypeRef } from "./iterator.ts";

const enumerate_type = iterType("enumerate", EnumerateIter);
enumerate_type.$construct = (_c, args, kwn, kwv) => {
  let start: PyObj = args[1] ?? 0;
  kwn?.forEach((k, i) => {
    if (k === "start") start = kwv![i];
    else if (k === "iterable") args = [kwv![i]];
    else throw typeError(`unexpected keyword argument '${k}'`);
  });
  return new EnumerateIter(getIter(args[0]), toInt(start));
};
const zip_type = iterType("zip", ZipIter);
zip_type.$construct = (_c, args) => new ZipIter(args.map(getIter));
const map_type = iterType("map", MapIter);
map_type.$construct = (_c, args) => {
  if (args.length < 2) throw typeError("map must have at least two arguments");
  return new MapIter(args[0], args.slice(1).map(getIter));
};
const filter_type = iterType("filter", FilterIter);
filter_type.$construct = (_c, args) => new FilterIter(args[0], getIter(args[1]));
const reversed_type = iterType("reversed", ReversedIter);
reversed_type.$construct = (_c, args) => {
  const s = args[0];
  const rev = s !== null && typeof s === "object"
    ? lookupType(typeOf(s), "__reversed__")
    : undefined;
  if (rev !== undefined) return callMethodValue(rev, s, []);
  if (typeof s === "string") {
    return new ReversedIter(new PyList(Array.from(s)), Array.from(s).length);
  }
  return new ReversedIter(s, len(s));
};

// Constructors that take no keyword arguments refuse them (MicroPython's mp_arg_check_num).
for (
  const t of [zip_type, map_type, filter_type, reversed_type, range_type, list_type, tuple_type]
) t.$noKw = true;
for (const t of [slice_type, staticmethod_type, classmethod_type, super_type]) t.$noKw = true;

const sorted = kwraw(
  named("sorted", (...args: PyObj[]) => {
    if (args.length !== 1) throw typeError("sorted expected 1 argument");
    const a = toArray(args[0]);
    sortArray(a, None, false);
    return new PyList(a);
  }),
  (args, kwn, kwv) => {
    const k = kwArgs(kwn, kwv, ["key", "reverse"]);
    if (args.length !== 1) throw typeError("sorted expected 1 argument");
    const a = toArray(args[0]);
    sortArray(a, k.key ?? None, k.reverse !== undefined && truthy(k.reverse));
    return new PyList(a);
  },
);

function sum(it: PyObj, start: PyObj = 0): PyObj {
  let acc = start;
  if (typeof acc === "string") {
    throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  }
  const i = getIter(it);
  for (let v = i.$n(); v !== STOP; v = i.$n()) acc = add(acc, v);
  return acc;
}

function abs(x: PyObj): PyObj {
  const v = asInt(x);
  if (v !== undefined) return intCmp(v, 0) < 0 ? intNeg(v) : v;
  const f = lookupType(typeOf(x), "__abs__");
  if (f === undefined) throw typeError(`bad operand type for abs(): '${typeOf(x).$name}'`);
  return callMethodValue(f, x, []);
}

function chr(x: PyObj): string {
  const v = toInt(x);
  if (typeof v !== "number" || v < 0 || v > 0x10ffff) {
    throw valueError("chr() arg not in range(0x110000)");
  }
  return String.fromCodePoint(v);
}

function ord(x: PyObj): number {
  if (typeof x === "string") {
    if (x.length === 1) return x.charCodeAt(0);
    const cps = Array.from(x);
    if (cps.length === 1) return cps[0].codePointAt(0)!;
    throw typeError(`ord() expected a character, but string of length ${cps.length} found`);
  }
  if (x !== null && typeof x === "object" && x.b instanceof Uint8Array) {
    const n = x.n ?? x.b.length;
    if (n === 1) return x.b[0];
    throw typeError(`ord() expected a character, but string of length ${n} found`);
  }
  const sv = asStr(x);
  if (sv !== undefined) return ord(sv);
  throw typeError(`ord() expected string of length 1, but ${typeOf(x).$name} found`);
}

function baseFn(name: string, base: 2 | 8 | 16) {
  return named(name, (x: PyObj) => {
    const v = asInt(x);
    if (v === undefined) throw typeError(`can't convert ${typeOf(x).$name} to int`);
    return intToBase(v, base);
  });
}

function divmod(a: PyObj, b: PyObj): PyObj {
  const x = asInt(a);
  const y = asInt(b);
  if (x !== undefined && y !== undefined) return new PyTuple([intFloorDiv(x, y), intMod(x, y)]);
  const f = lookupType(typeOf(a), "__divmod__");
  if (f !== undefined) {
    const r = callMethodValue(f, a, [b]);
    if (r !== NotImplemented) return r;
  }
  const rf = lookupType(typeOf(b), "__rdivmod__");
  if (rf !== undefined) {
    const r = callMethodValue(rf, b, [a]);
    if (r !== NotImplemented) return r;
  }
  throw typeError(`unsupported types for __divmod__: '${typeOf(a).$name}', '${typeOf(b).$name}'`);
}

function pow3(a: PyObj, b: PyObj, m?: PyObj): PyObj {
  if (m === undefined || m === None) return pow(a, b);
  const x = asInt(a);
  const y = asInt(b);
  const z = asInt(m);
  if (x === undefined || y === undefined || z === undefined) {
    throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
  }
  return intPowMod(x, y, z);
}

function hasattr(o: PyObj, n: PyObj): boolean {
  const name = asStr(n);
  if (name === undefined) throw typeError("hasattr(): attribute name must be string");
  return getattrOpt(o, name) !== undefined;
}

function getattrFn(o: PyObj, n: PyObj, dflt?: PyObj): PyObj {
  const name = asStr(n);
  if (name === undefined) throw typeError("getattr(): attribute name must be string");
  if (dflt === undefined) return getattr(o, name);
  const v = getattrOpt(o, name);
  return v === undefined ? dflt : v;
}

function callable(x: PyObj): boolean {
  if (typeof x === "function" || x instanceof PyType) return true;
  if (x !== null && typeof x === "object") {
    if (x.$cls?.$name === "bound_method") return true;
    return lookupType(typeOf(x), "__call__") !== undefined;
  }
  return false;
}

function nextFn(it: PyObj, dflt?: PyObj): PyObj {
  if (dflt === undefined) return pyNext(it);
  try {
    return pyNext(it);
  } catch (e) {
    if (isInstanceExc(e, StopIteration)) return dflt;
    throw e;
  }
}

function all(it: PyObj): boolean {
  const i = getIter(it);
  for (let v = i.$n(); v !== STOP; v = i.$n()) if (!truthy(v)) return false;
  return true;
}
function any(it: PyObj): boolean {
  const i = getIter(it);
  for (let v = i.$n(); v !== STOP; v = i.$n()) if (truthy(v)) return true;
  return false;
}

function round(x: PyObj, nd?: PyObj): PyObj {
  const v = asInt(x);
  if (v !== undefined) {
    if (nd === undefined || nd === None) return v;
    const d = toInt(nd);
    if (intCmp(d, 0) >= 0) return v;
    const b = BigInt(v);
    // Rounding to more digits than the number has gives 0 (and 10**d would not fit).
    const digits = -Number(d);
    if (digits > String(b < 0n ? -b : b).length + 1) return 0;
    const p = 10n ** BigInt(digits);
    let q = b / p;
    let r = b % p;
    if (r < 0n) {
      r += p;
      q -= 1n;
    }
    if (r * 2n > p || (r * 2n === p && q % 2n !== 0n)) q += 1n;
    const out = q * p;
    return out <= 9007199254740991n && out >= -9007199254740991n ? Number(out) : out;
  }
  const f = lookupType(typeOf(x), "__round__");
  if (f === undefined) throw typeError(`type ${typeOf(x).$name} doesn't define __round__`);
  return callMethodValue(f, x, nd === undefined ? [] : [nd]);
}

/** Hooks filled by the board: compile/exec/eval/import/open/input/help/globals. */
export const builtinHooks: Record<string, (...a: any[]) => PyObj> = {};

function hook(name: string) {
  return named(name, (...a: PyObj[]) => {
    const h = builtinHooks[name];
    if (h === undefined) throw typeError(`${name}() is not available`);
    return h(...a);
  });
}

/** The builtins namespace: module globals inherit from it. */
export const builtins: Record<string, PyObj> = new Namespace();

const members: Record<string, PyObj> = {
  print,
  len: named("len", (x: PyObj) => len(x)),
  repr: named("repr", (x: PyObj) => repr(x)),
  abs: named("abs", abs),
  all: named("all", all),
  any: named("any", any),
  bin: baseFn("bin", 2),
  oct: baseFn("oct", 8),
  hex: baseFn("hex", 16),
  callable: named("callable", callable),
  chr: named("chr", chr),
  ord: named("ord", ord),
  divmod: named("divmod", divmod),
  pow: named("pow", pow3),
  hash: named("hash", (x: PyObj) => hash(x)),
  id: named("id", (x: PyObj) => idOf(x)),
  isinstance: named("isinstance", (x: PyObj, t: PyObj) => isinstance(x, t)),
  issubclass: named("issubclass", (c: PyObj, t: PyObj) => issubclass(c, t)),
  hasattr: named("hasattr", hasattr),
  getattr: named("getattr", getattrFn),
  setattr: named("setattr", (o: PyObj, n: PyObj, v: PyObj) => {
    const name = asStr(n);
    if (name === undefined) throw typeError("setattr(): attribute name must be string");
    setattr(o, name, v);
    return None;
  }),
  delattr: named("delattr", (o: PyObj, n: PyObj) => {
    const name = asStr(n);
    if (name === undefined) throw typeError("delattr(): attribute name must be string");
    delattr(o, name);
    return None;
  }),
  iter: named("iter", (x: PyObj) => pyIter(x)),
  next: named("next", nextFn),
  max: minmax("max", true),
  min: minmax("min", false),
  sum: named("sum", sum),
  sorted,
  round: named("round", round),
  int: int_type,
  bool: bool_type,
  str: str_type,
  list: list_type,
  tuple: tuple_type,
  dict: dict_type,
  set: set_type,
  bytes: bytes_type,
  bytearray: bytearray_type,
  memoryview: memoryview_type,
  frozenset: frozenset_type,
  range: range_type,
  slice: slice_type,
  type: type_type,
  object: object_type,
  property: property_type,
  staticmethod: staticmethod_type,
  classmethod: classmethod_type,
  super: super_type,
  enumerate: enumerate_type,
  zip: zip_type,
  map: map_type,
  filter: filter_type,
  reversed: reversed_type,
  NotImplemented,
  Ellipsis,
  compile: hook("compile"),
  exec: hook("exec"),
  eval: hook("eval"),
  __import__: hook("__import__"),
  open: hook("open"),
  input: hook("input"),
  help: hook("help"),
  globals: hook("globals"),
  locals: hook("locals"),
  dir: hook("dir"),
  ...EXCEPTION_TYPES,
};
/** Positional argument counts (min, max) of builtins that check them, as MicroPython does. */
const ARITY: Record<string, [number, number]> = {
  len: [1, 1],
  repr: [1, 1],
  abs: [1, 1],
  all: [1, 1],
  any: [1, 1],
  bin: [1, 1],
  oct: [1, 1],
  hex: [1, 1],
  callable: [1, 1],
  chr: [1, 1],
  ord: [1, 1],
  divmod: [2, 2],
  pow: [2, 3],
  hash: [1, 1],
  id: [1, 1],
  isinstance: [2, 2],
  issubclass: [2, 2],
  hasattr: [2, 2],
  getattr: [2, 3],
  setattr: [3, 3],
  delattr: [2, 2],
  next: [1, 2],
  round: [1, 2],
  sum: [1, 2],
};
for (const [name, [min, max]] of Object.entries(ARITY)) {
  const f = members[name];
  members[name] = named(name, function (this: unknown) {
    const n = arguments.length;
    if (n < min) throw typeError(`function missing ${min - n} required positional arguments`);
    if (n > max) {
      throw typeError(`function takes ${max} positional arguments but ${n} were given`);
    }
    return f.apply(null, arguments);
  });
}
for (const k of Object.keys(members)) builtins[k] = members[k];
builtins.__name__ = "builtins";

/** Registers more builtins (types defined in other files, float when enabled). */
export function addBuiltins(more: Record<string, PyObj>): void {
  for (const k of Object.keys(more)) builtins[k] = more[k];
}

/** Creates a fresh module globals namespace (missing names fall back to builtins). */
export function newGlobals(name: string): Record<string, PyObj> {
  const g = namespaceWithParent(builtins);
  g.__name__ = name;
  return g;
}
