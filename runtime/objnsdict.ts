/**
 * `obj.__dict__` (and a module's `__dict__`): a dict that is a live view of a namespace
 * object, so `obj.__dict__[k] = v` sets the attribute and attribute stores show in it.
 */

import type { PyObj } from "./object.ts";
import { PyDict } from "./objdict.ts";
import { PyMap } from "./hashmap.ts";
import { attrHooks } from "./ops.ts";

/** A dict whose contents are those of a namespace object (read and written through). */
export class NamespaceDict extends PyDict {
  constructor(public ns: Record<string, PyObj>) {
    super();
    // The entries are rebuilt from the namespace on every read, so they are always current.
    Object.defineProperty(this, "m", {
      get: () => {
        const map = new PyMap();
        for (const k of Object.keys(this.ns)) map.set(k, this.ns[k]);
        return map;
      },
      set: () => {},
    });
  }
  override set(key: PyObj, value: PyObj): void {
    this.ns[String(key)] = value;
  }
  override lookup(key: PyObj): PyObj {
    return typeof key === "string" && Object.prototype.hasOwnProperty.call(this.ns, key)
      ? this.ns[key]
      : undefined;
  }
  override has(key: PyObj): boolean {
    return typeof key === "string" && Object.prototype.hasOwnProperty.call(this.ns, key);
  }
  override delete(key: PyObj): PyObj {
    const v = this.lookup(key);
    if (v !== undefined) delete this.ns[key as string];
    return v;
  }
}

attrHooks.instanceDict = (ns) => new NamespaceDict(ns);

// Compiled code reads and writes exact dicts' maps directly; this one must go through its
// methods (its map is a view), so it opts out.
(NamespaceDict.prototype as unknown as { $slow: number }).$slow = 1;
