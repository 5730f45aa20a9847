/**
 * The dict type and the hashing of keys. A dict is a JS Map from a *hash key* to the value,
 * plus (only where they differ) a Map from hash key to the original key object. Hash keys
 * make Python-equal keys identical for the Map: `1`, `True` and an integral float share one.
 */

// deno-lint-ignore-file no-explicit-any
import { argErrors, makeNativeType, type PyObj, type PyType } from "./object.ts";
import { typeError } from "./errors.ts";
import { PyTuple } from "./objtuple.ts";
import { eq, hash, idOf, typeName } from "./ops.ts";
import { isFloat } from "./objfloat.ts";
import { PyMap, type PyMapCursor } from "./hashmap.ts";

const TAG = "\u0000\uffff";

/** Objects hashed by value through `__hash__`: bucketed by hash with equality probing. */
const probeTable = new Map<string, PyObj[]>();

/**
 * Computes the Map key for a Python key. Raises TypeError for unhashable values.
 * Identity-hashed objects are their own Map key.
 */
export function hashKey(k: PyObj): any {
  switch (typeof k) {
    case "string":
    case "number":
    case "bigint":
      return k;
    case "boolean":
      return k ? 1 : 0;
    case "function":
      return k;
    case "undefined":
      // A native method called without its key argument.
      throw argErrors.tooFew(0);
  }
  if (k instanceof PyTuple) return tupleKey(k);
  if (isFloat(k)) {
    const v = k.v;
    return Number.isSafeInteger(v) ? v : Number.isInteger(v) ? BigInt(v) : TAG + "f" + v;
  }
  // Native types answer through `$hk`: identity (object), a value key (bytes), or a
  // TypeError (list, dict, set). Classes defining __hash__/__eq__ clear it.
  if (k.$hk !== undefined) return k.$hk();
  // Objects with a user __hash__ are bucketed by hash value with an equality probe.
  const h = hash(k);
  const bucketName = TAG + "h" + h;
  let bucket = probeTable.get(bucketName);
  if (bucket === undefined) {
    bucket = [];
    probeTable.set(bucketName, bucket);
  }
  for (let i = 0; i < bucket.length; i++) {
    if (bucket[i] === k || eq(bucket[i], k)) return bucketName + "#" + i;
  }
  bucket.push(k);
  return bucketName + "#" + (bucket.length - 1);
}

function tupleKey(t: PyTuple): string {
  let s = TAG + "t" + t.a.length;
  for (const x of t.a) s += ":" + keyString(hashKey(x));
  return s;
}

/**
 * A hash key as an unambiguous string (for keys built from several elements): strings are
 * length-prefixed, identity-keyed objects go by id (they may have no JS string form).
 */
export function keyString(hk: any): string {
  switch (typeof hk) {
    case "string":
      return "s" + hk.length + ":" + hk;
    case "number":
      return "n" + hk;
    case "bigint":
      return "b" + hk;
    default:
      return "@" + idOf(hk);
  }
}

/** A Python dict. */
export class PyDict {
  declare $cls: PyType;
  /** Hash key → value, in insertion order. */
  m: PyMap = new PyMap();
  /** Hash key → original key, only where they differ. */
  k: Map<any, PyObj> | null = null;

  /** Stores `key: value`. */
  set(key: PyObj, value: PyObj): void {
    const hk = hashKey(key);
    if (hk !== key && !this.m.has(hk)) (this.k ??= new Map()).set(hk, key);
    this.m.set(hk, value);
  }
  /** The value for `key`, or undefined. */
  lookup(key: PyObj): PyObj {
    return this.m.get(hashKey(key));
  }
  /** True when `key` is present. */
  has(key: PyObj): boolean {
    return this.m.has(hashKey(key));
  }
  /** Removes `key`; returns its value or undefined. */
  delete(key: PyObj): PyObj {
    const hk = hashKey(key);
    const v = this.m.get(hk);
    if (v !== undefined) {
      this.m.delete(hk);
      this.k?.delete(hk);
    }
    return v;
  }
  /** The original key object for a hash key. */
  keyOf(hk: any): PyObj {
    if (this.k !== null) {
      const k = this.k.get(hk);
      if (k !== undefined) return k;
    }
    return hk;
  }
  /** Number of entries. */
  get size(): number {
    return this.m.size;
  }
  /** Iterates the original keys. */
  *iterKeys(): Generator<PyObj> {
    for (const hk of this.m.keys()) yield this.keyOf(hk);
  }
  /** Iterates [key, value] pairs. */
  *entries(): Generator<[PyObj, PyObj]> {
    for (const [hk, v] of this.m) yield [this.keyOf(hk), v];
  }
  /** Removes every entry. */
  removeAll(): void {
    this.m.clear();
    this.k = null;
  }
}

/** The `dict` type. */
export const dict_type: PyType = makeNativeType("dict", PyDict.prototype, undefined, (cls) => {
  const o = Object.create(cls.$p);
  o.m = new PyMap();
  o.k = null;
  return o;
});

/** Makes a dict from JS [key, value] pairs. */
export function dictFrom(pairs: Iterable<[PyObj, PyObj]>): PyDict {
  const d = new PyDict();
  for (const [k, v] of pairs) d.set(k, v);
  return d;
}

/** Makes a dict with string keys from a JS record. */
export function dictFromRecord(r: Record<string, PyObj>): PyDict {
  const d = new PyDict();
  for (const k of Object.keys(r)) d.m.set(k, r[k]);
  return d;
}

/** Raises the TypeError for an unhashable value. */
export function unhashable(x: PyObj): never {
  throw typeError(`unhashable type: '${typeName(x)}'`);
}

// ---------------------------------------------------------------------------------------
// Methods

import { defMethods, None as NoneV, NotImplemented } from "./object.ts";
import { keyError, runtimeError as runtimeErrorRef } from "./errors.ts";
import { NativeIter, STOP } from "./iterator.ts";
import { PyList } from "./objlist.ts";
import { call, callMethodValue, getattrOpt, getIter, repr, reprGuard, toArray } from "./ops.ts";
import { lookupType } from "./object.ts";

/** Iterates a dict's keys, values or items (kind 0/1/2) with a size-change check. */
export class DictIter extends NativeIter {
  m: PyMap;
  c: PyMapCursor;
  size: number;
  constructor(public d: PyDict, public kind: number) {
    super();
    this.m = d.m;
    this.c = this.m.cursor();
    this.size = this.m.size;
  }
  override $n(): PyObj {
    const e = this.c.next();
    const m = this.m;
    if (m.size !== this.size) {
      this.size = -1;
      throw runtimeErrorRef("dictionary changed size during iteration");
    }
    if (e < 0) return STOP;
    if (this.kind === 1) return m.vs[e];
    const hk = m.ks[e];
    if (this.kind === 0) return this.d.k === null ? hk : this.d.keyOf(hk);
    return new PyTuple([this.d.keyOf(hk), m.vs[e]]);
  }
}

(PyDict.prototype as any).$it = function (this: PyDict) {
  return new DictIter(this, 0);
};
(PyDict.prototype as any).$hk = function (this: PyDict) {
  throw typeError("unhashable type: 'dict'");
};

/** A dict view (keys, values or items). */
export class PyDictView {
  declare $cls: PyType;
  constructor(public d: PyDict, public kind: number) {}
  /** Internal iterator. */
  $it(): DictIter {
    return new DictIter(this.d, this.kind);
  }
}
const VIEW_NAMES = ["dict_keys", "dict_values", "dict_items"];
/** The common base of the three dict view types (invisible in CPython; holds their methods). */
export const dict_view_type: PyType = makeNativeType("dict_view", PyDictView.prototype);
/** `dict_keys`, `dict_values` and `dict_items`. */
const VIEW_TYPES: PyType[] = VIEW_NAMES.map((n) => makeNativeType(n, {}, dict_view_type));

/** A new keys (0), values (1) or items (2) view of `d`. */
export function dictView(d: PyDict, kind: number): PyDictView {
  const v = Object.create(VIEW_TYPES[kind].$p);
  v.d = d;
  v.kind = kind;
  return v;
}

/** Keys and items views behave as sets; values views do not. */
function setLike(o: PyObj): boolean {
  return o instanceof PySetRef || (o instanceof PyDictView && o.kind !== 1);
}

/** A set-like view compared (==, <, <=...) with a set or another set-like view. */
function viewCompare(v: PyDictView, o: PyObj, op: string): PyObj {
  if (v.kind === 1 || !setLike(o)) return NotImplemented;
  const a = mksetRef(toArray(v));
  const b = o instanceof PySetRef ? o : mksetRef(toArray(o));
  return call(getattrOpt(a, op)!, [b]);
}

/** `x in view`. */
function viewContains(v: PyDictView, x: PyObj): boolean {
  if (v.kind === 0) return v.d.has(x);
  if (v.kind === 2) {
    // An item is in the view when its key is there with an equal value.
    if (!(x instanceof PyTuple) || x.a.length !== 2) return false;
    const w = v.d.lookup(x.a[0]);
    return w !== undefined && (w === x.a[1] || eqRef(w, x.a[1]));
  }
  for (const y of v.d.m.values()) if (y === x || eqRef(x, y)) return true;
  return false;
}

defMethods(dict_view_type, {
  __len__: (v: PyDictView) => v.d.m.size,
  __iter__: (v: PyDictView) => v.$it(),
  __contains__: viewContains,
  __repr__: (v: PyDictView) => VIEW_NAMES[v.kind] + "(" + repr(new PyList(toArray(v))) + ")",
  // Keys (and items) views combine with any iterable as sets do.
  __and__: (v: PyDictView, o: PyObj) => viewSetOp(v, o, "__and__", false),
  __or__: (v: PyDictView, o: PyObj) => viewSetOp(v, o, "__or__", false),
  __sub__: (v: PyDictView, o: PyObj) => viewSetOp(v, o, "__sub__", false),
  __xor__: (v: PyDictView, o: PyObj) => viewSetOp(v, o, "__xor__", false),
  __rand__: (v: PyDictView, o: PyObj) => viewSetOp(v, o, "__and__", true),
  __ror__: (v: PyDictView, o: PyObj) => viewSetOp(v, o, "__or__", true),
  __rsub__: (v: PyDictView, o: PyObj) => viewSetOp(v, o, "__sub__", true),
  __rxor__: (v: PyDictView, o: PyObj) => viewSetOp(v, o, "__xor__", true),
  __eq__: (v: PyDictView, o: PyObj) => viewCompare(v, o, "__eq__"),
  __ne__(v: PyDictView, o: PyObj) {
    const r = viewCompare(v, o, "__eq__");
    return r === NotImplemented ? r : !r;
  },
  __lt__: (v: PyDictView, o: PyObj) => viewCompare(v, o, "__lt__"),
  __le__: (v: PyDictView, o: PyObj) => viewCompare(v, o, "__le__"),
  __gt__: (v: PyDictView, o: PyObj) => viewCompare(v, o, "__gt__"),
  __ge__: (v: PyDictView, o: PyObj) => viewCompare(v, o, "__ge__"),
});
for (const t of [VIEW_TYPES[0], VIEW_TYPES[2]]) {
  defMethods(t, {
    isdisjoint(v: PyDictView, o: PyObj) {
      const it = getIter(o);
      for (let x = it.$n(); x !== STOP; x = it.$n()) if (viewContains(v, x)) return false;
      return true;
    },
  });
}

import { eq as eqRef } from "./ops.ts";

function updateFrom(d: PyDict, src: PyObj): void {
  if (src instanceof PyDict) {
    for (const [k, v] of src.entries()) d.set(k, v);
    return;
  }
  const keys = getattrOpt(src, "keys");
  if (keys !== undefined) {
    for (const k of toArray(call(keys, []))) d.set(k, getitemRef(src, k));
    return;
  }
  const it = getIter(src);
  for (let item = it.$n(); item !== STOP; item = it.$n()) {
    const pair = toArray(item);
    if (pair.length !== 2) {
      throw valueErrorRef("dictionary update sequence element has wrong length");
    }
    d.set(pair[0], pair[1]);
  }
}
import { getitem as getitemRef } from "./ops.ts";
import { valueError as valueErrorRef } from "./errors.ts";

const dictUpdate: any = (self: PyDict, src?: PyObj) => {
  if (src !== undefined) updateFrom(self, src);
  return NoneV;
};
dictUpdate.$kwraw = (args: PyObj[], kwn: string[], kwv: PyObj[]) => {
  const self = args[0] as PyDict;
  if (args.length > 1) updateFrom(self, args[1]);
  kwn.forEach((k, i) => self.set(k, kwv[i]));
  return NoneV;
};

dict_type.$construct = (cls, args, kwn, kwv) => {
  const d = cls === dict_type ? new PyDict() : cls.$alloc(cls);
  if (args.length > 1) throw typeError("dict expected at most 1 arguments");
  if (args.length) updateFrom(d, args[0]);
  kwn?.forEach((k, i) => d.set(k, kwv![i]));
  return d;
};

const dictInit: any = (self: PyDict, src?: PyObj) => {
  if (src !== undefined) updateFrom(self, src);
  return NoneV;
};
// dict(**kw) and subclasses' __init__ take keywords too.
dictInit.$kwraw = (args: PyObj[], kwn: string[], kwv: PyObj[]) => {
  dictInit(args[0], args[1]);
  kwn.forEach((k, i) => (args[0] as PyDict).set(k, kwv[i]));
  return NoneV;
};

defMethods(dict_type, {
  __init__: dictInit,
  __len__: (self: PyDict) => self.m.size,
  __getitem__(self: PyDict, k: PyObj) {
    const v = self.lookup(k);
    if (v !== undefined) return v;
    const miss = lookupType(self.$cls, "__missing__");
    if (miss !== undefined) return callMethodValue(miss, self, [k]);
    throw keyError(k);
  },
  __setitem__(self: PyDict, k: PyObj, v: PyObj) {
    self.set(k, v);
    return NoneV;
  },
  __delitem__(self: PyDict, k: PyObj) {
    if (self.delete(k) === undefined) throw keyError(k);
    return NoneV;
  },
  __contains__: (self: PyDict, k: PyObj) => self.has(k),
  __iter__: (self: PyDict) => new DictIter(self, 0),
  __eq__(self: PyDict, o: PyObj) {
    if (!(o instanceof PyDict)) return NotImplemented;
    if (self.m.size !== o.m.size) return false;
    for (const [hk, v] of self.m) {
      const w = o.m.get(hk);
      if (w === undefined || !(w === v || eqRef(v, w))) return false;
    }
    return true;
  },
  __repr__(self: PyDict) {
    return reprGuard(self, "{...}", () => {
      const parts: string[] = [];
      for (const [k, v] of self.entries()) parts.push(repr(k) + ": " + repr(v));
      return "{" + parts.join(", ") + "}";
    });
  },
  keys: (self: PyDict) => dictView(self, 0),
  values: (self: PyDict) => dictView(self, 1),
  items: (self: PyDict) => dictView(self, 2),
  get(self: PyDict, k: PyObj, dflt: PyObj = NoneV) {
    const v = self.lookup(k);
    return v === undefined ? dflt : v;
  },
  pop(self: PyDict, k: PyObj, dflt?: PyObj) {
    const v = self.delete(k);
    if (v !== undefined) return v;
    if (dflt !== undefined) return dflt;
    throw keyError(k);
  },
  popitem(self: PyDict) {
    // The most recently inserted item, as CPython does (MicroPython's order is arbitrary).
    if (self.m.size === 0) throw keyError("popitem(): dictionary is empty");
    let hk: any;
    for (const k of self.m.keys()) hk = k;
    const v = self.m.get(hk)!;
    const k = self.keyOf(hk);
    self.m.delete(hk);
    self.k?.delete(hk);
    return new PyTuple([k, v]);
  },
  setdefault(self: PyDict, k: PyObj, dflt: PyObj = NoneV) {
    const v = self.lookup(k);
    if (v !== undefined) return v;
    self.set(k, dflt);
    return dflt;
  },
  update: dictUpdate,
  clear(self: PyDict) {
    self.removeAll();
    return NoneV;
  },
  copy(self: PyDict) {
    const d = new PyDict();
    d.m = new PyMap(self.m);
    d.k = self.k ? new Map(self.k) : null;
    return d;
  },
});

/**
 * A set operation between a keys/items view and another iterable (`reflected`: the
 * iterable is the left operand), as a new set.
 */
function viewSetOp(v: PyDictView, o: PyObj, op: string, reflected: boolean): PyObj {
  if (v.kind === 1) return NotImplemented;
  let a = mksetRef(toArray(v));
  let b = mksetRef(toArray(o));
  if (reflected) [a, b] = [b, a];
  return call(getattrOpt(a, op)!, [b]);
}
import { mkset as mksetRef, PySet as PySetRef } from "./objset.ts";
