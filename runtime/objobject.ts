/** Methods of `object` and `type`, `super`, and the module type. */

import {
  defGetSets,
  defMethods,
  EllipsisType,
  GetSet,
  isSubtype,
  lookupType,
  makeNativeType,
  makeUserType,
  Namespace,
  None,
  NoneType,
  NotImplemented,
  NotImplementedType,
  object_type,
  type PyObj,
  PyType,
  type_type,
} from "./object.ts";
import { attributeError, typeError } from "./errors.ts";
import { PyTuple, tuple } from "./objtuple.ts";
import { PyDict } from "./objdict.ts";
import {
  callMethodValue,
  idOf,
  objectDelattr,
  objectNew,
  objectSetattr,
  objectStr,
  refreshClassFlags,
  typeOf,
} from "./ops.ts";
import { PyBoundMethod, PyClassMethod, PyStaticMethod } from "./objfun.ts";

defMethods(object_type, {
  __init__: (_self: PyObj) => None,
  __repr__(self: PyObj) {
    const t = typeOf(self);
    const mod = t.$user && t.$module !== "__main__" ? t.$module + "." : "";
    return `<${mod}${t.$name} object at ${idOf(self).toString(16)}>`;
  },
  __eq__: (self: PyObj, o: PyObj) => (self === o ? true : NotImplemented),
  __ne__(self: PyObj, o: PyObj) {
    const f = lookupType(typeOf(self), "__eq__");
    const r = callMethodValue(f, self, [o]);
    return r === NotImplemented ? r : !r;
  },
  __hash__: (self: PyObj) => idOf(self),
});
object_type.$p.__new__ = objectNew;
object_type.$p.__setattr__ = objectSetattr;
object_type.$p.__delattr__ = objectDelattr;
object_type.$p.__str__ = objectStr;
object_type.$p.$hk = function (this: PyObj) {
  return this;
};
object_type.$construct = (_c, args) => {
  if (args.length) throw typeError("object() takes no arguments");
  return object_type.$alloc(object_type);
};

NoneType.$p.__repr__ = Object.assign((_s: PyObj) => "None", { $M: 1 });
NoneType.$p.__bool__ = Object.assign((_s: PyObj) => false, { $M: 1 });
NotImplementedType.$p.__repr__ = Object.assign((_s: PyObj) => "NotImplemented", { $M: 1 });
EllipsisType.$p.__repr__ = Object.assign((_s: PyObj) => "Ellipsis", { $M: 1 });

defGetSets(type_type, {
  __name__: new GetSet((t: PyType) => t.$name),
  __bases__: new GetSet((t: PyType) => tuple(t === object_type ? [] : t.$bases)),
  __module__: new GetSet((t: PyType) => t.$module),
  __dict__: new GetSet((t: PyType) => {
    const d = new PyDict();
    for (const k of Object.keys(t.$p)) if (k[0] !== "$" && k !== "constructor") d.set(k, t.$p[k]);
    return d;
  }),
});
defMethods(type_type, {
  __repr__: (t: PyType) =>
    `<class '${t.$user && t.$module !== "__main__" ? t.$module + "." : ""}${t.$name}'>`,
  mro: (t: PyType) => new PyListRef(t.$mro.slice()),
  __call__: (t: PyType, ...args: PyObj[]) => construct(t, args, null, null),
});
import { PyList as PyListRef } from "./objlist.ts";
import { construct } from "./ops.ts";

/** `type(x)` or `type(name, bases, dict)`. */
type_type.$construct = (_c, args) => {
  if (args.length === 1) return typeOf(args[0]);
  if (args.length === 3) {
    const [name, bases, dict] = args;
    if (typeof name !== "string" || !(bases instanceof PyTuple) || !(dict instanceof PyDict)) {
      throw typeError("type() argument types");
    }
    const ns = new Namespace();
    for (const [k, v] of dict.entries()) ns[String(k)] = v;
    return makeClass(name, bases.a, ns);
  }
  throw typeError("type() takes 1 or 3 arguments");
};

/** Whether instances of `t` can be made (MicroPython: a type without make_new is no base). */
function constructible(t: PyType): boolean {
  if (t.$user || t === object_type) return true;
  for (const m of t.$mro) {
    if (m === object_type) break;
    if (m.$user || m.$construct !== undefined || Object.hasOwn(m.$p, "__new__")) return true;
  }
  return false;
}

/** Creates a class from a `class` statement's evaluated parts. */
export function makeClass(
  name: string,
  bases: PyObj[],
  ns: Record<string, PyObj>,
  module = "__main__",
): PyType {
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeError("bases must be types");
    if (b === type_type || b === NoneType || !constructible(b)) {
      throw typeError(`type '${b.$name}' is not an acceptable base type`);
    }
  }
  // __new__ is implicitly a static method, as in CPython.
  if (typeof ns.__new__ === "function") ns.__new__ = new PyStaticMethod(ns.__new__);
  const t = makeUserType(name, bases as PyType[], ns);
  t.$module = typeof ns.__module__ === "string" ? ns.__module__ : module;
  refreshClassFlags(t);
  return t;
}

/** A `super()` object. */
export class PySuper {
  declare $cls: PyType;
  constructor(public type: PyType, public obj: PyObj) {}
}
/** The `super` type. */
export const super_type: PyType = makeNativeType("super", PySuper.prototype);
super_type.$construct = (_c, args) => {
  if (args.length !== 2) throw typeError("super() requires 2 arguments here");
  return new PySuper(args[0], args[1]);
};

/**
 * The plain function `name` found after `type` in the MRO of instance `obj`, for calling
 * `super().name(...)` without allocating; null when it is anything else.
 */
export function superMethod(type: PyType, obj: PyObj, name: string): PyObj {
  if (obj instanceof PyType) return null;
  const mro = typeOf(obj).$mro;
  const i = mro.indexOf(type);
  if (i < 0) return null;
  for (let j = i + 1; j < mro.length; j++) {
    const p = mro[j].$p;
    if (Object.prototype.hasOwnProperty.call(p, name)) {
      const v = p[name];
      return typeof v === "function" && v.$M === 1 ? v : null;
    }
  }
  return null;
}

/** Attribute look-up through `super()`: continue the MRO after `type`. */
export function superGetattr(s: PySuper, name: string): PyObj {
  const obj = s.obj;
  const objType = obj instanceof PyType && isSubtype(obj, s.type) ? obj : typeOf(obj);
  const mro = objType.$mro;
  let i = mro.indexOf(s.type);
  if (i < 0) i = mro.length;
  for (let j = i + 1; j < mro.length; j++) {
    const p = mro[j].$p;
    if (Object.prototype.hasOwnProperty.call(p, name)) {
      const v = p[name];
      if (v instanceof PyStaticMethod) return v.fn;
      if (v instanceof PyClassMethod) return new PyBoundMethod(objType, v.fn);
      if (typeof v === "function" && v.$M === 1) {
        return obj instanceof PyType && name !== "__new__" ? v : new PyBoundMethod(obj, v);
      }
      if (v instanceof GetSet) return v.get(obj);
      return v;
    }
  }
  throw attributeError(`'super' object has no attribute '${name}'`);
}
defMethods(super_type, {
  __repr__: (s: PySuper) => `<super: <class '${s.type.$name}'>, <${typeOf(s.obj).$name} object>>`,
});
// super's attributes come only from `$ga`, never from object's methods on the JS chain.
const superRepr = super_type.$p.__repr__;
Object.setPrototypeOf(super_type.$p, null);
super_type.$p.$ga = function (this: PySuper, name: string) {
  if (name === "__repr__") return new PyBoundMethod(this, superRepr);
  return superGetattr(this, name);
};

/** A module object: its globals are its `$d`. */
export class PyModule {
  declare $cls: PyType;
  /** Set on builtin modules, whose attributes cannot be set or deleted. */
  $ro?: boolean;
  constructor(public $d: Record<string, PyObj>, public name: string) {}
}
/** The module type. */
export const module_type: PyType = makeNativeType("module", PyModule.prototype);
defMethods(module_type, {
  __repr__: (m: PyModule) =>
    m.$d.__file__ !== undefined && typeof m.$d.__file__ === "string"
      ? `<module '${m.name}' from '${m.$d.__file__}'>`
      : `<module '${m.name}'>`,
});
defGetSets(module_type, {
  __name__: new GetSet((m: PyModule) => m.name),
  __dict__: new GetSet((m: PyModule) => {
    const d = new PyDict();
    for (const k of Object.keys(m.$d)) d.set(k, m.$d[k]);
    return d;
  }),
});

/** Creates a native module from a record of members. */
export function nativeModule(name: string, members: Record<string, PyObj>): PyModule {
  const d = new Namespace();
  d.__name__ = name;
  for (const k of Object.keys(members)) d[k] = members[k];
  const m = new PyModule(d, name);
  // A builtin module's globals are a fixed (ROM) table: no attribute can be set or deleted.
  m.$ro = true;
  return m;
}
