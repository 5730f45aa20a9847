/**
 * Builtin modules written in Python: their source is compiled and run into a fresh module
 * namespace the first time they are imported, like MicroPython's frozen modules.
 */

import type { PyObj } from "../object.ts";
import { PyModule } from "../objobject.ts";
import { builtinModules } from "../import.ts";
import { newGlobals } from "../builtins.ts";
import { execSource } from "../interp.ts";

/** Registers `name` as a builtin module whose body is the Python `source`. */
export function definePythonModule(name: string, source: string): void {
  builtinModules.set(name, () => {
    const g: Record<string, PyObj> = newGlobals(name);
    execSource(source, `<${name}>`, g);
    return new PyModule(g, name);
  });
}
