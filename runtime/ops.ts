/**
 * The generic object protocols: type of a value, attribute access, calls, truth, repr/str,
 * comparison, hashing, operators, item access, iteration and length. Compiled code inlines
 * the fast paths (small ints, exact lists) and calls these for everything else.
 */

// deno-lint-ignore-file no-explicit-any
import { ctx } from "./context.ts";
import {
  GetSet,
  isSubtype,
  lookupType,
  None,
  NotImplemented,
  object_type,
  type PyObj,
  PyType,
  type_type,
} from "./object.ts";
import {
  attributeError,
  IndexError,
  isInstanceExc,
  KeyError,
  StopIteration,
  stopIteration,
  toPyException,
  typeError,
} from "./errors.ts";
import {
  bindArgs,
  builtin_function_type,
  callBody,
  callNativeKw,
  function_type,
  propertyDelete,
  propertyGet,
  propertySet,
  PyBoundMethod,
  PyClassMethod,
  PyProperty,
  PyStaticMethod,
} from "./objfun.ts";
import { type JsIterator, NativeIter, STOP, StrIter } from "./iterator.ts";
import { PyList } from "./objlist.ts";
import { PyTuple } from "./objtuple.ts";
import { PyDict } from "./objdict.ts";
import { bool_type, int_type } from "./objinttype.ts";
import { asStr, str_type, strCmp, strLen, strRepr } from "./objstr.ts";
import {
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
  intRshift,
  intSub,
  intXor,
} from "./objint.ts";

/** The type of any Python value. */
export function typeOf(x: PyObj): PyType {
  switch (typeof x) {
    case "number":
    case "bigint":
      return int_type;
    case "string":
      return str_type;
    case "boolean":
      return bool_type;
    case "function":
      return x.$co !== undefined ? function_type : builtin_function_type;
    case "object":
      return x.$cls;
  }
  throw typeError("invalid object");
}

/** The type name of a value, for error messages. */
export function typeName(x: PyObj): string {
  return typeOf(x).$name;
}

const ids = new WeakMap<object, number>();
let nextId = 0x20001000;

/** A stable identity number for a value (`id()`). */
export function idOf(x: PyObj): number {
  if (typeof x !== "object" && typeof x !== "function") {
    return typeof x === "number" ? x : hash(x);
  }
  let id = ids.get(x);
  if (id === undefined) {
    id = nextId;
    nextId += 16;
    ids.set(x, id);
  }
  return id;
}

// ---------------------------------------------------------------------------------------
// Attributes

function bindValue(v: PyObj, o: PyObj, t: PyType): PyObj {
  if (typeof v === "function") return v.$M === 1 ? new PyBoundMethod(o, v) : v;
  if (v instanceof PyStaticMethod) return v.fn;
  if (v instanceof PyClassMethod) return new PyBoundMethod(t, v.fn);
  return v;
}

function isHiddenName(name: string): boolean {
  return name.charCodeAt(0) === 36 || name === "constructor";
}

/** Hooks for attribute behaviour defined in later-loaded files. */
export const attrHooks: { instanceDict?: (ns: Record<string, PyObj>) => PyObj } = {};

/** An instance of a class defined in Python (a possible user descriptor). */
function isUserObject(v: PyObj): boolean {
  return v !== null && typeof v === "object" && v.$cls?.$user === true;
}

/** Looks up an attribute; returns undefined when it does not exist. */
export function getattrOpt(o: PyObj, name: string, swallow = true): PyObj {
  if (isHiddenName(name)) return undefined;
  if (o instanceof PyType) return typeGetattr(o, name);
  // Native objects with their own look-up rules (super) provide `$ga`.
  if (typeof o === "object" && o.$ga !== undefined) return o.$ga(name);
  const t = typeOf(o);
  const v = lookupType(t, name);
  let userGet: PyObj = undefined;
  if (v !== undefined) {
    if (v instanceof PyProperty) return propertyGet(v, o);
    if (v instanceof GetSet) return v.get(o);
    if (isUserObject(v)) {
      // A user descriptor: data descriptors (with __set__/__delete__) win over the instance.
      const dt = v.$cls as PyType;
      userGet = lookupType(dt, "__get__");
      if (
        userGet !== undefined &&
        (lookupType(dt, "__set__") !== undefined || lookupType(dt, "__delete__") !== undefined)
      ) {
        return callM2(userGet, v, o, t);
      }
    }
  }
  const d = o.$d;
  if (d !== undefined && Object.prototype.hasOwnProperty.call(d, name)) return d[name];
  if (userGet !== undefined) return callM2(userGet, v, o, t);
  if (name === "__dict__" && d !== undefined && attrHooks.instanceDict) {
    return attrHooks.instanceDict(d);
  }
  if (v !== undefined) return bindValue(v, o, t);
  const ga = lookupType(t, "__getattr__");
  if (ga !== undefined) {
    try {
      return callM1(ga, o, name);
    } catch (e) {
      if (swallow && isInstanceExc(e, attributeErrorType())) return undefined;
      throw e;
    }
  }
  return undefined;
}

function attributeErrorType(): PyType {
  return attributeError("").$cls;
}

export function typeGetattr(t: PyType, name: string): PyObj {
  // The metatype's data descriptors (__name__, __bases__...) win over class attributes.
  const meta = lookupType(type_type, name);
  if (meta instanceof GetSet) return meta.get(t);
  const v = lookupType(t, name);
  if (v !== undefined) {
    if (v instanceof PyStaticMethod) return v.fn;
    if (v instanceof PyClassMethod) return new PyBoundMethod(t, v.fn);
    if (isUserObject(v)) {
      const get = lookupType(v.$cls, "__get__");
      if (get !== undefined) return callM2(get, v, None, t);
    }
    if (typeof v === "function" && v.$owner !== undefined && !v.$owner.$user) return unbound(v);
    return v;
  }
  const m = lookupType(type_type, name);
  if (m !== undefined) {
    if (m instanceof GetSet) return m.get(t);
    return bindValue(m, t, type_type);
  }
  return undefined;
}

/**
 * A builtin type's method read from the class through getattr (`f = dict.get`,
 * `map(str.upper, ...)`): the same function, but checking that its first argument is an
 * instance of the type (CPython's method descriptor TypeError), so that it never runs on a
 * foreign `self`. Cached. (A compiled `dict.get(x, k)` call reads the class's `$d` directly and
 * does not come here.)
 */
function unbound(f: any): any {
  let g = f.$unb;
  if (g !== undefined) return g;
  const owner: PyType = f.$owner;
  const check = (self: PyObj, n: number) => {
    // A function shared by two types (set and frozenset) is a method of either.
    if (
      n === 0 ||
      !isSubtype(typeOf(self), owner) && lookupType(typeOf(self), f.$name) !== f
    ) {
      throw typeError(
        `descriptor '${f.$name}' requires a '${owner.$name}' object but received a '${
          n === 0 ? "nothing" : typeName(self)
        }'`,
      );
    }
  };
  g = function (this: unknown, self: PyObj) {
    check(self, arguments.length);
    return f.apply(this, arguments);
  };
  Object.assign(g, f);
  if (f.$kwraw !== undefined) {
    g.$kwraw = (args: PyObj[], kwn: string[], kwv: PyObj[]) => {
      check(args[0], args.length);
      return f.$kwraw(args, kwn, kwv);
    };
  }
  Object.defineProperty(f, "$unb", { value: g });
  return g;
}

/**
 * The plain method `name` of `o`'s type when calling it needs no bound-method object (no
 * instance attribute shadows it); null otherwise. Used by compiled `o.name(...)` calls on
 * values whose JS prototype is not the type's (strings, numbers).
 */
export function methodOf(o: PyObj, name: string): any {
  const v = typeOf(o).$p[name];
  if (typeof v !== "function" || v.$M !== 1) return null;
  const d = o?.$d;
  if (d !== undefined && Object.prototype.hasOwnProperty.call(d, name)) return null;
  return v;
}

/** `getattr(o, name)`: raises AttributeError with MicroPython's wording. */
export function getattr(o: PyObj, name: string): PyObj {
  // An AttributeError raised by __getattr__ propagates as it is.
  const v = getattrOpt(o, name, false);
  if (v !== undefined) return v;
  if (o instanceof PyType) {
    throw attributeError(`type object '${o.$name}' has no attribute '${name}'`);
  }
  if (o !== null && typeof o === "object" && o.$cls?.$name === "module") {
    throw attributeError(`'module' object has no attribute '${name}'`);
  }
  throw attributeError(`'${typeName(o)}' object has no attribute '${name}'`);
}

/** Plain instance attribute store, bypassing a user `__setattr__` (object.__setattr__). */
export function genericSetattr(o: PyObj, name: string, v: PyObj): void {
  const t = typeOf(o);
  const desc = lookupType(t, name);
  if (desc instanceof PyProperty) return propertySet(desc, o, v);
  if (isUserObject(desc)) {
    const set = lookupType(desc.$cls, "__set__");
    if (set !== undefined) {
      callM2(set, desc, o, v);
      return;
    }
  }
  if (desc instanceof GetSet) {
    if (desc.set === undefined) throw attributeError("can't set attribute");
    return desc.set(o, v);
  }
  const d = o.$d;
  // Plain object() instances have no attribute dict, as in Python.
  if (d === undefined || isHiddenName(name) || t === object_type) {
    throw attributeError(`'${t.$name}' object has no attribute '${name}'`);
  }
  d[name] = v;
}

/** `setattr(o, name, v)`. */
export function setattr(o: PyObj, name: string, v: PyObj): void {
  if (o instanceof PyType) {
    if (!o.$user || isHiddenName(name)) {
      throw typeError(`can't set attributes of built-in/extension type '${o.$name}'`);
    }
    o.$p[name] = v;
    refreshClassFlags(o);
    return;
  }
  if (o?.$ro === true) throw attributeError(`'module' object has no attribute '${name}'`);
  const t = typeOf(o);
  if (t.$user) {
    const sa = lookupType(t, "__setattr__");
    if (sa !== undefined && sa !== objectSetattr) {
      callM2(sa, o, name, v);
      return;
    }
  }
  genericSetattr(o, name, v);
}

/** `delattr(o, name)`. */
export function delattr(o: PyObj, name: string): void {
  if (o instanceof PyType) {
    if (!o.$user || !Object.prototype.hasOwnProperty.call(o.$p, name)) {
      throw attributeError(name);
    }
    delete o.$p[name];
    refreshClassFlags(o);
    return;
  }
  if (o?.$ro === true) throw attributeError(`'module' object has no attribute '${name}'`);
  const t = typeOf(o);
  const da = t.$user ? lookupType(t, "__delattr__") : undefined;
  if (da !== undefined && da !== objectDelattr) {
    callM1(da, o, name);
    return;
  }
  genericDelattr(o, name);
}

/** Plain instance attribute deletion (object.__delattr__). */
export function genericDelattr(o: PyObj, name: string): void {
  const desc = lookupType(typeOf(o), name);
  if (desc instanceof PyProperty) return propertyDelete(desc, o);
  if (isUserObject(desc)) {
    const del = lookupType(desc.$cls, "__delete__");
    if (del !== undefined) {
      callM1(del, desc, o);
      return;
    }
  }
  const d = o.$d;
  if (d === undefined || !Object.prototype.hasOwnProperty.call(d, name)) {
    throw attributeError(name);
  }
  delete d[name];
}

/** object.__setattr__ (identity is checked so user classes calling it avoid recursion). */
export const objectSetattr: any = (o: PyObj, name: PyObj, v: PyObj) => {
  genericSetattr(o, String(name), v);
  return None;
};
objectSetattr.$M = 1;
/** object.__delattr__. */
export const objectDelattr: any = (o: PyObj, name: PyObj) => {
  genericDelattr(o, String(name));
  return None;
};
objectDelattr.$M = 1;

/**
 * Recomputes the per-class flags that let compiled code skip generic paths: `$sf` (instance
 * attribute stores may go straight to `$d`) and the native iteration hooks.
 */
export function refreshClassFlags(t: PyType): void {
  const p = t.$p;
  let fast = true;
  for (const m of t.$mro) {
    if (m === object_type) continue;
    for (const k of Object.keys(m.$p)) {
      const v = m.$p[k];
      if (v instanceof PyProperty || v instanceof GetSet || k === "__setattr__") fast = false;
      // A user descriptor object may define __set__ (now or later): stores go the slow way.
      if (isUserObject(v)) fast = false;
    }
  }
  p.$sf = fast && t.$native === object_type;
  // Instances of a class with __get__ are descriptors: compiled attribute reads that find
  // one in a class must take the slow path.
  if (
    t.$mro.some((m) => m !== object_type && Object.prototype.hasOwnProperty.call(m.$p, "__get__"))
  ) {
    p.$desc = 1;
  }
  // Python-level protocol methods must win over the native fast hooks. Otherwise the hooks
  // are the native base's, set on the class itself: with several bases (`class C(Mixin,
  // str)`) the JS prototype chain need not reach the native base's prototype.
  const nat = t.$native.$p;
  p.$it = p.__iter__ !== nat.__iter__ ? undefined : nat.$it;
  if (Object.prototype.hasOwnProperty.call(p, "__next__")) p.$n = undefined;
  p.$hk = p.__hash__ !== nat.__hash__ || p.__eq__ !== nat.__eq__ ? undefined : nat.$hk;
}

// ---------------------------------------------------------------------------------------
// Calls

/** Calls a value found on a class with `self` prepended (avoids allocating a bound method). */
export function callMethodValue(v: PyObj, self: PyObj, args: PyObj[]): PyObj {
  if (typeof v === "function" && v.$M === 1) return v(self, ...args);
  return call(bindValue(v, self, typeOf(self)), args);
}

/** callMethodValue without an argument array, for the common fixed arities. */
function callM0(v: PyObj, self: PyObj): PyObj {
  if (typeof v === "function" && v.$M === 1) return v(self);
  return call(bindValue(v, self, typeOf(self)), []);
}
function callM1(v: PyObj, self: PyObj, a: PyObj): PyObj {
  if (typeof v === "function" && v.$M === 1) return v(self, a);
  return call(bindValue(v, self, typeOf(self)), [a]);
}
function callM2(v: PyObj, self: PyObj, a: PyObj, b: PyObj): PyObj {
  if (typeof v === "function" && v.$M === 1) return v(self, a, b);
  return call(bindValue(v, self, typeOf(self)), [a, b]);
}

/** Calls any Python callable with positional arguments. */
export function call(f: PyObj, args: PyObj[]): PyObj {
  if (typeof f === "function") return f.apply(null, args);
  if (f instanceof PyBoundMethod) return call(f.fn, [f.self, ...args]);
  if (f instanceof PyType) return construct(f, args, null, null);
  const c = f === null || f === undefined ? undefined : lookupType(typeOf(f), "__call__");
  if (c !== undefined) return callMethodValue(c, f, args);
  throw typeError(`'${typeName(f)}' object isn't callable`);
}

/** Calls with keyword arguments (`kwn` names, `kwv` values). */
export function callKw(f: PyObj, args: PyObj[], kwn: string[], kwv: PyObj[]): PyObj {
  if (kwn.length === 0) return call(f, args);
  if (typeof f === "function") {
    if (f.$co !== undefined) return callBody(f as any, bindArgs(f as any, args, kwn, kwv));
    if (f.$kwraw !== undefined) return f.$kwraw(args, kwn, kwv);
    return callNativeKw(f, args, kwn, kwv);
  }
  if (f instanceof PyBoundMethod) return callKw(f.fn, [f.self, ...args], kwn, kwv);
  if (f instanceof PyType) return construct(f, args, kwn, kwv);
  const c = lookupType(typeOf(f), "__call__");
  if (c !== undefined) return callKw(bindValue(c, f, typeOf(f)), args, kwn, kwv);
  throw typeError(`'${typeName(f)}' object isn't callable`);
}

/** Calls `o.name(*args)` (the generic path of a compiled method call). */
export function callMethod(o: PyObj, name: string, args: PyObj[]): PyObj {
  if (!(o instanceof PyType) && !(typeof o === "object" && o.$ga !== undefined)) {
    const d = o.$d;
    if (d !== undefined && Object.prototype.hasOwnProperty.call(d, name)) {
      return call(d[name], args);
    }
    const t = typeOf(o);
    const v = lookupType(t, name);
    if (typeof v === "function" && v.$M === 1 && !isHiddenName(name)) {
      return v(o, ...args);
    }
  }
  return call(getattr(o, name), args);
}

/** Calls `o.name(*args, **kw)`. */
export function callMethodKw(
  o: PyObj,
  name: string,
  args: PyObj[],
  kwn: string[],
  kwv: PyObj[],
): PyObj {
  return callKw(getattr(o, name), args, kwn, kwv);
}

/** Native `object.__new__`. */
export const objectNew: any = (cls: PyObj) => {
  if (!(cls instanceof PyType)) throw typeError("object.__new__(X): X is not a type object");
  // Instances of str and int subclasses need their value: only the base's __new__ makes them.
  const native = cls.$native;
  if (native === str_type || native === int_type) {
    throw typeError(`object.__new__(${cls.$name}) is not safe, use ${native.$name}.__new__()`);
  }
  return cls.$alloc(cls);
};

/** A native type without its own constructor uses its nearest base's (cached on the type). */
function inheritedConstruct(cls: PyType): PyType["$construct"] {
  for (let i = 1; i < cls.$mro.length; i++) {
    const make = cls.$mro[i].$construct;
    if (make !== undefined && cls.$mro[i] !== object_type) return (cls.$construct = make);
  }
  return undefined;
}

/** Creates an instance: `cls(*args, **kw)`. */
export function construct(
  cls: PyType,
  args: PyObj[],
  kwn: string[] | null,
  kwv: PyObj[] | null,
): PyObj {
  // str(x) of a str or an int is the commonest conversion: answer it directly.
  if (cls === str_type && args.length === 1 && kwn === null) {
    const x = args[0];
    if (typeof x === "string") return x;
    if (typeof x === "number") return String(x);
  }
  if (!cls.$user) {
    const make = cls.$construct ?? inheritedConstruct(cls);
    if (make !== undefined) {
      // A constructor that declares no keyword parameters takes none.
      if (kwn !== null && kwn.length > 0 && cls.$noKw === true) {
        throw typeError("function doesn't take keyword arguments");
      }
      return make(cls, args, kwn ?? undefined, kwv ?? undefined);
    }
    throw typeError(`cannot create '${cls.$name}' instances`);
  }
  const newf = lookupType(cls, "__new__");
  let o: PyObj;
  // The arguments went to a __new__ or to a native base's constructor (else only __init__
  // may take them).
  let argsTaken = true;
  if (newf !== undefined && newf !== objectNew) {
    const fn = newf instanceof PyStaticMethod ? newf.fn : newf;
    o = kwn ? callKw(fn, [cls, ...args], kwn, kwv!) : call(fn, [cls, ...args]);
    if (!(o !== null && typeof o === "object" && isSubtype(typeOf(o), cls))) return o;
  } else if (cls.$native !== object_type && cls.$native.$construct !== undefined) {
    // A native base without its own __new__ (map, filter, zip...): it builds the value from
    // the arguments, whose fields move onto an instance of the subclass.
    const v = cls.$native.$construct(cls.$native, args, kwn ?? undefined, kwv ?? undefined);
    if (v === null || typeof v !== "object") return v;
    o = cls.$alloc(cls);
    for (const k of Object.keys(v)) if (k !== "$d") o[k] = v[k];
  } else {
    o = cls.$alloc(cls);
    argsTaken = false;
  }
  const init = lookupType(cls, "__init__");
  if (init !== undefined && init !== object_type.$p.__init__) {
    const r = kwn
      ? callKw(bindValue(init, o, cls), args, kwn, kwv!)
      : callMethodValue(init, o, args);
    if (r !== None) throw typeError("__init__() should return None");
  } else if (!argsTaken && (args.length > 0 || (kwn !== null && kwn.length > 0))) {
    throw typeError("function takes 0 positional arguments but " + args.length + " were given");
  }
  return o;
}

// ---------------------------------------------------------------------------------------
// Truth, repr, str

/** Python truth value. */
export function truthy(x: PyObj): boolean {
  if (x === true) return true;
  if (x === false || x === None) return false;
  switch (typeof x) {
    case "number":
      return x !== 0;
    case "string":
      return x.length !== 0;
    case "bigint":
      return true;
    case "function":
      return true;
  }
  if (x instanceof PyList || x instanceof PyTuple) return x.a.length !== 0;
  if (x instanceof PyDict) return x.m.size !== 0;
  const t = typeOf(x);
  const b = lookupType(t, "__bool__");
  if (b !== undefined) {
    const r = callM0(b, x);
    if (typeof r !== "boolean") throw typeError("__bool__ should return bool");
    return r;
  }
  const l = lookupType(t, "__len__");
  if (l !== undefined) return truthy(callM0(l, x));
  return true;
}

const reprActive = new Set<PyObj>();

/** Guards a container repr against recursion: returns the placeholder when re-entered. */
export function reprGuard(x: PyObj, placeholder: string, f: () => string): string {
  if (reprActive.has(x)) return placeholder;
  reprActive.add(x);
  try {
    return f();
  } finally {
    reprActive.delete(x);
  }
}

/** `repr(x)`. */
export function repr(x: PyObj): string {
  switch (typeof x) {
    case "number":
      return String(x);
    case "bigint":
      return x.toString();
    case "boolean":
      return x ? "True" : "False";
    case "string":
      return strRepr(x);
  }
  const r = callMethodValue(lookupType(typeOf(x), "__repr__"), x, []);
  if (typeof r !== "string") {
    if (r?.$str !== undefined) return r.$str; // an instance of a str subclass
    throw typeError("__repr__ returned non-string");
  }
  return r;
}

/** `str(x)`. */
export function str(x: PyObj): string {
  switch (typeof x) {
    case "string":
      return x;
    case "number":
      return String(x);
    case "bigint":
      return x.toString();
    case "boolean":
      return x ? "True" : "False";
  }
  const r = strOf(x);
  return typeof r === "string" ? r : r.$str;
}

/**
 * What `str(x)` returns for an object: its `__str__`'s result, which may be an instance of
 * a str subclass (kept as it is, as CPython does); its repr without a `__str__`.
 */
export function strOf(x: PyObj): PyObj {
  const t = typeOf(x);
  const f = lookupType(t, "__str__");
  if (f === undefined || f === objectStr) return repr(x);
  const r = callM0(f, x);
  if (typeof r !== "string" && (r === null || typeof r !== "object" || r.$str === undefined)) {
    throw typeError("__str__ returned non-string");
  }
  return r;
}

/** object.__str__: falls back to repr. */
export const objectStr: any = (o: PyObj) => repr(o);
objectStr.$M = 1;

// ---------------------------------------------------------------------------------------
// Comparison and hashing

/** `a == b`. */
export function eq(a: PyObj, b: PyObj): boolean {
  if (a === b) return typeof a !== "object" || a === None || !a.$nan;
  const ta = typeof a;
  const tb = typeof b;
  if (ta === tb && ta !== "object" && ta !== "function") return false;
  if (
    (ta === "number" || ta === "bigint" || ta === "boolean") &&
    (tb === "number" || tb === "bigint" || tb === "boolean")
  ) {
    return intCmp(toIntNum(a), toIntNum(b)) === 0;
  }
  const r = richCompare(a, b, "__eq__", "__eq__");
  if (r !== NotImplemented) return truthy(r);
  return false;
}

/** `a != b`. */
export function ne(a: PyObj, b: PyObj): boolean {
  if (typeof a === "object" && a !== None) {
    const f = lookupType(typeOf(a), "__ne__");
    if (f !== undefined) {
      const r = callM1(f, a, b);
      if (r !== NotImplemented) return truthy(r);
    }
  }
  return !eq(a, b);
}

function toIntNum(x: PyObj): number | bigint {
  return typeof x === "boolean" ? (x ? 1 : 0) : x;
}

/** Tries `a.name(b)` then the reflected `b.rname(a)`; returns NotImplemented if both decline. */
function richCompare(a: PyObj, b: PyObj, name: string, rname: string): PyObj {
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (tb !== ta && isSubtype(tb, ta)) {
    const fr = lookupType(tb, rname);
    if (fr !== undefined) {
      const r = callM1(fr, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  const f = lookupType(ta, name);
  if (f !== undefined) {
    const r = callM1(f, a, b);
    if (r !== NotImplemented) return r;
  }
  if (tb !== ta) {
    const fr = lookupType(tb, rname);
    if (fr !== undefined) {
      const r = callM1(fr, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  return NotImplemented;
}

function orderCompare(a: PyObj, b: PyObj, name: string, rname: string): boolean {
  const ta = typeof a;
  const tb = typeof b;
  if (
    (ta === "number" || ta === "bigint" || ta === "boolean") &&
    (tb === "number" || tb === "bigint" || tb === "boolean")
  ) {
    const c = intCmp(toIntNum(a), toIntNum(b));
    return name === "__lt__"
      ? c < 0
      : name === "__le__"
      ? c <= 0
      : name === "__gt__"
      ? c > 0
      : c >= 0;
  }
  if (ta === "string" && tb === "string") {
    const c = strCmp(a, b);
    return name === "__lt__"
      ? c < 0
      : name === "__le__"
      ? c <= 0
      : name === "__gt__"
      ? c > 0
      : c >= 0;
  }
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const r = floatOrder(a, b, name);
    if (r !== undefined) return r;
  }
  const r = richCompare(a, b, name, rname);
  if (r === NotImplemented) {
    throw typeError(`unsupported types for ${name}: '${typeName(a)}', '${typeName(b)}'`);
  }
  return truthy(r);
}

/**
 * `a < b` (and friends) used as a value: a user method's own result, which need not be a
 * bool, as in Python; built-in types give bools.
 */
export function cmpValue(a: PyObj, b: PyObj, name: string, rname: string): PyObj {
  if (
    a !== null && typeof a === "object" && a.$cls?.$user === true ||
    b !== null && typeof b === "object" && b.$cls?.$user === true
  ) {
    const r = richCompare(a, b, name, rname);
    if (r === NotImplemented) {
      throw typeError(`unsupported types for ${name}: '${typeName(a)}', '${typeName(b)}'`);
    }
    return r;
  }
  return orderCompare(a, b, name, rname);
}

/** `a < b`. */
export function lt(a: PyObj, b: PyObj): boolean {
  return orderCompare(a, b, "__lt__", "__gt__");
}
/** `a <= b`. */
export function le(a: PyObj, b: PyObj): boolean {
  return orderCompare(a, b, "__le__", "__ge__");
}
/** `a > b`. */
export function gt(a: PyObj, b: PyObj): boolean {
  return orderCompare(a, b, "__gt__", "__lt__");
}
/** `a >= b`. */
export function ge(a: PyObj, b: PyObj): boolean {
  return orderCompare(a, b, "__ge__", "__le__");
}

/** Hash of a string (FNV-1a over UTF-16 units, kept to a small positive int). */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & 0x3fffffff;
}

/** `hash(x)`. */
export function hash(x: PyObj): number {
  switch (typeof x) {
    case "number":
      return x;
    case "boolean":
      return x ? 1 : 0;
    case "string":
      return strHash(x);
    case "bigint":
      return Number(BigInt.asIntN(30, x));
    case "function":
      return idOf(x);
  }
  const f = lookupType(typeOf(x), "__hash__");
  if (f === undefined || f === None) throw typeError(`unhashable type: '${typeName(x)}'`);
  const r = callM0(f, x);
  if (typeof r === "boolean") return r ? 1 : 0;
  if (typeof r !== "number" && typeof r !== "bigint") {
    throw typeError("__hash__ should return an int");
  }
  return typeof r === "number" ? r : Number(BigInt.asIntN(30, r));
}

// ---------------------------------------------------------------------------------------
// Operators

const BIN_NAMES: Record<string, [string, string, string]> = {
  add: ["__add__", "__radd__", "__iadd__"],
  sub: ["__sub__", "__rsub__", "__isub__"],
  mul: ["__mul__", "__rmul__", "__imul__"],
  truediv: ["__truediv__", "__rtruediv__", "__itruediv__"],
  floordiv: ["__floordiv__", "__rfloordiv__", "__ifloordiv__"],
  mod: ["__mod__", "__rmod__", "__imod__"],
  pow: ["__pow__", "__rpow__", "__ipow__"],
  lshift: ["__lshift__", "__rlshift__", "__ilshift__"],
  rshift: ["__rshift__", "__rrshift__", "__irshift__"],
  and: ["__and__", "__rand__", "__iand__"],
  or: ["__or__", "__ror__", "__ior__"],
  xor: ["__xor__", "__rxor__", "__ixor__"],
};

/** Generic binary operator through the dunder methods of both operands. */
export function binaryOp(op: string, a: PyObj, b: PyObj): PyObj {
  const names = BIN_NAMES[op];
  const r = richCompare(a, b, names[0], names[1]);
  if (r !== NotImplemented) return r;
  throw typeError(`unsupported types for ${names[0]}: '${typeName(a)}', '${typeName(b)}'`);
}

/** Generic in-place operator: `__iop__` first, then the binary operator. */
export function inplaceOp(op: string, a: PyObj, b: PyObj): PyObj {
  if (typeof a === "object") {
    const f = lookupType(typeOf(a), BIN_NAMES[op][2]);
    if (f !== undefined) {
      const r = callM1(f, a, b);
      if (r !== NotImplemented) return r;
    }
  }
  return BINARY[op](a, b);
}

function isIntLike(x: PyObj): boolean {
  const t = typeof x;
  return t === "number" || t === "bigint" || t === "boolean";
}

/** `a + b`. */
export function add(a: PyObj, b: PyObj): PyObj {
  if (typeof a === "string" && typeof b === "string") return a + b;
  if (isIntLike(a) && isIntLike(b)) return intAdd(toIntNum(a), toIntNum(b));
  if (a instanceof PyList && b instanceof PyList && !a.$cls.$user && !b.$cls.$user) {
    return new PyList(concatArrays(a.a, b.a));
  }
  if (a instanceof PyFloat || b instanceof PyFloat) return floatBinary("add", a, b);
  return binaryOp("add", a, b);
}
/** `a - b`. */
export function sub(a: PyObj, b: PyObj): PyObj {
  if (isIntLike(a) && isIntLike(b)) return intSub(toIntNum(a), toIntNum(b));
  if (a instanceof PyFloat || b instanceof PyFloat) return floatBinary("sub", a, b);
  return binaryOp("sub", a, b);
}
/** `a * b`. */
export function mul(a: PyObj, b: PyObj): PyObj {
  if (isIntLike(a) && isIntLike(b)) return intMul(toIntNum(a), toIntNum(b));
  if (a instanceof PyFloat || b instanceof PyFloat) return floatBinary("mul", a, b);
  return binaryOp("mul", a, b);
}
/** `a // b`. */
export function floordiv(a: PyObj, b: PyObj): PyObj {
  if (isIntLike(a) && isIntLike(b)) return intFloorDiv(toIntNum(a), toIntNum(b));
  if (a instanceof PyFloat || b instanceof PyFloat) return floatBinary("floordiv", a, b);
  return binaryOp("floordiv", a, b);
}
/** `a % b`. */
export function mod(a: PyObj, b: PyObj): PyObj {
  if (isIntLike(a) && isIntLike(b)) return intMod(toIntNum(a), toIntNum(b));
  if (typeof a === "string") return percentFormat(a, b);
  if (a instanceof PyFloat || b instanceof PyFloat) return floatBinary("mod", a, b);
  return binaryOp("mod", a, b);
}
/** `a / b`. */
export function truediv(a: PyObj, b: PyObj): PyObj {
  if (ctx.config.float && isIntLike(a) && isIntLike(b)) {
    return floatOps.intTrueDiv!(toIntNum(a), toIntNum(b));
  }
  if (a instanceof PyFloat || b instanceof PyFloat) return floatBinary("truediv", a, b);
  return binaryOp("truediv", a, b);
}
/** `a ** b`. */
export function pow(a: PyObj, b: PyObj): PyObj {
  if (a instanceof PyFloat || b instanceof PyFloat) return floatBinary("pow", a, b);
  return binaryOp("pow", a, b);
}
/** `a << b`. */
export function lshift(a: PyObj, b: PyObj): PyObj {
  if (isIntLike(a) && isIntLike(b)) return intLshift(toIntNum(a), toIntNum(b));
  return binaryOp("lshift", a, b);
}
/** `a >> b`. */
export function rshift(a: PyObj, b: PyObj): PyObj {
  if (isIntLike(a) && isIntLike(b)) return intRshift(toIntNum(a), toIntNum(b));
  return binaryOp("rshift", a, b);
}
/** `a & b`. */
export function and(a: PyObj, b: PyObj): PyObj {
  if (typeof a === "boolean" && typeof b === "boolean") return a && b;
  if (isIntLike(a) && isIntLike(b)) return intAnd(toIntNum(a), toIntNum(b));
  return binaryOp("and", a, b);
}
/** `a | b`. */
export function or(a: PyObj, b: PyObj): PyObj {
  if (typeof a === "boolean" && typeof b === "boolean") return a || b;
  if (isIntLike(a) && isIntLike(b)) return intOr(toIntNum(a), toIntNum(b));
  return binaryOp("or", a, b);
}
/** `a ^ b`. */
export function xor(a: PyObj, b: PyObj): PyObj {
  if (typeof a === "boolean" && typeof b === "boolean") return a !== b;
  if (isIntLike(a) && isIntLike(b)) return intXor(toIntNum(a), toIntNum(b));
  return binaryOp("xor", a, b);
}

/** Binary operators by name (for in-place fallback and the compiler). */
export const BINARY: Record<string, (a: PyObj, b: PyObj) => PyObj> = {
  add,
  sub,
  mul,
  truediv,
  floordiv,
  mod,
  pow,
  lshift,
  rshift,
  and,
  or,
  xor,
};

function unaryOp(x: PyObj, name: string): PyObj {
  const f = lookupType(typeOf(x), name);
  if (f === undefined) {
    throw typeError(`bad operand type for unary ${name.slice(2, -2)}: '${typeName(x)}'`);
  }
  return callM0(f, x);
}

/** `-x`. */
export function neg(x: PyObj): PyObj {
  if (isIntLike(x)) return intNeg(toIntNum(x));
  return unaryOp(x, "__neg__");
}
/** `+x`. */
export function pos(x: PyObj): PyObj {
  if (isIntLike(x)) return toIntNum(x);
  return unaryOp(x, "__pos__");
}
/** `~x`. */
export function invert(x: PyObj): PyObj {
  if (isIntLike(x)) return intInvert(toIntNum(x));
  return unaryOp(x, "__invert__");
}

// ---------------------------------------------------------------------------------------
// Containers

/** `x in c`. */
export function contains(c: PyObj, x: PyObj): boolean {
  if (typeof c === "string") {
    if (typeof x !== "string") {
      const v = asStr(x); // an instance of a str subclass
      if (v === undefined) throw typeError(`'in <string>' requires string as left operand`);
      return c.includes(v);
    }
    return c.includes(x);
  }
  if (c instanceof PyDict && !c.$cls.$user) return c.has(x);
  if (c instanceof PySet && !c.$cls.$user && !(x instanceof PySet)) return c.$has(x);
  if ((c instanceof PyList || c instanceof PyTuple) && !c.$cls.$user) {
    const a = c.a;
    for (let i = 0; i < a.length; i++) if (a[i] === x || eq(a[i], x)) return true;
    return false;
  }
  const t = typeOf(c);
  const f = lookupType(t, "__contains__");
  if (f !== undefined) return truthy(callM1(f, c, x));
  const it = getIter(c);
  for (let v = it.$n(); v !== STOP; v = it.$n()) if (v === x || eq(v, x)) return true;
  return false;
}

/** `o[k]`. */
export function getitem(o: PyObj, k: PyObj): PyObj {
  if (o instanceof PyDict && o.$cls === dictTypeRef()) {
    const v = o.m.get(typeof k === "string" ? k : hashKeyRef(k));
    if (v !== undefined) return v;
    const miss = o.$cls.$user ? lookupType(o.$cls, "__missing__") : undefined;
    if (miss !== undefined) return callM1(miss, o, k);
    throw excWith(KeyError, k);
  }
  // Slicing an exact list or tuple: copy the range directly.
  if (k instanceof PySlice && (o instanceof PyList || o instanceof PyTuple) && !o.$cls.$user) {
    const a = sliceArray(o.a, k);
    return o instanceof PyList ? new PyList(a) : new PyTuple(a);
  }
  const t = typeOf(o);
  const f = lookupType(t, "__getitem__");
  if (f !== undefined) return callM1(f, o, k);
  throw typeError(`'${t.$name}' object is not subscriptable`);
}

/** `o[k] = v`. */
export function setitem(o: PyObj, k: PyObj, v: PyObj): void {
  if (o instanceof PyDict && o.$cls === dictTypeRef()) {
    o.set(k, v);
    return;
  }
  if (o instanceof PyList && typeof k === "number" && !o.$cls.$user) {
    const a = o.a;
    const i = k < 0 ? k + a.length : k;
    if (i >= 0 && i < a.length && Number.isInteger(i)) {
      a[i] = v;
      return;
    }
  }
  const t = typeOf(o);
  const f = lookupType(t, "__setitem__");
  if (f !== undefined) {
    callM2(f, o, k, v);
    return;
  }
  throw typeError(`'${t.$name}' object does not support item assignment`);
}

/** `del o[k]`. */
export function delitem(o: PyObj, k: PyObj): void {
  const t = typeOf(o);
  const f = lookupType(t, "__delitem__");
  if (f !== undefined) {
    callM1(f, o, k);
    return;
  }
  throw typeError(`'${t.$name}' object does not support item deletion`);
}

/** `len(x)`. */
export function len(x: PyObj): number {
  if (typeof x === "string") return strLen(x);
  if (x instanceof PyList || x instanceof PyTuple) {
    if (!x.$cls.$user) return x.a.length;
  }
  if (x instanceof PyDict && !x.$cls.$user) return x.m.size;
  if (x instanceof PySet && !x.$cls.$user) return x.m.size;
  const t = typeOf(x);
  const f = lookupType(t, "__len__");
  if (f === undefined) throw typeError(`object of type '${t.$name}' has no len()`);
  const r = callM0(f, x);
  if (typeof r !== "number") {
    throw typeError("'" + typeName(r) + "' object cannot be interpreted as an integer");
  }
  return r;
}

// ---------------------------------------------------------------------------------------
// Iteration

/** Adapts a Python-level iterator (with `__next__`) to the internal protocol. */
class UserIter extends NativeIter {
  private fn: PyObj;
  constructor(public o: PyObj) {
    super();
    this.fn = lookupType(typeOf(o), "__next__");
    if (this.fn === undefined) throw typeError(`'${typeName(o)}' object isn't an iterator`);
  }
  /** The Python iterator this adapts (yield from calls its send/throw/close). */
  get $pyIter(): PyObj {
    return this.o;
  }
  override $n(): PyObj {
    try {
      return callM0(this.fn, this.o);
    } catch (e) {
      if (isInstanceExc(e, StopIteration)) return STOP;
      throw e;
    }
  }
}

/** Iterates an object that only has `__getitem__`, until IndexError. */
class SeqIter extends NativeIter {
  i = 0;
  constructor(public o: PyObj, public fn: PyObj) {
    super();
  }
  override $n(): PyObj {
    try {
      return callMethodValue(this.fn, this.o, [this.i++]);
    } catch (e) {
      if (isInstanceExc(e, IndexError) || isInstanceExc(e, StopIteration)) return STOP;
      throw e;
    }
  }
}

/** The internal iterator of any iterable (what `for` uses). */
export function getIter(x: PyObj): JsIterator {
  if (typeof x === "string") return new StrIter(x);
  if (typeof x === "object" && x.$it !== undefined) return x.$it();
  const t = typeOf(x);
  const f = lookupType(t, "__iter__");
  if (f !== undefined) {
    const it = callM0(f, x);
    if (it !== null && typeof it === "object" && typeof it.$n === "function") return it;
    return new UserIter(it);
  }
  const gi = lookupType(t, "__getitem__");
  if (gi !== undefined) return new SeqIter(x, gi);
  throw typeError(`'${t.$name}' object isn't iterable`);
}

/** `iter(x)`: the Python-visible iterator object. */
export function pyIter(x: PyObj): PyObj {
  const it = getIter(x);
  return it instanceof UserIter ? it.o : it;
}

/** `next(it)`: raises StopIteration at the end. */
export function pyNext(it: PyObj): PyObj {
  if (it !== null && typeof it === "object" && typeof it.$n === "function") {
    const v = it.$n();
    // A finished generator reports its return value once, as StopIteration's value.
    if (v === STOP) throw stopIteration(it.$sv?.());
    return v;
  }
  const f = lookupType(typeOf(it), "__next__");
  if (f === undefined) throw typeError(`'${typeName(it)}' object isn't an iterator`);
  return callM0(f, it);
}

/** Collects any iterable into a new JS array. */
export function toArray(x: PyObj): PyObj[] {
  if ((x instanceof PyList || x instanceof PyTuple) && !x.$cls.$user) return x.a.slice();
  const out: PyObj[] = [];
  const it = getIter(x);
  for (let v = it.$n(); v !== STOP; v = it.$n()) out.push(v);
  return out;
}

/** Iterates any iterable as a JS generator. */
export function* iterate(x: PyObj): Generator<PyObj> {
  const it = getIter(x);
  for (let v = it.$n(); v !== STOP; v = it.$n()) yield v;
}

// ---------------------------------------------------------------------------------------
// Types

/** `isinstance(x, t)` where t is a type or a tuple of types. */
export function isinstance(x: PyObj, t: PyObj): boolean {
  if (t instanceof PyType) return isSubtype(typeOf(x), t);
  if (t instanceof PyTuple) return t.a.some((u) => isinstance(x, u));
  throw typeError("isinstance() arg 2 must be a class, type, or tuple of classes");
}

/** `issubclass(c, t)`. */
export function issubclass(c: PyObj, t: PyObj): boolean {
  if (!(c instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
  if (t instanceof PyType) return isSubtype(c, t);
  if (t instanceof PyTuple) return t.a.some((u) => issubclass(c, u));
  throw typeError("issubclass() arg 2 must be a class or a tuple of classes");
}

/** Converts anything thrown to a Python exception (re-exported for compiled code). */
export const pyExc = toPyException;

// Late-bound references that would otherwise be import cycles at load time.
import { dict_type, hashKey } from "./objdict.ts";
import { exc } from "./errors.ts";
import { percentFormat } from "./strformat.ts";
import { PySet } from "./objset.ts";
import { floatBinary, floatOps, floatOrder, PyFloat } from "./objfloat.ts";
import { concatArrays, PySlice, sliceArray } from "./objslice.ts";
function dictTypeRef(): PyType {
  return dict_type;
}
function hashKeyRef(k: PyObj): any {
  return hashKey(k);
}
function excWith(t: PyType, v: PyObj) {
  return exc(t, v);
}
