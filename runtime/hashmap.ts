/**
 * The table behind dicts and sets: an insertion-ordered hash map with the subset of the JS
 * `Map` interface the runtime uses (get/set/has/delete/size/clear, live keys/values/entries
 * iterators, forEach).
 *
 * Why not a JS `Map`: V8 hashes a string the first time it meets it as a key through a call
 * into C++ that costs ~80 ns, and strings built at run time (`"key" + str(i)`) are always
 * new. Here str and int keys are hashed in JavaScript (a few ns for short strings) into an
 * open-addressing index; other keys (bigints, identity-keyed objects, the string keys of
 * tuples and floats are strings too) go through a side `Map` from key to entry. Entries live
 * in arrays in insertion order, so iteration order is exactly a `Map`'s.
 *
 * Iterators are live like a `Map`'s: an entry added during iteration is visited, a deleted
 * one is not. When the entry arrays are compacted while an iterator exists, the old arrays
 * record where their entries went, and the iterator follows (as V8's own tables do).
 */

// deno-lint-ignore-file no-explicit-any

/** Key of a deleted entry (never a Python value). */
const HOLE: any = Object.freeze({ hole: true });
/** Index slots: never used / used by an entry since deleted. */
const EMPTY = -1;
const TOMB = -2;
const GOLD = 0x9e3779b1 | 0;

/** Hash of a string key, computed in JS (30 bits, non-negative). */
function strHash(s: string): number {
  const n = s.length;
  let h = n ^ 0x811c9dc5;
  if (n <= 32) {
    for (let i = 0; i < n; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  } else {
    // Long strings: the first and last 16 code units and at most 17 spread between.
    for (let i = 0; i < 16; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    const step = ((n - 32) >> 4) + 1;
    for (let i = 16; i < n - 16; i += step) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    for (let i = n - 16; i < n; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

/** Hash of a number key (an integer: hash keys are never other numbers). */
function numHash(k: number): number {
  if ((k | 0) === k) return k & 0x3fffffff;
  return ((k % 4294967296) ^ (k / 4294967296)) & 0x3fffffff;
}

/** Where the entries of compacted arrays went: old arrays → new arrays, removed indexes. */
const moved = new WeakMap<any[], { to: any[]; removed: number[] | null }>();

/** Up to this many entries (holes included) a map has no index: look-ups scan the keys. */
const TINY = 8;

/** An insertion-ordered hash map (see the module comment). */
export class PyMap {
  /** Keys in insertion order; HOLE for deleted entries. */
  ks: any[] = [];
  /** Values, parallel to ks. */
  vs: any[] = [];
  /**
   * Open-addressing index over ks for str/int keys: entry index, EMPTY or TOMB; null while
   * the map is tiny.
   */
  ix: number[] | null = null;
  /** 32 - log2(ix.length): slot = (hash * GOLD) >>> shift. */
  shift = 0;
  /** Other keys → entry index (only with an index). */
  om: Map<any, number> | null = null;
  /** Number of live entries. */
  size = 0;
  /** Live iterators may exist: record compactions for them. */
  iters = 0;
  /** Index slot where the last failed str/int look-up ended (the free slot for that key). */
  private slot = 0;

  constructor(src?: PyMap | Iterable<[any, any]>) {
    if (src === undefined) return;
    if (src instanceof PyMap) {
      if (src.size === src.ks.length) {
        // No holes: the arrays and the index copy as they are.
        this.ks = src.ks.slice();
        this.vs = src.vs.slice();
        this.ix = src.ix === null ? null : src.ix.slice();
        this.shift = src.shift;
        this.om = src.om === null ? null : new Map(src.om);
        this.size = src.size;
        return;
      }
      this.ks = src.ks;
      this.vs = src.vs;
      this.size = src.size;
      this.rebuild(src.size); // makes new arrays: src is untouched
      return;
    }
    for (const [k, v] of src) this.set(k, v);
  }

  /** Entry index of a str key, or -1 (an index exists). */
  private findStr(k: string, ix: number[]): number {
    const ks = this.ks, mask = ix.length - 1;
    let i = Math.imul(strHash(k), GOLD) >>> this.shift;
    for (;;) {
      const e = ix[i];
      if (e === EMPTY) {
        this.slot = i;
        return -1;
      }
      if (e >= 0 && ks[e] === k) return e;
      i = (i + 1) & mask;
    }
  }

  /** Entry index of an int key, or -1 (an index exists). */
  private findNum(k: number, ix: number[]): number {
    const ks = this.ks, mask = ix.length - 1;
    let i = Math.imul(numHash(k), GOLD) >>> this.shift;
    for (;;) {
      const e = ix[i];
      if (e === EMPTY) {
        this.slot = i;
        return -1;
      }
      if (e >= 0 && ks[e] === k) return e;
      i = (i + 1) & mask;
    }
  }

  /** Entry index of any key, or -1; for a missing str/int key, `slot` is its free slot. */
  private find(k: any): number {
    const ix = this.ix;
    if (ix === null) {
      // Tiny: scan. Hash keys are equal exactly when they are `===` (SameValueZero, and
      // they are never NaN).
      const ks = this.ks;
      for (let e = 0; e < ks.length; e++) if (ks[e] === k) return e;
      return -1;
    }
    if (typeof k === "string") return this.findStr(k, ix);
    if (typeof k === "number") return this.findNum(k, ix);
    if (this.om === null) return -1;
    const e = this.om.get(k);
    return e === undefined ? -1 : e;
  }

  get(k: any): any {
    const e = this.find(k);
    return e < 0 ? undefined : this.vs[e];
  }

  has(k: any): boolean {
    return this.find(k) >= 0;
  }

  set(k: any, v: any): this {
    let e = this.find(k);
    if (e >= 0) {
      this.vs[e] = v;
      return this;
    }
    const ks = this.ks;
    e = ks.length;
    const ix = this.ix;
    // Keep the entries within half the index (str/int keys, tombstones included, then fill
    // at most half of it).
    if (ix === null ? e >= TINY : e >= ix.length >> 1) {
      this.rebuild(this.size + 1);
      e = this.ks.length;
      this.ks.push(k);
      this.vs.push(v);
      this.size++;
      if (this.ix !== null) this.index(k, e);
      return this;
    }
    ks.push(k);
    this.vs.push(v);
    this.size++;
    if (ix !== null) {
      const t = typeof k;
      if (t === "string" || t === "number") ix[this.slot] = e;
      else (this.om ??= new Map()).set(k, e);
    }
    return this;
  }

  /** Enters entry e (key k) into the index. */
  private index(k: any, e: number): void {
    const t = typeof k;
    if (t === "string" || t === "number") {
      const ix = this.ix!, mask = ix.length - 1;
      let i = Math.imul(t === "string" ? strHash(k) : numHash(k), GOLD) >>> this.shift;
      while (ix[i] !== EMPTY) i = (i + 1) & mask;
      ix[i] = e;
    } else (this.om ??= new Map()).set(k, e);
  }

  delete(k: any): boolean {
    let e: number;
    const t = typeof k;
    const ix = this.ix;
    if (ix === null) {
      e = this.find(k);
      if (e < 0) return false;
    } else if (t === "string" || t === "number") {
      const ks = this.ks, mask = ix.length - 1;
      let i = Math.imul(t === "string" ? strHash(k) : numHash(k), GOLD) >>> this.shift;
      for (;;) {
        e = ix[i];
        if (e === EMPTY) return false;
        if (e >= 0 && ks[e] === k) break;
        i = (i + 1) & mask;
      }
      ix[i] = TOMB;
    } else {
      const f = this.om === null ? undefined : this.om.get(k);
      if (f === undefined) return false;
      this.om!.delete(k);
      e = f;
    }
    this.ks[e] = HOLE;
    this.vs[e] = undefined;
    this.size--;
    // Mostly holes: compact (as V8 shrinks its tables).
    if (this.ks.length > 16 && this.size < this.ks.length >> 2) this.rebuild(this.size);
    return true;
  }

  clear(): void {
    const old = this.ks;
    this.ks = [];
    this.vs = [];
    this.ix = null;
    this.om = null;
    this.size = 0;
    if (this.iters > 0) moved.set(old, { to: this.ks, removed: null });
  }

  /** Compacts the entries and, beyond a tiny map, rebuilds the index for `n` live entries. */
  private rebuild(n: number): void {
    if (this.size === this.ks.length) {
      // No holes: only the index grows.
      this.reindex(n);
      return;
    }
    const oks = this.ks, ovs = this.vs;
    const ks: any[] = [], vs: any[] = [];
    const removed: number[] | null = this.iters > 0 ? [] : null;
    for (let e = 0; e < oks.length; e++) {
      const k = oks[e];
      if (k === HOLE) {
        if (removed !== null) removed.push(e);
        continue;
      }
      ks.push(k);
      vs.push(ovs[e]);
    }
    if (removed !== null) moved.set(oks, { to: ks, removed });
    this.ks = ks;
    this.vs = vs;
    this.reindex(n);
  }

  /** Makes the index for `n` entries (none for a tiny map). */
  private reindex(n: number): void {
    const ks = this.ks;
    this.om = null;
    if (n <= TINY) {
      this.ix = null;
      return;
    }
    let bits = 4;
    while (1 << bits < n * 3) bits++;
    this.ix = emptyIndex(1 << bits);
    this.shift = 32 - bits;
    for (let e = 0; e < ks.length; e++) this.index(ks[e], e);
  }

  /** A new map with the same entries. */
  copy(): PyMap {
    return new PyMap(this);
  }

  /** The live values as an array, in order. */
  valuesArray(): any[] {
    const ks = this.ks, vs = this.vs, out: any[] = [];
    for (let e = 0; e < ks.length; e++) if (ks[e] !== HOLE) out.push(vs[e]);
    return out;
  }

  /** The live keys as an array, in order. */
  keysArray(): any[] {
    const ks = this.ks, out: any[] = [];
    for (let e = 0; e < ks.length; e++) if (ks[e] !== HOLE) out.push(ks[e]);
    return out;
  }

  /** A cursor over the entries (see PyMapCursor). */
  cursor(): PyMapCursor {
    return new PyMapCursor(this);
  }

  keys(): PyMapIterator {
    return new PyMapIterator(this, 0);
  }
  values(): PyMapIterator {
    return new PyMapIterator(this, 1);
  }
  entries(): PyMapIterator {
    return new PyMapIterator(this, 2);
  }
  [Symbol.iterator](): PyMapIterator {
    return new PyMapIterator(this, 2);
  }

  forEach(f: (v: any, k: any) => void): void {
    const c = new PyMapCursor(this);
    for (let e = c.next(); e >= 0; e = c.next()) f(this.vs[e], this.ks[e]);
  }
}

function emptyIndex(n: number): number[] {
  return new Array(n).fill(EMPTY);
}

/**
 * A live position in a PyMap: `next()` gives the index (in the map's current arrays) of the
 * next live entry, or -1 at the end. Follows compactions and clears made meanwhile.
 */
export class PyMapCursor {
  private ks: any[];
  private i = 0;
  private done = false;
  constructor(private m: PyMap) {
    this.ks = m.ks;
    m.iters++;
  }
  next(): number {
    if (this.done) return -1;
    const m = this.m;
    if (this.ks !== m.ks) this.follow();
    const ks = this.ks;
    let i = this.i;
    while (i < ks.length && ks[i] === HOLE) i++;
    if (i >= ks.length) {
      this.done = true;
      m.iters--;
      return -1;
    }
    this.i = i + 1;
    return i;
  }
  private follow(): void {
    while (this.ks !== this.m.ks) {
      const mv = moved.get(this.ks);
      if (mv === undefined) {
        // Not recorded (cannot happen while this cursor is counted): start afresh.
        this.ks = this.m.ks;
        this.i = 0;
        return;
      }
      if (mv.removed === null) this.i = 0;
      else {
        let n = 0;
        while (n < mv.removed.length && mv.removed[n] < this.i) n++;
        this.i -= n;
      }
      this.ks = mv.to;
    }
  }
}

/** A JS iterator over a PyMap's keys (0), values (1) or [key, value] pairs (2). */
export class PyMapIterator implements IterableIterator<any> {
  private c: PyMapCursor;
  constructor(private m: PyMap, private kind: number) {
    this.c = new PyMapCursor(m);
  }
  next(): IteratorResult<any> {
    const e = this.c.next();
    if (e < 0) return { value: undefined, done: true };
    const m = this.m;
    const value = this.kind === 0 ? m.ks[e] : this.kind === 1 ? m.vs[e] : [m.ks[e], m.vs[e]];
    return { value, done: false };
  }
  [Symbol.iterator](): PyMapIterator {
    return this;
  }
}
