/**
 * Function objects: Python functions (compiled JS functions carrying a code descriptor),
 * native functions, bound methods, staticmethod/classmethod/property, and argument binding.
 *
 * Calling convention: a Python function is a JS function taking its positional parameters.
 * A "simple" function (no *args, keyword-only or **kwargs) checks `arguments.length` in its
 * prologue and defers to `argsSlow` only when defaults must be filled in or the count is
 * wrong. Other functions have a positional entry that binds arguments into the slot layout
 * `[params..., *args tuple, kwonly..., **kwargs dict]` and calls `$body`.
 */

// deno-lint-ignore-file no-explicit-any
import {
  defGetSets,
  defMethods,
  GetSet,
  makeNativeType,
  None,
  type PyObj,
  type PyType,
} from "./object.ts";
import { attributeError, typeError } from "./errors.ts";
import { EMPTY_TUPLE, PyTuple } from "./objtuple.ts";
import { PyDict } from "./objdict.ts";
import { PyGenerator } from "./objgen.ts";
import { call, idOf, repr } from "./ops.ts";

/** What the compiler records about a function. */
export interface CodeInfo {
  /** Function name (`<lambda>`, `<listcomp>` for anonymous ones). */
  name: string;
  /** Source file name as shown in tracebacks. */
  file: string;
  /** Positional parameter names in order. */
  params: string[];
  /** Keyword-only parameter names. */
  kwonly: string[];
  /** Has `*args`. */
  vararg: boolean;
  /** Has `**kwargs`. */
  varkw: boolean;
  /** Is a generator function. */
  gen: boolean;
  /** Positional entry is the body itself (no star parameters, not a generator). */
  simple: boolean;
}

/** A compiled Python function as seen from JS. */
export interface PyFunction {
  (...args: PyObj[]): PyObj;
  $co: CodeInfo;
  $defs: PyObj[];
  $kwdefs: Record<string, PyObj> | null;
  $body: (...slots: PyObj[]) => PyObj;
  $M: 1;
  $mod: string;
}

function fnDisplayName(fn: any): string {
  return fn.$co ? fn.$co.name : fn.$name ?? fn.name ?? "function";
}

/**
 * Creates a Python function object from compiled code. For simple functions `body` is
 * also the positional entry; otherwise a binding wrapper is made.
 */
export function makeFunction(
  body: (...slots: PyObj[]) => PyObj,
  co: CodeInfo,
  defs: PyObj[] | null,
  kwdefs: Record<string, PyObj> | null,
  mod: string,
): PyFunction {
  let f: any;
  if (co.simple) {
    f = body;
  } else {
    f = function (...raw: PyObj[]) {
      return callBody(f, bindArgs(f, raw, null, null));
    };
  }
  f.$co = co;
  f.$defs = defs ?? [];
  f.$kwdefs = kwdefs;
  f.$body = body;
  f.$M = 1;
  f.$mod = mod;
  return f;
}

/** Calls a Python function's body with bound slots (creating a generator when needed). */
export function callBody(f: PyFunction, slots: PyObj[]): PyObj {
  if (f.$co.gen) return new PyGenerator(f.$body.apply(null, slots), f.$co.name);
  return f.$body.apply(null, slots);
}

/** The slow path of a simple function's prologue: fills defaults or raises TypeError. */
export function argsSlow(f: PyFunction, n: number, ...given: PyObj[]): PyObj {
  const params = f.$co.params;
  const np = params.length;
  if (n > np) {
    throw typeError(`function takes ${np} positional arguments but ${n} were given`);
  }
  const defs = f.$defs;
  const firstDef = np - defs.length;
  const slots = given.slice(0, np);
  for (let i = n; i < np; i++) {
    if (i < firstDef) {
      throw typeError(`function missing ${firstDef - n} required positional arguments`);
    }
    slots[i] = defs[i - firstDef];
  }
  return f.$body.apply(null, slots);
}

/** Binds positional and keyword arguments into a Python function's slot layout. */
export function bindArgs(
  f: PyFunction,
  args: PyObj[],
  kwn: string[] | null,
  kwv: PyObj[] | null,
): PyObj[] {
  const co = f.$co;
  const params = co.params;
  const np = params.length;
  const slots: PyObj[] = new Array(np);
  const n = args.length;
  if (n > np && !co.vararg) {
    throw typeError(`function takes ${np} positional arguments but ${n} were given`);
  }
  const m = n < np ? n : np;
  for (let i = 0; i < m; i++) slots[i] = args[i];
  let star: PyObj = EMPTY_TUPLE;
  if (co.vararg && n > np) star = new PyTuple(args.slice(np));
  const kwonly = co.kwonly;
  const kwslots: PyObj[] = new Array(kwonly.length);
  const extra: PyDict | null = co.varkw ? new PyDict() : null;
  if (kwn !== null && kwv !== null) {
    for (let k = 0; k < kwn.length; k++) {
      const name = kwn[k];
      let idx = params.indexOf(name);
      if (idx >= 0) {
        if (slots[idx] !== undefined) {
          throw typeError(`function got multiple values for argument '${name}'`);
        }
        slots[idx] = kwv[k];
        continue;
      }
      idx = kwonly.indexOf(name);
      if (idx >= 0) {
        kwslots[idx] = kwv[k];
        continue;
      }
      if (extra === null) throw typeError(`unexpected keyword argument '${name}'`);
      if (extra.has(name)) throw typeError(`function got multiple values for argument '${name}'`);
      extra.set(name, kwv[k]);
    }
  }
  if (m < np || kwn !== null) {
    const defs = f.$defs;
    const firstDef = np - defs.length;
    for (let i = 0; i < np; i++) {
      if (slots[i] !== undefined) continue;
      if (i < firstDef) {
        let missing = 0;
        for (let j = i; j < firstDef; j++) if (slots[j] === undefined) missing++;
        throw typeError(`function missing ${missing} required positional arguments`);
      }
      slots[i] = defs[i - firstDef];
    }
  }
  if (co.vararg) slots.push(star);
  for (let i = 0; i < kwonly.length; i++) {
    let v = kwslots[i];
    if (v === undefined) {
      v = f.$kwdefs?.[kwonly[i]];
      if (v === undefined) {
        throw typeError(`function missing required keyword argument '${kwonly[i]}'`);
      }
    }
    slots.push(v);
  }
  if (co.varkw) slots.push(extra ?? new PyDict());
  return slots;
}

/**
 * Calls a native function with keywords: functions marked by `withKeywords` map keywords
 * onto their named positional parameters; others refuse keywords.
 */
export function callNativeKw(f: any, args: PyObj[], kwn: string[], kwv: PyObj[]): PyObj {
  const names: string[] | undefined = f.$kwp;
  if (names === undefined) {
    throw typeError(`function doesn't take keyword arguments`);
  }
  const full = args.slice();
  for (let k = 0; k < kwn.length; k++) {
    const idx = names.indexOf(kwn[k]);
    if (idx < 0) throw typeError(`unexpected keyword argument '${kwn[k]}'`);
    if (idx < args.length || full[idx] !== undefined) {
      throw typeError(`function got multiple values for argument '${kwn[k]}'`);
    }
    full[idx] = kwv[k];
  }
  return f.apply(null, full);
}

/** A method bound to an instance. */
export class PyBoundMethod {
  declare $cls: PyType;
  constructor(public self: PyObj, public fn: PyObj) {}
}

/** `staticmethod(f)`. */
export class PyStaticMethod {
  declare $cls: PyType;
  constructor(public fn: PyObj) {}
}

/** `classmethod(f)`. */
export class PyClassMethod {
  declare $cls: PyType;
  constructor(public fn: PyObj) {}
}

/** `property(fget, fset, fdel)`. */
export class PyProperty {
  declare $cls: PyType;
  constructor(public fget: PyObj, public fset: PyObj, public fdel: PyObj) {}
}

/** Type of Python functions. */
export const function_type: PyType = makeNativeType("function", Object.create(null));
/** Type of native functions. */
export const builtin_function_type: PyType = makeNativeType(
  "builtin_function_or_method",
  Object.create(null),
);
/** Type of bound methods. */
export const bound_method_type: PyType = makeNativeType("bound_method", PyBoundMethod.prototype);
/** The staticmethod type. */
export const staticmethod_type: PyType = makeNativeType("staticmethod", PyStaticMethod.prototype);
/** The classmethod type. */
export const classmethod_type: PyType = makeNativeType("classmethod", PyClassMethod.prototype);
/** The property type. */
export const property_type: PyType = makeNativeType("property", PyProperty.prototype);

staticmethod_type.$construct = (_c, args) => {
  if (args.length !== 1) throw typeError("staticmethod expected 1 argument");
  return new PyStaticMethod(args[0]);
};
classmethod_type.$construct = (_c, args) => {
  if (args.length !== 1) throw typeError("classmethod expected 1 argument");
  return new PyClassMethod(args[0]);
};
property_type.$construct = (_c, args, kwn, kwv) => {
  const a = [None, None, None, None];
  args.forEach((v, i) => (a[i] = v));
  kwn?.forEach((k, i) => {
    const idx = ["fget", "fset", "fdel", "doc"].indexOf(k);
    if (idx < 0) throw typeError(`unexpected keyword argument '${k}'`);
    a[idx] = kwv![i];
  });
  return new PyProperty(a[0], a[1], a[2]);
};
defMethods(property_type, {
  getter(self: PyProperty, f: PyObj) {
    return new PyProperty(f, self.fset, self.fdel);
  },
  setter(self: PyProperty, f: PyObj) {
    return new PyProperty(self.fget, f, self.fdel);
  },
  deleter(self: PyProperty, f: PyObj) {
    return new PyProperty(self.fget, self.fset, f);
  },
});
defGetSets(property_type, {
  fget: new GetSet((o: PyProperty) => o.fget),
  fset: new GetSet((o: PyProperty) => o.fset),
  fdel: new GetSet((o: PyProperty) => o.fdel),
});
defGetSets(function_type, {
  __name__: new GetSet((f) => fnDisplayName(f)),
});
// MicroPython's reprs: <function f at 0x...>, <bound_method ...>.
defMethods(function_type, {
  __repr__: (f: PyObj) => `<function ${fnDisplayName(f)} at 0x${idOf(f).toString(16)}>`,
});
defMethods(builtin_function_type, {
  __repr__: (f: PyObj) => `<function ${fnDisplayName(f)}>`,
});
defMethods(bound_method_type, {
  __repr__: (m: PyBoundMethod) =>
    `<bound_method ${idOf(m).toString(16)} ${repr(m.self)}.<function ${fnDisplayName(m.fn)} at 0x${
      idOf(m.fn).toString(16)
    }>>`,
});
defGetSets(builtin_function_type, {
  __name__: new GetSet((f) => fnDisplayName(f)),
});
defGetSets(bound_method_type, {
  __self__: new GetSet((m: PyBoundMethod) => m.self),
  __func__: new GetSet((m: PyBoundMethod) => m.fn),
  __name__: new GetSet((m: PyBoundMethod) => fnDisplayName(m.fn)),
});
defGetSets(staticmethod_type, { __func__: new GetSet((m: PyStaticMethod) => m.fn) });
defGetSets(classmethod_type, { __func__: new GetSet((m: PyClassMethod) => m.fn) });

/** Reads a property through its getter. */
export function propertyGet(p: PyProperty, o: PyObj): PyObj {
  if (p.fget === None) throw attributeError("unreadable attribute");
  return call(p.fget, [o]);
}

/** Writes through a property's setter. */
export function propertySet(p: PyProperty, o: PyObj, v: PyObj): void {
  if (p.fset === None) throw attributeError("can't set attribute");
  call(p.fset, [o, v]);
}

/** Deletes through a property's deleter. */
export function propertyDelete(p: PyProperty, o: PyObj): void {
  if (p.fdel === None) throw attributeError("can't delete attribute");
  call(p.fdel, [o]);
}

/** The name a function shows in reprs. */
export function functionName(f: PyObj): string {
  return fnDisplayName(f);
}
