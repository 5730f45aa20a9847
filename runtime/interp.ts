/**
 * The interpreter: parse → compile → instantiate generated JS, module execution, the
 * exception printer (MicroPython's traceback format) and builtins that need the compiler
 * (exec, eval, compile, globals).
 */

// deno-lint-ignore-file no-explicit-any
import { None, type PyObj, PyType } from "./object.ts";
import { PyList } from "./objlist.ts";
import {
  exc,
  IndentationError,
  type PyBaseException,
  SyntaxError,
  toPyException,
  typeError,
  valueError,
} from "./errors.ts";
import { CompileError } from "./compile_error.ts";
import { parse } from "./parser.ts";
import { compile } from "./compiler.ts";
import { R } from "./rt.ts";
import { ctx } from "./context.ts";
import { builtinHooks, newGlobals } from "./builtins.ts";
import { PyDict } from "./objdict.ts";
import { PyModule } from "./objobject.ts";
import { importHooks, importName } from "./import.ts";
import { str, typeName, typeOf } from "./ops.ts";
import { asStr } from "./objstr.ts";
import "./objexcept.ts";

/** Turns a CompileError into the Python exception MicroPython raises. */
export function compileErrorToPy(e: CompileError): PyBaseException {
  const t = e.pyType === "IndentationError" ? IndentationError : SyntaxError;
  const pe = exc(t, e.msg);
  pe.$tb.push({ file: e.filename, line: e.lineno, name: "" });
  return pe;
}

/** Parses and compiles source; mode "exec", "single" (REPL) or "eval". */
export function compileSource(
  src: string,
  filename: string,
  mode: "exec" | "single" | "eval",
): (globals: Record<string, PyObj>) => PyObj {
  let js: string;
  let consts: any[];
  try {
    const tree = parse(src, filename, mode);
    const c = compile(tree, filename, { float: ctx.config.float, interactive: mode === "single" });
    js = c.js;
    consts = c.consts;
  } catch (e) {
    if (e instanceof CompileError) throw compileErrorToPy(e);
    if (e instanceof RangeError) {
      throw compileErrorToPy(new CompileError("SyntaxError", "too deeply nested", filename, 1, 0));
    }
    throw toPyException(e);
  }
  let fn: (...a: unknown[]) => PyObj;
  try {
    fn = new Function("$R", "$G", "$I", "$C", js) as typeof fn;
  } catch (e) {
    // A JS syntax error here is a compiler bug; report it as a Python exception.
    throw toPyException(e);
  }
  return (globals) => fn(R, globals, ctx.interrupt, consts);
}

/** Runs source in a globals namespace. */
export function execSource(
  src: string,
  filename: string,
  globals: Record<string, PyObj>,
  mode: "exec" | "single" | "eval" = "exec",
): PyObj {
  return compileSource(src, filename, mode)(globals);
}

importHooks.exec = (src, filename, globals) => {
  execSource(src, filename, globals);
};

/** Formats an exception as MicroPython prints it (traceback then `Type: message`). */
export function formatException(e: unknown): string {
  const pe = toPyException(e);
  let out = "";
  if (pe.$tb.length) {
    out += "Traceback (most recent call last):\n";
    for (let i = pe.$tb.length - 1; i >= 0; i--) {
      const t = pe.$tb[i];
      out += `  File "${t.file}", line ${t.line}` + (t.name ? `, in ${t.name}` : "") + "\n";
    }
  }
  const name = typeOf(pe).$name;
  let msg: string;
  try {
    msg = str(pe);
  } catch {
    msg = "<exception str() failed>";
  }
  // MicroPython prints "Name: " even when there is no message.
  out += `${name}: ${msg}\n`;
  return out;
}

/** A compiled code object (what `compile()` returns). */
export class PyCode {
  declare $cls: PyType;
  constructor(public run: (g: Record<string, PyObj>) => PyObj, public mode: string) {}
}
import { makeNativeType } from "./object.ts";
/** The code type. */
export const code_type = makeNativeType("code", PyCode.prototype);

function globalsOf(d: PyObj): Record<string, PyObj> {
  if (d === undefined || d === None) return currentGlobals();
  if (d instanceof DictNamespace) return d.ns;
  if (d instanceof PyDict) {
    // exec with a plain dict: run in a fresh namespace and copy names back.
    const g = newGlobals("__main__");
    for (const [k, v] of d.entries()) if (typeof k === "string") g[k] = v;
    (g as any).$backing = d;
    return g;
  }
  throw typeError("globals must be a dict");
}

/**
 * exec/eval with a separate locals mapping: names resolve in the locals first, then the
 * globals; names the code binds go to the locals (copied back after the run).
 */
function withLocals(globals: Record<string, PyObj>, l: PyObj): Record<string, PyObj> {
  if (l === undefined || l === None) return globals;
  if (!(l instanceof PyDict)) throw typeError("locals must be a mapping");
  const ns: Record<string, PyObj> = Object.create(globals);
  for (const [k, v] of l.entries()) if (typeof k === "string") ns[k] = v;
  (ns as any).$localsBacking = l;
  return ns;
}

function syncLocals(ns: Record<string, PyObj>): void {
  const d = (ns as any).$localsBacking as PyDict | undefined;
  if (!d) return;
  for (const k of Object.keys(ns)) if (k !== "$localsBacking") d.set(k, ns[k]);
}

function syncBack(g: Record<string, PyObj>): void {
  const d = (g as any).$backing as PyDict | undefined;
  if (!d) return;
  for (const k of Object.keys(g)) if (k !== "$backing") d.set(k, g[k]);
}

/** A dict view over a module namespace (what globals() returns). */
export class DictNamespace extends PyDict {
  constructor(public ns: Record<string, PyObj>) {
    super();
    for (const k of Object.keys(ns)) this.m.set(k, ns[k]);
  }
}

/** The attribute names `dir(o)` lists: instance dict, then the type's MRO (sorted). */
export function dirNames(o: PyObj): string[] {
  const names = new Set<string>();
  const addFrom = (p: Record<string, PyObj>) => {
    for (const k of Object.getOwnPropertyNames(p)) {
      if (k.charCodeAt(0) === 36 || k === "constructor") continue;
      const d = Object.getOwnPropertyDescriptor(p, k)!;
      if (!("value" in d)) continue;
      const v = d.value;
      // JS helper methods of native classes are not Python attributes.
      if (typeof v === "function" && v.$M !== 1 && v.$co === undefined && v.$name === undefined) {
        continue;
      }
      names.add(k);
    }
  };
  if (o !== null && typeof o === "object" && !(o instanceof PyType)) {
    const d = o.$d;
    if (d !== undefined) addFrom(d);
  }
  const t = o instanceof PyType ? o : typeOf(o);
  for (const m of t.$mro) addFrom(m.$p);
  return [...names].sort();
}

/** The globals of the code currently running (the __main__ module's as an approximation). */
function currentGlobals(): Record<string, PyObj> {
  // Compiled calls of globals()/locals()/dir()/exec()/eval() say whose globals they run in.
  if (ctx.state.callerGlobals) return ctx.state.callerGlobals;
  const main = ctx.modules.lookup("__main__");
  return main ? main.$d : newGlobals("__main__");
}

builtinHooks.compile = (code: PyObj, filename: PyObj, mode: PyObj) => {
  const src = asStr(code);
  if (src === undefined) throw typeError("compile() arg 1 must be a string");
  const m = asStr(mode);
  if (m !== "exec" && m !== "eval" && m !== "single") {
    throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
  }
  return new PyCode(compileSource(src, asStr(filename) ?? str(filename), m as any), m);
};
builtinHooks.exec = (code: PyObj, g?: PyObj, l?: PyObj) => {
  const src = asStr(code) ?? code;
  const globals = globalsOf(g);
  const ns = withLocals(globals, l);
  if (src instanceof PyCode) src.run(ns);
  else {
    if (typeof src !== "string") throw typeError("exec() arg 1 must be a string or code object");
    execSource(src, "<string>", ns);
  }
  syncLocals(ns);
  syncBack(globals);
  return None;
};
builtinHooks.eval = (code: PyObj, g?: PyObj, l?: PyObj) => {
  const src = asStr(code) ?? code;
  const ns = withLocals(globalsOf(g), l);
  if (src instanceof PyCode) return src.run(ns);
  if (typeof src !== "string") throw typeError("eval() arg 1 must be a string or code object");
  return execSource(src.trim(), "<string>", ns, "eval");
};
builtinHooks.globals = () => new DictNamespace(currentGlobals());
builtinHooks.dir = (o?: PyObj) => {
  if (o === undefined) return new PyList(Object.keys(currentGlobals()).sort());
  return new PyList(dirNames(o));
};
builtinHooks.locals = () => new DictNamespace(ctx.state.callerLocals ?? currentGlobals());
builtinHooks.__import__ = (name: PyObj, g?: PyObj, _l?: PyObj, fromlist?: PyObj, level?: PyObj) => {
  const globals = g instanceof DictNamespace ? g.ns : currentGlobals();
  const fl = fromlist && fromlist !== None ? (fromlist.a ?? []) : [];
  const n = asStr(name);
  if (n === undefined) throw typeError(`module name must be str, not ${typeName(name)}`);
  return importName(
    n,
    fl.length > 0,
    globals,
    typeof level === "number" ? level : 0,
    fl,
  );
};

/** Initialises sys.modules (idempotent). */
export function initModules(): void {
  if (ctx.modules === null) ctx.modules = new PyDict();
}

/** Creates (or resets) the `__main__` module and returns its globals. */
export function newMainModule(file?: string): Record<string, PyObj> {
  initModules();
  const g = newGlobals("__main__");
  if (file !== undefined) g.__file__ = file;
  ctx.modules.set("__main__", new PyModule(g, "__main__"));
  return g;
}

// IRQ handlers' uncaught exceptions print like any other.
import { irqHooks } from "./irq.ts";
irqHooks.format = formatException;
