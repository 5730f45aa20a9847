/** The set and frozenset types over a Map from hash key to element (insertion ordered). */

// deno-lint-ignore-file no-explicit-any
import {
  defMethods,
  makeNativeType,
  None,
  NotImplemented,
  type PyObj,
  type PyType,
} from "./object.ts";
import { keyError, typeError } from "./errors.ts";
import { JsIterWrapper } from "./iterator.ts";
import { hashKey, keyString } from "./objdict.ts";
import { getIter, repr, reprGuard } from "./ops.ts";
import { STOP } from "./iterator.ts";
import { PyMap } from "./hashmap.ts";

/**
 * A Python set or frozenset. This class carries only the JS-side helpers; the Python
 * methods live on the two types' own prototypes (SetProto, FrozenSetProto), which both
 * inherit from this one, so a frozenset never reaches a set's mutating methods.
 */
export class PySet {
  declare $cls: PyType;
  m: PyMap = new PyMap();
  /**
   * Some element is not its own hash key (a bool, float, tuple...). Until then an int or
   * str is added with one Map write: an equal element already there can only be itself.
   */
  $odd = false;
  /** Adds an element. */
  $add(x: PyObj): void {
    const hk = hashKey(x);
    if (hk === x && !this.$odd) {
      this.m.set(hk, x);
      return;
    }
    // The first of equal elements stays ({1.0, 1} keeps 1.0).
    if (!this.m.has(hk)) {
      this.m.set(hk, x);
      if (hk !== x) this.$odd = true;
    }
  }
  /** True when x is an element. */
  $has(x: PyObj): boolean {
    return this.m.has(hashKey(x));
  }
  /**
   * The elements in iteration order: insertion order, except that sets of small
   * non-negative ints iterate in ascending order, as both CPython's and MicroPython's hash
   * tables make them do.
   */
  $items(): PyObj[] {
    const vals = this.m.valuesArray();
    if (vals.length > 1 && vals.every(isSmallInt)) vals.sort((a, b) => a - b);
    return vals;
  }
  /** The first element in iteration order (the set is not empty), without sorting. */
  $first(): PyObj {
    let min: PyObj = undefined;
    for (const v of this.m.values()) {
      if (!isSmallInt(v)) return this.m.values().next().value;
      if (min === undefined || v < min) min = v;
    }
    return min;
  }
  /** Internal iterator. */
  $it(): JsIterWrapper {
    return new JsIterWrapper(this.$items().values());
  }
  /** Sets are unhashable; frozensets hash by content. */
  $hk(): any {
    if (!isFrozen(this)) throw typeError("unhashable type: 'set'");
    // Order-independent: sorted element keys.
    const keys = this.m.keysArray().map(keyString).sort();
    return "\u0000\uffffF" + keys.length + ":" + keys.join("\u0001");
  }
}

function isSmallInt(v: PyObj): boolean {
  return typeof v === "number" && v >= 0 && v <= 0x3fffffff && Number.isInteger(v);
}

function alloc(cls: PyType): PySet {
  const o = Object.create(cls.$p);
  o.m = new PyMap();
  o.$odd = false;
  return o;
}

class SetProto extends PySet {}
class FrozenSetProto extends PySet {}

/** The `set` type. */
export const set_type: PyType = makeNativeType("set", SetProto.prototype, undefined, alloc);
/** The `frozenset` type. */
export const frozenset_type: PyType = makeNativeType(
  "frozenset",
  FrozenSetProto.prototype,
  undefined,
  alloc,
);
// makeNativeType hung both prototypes straight off object's; put the helper class between.
Object.setPrototypeOf(PySet.prototype, Object.getPrototypeOf(SetProto.prototype));
Object.setPrototypeOf(SetProto.prototype, PySet.prototype);
Object.setPrototypeOf(FrozenSetProto.prototype, PySet.prototype);
// The extra link holds only $-named JS helpers, invisible to Python: one-read look-ups work.
set_type.$linear = true;
frozenset_type.$linear = true;

// Sets are unhashable (CPython sets __hash__ to None).
set_type.$p.__hash__ = None;

/** Makes a set from a JS array of elements. */
export function mkset(items: PyObj[]): PySet {
  const s = alloc(set_type);
  for (const x of items) s.$add(x);
  return s;
}

function isFrozen(s: PySet): boolean {
  const c = s.$cls;
  return c === frozenset_type || (c !== set_type && c.$mro.includes(frozenset_type));
}

/** A new set of the same kind (set or frozenset) as `like`. */
function sameKind(like: PySet): PySet {
  return alloc(isFrozen(like) ? frozenset_type : set_type);
}

/** Adds every element of an iterable. */
function addAll(s: PySet, it: PyObj): void {
  if (it instanceof PySet && s.m.size === 0 && it !== s) {
    // Into an empty set: copy the table (`$odd` may stay true needlessly; that is safe).
    s.m = new PyMap(it.m);
    s.$odd = it.$odd;
    return;
  }
  if (it instanceof PySet) {
    const m = s.m;
    it.m.forEach((v, k) => {
      if (!m.has(k)) m.set(k, v);
      if (k !== v) s.$odd = true;
    });
    return;
  }
  const i = getIter(it);
  for (let x = i.$n(); x !== STOP; x = i.$n()) s.$add(x);
}

/** The elements of any iterable as a set (sets pass through). */
function asSet(it: PyObj): PySet {
  if (it instanceof PySet) return it;
  const s = alloc(set_type);
  addAll(s, it);
  return s;
}

function fromIterable(cls: PyType, args: PyObj[]): PySet {
  if (args.length > 1) {
    throw typeError(`${cls.$name} expected at most 1 arguments, got ${args.length}`);
  }
  const s = alloc(cls);
  if (args.length) addAll(s, args[0]);
  return s;
}

set_type.$construct = (cls, args, kwn) => {
  if (kwn && kwn.length) throw typeError("set() takes no keyword arguments");
  return fromIterable(cls, args);
};
frozenset_type.$construct = (cls, args, kwn) => {
  if (kwn && kwn.length) throw typeError("frozenset() takes no keyword arguments");
  return fromIterable(cls, args);
};

function checkSet(x: PyObj): x is PySet {
  return x instanceof PySet;
}

function union(self: PySet, others: PyObj[]): PySet {
  const r = sameKind(self);
  addAll(r, self);
  for (const o of others) addAll(r, o);
  return r;
}

function intersection(self: PySet, others: PyObj[]): PySet {
  let cur: PySet = self;
  for (const o of others) {
    const other = asSet(o);
    const r = alloc(set_type);
    const om = other.m;
    const rm = r.m;
    cur.m.forEach((v, k) => {
      if (om.has(k)) rm.set(k, v);
      if (k !== v) r.$odd = true;
    });
    cur = r;
  }
  const out = sameKind(self);
  out.m = cur === self ? new PyMap(self.m) : cur.m;
  out.$odd = self.$odd || cur.$odd;
  return out;
}

function difference(self: PySet, others: PyObj[]): PySet {
  const r = sameKind(self);
  r.m = new PyMap(self.m);
  r.$odd = self.$odd;
  for (const o of others) asSet(o).m.forEach((_v, k) => r.m.delete(k));
  return r;
}

function symmetricDifference(self: PySet, other: PyObj): PySet {
  const o = asSet(other);
  const r = sameKind(self);
  const rm = r.m;
  self.m.forEach((v, k) => {
    if (!o.m.has(k)) rm.set(k, v);
    if (k !== v) r.$odd = true;
  });
  o.m.forEach((v, k) => {
    if (!self.m.has(k)) rm.set(k, v);
    if (k !== v) r.$odd = true;
  });
  return r;
}

function isSubset(a: PySet, b: PySet): boolean {
  if (a.m.size > b.m.size) return false;
  for (const k of a.m.keys()) if (!b.m.has(k)) return false;
  return true;
}

function replaceContents(self: PySet, from: PySet): void {
  self.m = new PyMap(from.m);
  self.$odd = from.$odd;
}

/** Set methods taken from the class refuse frozensets and other objects (`set.add(fs, 1)`). */
function mutable(self: PySet, name: string): void {
  const c = self?.$cls;
  if (c !== set_type && !(c?.$mro !== undefined && c.$mro.includes(set_type))) {
    throw typeError(
      `descriptor '${name}' requires a 'set' object but received a '${c?.$name ?? typeof self}'`,
    );
  }
}

/** Binary operators take only sets; anything else is NotImplemented. */
function binop(f: (a: PySet, b: PySet) => PyObj) {
  return (self: PySet, o: PyObj) => (checkSet(o) ? f(self, o) : NotImplemented);
}

const common = {
  __len__: (self: PySet) => self.m.size,
  __contains__: (self: PySet, x: PyObj) => {
    // A set looked up in a set matches an equal frozenset.
    if (x instanceof PySet && !isFrozen(x)) {
      const f = alloc(frozenset_type);
      f.m = x.m;
      f.$odd = x.$odd;
      return self.$has(f);
    }
    return self.$has(x);
  },
  __iter__: (self: PySet) => self.$it(),
  __eq__: binop((a, b) => a.m.size === b.m.size && isSubset(a, b)),
  __ne__: binop((a, b) => !(a.m.size === b.m.size && isSubset(a, b))),
  __le__: binop((a, b) => isSubset(a, b)),
  __lt__: binop((a, b) => a.m.size < b.m.size && isSubset(a, b)),
  __ge__: binop((a, b) => isSubset(b, a)),
  __gt__: binop((a, b) => b.m.size < a.m.size && isSubset(b, a)),
  __or__: binop((a, b) => union(a, [b])),
  __and__: binop((a, b) => intersection(a, [b])),
  __sub__: binop((a, b) => difference(a, [b])),
  __xor__: binop((a, b) => symmetricDifference(a, b)),
  // An exact frozenset is its own copy (CPython's rule).
  copy: (self: PySet) => (self.$cls === frozenset_type ? self : union(self, [])),
  union: (self: PySet, ...o: PyObj[]) => union(self, o),
  intersection: (self: PySet, ...o: PyObj[]) => intersection(self, o),
  difference: (self: PySet, ...o: PyObj[]) => difference(self, o),
  symmetric_difference: (self: PySet, o: PyObj) => symmetricDifference(self, o),
  issubset: (self: PySet, o: PyObj) => isSubset(self, asSet(o)),
  issuperset: (self: PySet, o: PyObj) => isSubset(asSet(o), self),
  isdisjoint(self: PySet, o: PyObj) {
    const other = asSet(o);
    for (const k of self.m.keys()) if (other.m.has(k)) return false;
    return true;
  },
};

defMethods(set_type, {
  ...common,
  add(self: PySet, x: PyObj) {
    mutable(self, "add");
    self.$add(x);
    return None;
  },
  remove(self: PySet, x: PyObj) {
    mutable(self, "remove");
    if (!self.m.delete(hashKey(x))) throw keyError(x);
    return None;
  },
  discard(self: PySet, x: PyObj) {
    mutable(self, "discard");
    self.m.delete(hashKey(x));
    return None;
  },
  pop(self: PySet) {
    mutable(self, "pop");
    if (self.m.size === 0) throw keyError("pop from an empty set");
    const v = self.$first();
    self.m.delete(hashKey(v));
    return v;
  },
  clear(self: PySet) {
    mutable(self, "clear");
    self.m.clear();
    return None;
  },
  update(self: PySet, ...o: PyObj[]) {
    mutable(self, "update");
    for (const x of o) addAll(self, x);
    return None;
  },
  intersection_update(self: PySet, ...o: PyObj[]) {
    mutable(self, "intersection_update");
    replaceContents(self, intersection(self, o));
    return None;
  },
  difference_update(self: PySet, ...o: PyObj[]) {
    mutable(self, "difference_update");
    for (const x of o) for (const k of asSet(x).m.keys()) self.m.delete(k);
    return None;
  },
  symmetric_difference_update(self: PySet, o: PyObj) {
    mutable(self, "symmetric_difference_update");
    replaceContents(self, symmetricDifference(self, o));
    return None;
  },
  __ior__(self: PySet, o: PyObj) {
    if (!checkSet(o)) return NotImplemented;
    addAll(self, o);
    return self;
  },
  __iand__(self: PySet, o: PyObj) {
    if (!checkSet(o)) return NotImplemented;
    replaceContents(self, intersection(self, [o]));
    return self;
  },
  __isub__(self: PySet, o: PyObj) {
    if (!checkSet(o)) return NotImplemented;
    for (const k of [...o.m.keys()]) self.m.delete(k);
    return self;
  },
  __ixor__(self: PySet, o: PyObj) {
    if (!checkSet(o)) return NotImplemented;
    replaceContents(self, symmetricDifference(self, o));
    return self;
  },
  __repr__(self: PySet) {
    const name = self.$cls === set_type ? "" : self.$cls.$name;
    if (self.m.size === 0) return name ? `${name}()` : "set()";
    return reprGuard(self, "{...}", () => {
      const body = "{" + self.$items().map(repr).join(", ") + "}";
      return name ? `${name}(${body})` : body;
    });
  },
});

defMethods(frozenset_type, {
  ...common,
  __hash__: (self: PySet) => {
    // Order-independent: a sum of per-element hashes.
    let h = self.m.size;
    for (const k of self.m.keys()) {
      const s = keyString(k);
      let e = 0;
      for (let i = 0; i < s.length; i++) e = (e * 31 + s.charCodeAt(i)) | 0;
      h = (h + e) | 0;
    }
    return h & 0x3fffffff;
  },
  __repr__(self: PySet) {
    const name = self.$cls.$name;
    if (self.m.size === 0) return `${name}()`;
    return reprGuard(self, "{...}", () => `${name}({${self.$items().map(repr).join(", ")}})`);
  },
});

/** For error messages elsewhere: is this a set or frozenset. */
export function isSetLike(x: PyObj): boolean {
  return x instanceof PySet;
}
