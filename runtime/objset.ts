/** The set and frozenset types over a Map from hash key to element. */

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
import { hashKey } from "./objdict.ts";
import { repr, reprGuard, toArray } from "./ops.ts";

/** A Python set (or frozenset when `frozen`). */
export class PySet {
  declare $cls: PyType;
  m: Map<any, PyObj> = new Map();
  /** Adds an element. */
  insert(x: PyObj): void {
    const hk = hashKey(x);
    if (!this.m.has(hk)) this.m.set(hk, x);
  }
  /** True when x is an element. */
  has(x: PyObj): boolean {
    return this.m.has(hashKey(x));
  }
  /** Internal iterator. */
  $it(): JsIterWrapper {
    return new JsIterWrapper(this.m.values());
  }
  /** Sets are unhashable. */
  $hk(): never {
    throw typeError("unhashable type: 'set'");
  }
}

/** The `set` type. */
export const set_type: PyType = makeNativeType("set", PySet.prototype, undefined, (cls) => {
  const o = Object.create(cls.$p);
  o.m = new Map();
  return o;
});

/** Makes a set from a JS array of elements. */
export function mkset(items: PyObj[]): PySet {
  const s = new PySet();
  for (const x of items) s.insert(x);
  return s;
}

set_type.$construct = (_c, args) => mkset(args.length ? toArray(args[0]) : []);

defMethods(set_type, {
  add(self: PySet, x: PyObj) {
    self.insert(x);
    return None;
  },
  remove(self: PySet, x: PyObj) {
    if (!self.m.delete(hashKey(x))) throw keyError(x);
    return None;
  },
  discard(self: PySet, x: PyObj) {
    self.m.delete(hashKey(x));
    return None;
  },
  __len__: (self: PySet) => self.m.size,
  __contains__: (self: PySet, x: PyObj) => self.has(x),
  __iter__: (self: PySet) => self.$it(),
  __eq__(self: PySet, o: PyObj) {
    if (!(o instanceof PySet)) return NotImplemented;
    if (self.m.size !== o.m.size) return false;
    for (const k of self.m.keys()) if (!o.m.has(k)) return false;
    return true;
  },
  __repr__(self: PySet) {
    if (self.m.size === 0) return "set()";
    return reprGuard(self, "{...}", () => "{" + [...self.m.values()].map(repr).join(", ") + "}");
  },
});
