/**
 * The viper emitter: `@micropython.viper` functions compiled to JavaScript that works on
 * 32-bit machine words, with MicroPython's viper typing rules (py/emitnative.c).
 *
 * Every value has a viper type known at compile time: `object` (a Python object),
 * `int`/`uint` (a machine word, held as a signed 32-bit JS number), `bool` (a JS boolean),
 * `ptr`/`ptr8`/`ptr16`/`ptr32` (a typed-array view of a buffer, see `viper_rt.ts`) or `None`.
 * Parameters take their annotation's type (default object); a local takes the type of its
 * first assignment and keeps it. Arithmetic, bitwise ops, shifts and comparisons between
 * machine words wrap as the Cortex-M4 computes them (`| 0`, `Math.imul`, `>>>`); between
 * objects they go through the runtime; mixing the two is MicroPython's compile-time
 * `ViperTypeError`. Anything outside the subset raises a Python exception when the module
 * is compiled, as MicroPython does, never a silent fallback to Python semantics.
 */

// deno-lint-ignore-file no-explicit-any
import { CompileError } from "./compile_error.ts";
import { exc, NotImplementedError } from "./errors.ts";
import type { Scope } from "./scope.ts";
import { ViperTypeError } from "./viper_rt.ts";

/** A viper type (MicroPython's `vtype_kind_t`, named as its error messages name them). */
type VT = "object" | "int" | "uint" | "bool" | "ptr" | "ptr8" | "ptr16" | "ptr32" | "None";

/** A compiled expression: JS source and viper type; `k` when it is a constant word. */
interface Val {
  js: string;
  t: VT;
  k?: number;
}

const TYPES = new Set(["object", "int", "uint", "bool", "ptr", "ptr8", "ptr16", "ptr32"]);
const CASTS = new Set(["int", "uint", "bool", "ptr", "ptr8", "ptr16", "ptr32"]);
const PTRS = new Set(["ptr8", "ptr16", "ptr32"]);

/** Runtime helper of each binary op on objects, and the name MicroPython reports. */
const BINOPS: Record<string, [string, string]> = {
  Add: ["add", "__add__"],
  Sub: ["sub", "__sub__"],
  Mult: ["mul", "__mul__"],
  FloorDiv: ["floordiv", "__floordiv__"],
  Mod: ["mod", "__mod__"],
  Div: ["truediv", "__truediv__"],
  Pow: ["pow", "__pow__"],
  LShift: ["lshift", "__lshift__"],
  RShift: ["rshift", "__rshift__"],
  BitOr: ["or", "__or__"],
  BitXor: ["xor", "__xor__"],
  BitAnd: ["and", "__and__"],
};

const CMPS: Record<string, [string, string]> = {
  Eq: ["eq", "==="],
  NotEq: ["ne", "!=="],
  Lt: ["lt", "<"],
  LtE: ["le", "<="],
  Gt: ["gt", ">"],
  GtE: ["ge", ">="],
};

const intLike = (t: VT) => t === "int" || t === "uint";

function viperError(msg: string): never {
  throw exc(ViperTypeError, msg);
}

function notImpl(msg: string): never {
  throw exc(NotImplementedError, msg);
}

function prop(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? "." + name : "[" + JSON.stringify(name) + "]";
}

/** Whether a decorator is the `@micropython.viper` compiler directive. */
export function isViperDecorator(d: any): boolean {
  return d.type === "Attribute" && d.attr === "viper" && d.value.type === "Name" &&
    d.value.id === "micropython";
}

/**
 * Compiles the viper function `n` (a FunctionDef; `c` is the module's compiler, used for
 * constants and `const()` names). Returns a JS expression evaluating to the function body
 * that `$mkfn` wraps, exactly like the normal emitter's.
 */
export function compileViper(
  c: any,
  n: any,
  scope: Scope,
  o: { fname: string; coRef: string },
): string {
  return new ViperEmitter(c, n, scope, o).run();
}

class ViperEmitter {
  out: string[] = [];
  ind = "    ";
  locals = new Map<string, VT>();
  retType: VT = "object";
  temps = 0;
  labels = 0;
  loops: (string | null)[] = [];
  /** The exception variable of each enclosing except clause (for a bare `raise`). */
  handlers: string[] = [];

  constructor(
    public c: any,
    public n: any,
    public scope: Scope,
    public o: { fname: string; coRef: string },
  ) {}

  syntaxError(node: any, msg: string): never {
    throw new CompileError("SyntaxError", msg, this.c.filename, node?.lineno ?? 1, 0);
  }

  annotation(a: any, what: string): VT {
    if (!a) return "object";
    if (a.type !== "Name") this.syntaxError(a, `${what} annotation must be an identifier`);
    if (!TYPES.has(a.id)) viperError(`unknown type '${a.id}'`);
    return a.id as VT;
  }

  emit(line: string): void {
    this.out.push(this.ind + line);
  }

  block(f: () => void): void {
    const saved = this.ind;
    this.ind += "  ";
    f();
    this.ind = saved;
  }

  tmp(): string {
    return "$w" + this.temps++;
  }

  run(): string {
    const n = this.n;
    const a = n.args;
    if (this.scope.isGenerator) notImpl("native yield");
    if (a.vararg || a.kwarg || a.kwonlyargs.length) {
      notImpl("viper functions take positional parameters only");
    }
    if (a.defaults.length) notImpl("viper functions can't have default argument values");
    if (a.args.length > 4) {
      viperError("Viper functions don't currently support more than 4 arguments");
    }
    const params: string[] = a.args.map((p: any) => p.arg);
    const conv: string[] = [];
    for (const p of a.args) {
      const t = this.annotation(p.annotation, "parameter");
      this.locals.set(p.arg, t);
      const v = "v$" + p.arg;
      if (intLike(t)) conv.push(`${v} = $V.int(${v});`);
      else if (t === "bool") conv.push(`${v} = $truthy(${v});`);
      else if (t === "ptr") conv.push(`${v} = $V.ptr8(${v});`);
      else if (PTRS.has(t)) conv.push(`${v} = $V.${t}(${v});`);
    }
    this.retType = this.annotation(n.returns, "return");
    for (const s of n.body) this.stmt(s);
    const locals = [...this.scope.bound].filter((x) =>
      !this.scope.params.has(x) && this.scope.resolve(x).kind === "local"
    );
    const js = params.map((p) => "v$" + p);
    const f = this.o.fname;
    const decl = ["$ln = " + (n.body[0]?.lineno ?? n.lineno), ...locals.map((x) => "v$" + x)];
    for (let i = 0; i < this.temps; i++) decl.push("$w" + i);
    const lines = [
      `(($V) => function ${f}(${js.join(", ")}) {`,
      `  if (arguments.length !== ${js.length}) return $argsSlow(${f}, arguments.length${
        js.length ? ", " + js.join(", ") : ""
      });`,
      "  if ($I[0] !== 0) $poll();",
      `  let ${decl.join(", ")};`,
      "  try {",
      ...conv.map((l) => "    " + l),
      ...this.out,
      `    return ${this.defaultReturn()};`,
      `  } catch ($e) { throw $tb($e, ${this.o.coRef}, $ln); }`,
      "})($R.V)",
    ];
    return lines.join("\n" + this.c.indent);
  }

  /** What `return` / `return None` gives: None, or 0 for a machine-word return type. */
  defaultReturn(): string {
    const t = this.retType;
    return t === "object" ? "$None" : t === "bool" ? "false" : "0";
  }

  // -------------------------------------------------------------------------------------
  // Statements

  stmts(body: any[]): void {
    for (const s of body) this.stmt(s);
  }

  stmt(s: any): void {
    this.emit(`$ln = ${s.lineno};`);
    switch (s.type) {
      case "Expr":
        if (s.value.type !== "Constant") this.emit(this.expr(s.value).js + ";");
        return;
      case "Assign": {
        if (s.targets.length === 1 && this.swap(s.targets[0], s.value)) return;
        let v = this.expr(s.value);
        if (s.targets.length > 1 && !/^[$\w]+$/.test(v.js)) {
          const t = this.tmp();
          this.emit(`${t} = ${v.js};`);
          v = { ...v, js: t };
        }
        for (const t of s.targets) this.assignTo(t, v);
        return;
      }
      case "AugAssign":
        this.augAssign(s);
        return;
      case "If":
        this.emit(`if (${this.test(s.test)}) {`);
        this.block(() => this.stmts(s.body));
        if (s.orelse.length) {
          this.emit("} else {");
          this.block(() => this.stmts(s.orelse));
        }
        this.emit("}");
        return;
      case "While":
        this.loop(s, () => {
          this.emit(`while (${this.test(s.test)}) {`);
          this.block(() => {
            this.emit("if ($I[0] !== 0) $poll();");
            this.stmts(s.body);
          });
          this.emit("}");
        });
        return;
      case "For":
        this.loop(s, () => this.forStmt(s));
        return;
      case "Break": {
        const l = this.loops[this.loops.length - 1];
        if (l === undefined) this.syntaxError(s, "'break' outside loop");
        this.emit(l ? `break ${l};` : "break;");
        return;
      }
      case "Continue":
        if (!this.loops.length) this.syntaxError(s, "'continue' outside loop");
        this.emit("continue;");
        return;
      case "Pass":
      case "Global":
        return;
      case "Return": {
        if (!s.value) {
          this.emit(`return ${this.defaultReturn()};`);
          return;
        }
        const v = this.expr(s.value);
        if (v.t === "None") {
          this.emit(`return ${this.defaultReturn()};`);
          return;
        }
        if (v.t !== this.retType) {
          viperError(`return expected '${this.retType}' but got '${v.t}'`);
        }
        this.emit(`return ${this.toObj(v)};`);
        return;
      }
      case "Raise": {
        if (!s.exc) {
          const h = this.handlers[this.handlers.length - 1];
          this.emit(h ? `throw ${h};` : "throw $reraise();");
          return;
        }
        const e = this.expr(s.exc);
        if (e.t !== "object") viperError("must raise an object");
        const cause = s.cause ? this.toObj(this.expr(s.cause)) : "undefined";
        this.emit(`throw $raise(${e.js}, ${cause});`);
        return;
      }
      case "Assert": {
        const msg = s.msg ? this.toObj(this.expr(s.msg)) : "undefined";
        this.emit(`if (!${this.test(s.test)}) throw $assertFail(${msg});`);
        return;
      }
      case "Try":
        this.tryStmt(s);
        return;
      case "FunctionDef":
      case "ClassDef":
        notImpl("nested definitions in viper functions aren't supported");
        break;
      case "Nonlocal":
        notImpl("nonlocal in viper functions isn't supported");
        break;
      default:
        notImpl(`'${stmtName(s.type)}' in viper functions isn't supported`);
    }
  }

  /** try/except/else/finally, as the normal emitter compiles it (handlers see objects). */
  tryStmt(s: any): void {
    const fin = s.finalbody.length > 0;
    if (fin) this.emit("try {");
    const inner = () => {
      if (!s.handlers.length) {
        this.stmts(s.body);
        return;
      }
      const ok = s.orelse.length ? this.tmp() : null;
      if (ok) this.emit(`${ok} = false;`);
      this.emit("try {");
      this.block(() => {
        this.stmts(s.body);
        if (ok) this.emit(`${ok} = true;`);
      });
      const ev = this.tmp();
      this.emit(`} catch ($e) {`);
      this.block(() => {
        this.emit(`${ev} = $tbCaught($e, ${this.o.coRef}, $ln);`);
        s.handlers.forEach((h: any, i: number) => {
          let cond = "true";
          if (h.type) {
            const t = this.expr(h.type);
            if (t.t !== "object") viperError(`can't do binary op between '${t.t}' and 'object'`);
            cond = `$isexc(${ev}, ${t.js})`;
          }
          this.emit(`${i ? "else " : ""}if (${cond}) {`);
          this.block(() => {
            this.emit(`$ln = ${h.lineno};`);
            if (h.name) this.assignTo({ type: "Name", id: h.name }, { js: ev, t: "object" });
            this.handlers.push(ev);
            this.stmts(h.body);
            this.handlers.pop();
            if (h.name && this.scope.resolve(h.name).kind === "local") {
              this.emit(`v$${h.name} = undefined;`);
            }
          });
          this.emit("}");
        });
        if (!s.handlers.some((h: any) => !h.type)) this.emit(`else throw ${ev};`);
      });
      this.emit("}");
      if (ok) {
        this.emit(`if (${ok}) {`);
        this.block(() => this.stmts(s.orelse));
        this.emit("}");
      }
    };
    if (fin) {
      this.block(inner);
      this.emit("} finally {");
      this.block(() => this.stmts(s.finalbody));
      this.emit("}");
    } else inner();
  }

  /** A loop with its break label (a labelled block when it has an else clause). */
  loop(s: any, body: () => void): void {
    if (!s.orelse.length) {
      this.loops.push(null);
      body();
      this.loops.pop();
      return;
    }
    const l = "$L" + this.labels++;
    this.emit(`${l}: {`);
    this.block(() => {
      this.loops.push(l);
      body();
      this.loops.pop();
      this.stmts(s.orelse);
    });
    this.emit("}");
  }

  forStmt(s: any): void {
    const it = s.iter;
    if (
      it.type === "Call" && it.func.type === "Name" && it.func.id === "range" &&
      this.scope.resolve("range").kind === "global" && !this.c.moduleBound.has("range") &&
      it.keywords.length === 0 && it.args.length >= 1 && it.args.length <= 3 &&
      !it.args.some((x: any) => x.type === "Starred")
    ) {
      const step = it.args.length === 3 ? this.constInt(it.args[2]) : 1;
      if (step !== undefined && step !== 0) {
        // MicroPython's optimised range loop: the counter has the start's type, the end is
        // evaluated once, and `counter < end` / `counter += step` follow the viper rules.
        const start = it.args.length >= 2 ? this.expr(it.args[0]) : this.intConst(0);
        const c = this.tmp();
        const e = this.tmp();
        const end = this.expr(it.args.length >= 2 ? it.args[1] : it.args[0]);
        const ctr: Val = { js: c, t: start.t };
        const cmp = this.compareOp(step > 0 ? "Lt" : "Gt", ctr, { js: e, t: end.t });
        const next = this.binop("Add", ctr, this.intConst(step), false);
        this.emit(
          `for (${c} = ${start.js}, ${e} = ${end.js}; ${this.truth(cmp)}; ${c} = ${next.js}) {`,
        );
        this.block(() => {
          this.emit("if ($I[0] !== 0) $poll();");
          this.assignTo(s.target, ctr);
          this.stmts(s.body);
        });
        this.emit("}");
        return;
      }
    }
    const obj = this.expr(it);
    if (obj.t !== "object") viperError(`can't iterate over '${obj.t}'`);
    const i = this.tmp();
    const v = this.tmp();
    this.emit(`${i} = $getIter(${obj.js});`);
    this.emit("for (;;) {");
    this.block(() => {
      this.emit(`${v} = ${i}.$n(); if (${v} === $STOP) break;`);
      this.emit("if ($I[0] !== 0) $poll();");
      this.assignTo(s.target, { js: v, t: "object" });
      this.stmts(s.body);
    });
    this.emit("}");
  }

  /** `a, b = b, a`: both sides evaluated first, native types kept (no tuple is built). */
  swap(target: any, value: any): boolean {
    if (
      (target.type !== "Tuple" && target.type !== "List") ||
      (value.type !== "Tuple" && value.type !== "List") ||
      target.elts.length !== value.elts.length ||
      [...target.elts, ...value.elts].some((e: any) => e.type === "Starred")
    ) return false;
    const vals = value.elts.map((e: any) => {
      const v = this.expr(e);
      const t = this.tmp();
      this.emit(`${t} = ${v.js};`);
      return { ...v, js: t };
    });
    target.elts.forEach((t: any, i: number) => this.assignTo(t, vals[i]));
    return true;
  }

  assignTo(t: any, v: Val): void {
    switch (t.type) {
      case "Name": {
        const r = this.scope.resolve(t.id);
        if (r.kind === "global") {
          this.emit(`$G${prop(t.id)} = ${this.toObj(v)};`);
          return;
        }
        if (r.kind !== "local") notImpl("closures in viper functions aren't supported");
        const cur = this.locals.get(t.id);
        let js = v.js;
        if (cur === undefined) {
          this.locals.set(t.id, v.t === "None" ? "object" : v.t);
        } else if (cur !== v.t) {
          if (cur === "object" && v.t === "None") js = "$None";
          else viperError(`local '${t.id}' has type '${cur}' but source is '${v.t}'`);
        }
        if (v.t === "None") js = "$None";
        this.emit(`v$${t.id} = ${js};`);
        return;
      }
      case "Attribute": {
        const val = this.keep(this.toObj(v));
        const o = this.expr(t.value);
        if (o.t !== "object") viperError(`can't store to '${o.t}'`);
        this.emit(`$setattr(${o.js}, ${JSON.stringify(t.attr)}, ${val});`);
        return;
      }
      case "Subscript": {
        const base = this.expr(t.value);
        if (base.t === "object") {
          const val = this.keep(this.toObj(v));
          const o = this.keep(base.js);
          this.emit(`$setitem(${o}, ${this.index(t.slice)}, ${val});`);
          return;
        }
        this.emit(`${this.ptrRef(base, t.slice, "store")} = ${this.storeValue(v)};`);
        return;
      }
      case "Tuple":
      case "List": {
        if (t.elts.some((e: any) => e.type === "Starred")) {
          notImpl("starred assignment in viper functions isn't supported");
        }
        if (v.t !== "object") viperError(`can't unpack '${v.t}'`);
        const a = this.tmp();
        this.emit(`${a} = $unpack(${v.js}, ${t.elts.length});`);
        t.elts.forEach((e: any, i: number) => this.assignTo(e, { js: `${a}[${i}]`, t: "object" }));
        return;
      }
      default:
        this.syntaxError(t, "can't assign to expression");
    }
  }

  /** A value kept in a temporary when it is not already a name or a literal. */
  keep(js: string): string {
    if (/^[$\w]+$/.test(js) || /^\(?-?\d+\)?$/.test(js)) return js;
    const t = this.tmp();
    this.emit(`${t} = ${js};`);
    return t;
  }

  /** The value a pointer store writes: a machine word (the typed array wraps it). */
  storeValue(v: Val): string {
    if (intLike(v.t)) return v.js;
    if (v.t === "bool") return `(${v.js} ? 1 : 0)`;
    viperError(`can't store '${v.t}'`);
  }

  /** `p[i]` of a pointer, for a load or a store. */
  ptrRef(base: Val, slice: any, what: "load" | "store"): string {
    if (!PTRS.has(base.t)) {
      viperError(what === "load" ? `can't load from '${base.t}'` : `can't store to '${base.t}'`);
    }
    if (slice.type === "Slice") {
      viperError(`can't ${what} with 'slice' index`);
    }
    const i = this.expr(slice);
    if (!intLike(i.t)) {
      viperError(
        what === "load" ? `can't load with '${i.t}' index` : `can't store with '${i.t}' index`,
      );
    }
    return `${base.js}[${i.t === "uint" ? `${i.js} >>> 0` : i.js}]`;
  }

  /** An object subscript's key (slices become slice objects). */
  index(s: any): string {
    if (s.type === "Slice") {
      const part = (x: any) => (x ? this.toObj(this.expr(x)) : "$None");
      return `$mkslice(${part(s.lower)}, ${part(s.upper)}, ${part(s.step)})`;
    }
    return this.toObj(this.expr(s));
  }

  augAssign(s: any): void {
    const t = s.target;
    const op = s.op;
    if (t.type === "Name") {
      const cur = this.expr(t);
      this.assignTo(t, this.binop(op, cur, this.expr(s.value), true));
      return;
    }
    if (t.type === "Attribute") {
      const o = this.expr(t.value);
      if (o.t !== "object") viperError(`can't load from '${o.t}'`);
      const ob = this.keep(o.js);
      const name = JSON.stringify(t.attr);
      const cur = { js: this.keep(`$getattr(${ob}, ${name})`), t: "object" as VT };
      const r = this.binop(op, cur, this.expr(s.value), true);
      this.emit(`$setattr(${ob}, ${name}, ${this.toObj(r)});`);
      return;
    }
    if (t.type === "Subscript") {
      const base = this.expr(t.value);
      if (base.t === "object") {
        const ob = this.keep(base.js);
        const k = this.keep(this.index(t.slice));
        const cur = { js: this.keep(`$getitem(${ob}, ${k})`), t: "object" as VT };
        const r = this.binop(op, cur, this.expr(s.value), true);
        this.emit(`$setitem(${ob}, ${k}, ${this.toObj(r)});`);
        return;
      }
      const p = { ...base, js: this.keep(base.js) };
      const i = this.expr(t.slice.type === "Slice" ? t.slice : t.slice);
      const iv: Val = { ...i, js: this.keep(i.js) };
      // Load through the pointer with the index kept, operate, store back.
      const ref = this.ptrRefVal(p, iv, "load");
      const r = this.binop(op, { js: `(${ref} | 0)`, t: "int" }, this.expr(s.value), true);
      this.emit(`${this.ptrRefVal(p, iv, "store")} = ${this.storeValue(r)};`);
      return;
    }
    this.syntaxError(t, "illegal expression for augmented assignment");
  }

  ptrRefVal(base: Val, i: Val, what: "load" | "store"): string {
    if (!PTRS.has(base.t)) {
      viperError(what === "load" ? `can't load from '${base.t}'` : `can't store to '${base.t}'`);
    }
    if (!intLike(i.t)) {
      viperError(
        what === "load" ? `can't load with '${i.t}' index` : `can't store with '${i.t}' index`,
      );
    }
    return `${base.js}[${i.t === "uint" ? `${i.js} >>> 0` : i.js}]`;
  }

  // -------------------------------------------------------------------------------------
  // Expressions

  /** A Python object for a viper value (MicroPython's `mp_convert_native_to_obj`). */
  toObj(v: Val): string {
    switch (v.t) {
      case "object":
      case "int":
        return v.js;
      case "uint":
        return `(${v.js} >>> 0)`;
      case "bool":
        return v.js;
      case "None":
        return "$None";
    }
    notImpl("conversion to object");
  }

  /** A JS boolean for a condition. */
  truth(v: Val): string {
    switch (v.t) {
      case "bool":
        return v.js;
      case "int":
      case "uint":
        return `(${v.js} !== 0)`;
      case "object":
        return `$truthy(${v.js})`;
    }
    viperError(`can't implicitly convert '${v.t}' to 'bool'`);
  }

  test(n: any): string {
    if (n.type === "UnaryOp" && n.op === "Not") return `!${this.test(n.operand)}`;
    if (n.type === "BoolOp") {
      return "(" + n.values.map((x: any) => this.test(x)).join(n.op === "And" ? " && " : " || ") +
        ")";
    }
    return this.truth(this.expr(n));
  }

  /** An int constant: a machine word when it fits in 32 bits, else a Python int object. */
  intConst(v: number | bigint): Val {
    const b = BigInt(v);
    if (b >= -(2n ** 31n) && b < 2n ** 32n) {
      const k = Number(BigInt.asIntN(32, b));
      return { js: k < 0 ? `(${k})` : String(k), t: "int", k };
    }
    return { js: typeof v === "bigint" ? `${v}n` : String(v), t: "object" };
  }

  /** Whether an expression is made of constants and module `const()` names only. */
  foldable(n: any): boolean {
    switch (n.type) {
      case "Constant":
        return n.kind === "int" || n.kind === "bool";
      case "Name":
        return this.c.constNames.has(n.id) && this.scope.resolve(n.id).kind === "global";
      case "UnaryOp":
        return this.foldable(n.operand);
      case "BinOp":
        return this.foldable(n.left) && this.foldable(n.right);
    }
    return false;
  }

  constInt(n: any): number | undefined {
    if (!this.foldable(n)) return undefined;
    const v = this.c.constEval(n);
    return typeof v === "number" ? v : undefined;
  }

  expr(n: any): Val {
    if (n.type === "Name" || n.type === "UnaryOp" || n.type === "BinOp") {
      if (this.foldable(n)) {
        const v = this.c.constEval(n);
        if (v !== undefined) return this.intConst(v);
      }
    }
    switch (n.type) {
      case "Constant":
        if (n.kind === "int") return this.intConst(n.value);
        if (n.kind === "bool") return { js: n.value ? "true" : "false", t: "bool" };
        if (n.kind === "None") return { js: "$None", t: "None" };
        return { js: this.c.constant(n), t: "object" };
      case "Name":
        return this.name(n);
      case "BinOp":
        return this.binop(n.op, this.expr(n.left), this.expr(n.right), false);
      case "Compare":
        return this.compare(n);
      case "BoolOp":
        return this.boolOp(n);
      case "UnaryOp": {
        const v = this.expr(n.operand);
        const names: Record<string, [string, string]> = {
          UAdd: ["pos", "__pos__"],
          USub: ["neg", "__neg__"],
          Invert: ["invert", "__invert__"],
          Not: ["", ""],
        };
        const [helper, name] = names[n.op];
        if (v.t !== "object") viperError(`unary op ${name} not implemented`);
        if (n.op === "Not") return { js: `!$truthy(${v.js})`, t: "object" };
        return { js: `$${helper}(${v.js})`, t: "object" };
      }
      case "IfExp": {
        const a = this.expr(n.body);
        const b = this.expr(n.orelse);
        if (a.t !== b.t) viperError(`can't do binary op between '${a.t}' and '${b.t}'`);
        return { js: `(${this.test(n.test)} ? ${a.js} : ${b.js})`, t: a.t };
      }
      case "Call":
        return this.call(n);
      case "Attribute": {
        const o = this.expr(n.value);
        if (o.t !== "object") viperError(`can't load from '${o.t}'`);
        return { js: `$getattr(${o.js}, ${JSON.stringify(n.attr)})`, t: "object" };
      }
      case "Subscript": {
        const base = this.expr(n.value);
        if (base.t === "object") {
          return { js: `$getitem(${base.js}, ${this.index(n.slice)})`, t: "object" };
        }
        return { js: `(${this.ptrRef(base, n.slice, "load")} | 0)`, t: "int" };
      }
      case "List":
      case "Tuple": {
        if (n.elts.some((e: any) => e.type === "Starred")) {
          notImpl("starred expressions in viper functions aren't supported");
        }
        const elts = n.elts.map((e: any) => this.toObj(this.expr(e))).join(", ");
        return {
          js: n.type === "List" ? `new $PyList([${elts}])` : `$tuple([${elts}])`,
          t: "object",
        };
      }
      case "Dict": {
        if (n.keys.some((k: any) => k === null)) {
          notImpl("starred expressions in viper functions aren't supported");
        }
        const t = this.tmp();
        const parts = n.keys.map((k: any, i: number) =>
          `${t}.set(${this.toObj(this.expr(k))}, ${this.toObj(this.expr(n.values[i]))}), `
        );
        return { js: `(${t} = new $PyDict(), ${parts.join("")}${t})`, t: "object" };
      }
      case "Set":
        return {
          js: `$mkset([${n.elts.map((e: any) => this.toObj(this.expr(e))).join(", ")}])`,
          t: "object",
        };
      case "Yield":
      case "YieldFrom":
        notImpl("native yield");
        break;
      case "Lambda":
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        notImpl("nested definitions in viper functions aren't supported");
        break;
    }
    notImpl(`${exprName(n.type)} in viper functions isn't supported`);
  }

  name(n: any): Val {
    const id = n.id;
    const r = this.scope.resolve(id);
    if (r.kind === "local") {
      const t = this.locals.get(id);
      if (t === undefined) viperError(`local '${id}' used before type known`);
      return {
        js: t === "object" ? `(v$${id} ?? $unbound(${JSON.stringify(id)}))` : `v$${id}`,
        t,
      };
    }
    if (r.kind === "global") {
      if (id === "__debug__") return { js: "true", t: "bool" };
      return { js: `($G${prop(id)} ?? $nameError(${JSON.stringify(id)}))`, t: "object" };
    }
    notImpl("closures in viper functions aren't supported");
  }

  /** A binary op under the viper rules; `inplace` for augmented assignment of objects. */
  binop(op: string, a: Val, b: Val, inplace: boolean): Val {
    const [helper, name] = BINOPS[op] ?? ["", ""];
    if (a.t === "object" && b.t === "object") {
      if (!helper) viperError(`binary op ${name} not implemented`);
      return {
        js: inplace ? `$inplaceOp("${helper}", ${a.js}, ${b.js})` : `$${helper}(${a.js}, ${b.js})`,
        t: "object",
      };
    }
    if (!intLike(a.t) || !intLike(b.t)) {
      viperError(`can't do binary op between '${a.t}' and '${b.t}'`);
    }
    const t = a.t;
    const k = b.k;
    const small = k !== undefined && k >= 0 && k < 32;
    let js: string;
    switch (op) {
      case "Add":
        js = `((${a.js} + ${b.js}) | 0)`;
        break;
      case "Sub":
        js = `((${a.js} - ${b.js}) | 0)`;
        break;
      case "Mult":
        js = `Math.imul(${a.js}, ${b.js})`;
        break;
      case "BitOr":
        js = `(${a.js} | ${b.js})`;
        break;
      case "BitXor":
        js = `(${a.js} ^ ${b.js})`;
        break;
      case "BitAnd":
        js = `(${a.js} & ${b.js})`;
        break;
      case "LShift":
        js = small ? `(${a.js} << ${k})` : `$V.shl(${a.js}, ${b.js})`;
        break;
      case "RShift":
        if (t === "uint") js = small ? `((${a.js} >>> ${k}) | 0)` : `$V.shr(${a.js}, ${b.js})`;
        else js = small ? `(${a.js} >> ${k})` : `$V.sar(${a.js}, ${b.js})`;
        break;
      default:
        viperError(`binary op ${name} not implemented`);
    }
    return { js, t };
  }

  /** One comparison under the viper rules (signedness from the left operand). */
  compareOp(op: string, a: Val, b: Val): Val {
    const cmp = CMPS[op];
    if (a.t === "object" && b.t === "object") {
      if (cmp) return { js: `$${cmp[0]}(${a.js}, ${b.js})`, t: "object" };
      if (op === "In") return { js: `$contains(${b.js}, ${a.js})`, t: "object" };
      if (op === "NotIn") return { js: `!$contains(${b.js}, ${a.js})`, t: "object" };
      if (op === "Is") return { js: `(${a.js} === ${b.js})`, t: "object" };
      return { js: `(${a.js} !== ${b.js})`, t: "object" };
    }
    if (!intLike(a.t) || !intLike(b.t)) {
      viperError(`can't do binary op between '${a.t}' and '${b.t}'`);
    }
    if (!cmp) {
      viperError(
        `binary op ${op === "In" || op === "NotIn" ? "__contains__" : ""} not implemented`,
      );
    }
    if (a.t === "uint") return { js: `((${a.js} >>> 0) ${cmp[1]} (${b.js} >>> 0))`, t: "bool" };
    return { js: `(${a.js} ${cmp[1]} ${b.js})`, t: "bool" };
  }

  compare(n: any): Val {
    let left = this.expr(n.left);
    const parts: Val[] = [];
    n.ops.forEach((op: string, i: number) => {
      let right = this.expr(n.comparators[i]);
      if (i < n.ops.length - 1) {
        const t = this.tmp();
        parts.push(this.compareOp(op, left, { ...right, js: `(${t} = ${right.js})` }));
        right = { ...right, js: t };
      } else {
        parts.push(this.compareOp(op, left, right));
      }
      left = right;
    });
    if (parts.length === 1) return parts[0];
    if (parts.every((p) => p.t === "bool")) {
      return { js: "(" + parts.map((p) => p.js).join(" && ") + ")", t: "bool" };
    }
    // Objects: the first false result, else the last result (Python's chain).
    let js = parts[parts.length - 1].js;
    for (let i = parts.length - 2; i >= 0; i--) {
      const t = this.tmp();
      js = `($truthy(${t} = ${this.toObj(parts[i])}) ? ${js} : ${t})`;
    }
    return { js, t: "object" };
  }

  boolOp(n: any): Val {
    const vals = n.values.map((x: any) => this.expr(x));
    const t: VT = vals[0].t;
    for (const v of vals) {
      if (v.t !== t) viperError(`can't do binary op between '${t}' and '${v.t}'`);
    }
    const and = n.op === "And";
    if (t === "bool") {
      return { js: "(" + vals.map((v: Val) => v.js).join(and ? " && " : " || ") + ")", t };
    }
    let js = vals[vals.length - 1].js;
    for (let i = vals.length - 2; i >= 0; i--) {
      const tmp = this.tmp();
      const truth = this.truth({ js: `(${tmp} = ${vals[i].js})`, t });
      js = and ? `(${truth} ? ${js} : ${tmp})` : `(${truth} ? ${tmp} : ${js})`;
    }
    return { js, t };
  }

  call(n: any): Val {
    if (n.args.some((a: any) => a.type === "Starred") || n.keywords.some((k: any) => !k.arg)) {
      notImpl("*args and **kwargs in viper functions aren't supported");
    }
    const f = n.func;
    if (f.type === "Name" && CASTS.has(f.id) && this.scope.resolve(f.id).kind === "global") {
      if (n.args.length !== 1 || n.keywords.length) notImpl("casting");
      return this.cast(f.id as VT, this.expr(n.args[0]));
    }
    const args = () => n.args.map((a: any) => this.toObj(this.expr(a))).join(", ");
    const kw = () => {
      const names = JSON.stringify(n.keywords.map((k: any) => k.arg));
      const vals = n.keywords.map((k: any) => this.toObj(this.expr(k.value))).join(", ");
      return `${names}, [${vals}]`;
    };
    if (f.type === "Attribute") {
      const o = this.expr(f.value);
      if (o.t !== "object") viperError(`can't load from '${o.t}'`);
      const name = JSON.stringify(f.attr);
      if (n.keywords.length) {
        const m = this.tmp();
        return {
          js: `$callKw(${m} = $getattr(${o.js}, ${name}), [${args()}], ${kw()})`,
          t: "object",
        };
      }
      return { js: `$callMethod(${o.js}, ${name}, [${args()}])`, t: "object" };
    }
    const fn = this.expr(f);
    if (fn.t !== "object") viperError(`can't call '${fn.t}'`);
    if (n.keywords.length) return { js: `$callKw(${fn.js}, [${args()}], ${kw()})`, t: "object" };
    // Plain JS functions (compiled Python functions, builtins) are called directly.
    const ft = this.tmp();
    const a = args();
    return {
      js: `(${ft} = ${fn.js}, typeof ${ft} === "function" ? ${ft}(${a}) : $call(${ft}, [${a}]))`,
      t: "object",
    };
  }

  /** `int(x)`, `uint(x)`, `bool(x)`, `ptr8(x)`...: free between words, converting objects. */
  cast(to: VT, v: Val): Val {
    if (to === "int" || to === "uint") {
      if (intLike(v.t)) return { js: v.js, t: to, k: v.k };
      if (v.t === "bool") return { js: `(${v.js} ? 1 : 0)`, t: to };
      if (v.t === "object") return { js: `$V.int(${v.js})`, t: to };
    } else if (to === "bool") {
      if (intLike(v.t)) return { js: `(${v.js} !== 0)`, t: to };
      if (v.t === "bool") return v;
      if (v.t === "object") return { js: `$truthy(${v.js})`, t: to };
    } else if (v.t === "object" || v.t === "ptr" || PTRS.has(v.t)) {
      // A pointer to a buffer's memory, or the same memory seen with another element size.
      if (v.t === to) return v;
      return { js: `$V.${to === "ptr" ? "ptr8" : to}(${v.js})`, t: to };
    }
    notImpl("casting");
  }
}

function stmtName(t: string): string {
  const names: Record<string, string> = {
    Try: "try",
    With: "with",
    Delete: "del",
    Import: "import",
    ImportFrom: "import",
  };
  return names[t] ?? t;
}

function exprName(t: string): string {
  const names: Record<string, string> = {
    Dict: "dict displays",
    Set: "set displays",
    Starred: "starred expressions",
  };
  return names[t] ?? t;
}
