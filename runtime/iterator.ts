/**
 * The internal iteration protocol: every iterator has a `$n()` method returning the next
 * value or the `STOP` sentinel, so loops never throw StopIteration per step.
 */

// deno-lint-ignore-file no-explicit-any
import { defMethods, makeNativeType, type PyObj, type PyType } from "./object.ts";
import { stopIteration } from "./errors.ts";

/** Returned by `$n()` when an iterator is exhausted. */
export const STOP: unique symbol = Symbol("STOP");

/** Anything with the internal next method. */
export interface JsIterator {
  $n(): PyObj | typeof STOP;
}

/** Base class of native iterators: Python-visible `__next__`/`__iter__`. */
export class NativeIter {
  declare $cls: PyType;
  /** Returns the next value or STOP. */
  $n(): PyObj {
    return STOP;
  }
  /** Iterators are their own iterators. */
  $it(): NativeIter {
    return this;
  }
}

/** The type shared by native iterators. */
export const iterator_type: PyType = makeNativeType("iterator", NativeIter.prototype);
defMethods(iterator_type, {
  __next__(self: NativeIter) {
    const v = self.$n();
    if (v === STOP) throw stopIteration();
    return v;
  },
  __iter__(self: NativeIter) {
    return self;
  },
});

/** Iterates a JS array by index, seeing growth (as a list iterator does). */
export class ArrayIter extends NativeIter {
  i = 0;
  constructor(public a: PyObj[]) {
    super();
  }
  override $n(): PyObj {
    return this.i < this.a.length ? this.a[this.i++] : STOP;
  }
}

/** Iterates a JS array held by `holder.a`, re-reading it each step (lists may swap arrays). */
export class HolderIter extends NativeIter {
  i = 0;
  constructor(public h: { a: PyObj[] }) {
    super();
  }
  override $n(): PyObj {
    const a = this.h.a;
    return this.i < a.length ? a[this.i++] : STOP;
  }
}

/** Wraps a JS iterator of Python values. */
export class JsIterWrapper extends NativeIter {
  constructor(public it: Iterator<PyObj>) {
    super();
  }
  override $n(): PyObj {
    const r = this.it.next();
    return r.done ? STOP : r.value;
  }
}

/** Iterates a str by code point. */
export class StrIter extends NativeIter {
  i = 0;
  constructor(public s: string) {
    super();
  }
  override $n(): PyObj {
    const s = this.s;
    const i = this.i;
    if (i >= s.length) return STOP;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      this.i = i + 2;
      return s.slice(i, i + 2);
    }
    this.i = i + 1;
    return s[i];
  }
}

/** Turns an internal iterator into a JS iterable (for native code's convenience). */
export function* jsIterable(it: JsIterator): Generator<PyObj> {
  for (;;) {
    const v = it.$n();
    if (v === STOP) return;
    yield v;
  }
}

/** Marks that `x` is a native iterator (has `$n`). */
export function isNativeIter(x: any): x is JsIterator {
  return x !== null && typeof x === "object" && typeof x.$n === "function";
}
