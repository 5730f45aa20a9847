/**
 * The object model's foundation: type objects, the `object` and `type` types, None,
 * NotImplemented, Ellipsis, namespaces and the class hierarchy (C3 MRO).
 *
 * Representation (see docs/ARCHITECTURE.md):
 * - int: JS number (always integral, safe range) or bigint (only outside the safe range)
 * - bool: JS boolean; str: JS string; None: the `None` singleton object
 * - everything else: a JS object whose prototype chain holds its class attributes
 *   (`$p` of its type) and `$cls` (its type). Instance attributes live in `$d`.
 *
 * This module imports nothing from the rest of the runtime, so every other module can
 * build types at load time.
 */

// deno-lint-ignore-file no-explicit-any

/** Any Python value. */
export type PyObj = any;

/**
 * A namespace object: fast-mode JS object without inherited properties. Used for instance
 * `__dict__`s, module globals and class bodies.
 */
export const Namespace = function Namespace(this: any) {} as unknown as {
  new (): Record<string, PyObj>;
};
Namespace.prototype = Object.create(null);

/** Creates a namespace whose missing names fall back to `parent` (module globals → builtins). */
export function namespaceWithParent(parent: object): Record<string, PyObj> {
  const ctor = function (this: any) {} as unknown as { new (): Record<string, PyObj> };
  (ctor as any).prototype = parent;
  return new ctor();
}

/** A Python type (class) object. */
export class PyType {
  /** The class name. */
  declare $name: string;
  /** Direct bases. */
  declare $bases: PyType[];
  /** Method resolution order, starting with this type. */
  declare $mro: PyType[];
  /** Cached: the JS prototype chain of `$p` is exactly the MRO (see lookupType). */
  declare $linear?: boolean;
  /** Prototype holding the class attributes; instances inherit from it. */
  declare $p: any;
  /** Allocates a bare instance of this type (layout of the native base). */
  declare $alloc: (cls: PyType) => any;
  /** True for classes defined in Python code. */
  declare $user: boolean;
  /** The builtin type whose layout instances have (object for plain classes). */
  declare $native: PyType;
  /** Native constructor for builtin types: called as `type(args...)`. */
  declare $construct?: (cls: PyType, args: PyObj[], kwn?: string[], kwv?: PyObj[]) => PyObj;
  /** Set on builtin types whose constructor takes no keyword arguments (range, list...). */
  declare $noKw?: boolean;
  /** Module name for repr. */
  declare $module: string;
  /** Class variables for type objects of user classes live on `$p`, but `$d` lets code set attributes. */
  declare $d: undefined;
}

/** The `object` type. */
export const object_type: PyType = Object.create(null);
/** The `type` type. */
export const type_type: PyType = Object.create(null);

function initType(
  t: PyType,
  name: string,
  bases: PyType[],
  proto: any,
  alloc: (cls: PyType) => any,
): PyType {
  Object.setPrototypeOf(t, PyType.prototype);
  t.$name = name;
  t.$bases = bases;
  t.$p = proto;
  t.$alloc = alloc;
  t.$user = false;
  t.$native = t;
  t.$module = "builtins";
  t.$mro = [t, ...computeMro(bases)];
  Object.defineProperty(proto, "$cls", { value: t, writable: true, configurable: true });
  return t;
}

/** Merge step of C3 linearization; raises through `onError` when no consistent order exists. */
function computeMro(bases: PyType[]): PyType[] {
  if (bases.length === 0) return [];
  if (bases.length === 1) return bases[0].$mro.slice();
  const seqs = bases.map((b) => b.$mro.slice()).concat([bases.slice()]);
  const out: PyType[] = [];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((t) => t.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) throw mroError();
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

/** Set by errors.ts: creates the Python exception for an impossible MRO. */
export let mroError: () => unknown = () => new Error("MRO conflict");
/** Installs the MRO error factory (called once by errors.ts). */
export function setMroError(f: () => unknown): void {
  mroError = f;
}

const objectProto = Object.create(null);
initType(object_type, "object", [], objectProto, (cls) => {
  const o = Object.create(cls.$p);
  o.$d = new Namespace();
  return o;
});
initType(type_type, "type", [object_type], PyType.prototype, () => {
  throw new Error("type alloc");
});
Object.setPrototypeOf(PyType.prototype, objectProto);

/**
 * Creates a builtin type whose instances are JS objects with prototype `proto`
 * (usually a JS class's prototype). The prototype is re-parented under the base's `$p`
 * so that class attributes resolve through the JS prototype chain.
 */
export function makeNativeType(
  name: string,
  proto: any,
  base: PyType = object_type,
  alloc?: (cls: PyType) => any,
): PyType {
  const t = Object.create(PyType.prototype) as PyType;
  if (Object.getPrototypeOf(proto) !== base.$p) Object.setPrototypeOf(proto, base.$p);
  initType(t, name, [base], proto, alloc ?? base.$alloc);
  return t;
}

/**
 * Creates a class from Python code. `ns` holds the class body's names. `$p` inherits
 * from the first base's `$p`; with several bases, attributes of the MRO are copied onto `$p`
 * so that the JS prototype chain answers look-ups exactly as the MRO does.
 */
export function makeUserType(name: string, bases: PyType[], ns: Record<string, PyObj>): PyType {
  if (bases.length === 0) bases = [object_type];
  const t = Object.create(PyType.prototype) as PyType;
  const proto = Object.create(bases[0].$p);
  t.$name = name;
  t.$bases = bases;
  t.$p = proto;
  t.$user = true;
  t.$module = "__main__";
  t.$mro = [t, ...computeMro(bases)];
  let native = object_type;
  for (const m of t.$mro) {
    if (!m.$user) {
      native = m;
      break;
    }
  }
  // A user class's layout is its most derived native base's.
  for (const b of bases) {
    if (!b.$native) continue;
    if (b.$native !== object_type && native === object_type) native = b.$native;
  }
  t.$native = native;
  t.$alloc = native.$alloc === object_type.$alloc ? object_type.$alloc : (cls) => {
    const o = native.$alloc(cls);
    if (o.$d === undefined) o.$d = new Namespace();
    return o;
  };
  Object.defineProperty(proto, "$cls", { value: t, writable: true, configurable: true });
  if (bases.length > 1) {
    for (let i = t.$mro.length - 1; i >= 1; i--) {
      const m = t.$mro[i];
      if (m === object_type) continue;
      for (const k of Object.keys(m.$p)) {
        if (k[0] !== "$" && k !== "constructor") proto[k] = m.$p[k];
      }
    }
  }
  for (const k of Object.keys(ns)) proto[k] = ns[k];
  return t;
}

/** Finds `name` along `t`'s MRO (class attributes only). */
export function lookupType(t: PyType, name: string): PyObj {
  // When the JS prototype chain is exactly the MRO, one property read answers.
  let linear = t.$linear;
  if (linear === undefined) linear = t.$linear = isLinear(t);
  if (linear) return t.$p[name];
  const mro = t.$mro;
  for (let i = 0; i < mro.length; i++) {
    const p = mro[i].$p;
    if (Object.prototype.hasOwnProperty.call(p, name)) return p[name];
  }
  return undefined;
}

function isLinear(t: PyType): boolean {
  const mro = t.$mro;
  for (let i = 0; i < mro.length; i++) {
    const next = i + 1 < mro.length ? mro[i + 1].$p : null;
    if (Object.getPrototypeOf(mro[i].$p) !== next) return false;
  }
  return true;
}

/** True when `t` is `base` or derives from it. */
export function isSubtype(t: PyType, base: PyType): boolean {
  if (t === base) return true;
  return t.$mro.includes(base);
}

/** The `NoneType` instance. */
class PyNoneClass {}
/** The type of None. */
export const NoneType: PyType = makeNativeType("NoneType", PyNoneClass.prototype);
/** The None singleton. */
export const None: PyObj = new PyNoneClass();

class PyNotImplementedClass {}
/** The type of NotImplemented. */
export const NotImplementedType: PyType = makeNativeType(
  "NotImplementedType",
  PyNotImplementedClass.prototype,
);
/** The NotImplemented singleton. */
export const NotImplemented: PyObj = new PyNotImplementedClass();

class PyEllipsisClass {}
/** The type of Ellipsis. */
export const EllipsisType: PyType = makeNativeType("ellipsis", PyEllipsisClass.prototype);
/** The Ellipsis singleton. */
export const Ellipsis: PyObj = new PyEllipsisClass();

/** Marker placed on functions that bind as methods when found on a class. */
export const METHOD_FLAG = "$M";

/**
 * A native attribute descriptor (like CPython's getset): `get(o)` computes the value,
 * `set(o, v)` (optional) stores it.
 */
export class GetSet {
  constructor(
    public get: (o: PyObj) => PyObj,
    public set?: (o: PyObj, v: PyObj) => void,
  ) {}
}

/** Defines native methods on a type: each JS function receives `self` first. */
export function defMethods(t: PyType, methods: Record<string, (...a: any[]) => PyObj>): void {
  for (const name of Object.keys(methods)) {
    // Protocol methods (__exit__ and friends) are called by the runtime with fixed counts
    // and may ignore extras; the named methods programs call check their arguments.
    const dunder = name.startsWith("__") && name.endsWith("__");
    const f = (dunder ? methods[name] : withArgLimit(methods[name])) as any;
    const clash = Object.prototype.hasOwnProperty.call(t.$p, name) ? t.$p[name] : undefined;
    if (typeof clash === "function" && clash.$M !== 1) {
      throw new Error(`defMethods: ${t.$name}.${name} would replace a JS method of the same name`);
    }
    f.$M = 1;
    f.$name = name;
    f.$owner = t;
    t.$p[name] = f;
  }
}

/** Builds the TypeError for too many arguments (set by errors.ts; this file imports nothing). */
export const argErrors: {
  tooMany: (max: number, given: number) => unknown;
  tooFew: (given: number) => unknown;
  isPython: (e: unknown) => boolean;
} = {
  tooMany: (max, given) => new Error(`function takes ${max} arguments but ${given} were given`),
  tooFew: () => new Error("function missing required positional arguments"),
  isPython: () => true,
};

/**
 * A native method taking a fixed list of parameters refuses extra positional arguments, as
 * MicroPython's do ("function takes 2 positional arguments but 3 were given"); methods with
 * `...rest` parameters check for themselves.
 */
function withArgLimit(f: (...a: any[]) => PyObj): (...a: any[]) => PyObj {
  const max = paramCount(f);
  if (max < 0) return f;
  const general = function (this: unknown, args: IArguments): PyObj {
    const n = args.length;
    if (n > max) throw argErrors.tooMany(max, n);
    try {
      return f.apply(this, args as unknown as any[]);
    } catch (e) {
      // Called with fewer arguments than it declares, a method that fails with a JS error
      // was missing a required one: say so as Python does.
      if (n < max && !argErrors.isPython(e)) throw argErrors.tooFew(n);
      throw e;
    }
  };
  // The common call passes exactly the declared count: call straight through (no
  // `apply`, no try/catch, which only matters for missing arguments).
  let g: (...a: any[]) => PyObj;
  switch (max) {
    case 1:
      g = function (this: unknown, a: any) {
        return arguments.length === 1 ? f.call(this, a) : general.call(this, arguments);
      };
      break;
    case 2:
      g = function (this: unknown, a: any, b: any) {
        return arguments.length === 2 ? f.call(this, a, b) : general.call(this, arguments);
      };
      break;
    case 3:
      g = function (this: unknown, a: any, b: any, c: any) {
        return arguments.length === 3 ? f.call(this, a, b, c) : general.call(this, arguments);
      };
      break;
    default:
      g = function (this: unknown) {
        return general.call(this, arguments);
      };
  }
  Object.assign(g, f);
  return g;
}

/** Number of declared parameters of a JS function (from its source); -1 with `...rest`. */
function paramCount(f: (...a: any[]) => PyObj): number {
  const src = Function.prototype.toString.call(f);
  if (/^\s*(async\s*)?[A-Za-z_$][\w$]*\s*=>/.test(src)) return 1;
  const open = src.indexOf("(");
  if (open < 0) return -1;
  let depth = 0;
  let commas = 0;
  let end = open;
  for (; end < src.length; end++) {
    const c = src[end];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (--depth === 0) break;
    } else if (c === "," && depth === 1) commas++;
  }
  const params = src.slice(open + 1, end);
  if (params.includes("...") || params.includes("arguments")) return -1;
  if (src.slice(end).includes("arguments")) return -1;
  return params.trim() === "" ? 0 : commas + 1;
}

/**
 * Gives a native function keyword support: `params` names its positional parameters
 * (including `self` for methods); keywords are mapped onto those slots.
 */
export function withKeywords<F extends (...a: any[]) => PyObj>(f: F, params: string[]): F {
  (f as any).$kwp = params;
  return f;
}

/** Defines native attribute descriptors on a type. */
export function defGetSets(t: PyType, props: Record<string, GetSet>): void {
  for (const name of Object.keys(props)) t.$p[name] = props[name];
}
