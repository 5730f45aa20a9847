/** The tuple type: an immutable sequence over a JS array. */

// deno-lint-ignore-file no-explicit-any
import {
  argErrors,
  defMethods,
  makeNativeType,
  NotImplemented,
  type PyObj,
  type PyType,
} from "./object.ts";

/** A Python tuple. `a` is never mutated after construction. */
export class PyTuple {
  declare $cls: PyType;
  constructor(public a: PyObj[]) {}
}

/** The `tuple` type. */
export const tuple_type: PyType = makeNativeType(
  "tuple",
  PyTuple.prototype,
  undefined,
  (cls) => {
    const o = Object.create(cls.$p);
    o.a = [];
    return o;
  },
);

/** The empty tuple singleton. */
export const EMPTY_TUPLE: PyTuple = new PyTuple([]);

/** Makes a tuple from a JS array (the array is taken over, not copied). */
export function tuple(a: PyObj[]): PyTuple {
  return a.length === 0 ? EMPTY_TUPLE : new PyTuple(a);
}

/** True for tuples and instances of tuple subclasses. */
export function isTuple(x: any): x is PyTuple {
  return x instanceof PyTuple;
}

import { HolderIter } from "./iterator.ts";
import { typeError } from "./errors.ts";
import { concatArrays, isSlice, seqIndex, sliceArray } from "./objslice.ts";
import { arraysEqual, compareArrays, repeatArray, seqFind } from "./objlist.ts";
import { eq, hash, repr, reprGuard, toArray } from "./ops.ts";

(PyTuple.prototype as any).$it = function (this: PyTuple) {
  return new HolderIter(this);
};

tuple_type.$construct = (_c, args) => {
  if (args.length > 1) throw typeError("tuple() takes at most 1 argument");
  if (args.length === 0) return EMPTY_TUPLE;
  if (args[0] instanceof PyTuple && !args[0].$cls.$user) return args[0];
  return tuple(toArray(args[0]));
};

defMethods(tuple_type, {
  __len__: (self: PyTuple) => self.a.length,
  __getitem__(self: PyTuple, k: PyObj) {
    if (isSlice(k)) return tuple(sliceArray(self.a, k));
    return self.a[seqIndex(k, self.a.length, "tuple")];
  },
  __contains__(self: PyTuple, x: PyObj) {
    for (const y of self.a) if (y === x || eq(y, x)) return true;
    return false;
  },
  __iter__: (self: PyTuple) => new HolderIter(self),
  __add__(self: PyTuple, o: PyObj) {
    if (!(o instanceof PyTuple)) return NotImplemented;
    return tuple(concatArrays(self.a, o.a));
  },
  __mul__(self: PyTuple, n: PyObj) {
    const r = repeatArray(self.a, n);
    return r === NotImplemented ? r : tuple(r as PyObj[]);
  },
  __rmul__(self: PyTuple, n: PyObj) {
    const r = repeatArray(self.a, n);
    return r === NotImplemented ? r : tuple(r as PyObj[]);
  },
  __eq__(self: PyTuple, o: PyObj) {
    return o instanceof PyTuple ? arraysEqual(self.a, o.a) : NotImplemented;
  },
  __lt__: (self: PyTuple, o: PyObj) =>
    o instanceof PyTuple ? compareArrays(self.a, o.a, "lt") : NotImplemented,
  __le__: (self: PyTuple, o: PyObj) =>
    o instanceof PyTuple ? compareArrays(self.a, o.a, "le") : NotImplemented,
  __gt__: (self: PyTuple, o: PyObj) =>
    o instanceof PyTuple ? compareArrays(self.a, o.a, "gt") : NotImplemented,
  __ge__: (self: PyTuple, o: PyObj) =>
    o instanceof PyTuple ? compareArrays(self.a, o.a, "ge") : NotImplemented,
  __hash__(self: PyTuple) {
    let h = 0x345678;
    for (const x of self.a) h = (Math.imul(h ^ hash(x), 1000003) >>> 0) & 0x3fffffff;
    return h;
  },
  __repr__(self: PyTuple) {
    return reprGuard(self, "(...)", () => {
      const parts = self.a.map(repr);
      return parts.length === 1 ? "(" + parts[0] + ",)" : "(" + parts.join(", ") + ")";
    });
  },
  count(self: PyTuple, x: PyObj) {
    if (x === undefined) throw argErrors.tooFew(1);
    let n = 0;
    for (const y of self.a) if (y === x || eq(y, x)) n++;
    return n;
  },
  index: (self: PyTuple, x: PyObj, start?: PyObj, stop?: PyObj) => seqFind(self.a, x, start, stop),
});
