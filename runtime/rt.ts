/**
 * The `$R` object compiled code receives: every runtime helper the generated JavaScript
 * calls by name (see RUNTIME_HELPERS in compiler.ts).
 */

// deno-lint-ignore-file no-explicit-any
import { Ellipsis, GetSet, Namespace, None, type PyObj, PyType } from "./object.ts";
import {
  addCatchTraceback,
  addTraceback,
  AssertionError,
  BaseException,
  exc,
  nameError,
  notImplemented,
  PyBaseException,
  runtimeError,
  toPyException,
  typeError,
  UnboundLocalError,
  valueError,
} from "./errors.ts";
import { STOP } from "./iterator.ts";
import { list_type, PyList } from "./objlist.ts";
import { dict_type, PyDict } from "./objdict.ts";
import { PyTuple, tuple, tuple_type } from "./objtuple.ts";
import { PySlice } from "./objslice.ts";
import { argsSlow, makeFunction, PyClassMethod, PyProperty, PyStaticMethod } from "./objfun.ts";
import { makeClass, PySuper, superMethod } from "./objobject.ts";
import { PyGenerator, yieldFrom } from "./objgen.ts";
import { PyFloat } from "./objfloat.ts";
import { toSmallInt } from "./objint.ts";
import { ctx } from "./context.ts";
import * as ops from "./ops.ts";
import { mkset, set_type } from "./objset.ts";
import { bytesFromArray } from "./objbytes.ts";
import { importFrom, importName, importStar } from "./import.ts";
import { builtins } from "./builtins.ts";
import type { CodeInfo, PyFunction } from "./objfun.ts";
import { viperRuntime } from "./viper_rt.ts";

// Descriptors found through a type's `$d` (its `$p`) must take the slow attribute path.
for (const c of [PyStaticMethod, PyClassMethod, PyProperty, GetSet]) {
  (c.prototype as any).$desc = 1;
}
// A class's `$d` is its attribute prototype, so `C.attr` and `C.method(...)` hit the fast path.
// A builtin type's `$d` answers what getattr does (`list.append` checks its `self`).
const nativeTypeDicts = new WeakMap<PyType, Record<string, PyObj>>();
function nativeTypeDict(t: PyType): Record<string, PyObj> {
  const d = new Proxy(Object.create(null), {
    get: (_o, name) => typeof name === "string" ? ops.typeGetattr(t, name) : undefined,
  });
  nativeTypeDicts.set(t, d);
  return d;
}
Object.defineProperty(PyType.prototype, "$d", {
  get(this: PyType) {
    if (this.$user) return this.$p;
    return nativeTypeDicts.get(this) ?? nativeTypeDict(this);
  },
  configurable: true,
});

/** `raise X [from Y]`: instantiates classes, checks the type. */
function raise(x: PyObj, _cause?: PyObj): PyBaseException {
  if (x instanceof PyType) {
    if (!ops.issubclass(x, BaseException)) {
      throw typeError("exceptions must derive from BaseException");
    }
    x = ops.call(x, []);
  }
  if (!(x instanceof PyBaseException)) throw typeError("exceptions must derive from BaseException");
  return x;
}

/** `except T:` test; T may be a class or a tuple of classes. */
function isexc(e: PyBaseException, t: PyObj): boolean {
  if (t instanceof PyType) return ops.isinstance(e, t);
  if (t !== null && typeof t === "object" && t.$cls?.$name === "tuple") {
    return t.a.some((x: PyObj) => isexc(e, x));
  }
  throw typeError("catching classes that do not inherit from BaseException is not allowed");
}

/** Unpacks an iterable into exactly n values. */
function unpack(v: PyObj, n: number): PyObj[] {
  let a: PyObj[];
  if ((v instanceof PyList || v?.$cls?.$name === "tuple") && !v.$cls.$user) a = v.a;
  else a = ops.toArray(v);
  if (a.length !== n) {
    if (a.length > n) throw valueError(`too many values to unpack (expected ${n})`);
    throw valueError(`need more than ${a.length} values to unpack`);
  }
  return a;
}

/** Unpacks with a starred target: `before` values, a list, `after` values. */
function unpackEx(v: PyObj, before: number, after: number): PyObj[] {
  const a = ops.toArray(v);
  if (a.length < before + after) {
    throw valueError(`need more than ${a.length} values to unpack`);
  }
  const out = a.slice(0, before);
  out.push(new PyList(a.slice(before, a.length - after)));
  for (let i = a.length - after; i < a.length; i++) out.push(a[i]);
  return out;
}

/** Calls with keywords and `**dict` arguments merged. */
function callEx(f: PyObj, args: PyObj[], kwn: string[], kwv: PyObj[], dicts: PyObj[]): PyObj {
  if (dicts.length) {
    kwn = kwn.slice();
    kwv = kwv.slice();
    for (const d of dicts) {
      const pairs: [PyObj, PyObj][] = d instanceof PyDict
        ? [...d.entries()]
        : ops.toArray(ops.callMethod(d, "keys", [])).map((k) => [k, ops.getitem(d, k)]);
      for (const [key, v] of pairs) {
        // A str subclass instance names its keyword by value.
        const k = typeof key === "string" ? key : key?.$str;
        if (typeof k !== "string") throw typeError("keywords must be strings");
        if (kwn.includes(k)) {
          throw typeError(`function got multiple values for keyword argument '${k}'`);
        }
        kwn.push(k);
        kwv.push(v);
      }
    }
  }
  return ops.callKw(f, args, kwn, kwv);
}

/** `{**d}` merge into a dict display. */
function dictMerge(target: PyDict, src: PyObj): PyDict {
  for (const k of ops.toArray(src instanceof PyDict ? src : ops.callMethod(src, "keys", []))) {
    target.set(k, ops.getitem(src, k));
  }
  return target;
}

/** `with` entry: calls `__enter__`. */
function withEnter(m: PyObj): PyObj {
  return ops.callMethod(m, "__enter__", []);
}

/** `with` exit method, looked up before the body runs. */
function withExit(m: PyObj): PyObj {
  return ops.getattr(m, "__exit__");
}

/** Range bounds that are not small ints: bool is fine, others raise. */
function rangeCheck(a: PyObj, b: PyObj): [number, number] {
  const conv = (x: PyObj) => {
    if (typeof x === "boolean") return x ? 1 : 0;
    if (typeof x === "bigint") return toSmallInt(x);
    if (typeof x === "number") return x;
    throw typeError(`'${ops.typeName(x)}' object cannot be interpreted as an integer`);
  };
  return [conv(a), conv(b)];
}

/** REPL: prints a non-None expression result and stores it in `_`. */
function printExpr(v: PyObj): void {
  if (v === None) return;
  const main = ctx.modules.lookup("__main__");
  if (main) main.$d._ = v;
  ctx.host.writeOut(ops.repr(v) + "\n");
}

/** `super().name` as a plain function to call with self, or null (then use mksuper). */
function superFn(cls: PyObj, self: PyObj, name: string): PyObj {
  if (cls === undefined || self === undefined) return null;
  return superMethod(cls, self, name);
}

/**
 * Calls globals()/locals()/dir()/exec()/eval() (or whatever those names hold) telling the
 * builtins the calling module's globals.
 */
function scopedCall(
  f: PyObj,
  g: Record<string, PyObj>,
  args: PyObj[],
  l?: Record<string, PyObj>,
): PyObj {
  const prev = ctx.state.callerGlobals;
  const prevLocals = ctx.state.callerLocals;
  ctx.state.callerGlobals = g;
  // A class body's locals() is its namespace.
  ctx.state.callerLocals = l;
  try {
    return ops.call(f, args);
  } finally {
    ctx.state.callerGlobals = prev;
    ctx.state.callerLocals = prevLocals;
  }
}

/** `super()` without arguments. */
function mksuper(cls: PyObj, self: PyObj): PySuper {
  if (cls === undefined || self === undefined) throw runtimeError("super(): no arguments");
  return new PySuper(cls, self);
}

/** Creates a class from a class statement. */
function mkclass(
  name: string,
  bases: PyObj[],
  ns: Record<string, PyObj>,
  kwn?: string[],
  _kwv?: PyObj[],
): PyType {
  if (kwn && kwn.length) {
    if (kwn.some((k) => k !== "metaclass")) {
      throw typeError("class keyword arguments are not supported");
    }
    throw notImplemented("metaclasses are not supported");
  }
  return makeClass(name, bases, ns, typeof ns.__module__ === "string" ? ns.__module__ : "__main__");
}

/** Creates a Python function object (compiled code `body` with its code info). */
function mkfn(
  body: (...a: PyObj[]) => PyObj,
  co: CodeInfo,
  defs: PyObj[] | null,
  kwdefs: Record<string, PyObj> | null,
  mod: string,
): PyFunction {
  return makeFunction(body, co, defs, kwdefs, mod);
}

const bytesConsts = new Map<Uint8Array, PyObj>();

/** The shared bytes object of a bytes literal. */
function bytesConst(u: Uint8Array): PyObj {
  let b = bytesConsts.get(u);
  if (b === undefined) {
    b = bytesFromArray(u);
    bytesConsts.set(u, b);
  }
  return b;
}

/** A float literal (only compiled when the board has float). */
function floatConst(v: number): PyFloat {
  return new PyFloat(v);
}

/** `micropython.viper` called as a function: the viper emitter works on a `def` it decorates. */
function viper(_f: PyObj): never {
  throw notImplemented("@micropython.viper is a compiler directive: decorate a def with it");
}

/** The `$R` object. */
export const R: Record<string, any> = {
  add: ops.add,
  sub: ops.sub,
  mul: ops.mul,
  floordiv: ops.floordiv,
  mod: ops.mod,
  truediv: ops.truediv,
  pow: ops.pow,
  lshift: ops.lshift,
  rshift: ops.rshift,
  and: ops.and,
  or: ops.or,
  xor: ops.xor,
  neg: ops.neg,
  pos: ops.pos,
  invert: ops.invert,
  inplaceOp: ops.inplaceOp,
  eq: ops.eq,
  ne: ops.ne,
  lt: ops.lt,
  le: ops.le,
  gt: ops.gt,
  ge: ops.ge,
  contains: ops.contains,
  truthy: ops.truthy,
  getattr: ops.getattr,
  methodOf: ops.methodOf,
  cmpValue: ops.cmpValue,
  // The builtins as they were at start-up: compiled code checks a name still means one.
  builtin: Object.freeze(Object.assign(Object.create(null), builtins)),
  scopedCall,
  setattr: ops.setattr,
  delattr: ops.delattr,
  getitem: ops.getitem,
  setitem: ops.setitem,
  delitem: ops.delitem,
  call: ops.call,
  callKw: ops.callKw,
  callEx,
  callMethod: ops.callMethod,
  callMethodKw: ops.callMethodKw,
  getIter: ops.getIter,
  STOP,
  None,
  Ellipsis,
  PyList,
  PyDict,
  listType: list_type,
  tupleType: tuple_type,
  dictType: dict_type,
  setType: set_type,
  tuple,
  mkset,
  mkslice: (a: PyObj, b: PyObj, c: PyObj) => new PySlice(a, b, c),
  getslice,
  mkfn,
  argsSlow,
  mkclass,
  mksuper,
  superFn,
  tb: (e: unknown, co: CodeInfo, line: number) => addTraceback(e, co.file, line, co.name),
  tbCaught: (e: unknown, co: CodeInfo, line: number) =>
    addCatchTraceback(e, co.file, line, co.name),
  pyexc: toPyException,
  isexc,
  raise,
  reraise: () => runtimeError("no active exception to reraise"),
  nameError: (n: string) => {
    throw nameError(n);
  },
  unbound: (n: string) => {
    throw exc(UnboundLocalError, `local variable '${n}' referenced before assignment`);
  },
  unpack,
  unpackEx,
  importName,
  importFrom,
  importStar,
  yieldFrom,
  PyGenerator,
  poll: () => ctx.poll(),
  assertFail: (msg?: PyObj) => exc(AssertionError, msg),
  withEnter,
  withExit,
  rangeCheck,
  printExpr,
  toArray: ops.toArray,
  dictMerge,
  const: Object.assign((x: PyObj) => x, { $name: "const" }),
  viper,
  /** Helpers of viper code (`$V` inside each viper function). */
  V: viperRuntime,
  newNamespace: () => new Namespace(),
  bytesConst,
  floatConst,
};

/**
 * `o[lo:hi]` (a load without a step): exact lists and tuples with int-or-None bounds are
 * copied directly, as `getitem` with a slice would; anything else gets the slice object.
 */
function getslice(o: PyObj, lo: PyObj, hi: PyObj): PyObj {
  const c = o?.$cls;
  if (
    (c === list_type || c === tuple_type) && (lo === None || typeof lo === "number") &&
    (hi === None || typeof hi === "number")
  ) {
    const a: PyObj[] = o.a;
    const len = a.length;
    let s = lo === None ? 0 : lo;
    if (s < 0) {
      s += len;
      if (s < 0) s = 0;
    } else if (s > len) s = len;
    let e = hi === None ? len : hi;
    if (e < 0) {
      e += len;
      if (e < 0) e = 0;
    } else if (e > len) e = len;
    const r = a.slice(s, e > s ? e : s);
    return c === list_type ? new PyList(r) : new PyTuple(r);
  }
  return ops.getitem(o, new PySlice(lo, hi, None));
}
