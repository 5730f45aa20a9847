/**
 * The `uheapq` module (importable as `heapq`): a binary min-heap kept in a list, with the
 * same sift algorithm as CPython's and MicroPython's (so the list's layout after each call
 * is identical). Items are ordered with `<` only. MicroPython requires a list (TypeError
 * "heap must be a list") and raises IndexError("empty heap") when popping an empty heap.
 */

import { None, type PyObj } from "../object.ts";
import { indexError, runtimeError, typeError } from "../errors.ts";
import { PyList } from "../objlist.ts";
import { nativeModule } from "../objobject.ts";
import { builtinModules } from "../import.ts";
import { lt } from "../ops.ts";
import { fn } from "./modutil.ts";

function heapArg(x: PyObj): PyList {
  if (!(x instanceof PyList)) throw typeError("heap must be a list");
  return x;
}

/** `a < b`, checking that a user `__lt__` did not resize the heap under us. */
function less(h: PyList, n: number, a: PyObj, b: PyObj): boolean {
  const r = lt(a, b);
  if (h.a.length !== n) throw runtimeError("list changed size during iteration");
  return r;
}

/** Moves the item at `pos` up towards `start` while it is smaller than its parent. */
function siftDown(h: PyList, start: number, pos: number): void {
  const a = h.a;
  const n = a.length;
  const item = a[pos];
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = a[parentPos];
    if (!less(h, n, item, parent)) break;
    a[pos] = parent;
    pos = parentPos;
  }
  a[pos] = item;
}

/** Moves the smaller child up until a leaf is reached, then sifts the item into place. */
function siftUp(h: PyList, pos: number): void {
  const a = h.a;
  const end = a.length;
  const start = pos;
  const item = a[pos];
  for (let child = 2 * pos + 1; child < end; child = 2 * pos + 1) {
    const right = child + 1;
    if (right < end && !less(h, end, a[child], a[right])) child = right;
    a[pos] = a[child];
    pos = child;
  }
  a[pos] = item;
  siftDown(h, start, pos);
}

function makeUheapq() {
  return nativeModule("uheapq", {
    heappush: fn("heappush", 2, 2, (heap: PyObj, item: PyObj) => {
      const h = heapArg(heap);
      h.a.push(item);
      siftDown(h, 0, h.a.length - 1);
      return None;
    }),
    heappop: fn("heappop", 1, 1, (heap: PyObj) => {
      const h = heapArg(heap);
      const a = h.a;
      if (a.length === 0) throw indexError("empty heap");
      const last = a.pop();
      if (a.length === 0) return last;
      const top = a[0];
      a[0] = last;
      siftUp(h, 0);
      return top;
    }),
    heapify: fn("heapify", 1, 1, (heap: PyObj) => {
      const h = heapArg(heap);
      for (let i = (h.a.length >> 1) - 1; i >= 0; i--) siftUp(h, i);
      return None;
    }),
  });
}

builtinModules.set("uheapq", makeUheapq);
