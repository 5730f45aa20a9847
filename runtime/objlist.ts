/** The list type: a mutable sequence over a JS array. */

// deno-lint-ignore-file no-explicit-any
import {
  argErrors,
  defMethods,
  makeNativeType,
  None,
  NotImplemented,
  type PyObj,
  type PyType,
} from "./object.ts";
import { indexError, overflowError, typeError, valueError } from "./errors.ts";
import { HolderIter } from "./iterator.ts";
import {
  concatArrays,
  isSlice,
  type PySlice,
  seqIndex,
  sliceArray,
  sliceIndices,
} from "./objslice.ts";
import { asInt } from "./objinttype.ts";
import { call, eq, lt, repr, reprGuard, toArray, truthy, typeName } from "./ops.ts";

/** A Python list. */
export class PyList {
  declare $cls: PyType;
  constructor(public a: PyObj[]) {}
  /** Internal iterator. */
  $it(): HolderIter {
    return new HolderIter(this);
  }
  /** Lists are unhashable. */
  $hk(): never {
    throw typeError("unhashable type: 'list'");
  }
}

/** The `list` type. */
export const list_type: PyType = makeNativeType("list", PyList.prototype, undefined, (cls) => {
  const o = Object.create(cls.$p);
  o.a = [];
  return o;
});
list_type.$construct = (_c, args) => {
  if (args.length > 1) throw typeError("list() takes at most 1 argument");
  return new PyList(args.length ? toArray(args[0]) : []);
};

/** Compares two arrays lexicographically with Python semantics (for list/tuple ordering). */
export function compareArrays(a: PyObj[], b: PyObj[], op: "lt" | "le" | "gt" | "ge"): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (!(a[i] === b[i] || eq(a[i], b[i]))) {
      return op === "lt" || op === "le" ? lt(a[i], b[i]) : lt(b[i], a[i]);
    }
  }
  switch (op) {
    case "lt":
      return a.length < b.length;
    case "le":
      return a.length <= b.length;
    case "gt":
      return a.length > b.length;
    default:
      return a.length >= b.length;
  }
}

/** Element-wise equality of two arrays. */
export function arraysEqual(a: PyObj[], b: PyObj[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!(a[i] === b[i] || eq(a[i], b[i]))) return false;
  return true;
}

/** Repeats an array `n` times (sequence `*`). */
export function repeatArray(a: PyObj[], n: PyObj): PyObj[] | typeof NotImplemented {
  const k = asInt(n);
  if (k === undefined) return NotImplemented;
  // A count beyond a machine word cannot even be converted (as MicroPython's
  // mp_obj_get_int); a merely huge result runs out of memory.
  if (typeof k === "bigint") throw overflowError("overflow converting long int to machine word");
  if (k <= 0 || a.length === 0) return [];
  if (k * a.length > 1e8) throw memoryErrorRef();
  const out: PyObj[] = [];
  for (let i = 0; i < k; i++) for (let j = 0; j < a.length; j++) out.push(a[j]);
  return out;
}

import { memoryError } from "./errors.ts";
function memoryErrorRef() {
  return memoryError("memory allocation failed");
}

/** Assigns an iterable to a slice of a JS array in place (list slice assignment). */
export function assignSlice(a: PyObj[], s: PySlice, value: PyObj): void {
  const items = toArray(value);
  const [start, stop, step, count] = sliceIndices(s, a.length);
  if (step === 1) {
    a.splice(start, Math.max(0, stop - start), ...items);
    return;
  }
  if (items.length !== count) {
    throw valueError(
      `attempt to assign sequence of size ${items.length} to extended slice of size ${count}`,
    );
  }
  for (let i = 0, j = start; i < count; i++, j += step) a[j] = items[i];
}

/** Deletes a slice of a JS array in place. */
export function deleteSlice(a: PyObj[], s: PySlice): void {
  const [start, stop, step, count] = sliceIndices(s, a.length);
  if (step === 1) {
    if (stop > start) a.splice(start, stop - start);
    return;
  }
  const drop = new Set<number>();
  for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
  let w = 0;
  for (let r = 0; r < a.length; r++) if (!drop.has(r)) a[w++] = a[r];
  a.length = w;
}

function mergeSortStable(a: PyObj[], keys: PyObj[], reverse: boolean): void {
  const idx = a.map((_, i) => i);
  idx.sort((i, j) => {
    const ki = keys[i];
    const kj = keys[j];
    if (reverse) {
      if (lt(kj, ki)) return -1;
      if (lt(ki, kj)) return 1;
    } else {
      if (lt(ki, kj)) return -1;
      if (lt(kj, ki)) return 1;
    }
    return i - j;
  });
  const copy = a.slice();
  for (let i = 0; i < idx.length; i++) a[i] = copy[idx[i]];
}

/** Sorts a JS array of Python values in place (stable, Python ordering). */
export function sortArray(a: PyObj[], key: PyObj, reverse: boolean): void {
  const keys = key === None || key === undefined ? a.slice() : a.map((x) => call(key, [x]));
  mergeSortStable(a, keys, reverse);
}

function sortList(self: PyList, key: PyObj = None, reverse: PyObj = false): PyObj {
  const a = self.a;
  self.a = [];
  let added: PyObj[];
  try {
    sortArray(a, key, truthy(reverse));
  } finally {
    added = self.a;
    self.a = a;
  }
  if (added.length) throw valueError("list modified during sort");
  return None;
}
// key and reverse are keyword-only, as in CPython and MicroPython.
const listSort: any = (self: PyList) => sortList(self);
listSort.$kwraw = (args: PyObj[], kwn: string[], kwv: PyObj[]) => {
  if (args.length !== 1) {
    throw typeError("function takes 1 positional arguments but " + args.length + " were given");
  }
  let key: PyObj = None;
  let reverse: PyObj = false;
  kwn.forEach((k, i) => {
    if (k === "key") key = kwv[i];
    else if (k === "reverse") reverse = kwv[i];
    else throw typeError(`unexpected keyword argument '${k}'`);
  });
  return sortList(args[0] as PyList, key, reverse);
};

defMethods(list_type, {
  append(self: PyList, x: PyObj) {
    if (x === undefined) throw argErrors.tooFew(1);
    self.a.push(x);
    return None;
  },
  extend(self: PyList, it: PyObj) {
    const items = toArray(it);
    for (const x of items) self.a.push(x);
    return None;
  },
  insert(self: PyList, i: PyObj, x: PyObj) {
    if (x === undefined) throw argErrors.tooFew(2);
    let n = asInt(i);
    if (n === undefined) throw typeError("object cannot be interpreted as an integer");
    const len = self.a.length;
    let k = typeof n === "bigint" ? (n < 0n ? -Infinity : Infinity) : n;
    if (k < 0) k = Math.max(0, k + len);
    if (k > len) k = len;
    n = k;
    self.a.splice(n as number, 0, x);
    return None;
  },
  pop(self: PyList, i?: PyObj) {
    const a = self.a;
    if (a.length === 0) throw indexError("pop from empty list");
    if (i === undefined) return a.pop();
    const k = seqIndex(i, a.length, "list");
    return a.splice(k, 1)[0];
  },
  remove(self: PyList, x: PyObj) {
    if (x === undefined) throw argErrors.tooFew(1);
    const a = self.a;
    for (let i = 0; i < a.length; i++) {
      if (a[i] === x || eq(a[i], x)) {
        a.splice(i, 1);
        return None;
      }
    }
    throw valueError("object not in sequence");
  },
  index(self: PyList, x: PyObj, start?: PyObj, stop?: PyObj) {
    return seqFind(self.a, x, start, stop);
  },
  count(self: PyList, x: PyObj) {
    if (x === undefined) throw argErrors.tooFew(1);
    let n = 0;
    for (const y of self.a) if (y === x || eq(y, x)) n++;
    return n;
  },
  clear(self: PyList) {
    self.a.length = 0;
    return None;
  },
  copy(self: PyList) {
    return new PyList(self.a.slice());
  },
  reverse(self: PyList) {
    self.a.reverse();
    return None;
  },
  sort: listSort,
  __len__(self: PyList) {
    return self.a.length;
  },
  __getitem__(self: PyList, k: PyObj) {
    if (isSlice(k)) return new PyList(sliceArray(self.a, k));
    return self.a[seqIndex(k, self.a.length, "list")];
  },
  __setitem__(self: PyList, k: PyObj, v: PyObj) {
    if (isSlice(k)) assignSlice(self.a, k, v);
    else self.a[seqIndex(k, self.a.length, "list")] = v;
    return None;
  },
  __delitem__(self: PyList, k: PyObj) {
    if (isSlice(k)) deleteSlice(self.a, k);
    else self.a.splice(seqIndex(k, self.a.length, "list"), 1);
    return None;
  },
  __contains__(self: PyList, x: PyObj) {
    for (const y of self.a) if (y === x || eq(y, x)) return true;
    return false;
  },
  __iter__(self: PyList) {
    return new HolderIter(self);
  },
  __add__(self: PyList, o: PyObj) {
    if (!(o instanceof PyList)) return NotImplemented;
    return new PyList(concatArrays(self.a, o.a));
  },
  __iadd__(self: PyList, o: PyObj) {
    const items = toArray(o);
    for (const x of items) self.a.push(x);
    return self;
  },
  __mul__(self: PyList, n: PyObj) {
    const r = repeatArray(self.a, n);
    return r === NotImplemented ? r : new PyList(r as PyObj[]);
  },
  __rmul__(self: PyList, n: PyObj) {
    const r = repeatArray(self.a, n);
    return r === NotImplemented ? r : new PyList(r as PyObj[]);
  },
  __imul__(self: PyList, n: PyObj) {
    const r = repeatArray(self.a, n);
    if (r === NotImplemented) return r;
    self.a.length = 0;
    for (const x of r as PyObj[]) self.a.push(x);
    return self;
  },
  __eq__(self: PyList, o: PyObj) {
    if (!(o instanceof PyList)) return NotImplemented;
    return arraysEqual(self.a, o.a);
  },
  __lt__(self: PyList, o: PyObj) {
    return o instanceof PyList ? compareArrays(self.a, o.a, "lt") : NotImplemented;
  },
  __le__(self: PyList, o: PyObj) {
    return o instanceof PyList ? compareArrays(self.a, o.a, "le") : NotImplemented;
  },
  __gt__(self: PyList, o: PyObj) {
    return o instanceof PyList ? compareArrays(self.a, o.a, "gt") : NotImplemented;
  },
  __ge__(self: PyList, o: PyObj) {
    return o instanceof PyList ? compareArrays(self.a, o.a, "ge") : NotImplemented;
  },
  __repr__(self: PyList) {
    return reprGuard(self, "[...]", () => "[" + self.a.map(repr).join(", ") + "]");
  },
  __init__(self: PyList, it?: PyObj) {
    self.a = it === undefined ? [] : toArray(it);
    return None;
  },
});

/** `seq.index(x[, start[, stop]])` over a JS array. */
export function seqFind(a: PyObj[], x: PyObj, start?: PyObj, stop?: PyObj): number {
  if (x === undefined) throw argErrors.tooFew(1);
  const len = a.length;
  let s = start === undefined ? 0 : Number(indexArg(start));
  let e = stop === undefined ? len : Number(indexArg(stop));
  if (s < 0) s = Math.max(0, s + len);
  if (e < 0) e = Math.max(0, e + len);
  for (let i = s; i < Math.min(e, len); i++) if (a[i] === x || eq(a[i], x)) return i;
  throw valueError("object not in sequence");
}

/** An int argument of a sequence method (start/stop bounds). */
function indexArg(x: PyObj): number | bigint {
  const v = asInt(x);
  if (v === undefined) {
    throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  }
  return v;
}

/** Makes a tuple-or-list result helper for native code. */
export function list(a: PyObj[]): PyList {
  return new PyList(a);
}
