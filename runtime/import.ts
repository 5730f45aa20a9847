/**
 * The import system: builtin modules, `.py` modules and packages found on `sys.path`
 * through the virtual filesystem, relative imports, and MicroPython's u-name rule
 * (`import json` finds `json.py` first, else the builtin `ujson`).
 */

// deno-lint-ignore-file no-explicit-any
import type { PyObj } from "./object.ts";
import { exc, ImportError } from "./errors.ts";
import { PyModule } from "./objobject.ts";
import { PyList } from "./objlist.ts";
import { ctx } from "./context.ts";
import { getattrOpt } from "./ops.ts";
import { newGlobals } from "./builtins.ts";
import { normalizePath } from "../hal/vfs.ts";

/** Factories of builtin modules by name (filled by runtime/modules). */
export const builtinModules = new Map<string, () => PyModule>();

/** Runs module source in the given globals (installed by the interpreter). */
export const importHooks: {
  exec?: (src: string, filename: string, globals: Record<string, PyObj>) => void;
} = {};

function importError(name: string): PyObj {
  return exc(ImportError, `no module named '${name}'`);
}

function sysPath(): string[] {
  const sys = ctx.modules.lookup("sys");
  const p = sys?.$d?.path;
  if (p instanceof PyList) return p.a.filter((x: PyObj) => typeof x === "string");
  return ["", "/flash", "/flash/lib"];
}

function cwd(): string {
  return ctx.state.cwd ?? "/";
}

/** Looks for `name` in the folders: a module file or a package folder. */
function findOnPath(name: string, dirs: string[]): { file: string; pkgDir?: string } | null {
  const fs = ctx.state.vfs;
  if (!fs) return null;
  for (const d of dirs) {
    const base = normalizePath(d === "" ? "." : d, cwd());
    const dir = normalizePath(name, base);
    try {
      if (fs.isDir(dir)) {
        const init = dir + "/__init__.py";
        return { file: fs.isFile(init) ? init : "", pkgDir: dir };
      }
      if (fs.isFile(dir + ".py")) return { file: dir + ".py" };
    } catch {
      // unreadable or escaping entries are skipped
    }
  }
  return null;
}

function execModule(fullname: string, found: { file: string; pkgDir?: string }): PyModule {
  const g = newGlobals(fullname);
  const mod = new PyModule(g, fullname);
  if (found.file) g.__file__ = found.file;
  if (found.pkgDir !== undefined) g.__path__ = found.pkgDir;
  ctx.modules.set(fullname, mod);
  if (!found.file) return mod;
  try {
    const src = new TextDecoder().decode(ctx.state.vfs.readFile(found.file));
    importHooks.exec!(src, found.file, g);
  } catch (e) {
    ctx.modules.delete(fullname);
    throw e;
  }
  return mod;
}

/** Loads one module (parent already loaded for dotted names). */
function loadModule(fullname: string): PyModule {
  const have = ctx.modules.lookup(fullname);
  if (have !== undefined) return have;
  const dot = fullname.lastIndexOf(".");
  if (dot < 0) {
    const factory = builtinModules.get(fullname);
    if (factory !== undefined) {
      const m = factory();
      ctx.modules.set(fullname, m);
      return m;
    }
    const found = findOnPath(fullname, sysPath());
    if (found) return execModule(fullname, found);
    // u-name rule: `json` falls back to the builtin `ujson`.
    const weak = builtinModules.get("u" + fullname);
    if (weak !== undefined) {
      const m = ctx.modules.lookup("u" + fullname) ?? weak();
      ctx.modules.set("u" + fullname, m);
      return m;
    }
    throw importError(fullname);
  }
  const parent = ctx.modules.lookup(fullname.slice(0, dot));
  const pkgPath = parent?.$d?.__path__;
  if (typeof pkgPath !== "string") throw importError(fullname);
  const found = findOnPath(fullname.slice(dot + 1), [pkgPath]);
  if (!found) throw importError(fullname);
  const m = execModule(fullname, found);
  parent.$d[fullname.slice(dot + 1)] = m;
  return m;
}

function resolveRelative(name: string, globals: Record<string, PyObj>, level: number): string {
  if (level === 0) return name;
  let pkg: string = globals.__name__;
  if (typeof globals.__path__ !== "string") {
    const i = pkg.lastIndexOf(".");
    if (i < 0) throw exc(ImportError, "attempted relative import with no known parent package");
    pkg = pkg.slice(0, i);
  }
  for (let l = 1; l < level; l++) {
    const i = pkg.lastIndexOf(".");
    if (i < 0) throw exc(ImportError, "attempted relative import beyond top-level package");
    pkg = pkg.slice(0, i);
  }
  return name ? pkg + "." + name : pkg;
}

/**
 * `import a.b.c` (leaf = false returns `a`), `import a.b as x` / `from a.b import y`
 * (leaf = true returns `a.b`). `fromlist` names submodules to import from a package.
 */
export function importName(
  name: string,
  leaf: boolean,
  globals: Record<string, PyObj>,
  level = 0,
  fromlist?: string[],
): PyModule {
  const full = resolveRelative(name, globals, level);
  const parts = full.split(".");
  let top: PyModule | null = null;
  let m: PyModule | null = null;
  for (let i = 0; i < parts.length; i++) {
    m = loadModule(parts.slice(0, i + 1).join("."));
    if (i === 0) top = m;
  }
  if (fromlist && m && typeof m.$d.__path__ === "string") {
    for (const f of fromlist) {
      if (f !== "*" && getattrOpt(m, f) === undefined) {
        try {
          loadModule(full + "." + f);
        } catch (e) {
          if (!(e as any)?.$cls || (e as any).$cls !== ImportError) throw e;
        }
      }
    }
  }
  return leaf ? m! : top!;
}

/** `from m import name`. */
export function importFrom(m: PyModule, name: string): PyObj {
  const v = getattrOpt(m, name);
  if (v === undefined) throw exc(ImportError, `cannot import name ${name}`);
  return v;
}

/** `from m import *`. */
export function importStar(m: PyModule, globals: Record<string, PyObj>): void {
  const d = m.$d;
  const all = d.__all__;
  const names: string[] = all instanceof PyList || all?.$cls?.$name === "tuple"
    ? all.a
    : Object.keys(d).filter((k) => !k.startsWith("_"));
  for (const k of names) globals[k] = d[k];
}

/**
 * `wipy -m NAME`: runs module NAME's source as `__main__` in `globals` (a package runs its
 * `__main__.py`). Builtin modules are simply imported.
 */
export function runModuleAsMain(name: string, globals: Record<string, PyObj>): void {
  const dot = name.lastIndexOf(".");
  let dirs = sysPath();
  if (dot >= 0) {
    const parent = importName(name.slice(0, dot), true, globals);
    const pkgPath = parent.$d.__path__;
    if (typeof pkgPath !== "string") throw importError(name);
    dirs = [pkgPath];
  }
  const found = findOnPath(name.slice(dot + 1), dirs);
  if (found === null) {
    importName(name, true, globals);
    return;
  }
  let file = found.file;
  if (found.pkgDir !== undefined) {
    file = found.pkgDir + "/__main__.py";
    if (!ctx.state.vfs.isFile(file)) {
      throw exc(ImportError, `no module named '${name}.__main__'`);
    }
  }
  globals.__file__ = file;
  const src = new TextDecoder().decode(ctx.state.vfs.readFile(file));
  importHooks.exec!(src, file, globals);
}
