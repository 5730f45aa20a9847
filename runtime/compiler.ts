/**
 * The compiler: Python AST → JavaScript source. Each module becomes one JS function
 * `(function ($R, $G, $I, $C) {...})` instantiated once; Python functions become JS
 * functions (closures give cells for free), with fast paths for small ints, exact lists
 * and attribute access inlined so V8's inline caches see them per call site.
 */

// deno-lint-ignore-file no-explicit-any
import { CompileError } from "./compile_error.ts";
import { analyze, type Resolution, type Scope, type ScopeInfo } from "./scope.ts";
import type { CodeInfo } from "./objfun.ts";
import { compileViper, isViperDecorator } from "./viper.ts";

/** Options that change compilation. */
export interface CompileOptions {
  /** Float literals allowed. */
  float: boolean;
  /** REPL mode: print expression statement results. */
  interactive?: boolean;
  /** Module name (for `__module__` of classes). */
  moduleName?: string;
}

/** A compiled module ready to instantiate. */
export interface CompiledModule {
  /** JS source of the module function body. */
  js: string;
  /** Constants referenced as `$C[i]`: code infos, bigints, bytes, floats. */
  consts: any[];
  /** For eval mode: the expression's value is returned. */
  filename: string;
}

const MAX = "9007199254740991";

/** Helper names destructured from `$R` at the top of each module. */
export const RUNTIME_HELPERS = [
  "add",
  "sub",
  "mul",
  "floordiv",
  "mod",
  "truediv",
  "pow",
  "lshift",
  "rshift",
  "and",
  "or",
  "xor",
  "neg",
  "pos",
  "invert",
  "inplaceOp",
  "eq",
  "ne",
  "lt",
  "le",
  "gt",
  "ge",
  "contains",
  "truthy",
  "getattr",
  "methodOf",
  "setattr",
  "delattr",
  "getitem",
  "setitem",
  "delitem",
  "call",
  "callKw",
  "callEx",
  "callMethod",
  "callMethodKw",
  "getIter",
  "STOP",
  "None",
  "Ellipsis",
  "PyList",
  "PyDict",
  "listType",
  "tupleType",
  "dictType",
  "setType",
  "tuple",
  "mkset",
  "mkslice",
  "getslice",
  "mkfn",
  "argsSlow",
  "mkclass",
  "mksuper",
  "superFn",
  "tb",
  "tbCaught",
  "pyexc",
  "isexc",
  "raise",
  "reraise",
  "nameError",
  "unbound",
  "unpack",
  "unpackEx",
  "importName",
  "importFrom",
  "importStar",
  "yieldFrom",
  "PyGenerator",
  "poll",
  "assertFail",
  "withEnter",
  "withExit",
  "rangeCheck",
  "printExpr",
  "toArray",
  "dictMerge",
  "const",
  "viper",
] as const;

class FnState {
  temps = 0;
  maxTemps = 0;
  locals = new Set<string>();
  loopLabels: (string | null)[] = [];
  handlerVars: string[] = [];
  labelCounter = 0;
  /** The constant naming this frame's code (for traceback entries), when it has one. */
  coRef: string | null = null;
  constructor(public scope: Scope, public isGen: boolean, public classCell: string | null) {}
  temp(): string {
    const t = "$t" + this.temps++;
    if (this.temps > this.maxTemps) this.maxTemps = this.temps;
    return t;
  }
  release(n: number): void {
    this.temps -= n;
  }
}

function jsName(name: string): string {
  return "v$" + name;
}

function prop(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? "." + name : "[" + JSON.stringify(name) + "]";
}

function optProp(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? "?." + name : "?.[" + JSON.stringify(name) + "]";
}

const BINOP_HELPER: Record<string, string> = {
  Add: "add",
  Sub: "sub",
  Mult: "mul",
  Div: "truediv",
  FloorDiv: "floordiv",
  Mod: "mod",
  Pow: "pow",
  LShift: "lshift",
  RShift: "rshift",
  BitOr: "or",
  BitXor: "xor",
  BitAnd: "and",
};

/** Compiles a parsed module (or Interactive / Expression) to JS. */
export function compile(tree: any, filename: string, opts: CompileOptions): CompiledModule {
  const c = new Compiler(tree, filename, opts);
  return c.run();
}

class Compiler {
  consts: any[] = [];
  info: ScopeInfo;
  fn!: FnState;
  out: string[] = [];
  indent = "";
  cellCounter = 0;
  fnCounter = 0;
  /** Module-level `NAME = const(value)` folds. */
  constNames = new Map<string, string>();
  /** Names never assigned at module level (so `range` means the builtin). */
  moduleBound: Set<string>;

  constructor(public tree: any, public filename: string, public opts: CompileOptions) {
    this.info = analyze(tree, filename);
    this.moduleBound = this.info.module.bound;
  }

  err(node: any, msg: string): never {
    throw new CompileError(
      "SyntaxError",
      msg,
      this.filename,
      node?.lineno ?? 1,
      node?.col_offset ?? 0,
    );
  }

  const(v: any): string {
    this.consts.push(v);
    return "$C[" + (this.consts.length - 1) + "]";
  }

  emit(line: string): void {
    this.out.push(this.indent + line);
  }

  run(): CompiledModule {
    const tree = this.tree;
    const mod = this.info.module;
    this.fn = new FnState(mod, false, null);
    const bodyOut: string[] = [];
    const saved = this.out;
    this.out = bodyOut;
    this.indent = "    ";
    const co: CodeInfo = {
      name: "<module>",
      file: this.filename,
      params: [],
      kwonly: [],
      vararg: false,
      varkw: false,
      gen: false,
      simple: true,
    };
    const coRef = this.const(co);
    this.fn.coRef = coRef;
    if (tree.type === "Expression") {
      this.emit("return " + this.expr(tree.body) + ";");
    } else {
      this.stmts(tree.body, tree.type === "Interactive");
      this.emit("return $None;");
    }
    this.out = saved;
    const lines: string[] = [];
    lines.push('"use strict";');
    lines.push("const {" + RUNTIME_HELPERS.map((h) => `${h}: $${h}`).join(", ") + "} = $R;");
    lines.push("let $ln = 1;");
    if (this.fn.maxTemps) {
      lines.push("let " + range(this.fn.maxTemps).map((i) => "$t" + i).join(", ") + ";");
    }
    lines.push("try {");
    lines.push(...bodyOut);
    lines.push(`} catch ($e) { throw $tb($e, ${coRef}, $ln); }`);
    return { js: lines.join("\n"), consts: this.consts, filename: this.filename };
  }

  // -------------------------------------------------------------------------------------
  // Statements

  stmts(body: any[], interactive = false): void {
    for (const s of body) this.stmt(s, interactive);
  }

  line(n: any): void {
    this.emit(`$ln = ${n.lineno};`);
  }

  block(f: () => void): void {
    const saved = this.indent;
    this.indent += "  ";
    f();
    this.indent = saved;
  }

  stmt(n: any, interactive = false): void {
    this.line(n);
    switch (n.type) {
      case "Expr": {
        if (interactive) this.emit(`$printExpr(${this.expr(n.value)});`);
        else this.emit(this.expr(n.value) + ";");
        break;
      }
      case "Assign":
        this.assign(n);
        break;
      case "AugAssign":
        this.augAssign(n);
        break;
      case "If":
        this.ifStmt(n);
        break;
      case "While":
        this.whileStmt(n);
        break;
      case "For":
        this.forStmt(n);
        break;
      case "Break": {
        const lbl = this.fn.loopLabels[this.fn.loopLabels.length - 1];
        if (lbl === undefined) this.err(n, "'break' outside loop");
        this.emit(lbl ? `break ${lbl};` : "break;");
        break;
      }
      case "Continue":
        if (this.fn.loopLabels.length === 0) this.err(n, "'continue' outside loop");
        this.emit("continue;");
        break;
      case "Pass":
        break;
      case "Return":
        this.emit("return " + (n.value ? this.expr(n.value) : "$None") + ";");
        break;
      case "FunctionDef": {
        const f = this.functionDef(n);
        this.store(n.name, f, n);
        break;
      }
      case "ClassDef":
        this.classDef(n);
        break;
      case "Raise":
        this.raiseStmt(n);
        break;
      case "Try":
        this.tryStmt(n);
        break;
      case "With":
        this.withStmt(n, 0);
        break;
      case "Assert": {
        const msg = n.msg ? this.expr(n.msg) : "undefined";
        this.emit(`if (!${this.test(n.test)}) throw $assertFail(${msg});`);
        break;
      }
      case "Delete":
        for (const t of n.targets) this.del(t);
        break;
      case "Import":
        this.importStmt(n);
        break;
      case "ImportFrom":
        this.importFrom(n);
        break;
      case "Global":
      case "Nonlocal":
        break;
      default:
        this.err(n, "invalid syntax");
    }
  }

  assign(n: any): void {
    // micropython.const folding at module level.
    if (
      this.fn.scope.kind === "module" && n.targets.length === 1 && n.targets[0].type === "Name" &&
      n.value.type === "Call" && n.value.func.type === "Name" && n.value.func.id === "const" &&
      n.value.args.length === 1
    ) {
      const v = this.constValue(n.value.args[0]);
      if (v !== undefined) {
        const name = n.targets[0].id;
        this.constNames.set(name, v);
        if (!name.startsWith("_")) this.emit(`$G${prop(name)} = ${v};`);
        return;
      }
    }
    if (n.targets.length === 1) {
      this.assignTo(n.targets[0], this.expr(n.value));
      return;
    }
    const t = this.fn.temp();
    this.emit(`${t} = ${this.expr(n.value)};`);
    for (const tg of n.targets) this.assignTo(tg, t);
    this.fn.release(1);
  }

  /** The JS literal of a compile-time constant int expression, or undefined. */
  constValue(n: any): string | undefined {
    const v = this.constEval(n);
    if (v === undefined) return undefined;
    return typeof v === "bigint" ? v.toString() + "n" : String(v);
  }

  constEval(n: any): number | bigint | undefined {
    if (n.type === "Constant" && n.kind === "int") return n.value;
    if (n.type === "Constant" && n.kind === "bool") return n.value ? 1 : 0;
    if (n.type === "Name" && this.constNames.has(n.id)) {
      const s = this.constNames.get(n.id)!;
      return s.endsWith("n") ? BigInt(s.slice(0, -1)) : Number(s);
    }
    if (n.type === "UnaryOp") {
      const v = this.constEval(n.operand);
      if (v === undefined) return undefined;
      const b = BigInt(v);
      const r = n.op === "USub"
        ? -b
        : n.op === "UAdd"
        ? b
        : n.op === "Invert"
        ? -b - 1n
        : undefined;
      return r === undefined ? undefined : normBig(r);
    }
    if (n.type === "BinOp") {
      // bool & | ^ bool is a bool, not an int: leave it to the run time.
      if (
        (n.op === "BitOr" || n.op === "BitAnd" || n.op === "BitXor") &&
        n.left.kind === "bool" && n.right.kind === "bool"
      ) return undefined;
      const a = this.constEval(n.left);
      const b = this.constEval(n.right);
      if (a === undefined || b === undefined) return undefined;
      const x = BigInt(a);
      const y = BigInt(b);
      let r: bigint;
      switch (n.op) {
        case "Add":
          r = x + y;
          break;
        case "Sub":
          r = x - y;
          break;
        case "Mult":
          r = x * y;
          break;
        case "LShift":
          if (y < 0n || y > 256n) return undefined;
          r = x << y;
          break;
        case "RShift":
          if (y < 0n) return undefined;
          r = x >> y;
          break;
        case "BitOr":
          r = x | y;
          break;
        case "BitAnd":
          r = x & y;
          break;
        case "BitXor":
          r = x ^ y;
          break;
        case "FloorDiv": {
          if (y === 0n) return undefined;
          r = x / y;
          if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) r -= 1n;
          break;
        }
        case "Mod": {
          if (y === 0n) return undefined;
          r = x % y;
          if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
          break;
        }
        case "Pow":
          if (y < 0n || y > 256n) return undefined;
          r = x ** y;
          break;
        default:
          return undefined;
      }
      return normBig(r);
    }
    return undefined;
  }

  assignTo(t: any, value: string): void {
    switch (t.type) {
      case "Name":
        this.store(t.id, value, t);
        break;
      case "Attribute": {
        const v = this.fn.temp();
        const o = this.fn.temp();
        this.emit(`${v} = ${value};`);
        this.emit(`${o} = ${this.expr(t.value)};`);
        this.emit(
          `if (${o}.$sf === true) ${o}.$d${prop(t.attr)} = ${v}; else $setattr(${o}, ${
            JSON.stringify(t.attr)
          }, ${v});`,
        );
        this.fn.release(2);
        break;
      }
      case "Subscript": {
        const v = this.fn.temp();
        const o = this.fn.temp();
        const k = this.fn.temp();
        this.emit(`${v} = ${value};`);
        this.emit(`${o} = ${this.expr(t.value)};`);
        this.emit(`${k} = ${this.sliceExpr(t.slice)};`);
        // Exact lists by index, and exact dicts by int or str key (their own hash key).
        this.emit(
          `if (${o}.$cls === $listType && typeof ${k} === "number" && (${k} >>> 0) === ${k} && ${k} < ${o}.a.length) ${o}.a[${k}] = ${v}; else if (${o}.$cls === $dictType && ${o}.$slow === undefined && (typeof ${k} === "string" || typeof ${k} === "number")) ${o}.m.set(${k}, ${v}); else $setitem(${o}, ${k}, ${v});`,
        );
        this.fn.release(3);
        break;
      }
      case "Tuple":
      case "List": {
        const elts = t.elts;
        const starIdx = elts.findIndex((e: any) => e.type === "Starred");
        if (elts.filter((e: any) => e.type === "Starred").length > 1) {
          this.err(t, "multiple starred expressions in assignment");
        }
        const arr = this.fn.temp();
        if (starIdx < 0) this.emit(`${arr} = $unpack(${value}, ${elts.length});`);
        else this.emit(`${arr} = $unpackEx(${value}, ${starIdx}, ${elts.length - starIdx - 1});`);
        elts.forEach((e: any, i: number) => {
          this.assignTo(e.type === "Starred" ? e.value : e, `${arr}[${i}]`);
        });
        this.fn.release(1);
        break;
      }
      case "Starred":
        this.err(t, "starred assignment target must be in a list or tuple");
        break;
      default:
        this.err(t, "can't assign to expression");
    }
  }

  resolve(name: string): Resolution {
    return this.fn.scope.resolve(name);
  }

  store(name: string, value: string, node: any): void {
    const r = this.resolve(name);
    this.emit(this.storeCode(name, r, value, node) + ";");
  }

  storeCode(name: string, r: Resolution, value: string, _node: any): string {
    switch (r.kind) {
      case "local":
      case "free":
        return `${jsName(name)} = ${value}`;
      case "global":
        return `$G${prop(name)} = ${value}`;
      case "class":
        return `$ns${prop(name)} = ${value}`;
    }
  }

  loadName(name: string, _node: any): string {
    const r = this.resolve(name);
    if (r.kind === "global" && this.constNames.has(name) && !this.isReassigned(name)) {
      return this.constNames.get(name)!;
    }
    return this.loadCode(name, r);
  }

  isReassigned(_name: string): boolean {
    return false;
  }

  loadCode(name: string, r: Resolution): string {
    switch (r.kind) {
      case "local":
        if (this.fn.scope.params.has(name) && !this.fn.scope.isGenerator) return jsName(name);
        return `(${jsName(name)} ?? $unbound(${JSON.stringify(name)}))`;
      case "free":
        return `(${jsName(name)} ?? $unbound(${JSON.stringify(name)}))`;
      case "global":
        return `($G${prop(name)} ?? $nameError(${JSON.stringify(name)}))`;
      case "class":
        return `($ns${prop(name)} ?? ${this.loadCode(name, r.fallback)})`;
    }
  }

  augAssign(n: any): void {
    const op = n.op;
    const t = n.target;
    const helper = BINOP_HELPER[op];
    if (t.type === "Name") {
      const cur = this.loadName(t.id, t);
      const a = this.fn.temp();
      const b = this.fn.temp();
      const r = this.fn.temp();
      const fast = this.fastBinop(op, a, b, r);
      this.emit(`${a} = ${cur}; ${b} = ${this.expr(n.value)};`);
      const val = fast
        ? `(${fast.cond} ? ${fast.value} : $inplaceOp("${helper}", ${a}, ${b}))`
        : `$inplaceOp("${helper}", ${a}, ${b})`;
      this.store(t.id, val, t);
      this.fn.release(3);
      return;
    }
    if (t.type === "Attribute") {
      // Read, operate and store with the same fast paths as plain loads, binops and stores.
      const o = this.fn.temp();
      const a = this.fn.temp();
      const b = this.fn.temp();
      const r = this.fn.temp();
      const name = JSON.stringify(t.attr);
      this.emit(`${o} = ${this.expr(t.value)};`);
      this.emit(
        `${a} = (${r} = ${o}.$d${
          optProp(t.attr)
        }) !== undefined && ${r}.$desc === undefined ? ${r} : $getattr(${o}, ${name});`,
      );
      this.emit(`${b} = ${this.expr(n.value)};`);
      const fast = this.fastBinop(op, a, b, r);
      const val = fast
        ? `(${fast.cond} ? ${fast.value} : $inplaceOp("${helper}", ${a}, ${b}))`
        : `$inplaceOp("${helper}", ${a}, ${b})`;
      this.emit(`${a} = ${val};`);
      this.emit(
        `if (${o}.$sf === true) ${o}.$d${prop(t.attr)} = ${a}; else $setattr(${o}, ${name}, ${a});`,
      );
      this.fn.release(4);
      return;
    }
    if (t.type === "Subscript") {
      const o = this.fn.temp();
      const k = this.fn.temp();
      const v = this.fn.temp();
      const b = this.fn.temp();
      const r = this.fn.temp();
      this.emit(`${o} = ${this.expr(t.value)}; ${k} = ${this.sliceExpr(t.slice)};`);
      const inList =
        `${o}.$cls === $listType && typeof ${k} === "number" && (${k} >>> 0) === ${k} && ${k} < ${o}.a.length`;
      this.emit(`${v} = ${inList} ? ${o}.a[${k}] : $getitem(${o}, ${k});`);
      this.emit(`${b} = ${this.expr(n.value)};`);
      const fast = this.fastBinop(op, v, b, r);
      const val = fast
        ? `(${fast.cond} ? ${fast.value} : $inplaceOp("${helper}", ${v}, ${b}))`
        : `$inplaceOp("${helper}", ${v}, ${b})`;
      this.emit(`${v} = ${val};`);
      this.emit(`if (${inList}) ${o}.a[${k}] = ${v}; else $setitem(${o}, ${k}, ${v});`);
      this.fn.release(5);
      return;
    }
    this.err(n, "illegal expression for augmented assignment");
  }

  ifStmt(n: any): void {
    this.emit(`if (${this.test(n.test)}) {`);
    this.block(() => this.stmts(n.body));
    if (n.orelse.length) {
      this.emit("} else {");
      this.block(() => this.stmts(n.orelse));
    }
    this.emit("}");
  }

  loop(n: any, head: () => void, prefix?: () => void): void {
    const hasElse = n.orelse.length > 0;
    const label = hasElse ? "$L" + this.fn.labelCounter++ : null;
    if (label) this.emit(`${label}: {`);
    head();
    this.block(() => {
      prefix?.();
      this.emit("if ($I[0] !== 0) $poll();");
      this.fn.loopLabels.push(label);
      this.stmts(n.body);
      this.fn.loopLabels.pop();
    });
    this.emit("}");
    if (label) {
      this.stmts(n.orelse);
      this.emit("}");
    }
  }

  whileStmt(n: any): void {
    this.loop(n, () => this.emit(`while (${this.test(n.test)}) {`));
  }

  forStmt(n: any): void {
    const it = n.iter;
    if (
      it.type === "Call" && it.func.type === "Name" && it.func.id === "range" &&
      this.resolve("range").kind === "global" && !this.moduleBound.has("range") &&
      it.keywords.length === 0 && it.args.length >= 1 && it.args.length <= 3 &&
      !it.args.some((a: any) => a.type === "Starred")
    ) {
      const stepVal = it.args.length === 3 ? this.constEval(it.args[2]) : 1;
      if (typeof stepVal === "number" && stepVal !== 0) {
        const start = this.fn.temp();
        const stop = this.fn.temp();
        const i = this.fn.temp();
        if (it.args.length === 1) {
          this.emit(`${start} = 0; ${stop} = ${this.expr(it.args[0])};`);
        } else {
          this.emit(`${start} = ${this.expr(it.args[0])}; ${stop} = ${this.expr(it.args[1])};`);
        }
        this.emit(
          `if (typeof ${start} !== "number" || typeof ${stop} !== "number") [${start}, ${stop}] = $rangeCheck(${start}, ${stop});`,
        );
        const cmp = stepVal > 0 ? "<" : ">";
        this.loop(
          n,
          () => this.emit(`for (${i} = ${start}; ${i} ${cmp} ${stop}; ${i} += ${stepVal}) {`),
          () => this.assignTo(n.target, i),
        );
        this.fn.release(3);
        return;
      }
    }
    const itv = this.fn.temp();
    const v = this.fn.temp();
    this.emit(`${itv} = $getIter(${this.expr(it)});`);
    this.loop(n, () => this.emit(`for (;;) {`), () => {
      this.emit(`${v} = ${itv}.$n(); if (${v} === $STOP) break;`);
      this.assignTo(n.target, v);
    });
    this.fn.release(2);
  }

  raiseStmt(n: any): void {
    if (!n.exc) {
      const hv = this.fn.handlerVars[this.fn.handlerVars.length - 1];
      this.emit(hv ? `throw ${hv};` : "throw $reraise();");
      return;
    }
    const cause = n.cause ? this.expr(n.cause) : "undefined";
    this.emit(`throw $raise(${this.expr(n.exc)}, ${cause});`);
  }

  tryStmt(n: any): void {
    const hasFinally = n.finalbody.length > 0;
    const hasElse = n.orelse.length > 0;
    if (hasFinally) this.emit("try {");
    const inner = () => {
      if (n.handlers.length === 0) {
        this.stmts(n.body);
        return;
      }
      const okFlag = hasElse ? this.fn.temp() : null;
      if (okFlag) this.emit(`${okFlag} = false;`);
      this.emit("try {");
      this.block(() => {
        this.stmts(n.body);
        if (okFlag) this.emit(`${okFlag} = true;`);
      });
      const ev = "$e" + this.fn.labelCounter++;
      this.emit(`} catch (${ev}) {`);
      this.block(() => {
        // The frame that catches an exception appears in its traceback (as MicroPython's VM
        // records it at the handler), so sys.print_exception shows where it was caught.
        this.emit(
          this.fn.coRef
            ? `${ev} = $tbCaught(${ev}, ${this.fn.coRef}, $ln);`
            : `${ev} = $pyexc(${ev});`,
        );
        let first = true;
        for (const h of n.handlers) {
          const cond = h.type ? `$isexc(${ev}, ${this.expr(h.type)})` : "true";
          this.emit(`${first ? "" : "else "}if (${cond}) {`);
          first = false;
          this.block(() => {
            this.line(h);
            if (h.name) this.store(h.name, ev, h);
            this.fn.handlerVars.push(ev);
            if (h.name) {
              this.emit("try {");
              this.block(() => this.stmts(h.body));
              this.emit("} finally {");
              const r = this.resolve(h.name);
              this.emit("  " + this.storeCode(h.name, r, "undefined", h) + ";");
              this.emit("}");
            } else this.stmts(h.body);
            this.fn.handlerVars.pop();
          });
          this.emit("}");
        }
        if (!n.handlers.some((h: any) => !h.type)) this.emit(`else throw ${ev};`);
      });
      this.emit("}");
      if (okFlag) {
        this.emit(`if (${okFlag}) {`);
        this.block(() => this.stmts(n.orelse));
        this.emit("}");
        this.fn.release(1);
      }
    };
    if (hasFinally) {
      this.block(inner);
      this.emit("} finally {");
      this.block(() => this.stmts(n.finalbody));
      this.emit("}");
    } else inner();
  }

  withStmt(n: any, idx: number): void {
    if (idx >= n.items.length) {
      this.stmts(n.body);
      return;
    }
    const item = n.items[idx];
    const mgr = this.fn.temp();
    const exit = this.fn.temp();
    const failed = this.fn.temp();
    this.emit(`${mgr} = ${this.expr(item.context_expr)};`);
    this.emit(`${exit} = $withExit(${mgr});`);
    const entered = `$withEnter(${mgr})`;
    if (item.optional_vars) this.assignTo(item.optional_vars, entered);
    else this.emit(entered + ";");
    this.emit(`${failed} = false;`);
    this.emit("try {");
    this.block(() => this.withStmt(n, idx + 1));
    const ev = "$e" + this.fn.labelCounter++;
    this.emit(`} catch (${ev}) {`);
    this.emit(`  ${failed} = true; ${ev} = $pyexc(${ev});`);
    this.emit(`  if (!$truthy($call(${exit}, [${ev}.$cls, ${ev}, $None]))) throw ${ev};`);
    this.emit(`} finally {`);
    this.emit(`  if (!${failed}) $call(${exit}, [$None, $None, $None]);`);
    this.emit("}");
    this.fn.release(3);
  }

  del(t: any): void {
    switch (t.type) {
      case "Name": {
        const r = this.resolve(t.id);
        if (r.kind === "global") {
          this.emit(
            `if (!Object.prototype.hasOwnProperty.call($G, ${JSON.stringify(t.id)})) $nameError(${
              JSON.stringify(t.id)
            }); delete $G${prop(t.id)};`,
          );
        } else if (r.kind === "class") this.emit(`delete $ns${prop(t.id)};`);
        else this.emit(`${this.loadCode(t.id, r)}; ${jsName(t.id)} = undefined;`);
        break;
      }
      case "Attribute":
        this.emit(`$delattr(${this.expr(t.value)}, ${JSON.stringify(t.attr)});`);
        break;
      case "Subscript": {
        const o = this.fn.temp();
        this.emit(`${o} = ${this.expr(t.value)};`);
        this.emit(`$delitem(${o}, ${this.sliceExpr(t.slice)});`);
        this.fn.release(1);
        break;
      }
      case "Tuple":
      case "List":
        for (const e of t.elts) this.del(e);
        break;
      default:
        this.err(t, "can't delete expression");
    }
  }

  importStmt(n: any): void {
    for (const a of n.names) {
      if (a.asname) {
        this.store(a.asname, `$importName(${JSON.stringify(a.name)}, true, $G)`, n);
      } else {
        const top = a.name.split(".")[0];
        this.store(top, `$importName(${JSON.stringify(a.name)}, false, $G)`, n);
      }
    }
  }

  importFrom(n: any): void {
    const m = this.fn.temp();
    const names = n.names.map((a: any) => a.name);
    this.emit(
      `${m} = $importName(${JSON.stringify(n.module ?? "")}, true, $G, ${n.level}, ${
        JSON.stringify(names)
      });`,
    );
    for (const a of n.names) {
      if (a.name === "*") this.emit(`$importStar(${m}, $G);`);
      else this.store(a.asname ?? a.name, `$importFrom(${m}, ${JSON.stringify(a.name)})`, n);
    }
    this.fn.release(1);
  }

  // -------------------------------------------------------------------------------------
  // Functions and classes

  /** Compiles a def or lambda; returns the JS expression creating the function object. */
  functionDef(n: any): string {
    const isLambda = n.type === "Lambda";
    const scope = this.info.scopes.get(n)!;
    const a = n.args;
    // Decorators and defaults are evaluated in the enclosing scope, decorators first.
    const decos: string[] = [];
    const decoTemps: string[] = [];
    const isViper = !isLambda && n.decorator_list.some(isViperDecorator);
    if (!isLambda) {
      for (const d of n.decorator_list) {
        if (isViperDecorator(d)) continue; // a compiler directive, not a call
        const t = this.fn.temp();
        decoTemps.push(t);
        this.emit(`${t} = ${this.decorator(d)};`);
        decos.push(t);
      }
    }
    const defaults = a.defaults.map((d: any) => this.expr(d));
    const kwdefs: string[] = [];
    a.kwonlyargs.forEach((k: any, i: number) => {
      if (a.kw_defaults[i]) kwdefs.push(`${JSON.stringify(k.arg)}: ${this.expr(a.kw_defaults[i])}`);
    });
    const params: string[] = a.args.map((p: any) => p.arg);
    const isGen = scope.isGenerator;
    const simple = !a.vararg && a.kwonlyargs.length === 0 && !a.kwarg && !isGen;
    const co: CodeInfo = {
      name: isLambda ? "<lambda>" : n.name,
      file: this.filename,
      params,
      kwonly: a.kwonlyargs.map((p: any) => p.arg),
      vararg: !!a.vararg,
      varkw: !!a.kwarg,
      gen: isGen,
      simple,
    };
    const coRef = this.const(co);
    const slotNames = [
      ...params,
      ...(a.vararg ? [a.vararg.arg] : []),
      ...a.kwonlyargs.map((p: any) => p.arg),
      ...(a.kwarg ? [a.kwarg.arg] : []),
    ];
    const fname = "$f" + this.fnCounter++;
    const classCell = scope.needsClassCell ? this.currentClassCell() : null;
    const body = isViper ? compileViper(this, n, scope, { fname, coRef }) : this.functionBody(
      scope,
      n,
      isLambda ? [{ type: "Return", value: n.body, lineno: n.lineno, col_offset: 0 }] : n.body,
      {
        fname,
        coRef,
        slotNames,
        simple,
        isGen,
        classCell,
        firstParam: slotNames[0] ?? null,
      },
    );
    let f = `$mkfn(${body}, ${coRef}, ${
      defaults.length ? "[" + defaults.join(", ") + "]" : "null"
    }, ${kwdefs.length ? "{" + kwdefs.join(", ") + "}" : "null"}, $G.__name__)`;
    for (let i = decos.length - 1; i >= 0; i--) f = `$call(${decos[i]}, [${f}])`;
    this.fn.release(decoTemps.length);
    return f;
  }

  decorator(d: any): string {
    return this.expr(d);
  }

  currentClassCell(): string | null {
    // The innermost enclosing class body's cell variable.
    return this.classCells[this.classCells.length - 1] ?? null;
  }
  classCells: string[] = [];

  functionBody(
    scope: Scope,
    _n: any,
    body: any[],
    o: {
      fname: string;
      coRef: string;
      slotNames: string[];
      simple: boolean;
      isGen: boolean;
      classCell: string | null;
      firstParam: string | null;
    },
  ): string {
    const savedFn = this.fn;
    const savedOut = this.out;
    const savedIndent = this.indent;
    this.fn = new FnState(scope, o.isGen, o.classCell);
    this.fn.coRef = o.coRef;
    (this.fn as any).firstParam = o.firstParam;
    this.out = [];
    this.indent = "    ";
    this.stmts(body);
    const bodyLines = this.out;
    const fn = this.fn;
    this.fn = savedFn;
    this.out = savedOut;
    this.indent = savedIndent;
    const params = o.slotNames.map(jsName);
    const locals = [...scope.bound].filter((x) =>
      !scope.params.has(x) && !scope.globals.has(x) && !scope.nonlocals.has(x)
    );
    const lines: string[] = [];
    lines.push(`function${o.isGen ? "*" : ""} ${o.fname}(${params.join(", ")}) {`);
    if (o.simple) {
      lines.push(
        `  if (arguments.length !== ${params.length}) return $argsSlow(${o.fname}, arguments.length${
          params.length ? ", " + params.join(", ") : ""
        });`,
      );
    }
    lines.push("  if ($I[0] !== 0) $poll();");
    const decl = ["$ln = " + (body[0]?.lineno ?? 1)];
    for (const l of locals) decl.push(jsName(l));
    for (let i = 0; i < fn.maxTemps; i++) decl.push("$t" + i);
    lines.push("  let " + decl.join(", ") + ";");
    lines.push("  try {");
    lines.push(...bodyLines);
    lines.push("    return $None;");
    lines.push(`  } catch ($e) { throw $tb($e, ${o.coRef}, $ln); }`);
    lines.push("}");
    return lines.join("\n" + this.indent);
  }

  classDef(n: any): void {
    const scope = this.info.scopes.get(n)!;
    const decos = n.decorator_list.map((d: any) => {
      const t = this.fn.temp();
      this.emit(`${t} = ${this.expr(d)};`);
      return t;
    });
    const bases = n.bases.map((b: any) =>
      b.type === "Starred" ? `...$toArray(${this.expr(b.value)})` : this.expr(b)
    );
    const cell = "$cls" + this.cellCounter++;
    this.emit(`let ${cell};`);
    // Class body: names go into $ns; nested functions see enclosing function scopes.
    const savedFn = this.fn;
    const savedOut = this.out;
    const savedIndent = this.indent;
    this.fn = new FnState(scope, false, cell);
    this.fn.coRef = savedFn.coRef;
    this.out = [];
    this.indent = "    ";
    this.classCells.push(cell);
    this.emit(`$ns.__module__ = $G.__name__;`);
    this.stmts(n.body);
    this.classCells.pop();
    const bodyLines = this.out;
    const fn = this.fn;
    this.fn = savedFn;
    this.out = savedOut;
    this.indent = savedIndent;
    const lines: string[] = [];
    lines.push(`(($ns) => {`);
    if (fn.maxTemps) {
      lines.push("    let " + range(fn.maxTemps).map((i) => "$t" + i).join(", ") + ";");
    }
    lines.push(...bodyLines);
    lines.push("    return $ns;");
    lines.push("  })($R.newNamespace())");
    const kws = n.keywords.filter((k: any) => k.arg !== null);
    let cls = `${cell} = $mkclass(${JSON.stringify(n.name)}, [${bases.join(", ")}], ${
      lines.join("\n" + this.indent)
    }${
      kws.length
        ? ", " + JSON.stringify(kws.map((k: any) => k.arg)) + ", [" + kws.map((k: any) =>
          this.expr(k.value)
        ).join(", ") + "]"
        : ""
    })`;
    for (let i = decos.length - 1; i >= 0; i--) cls = `$call(${decos[i]}, [${cls}])`;
    this.store(n.name, cls, n);
    this.fn.release(decos.length);
  }

  // -------------------------------------------------------------------------------------
  // Expressions

  /** A JS boolean expression for a Python truth test. */
  test(n: any): string {
    switch (n.type) {
      case "Compare":
        return this.compare(n, false);
      case "UnaryOp":
        if (n.op === "Not") return `!${this.test(n.operand)}`;
        break;
      case "BoolOp": {
        const parts = n.values.map((v: any) => this.test(v));
        return "(" + parts.join(n.op === "And" ? " && " : " || ") + ")";
      }
      case "Constant":
        if (n.kind === "bool") return String(n.value);
        break;
    }
    const t = this.fn.temp();
    const e = this.expr(n);
    this.fn.release(1);
    return `((${t} = ${e}) === true || (${t} !== false && $truthy(${t})))`;
  }

  expr(n: any): string {
    switch (n.type) {
      case "Constant":
        return this.constant(n);
      case "Name":
        if (n.id === "__debug__") return "true";
        return this.loadName(n.id, n);
      case "BinOp":
        return this.binop(n);
      case "UnaryOp":
        return this.unary(n);
      case "BoolOp": {
        const t = this.fn.temp();
        let code = this.expr(n.values[n.values.length - 1]);
        for (let i = n.values.length - 2; i >= 0; i--) {
          const v = this.expr(n.values[i]);
          const truth = `(${t} === true || (${t} !== false && $truthy(${t})))`;
          code = n.op === "And"
            ? `((${t} = ${v}), ${truth} ? ${code} : ${t})`
            : `((${t} = ${v}), ${truth} ? ${t} : ${code})`;
        }
        this.fn.release(1);
        return code;
      }
      case "Compare":
        return this.compare(n, true);
      case "IfExp":
        return `(${this.test(n.test)} ? ${this.expr(n.body)} : ${this.expr(n.orelse)})`;
      case "Attribute": {
        if (n.value.type === "Name" && n.value.id === "micropython" && n.attr === "const") {
          return "$const";
        }
        const t = this.fn.temp();
        const v = this.fn.temp();
        const obj = this.expr(n.value);
        this.fn.release(2);
        // Instance (or class/module) dict hit, unless it is a descriptor needing binding.
        return `(${t} = ${obj}, (${v} = ${t}.$d${
          optProp(n.attr)
        }) !== undefined && ${v}.$desc === undefined ? ${v} : $getattr(${t}, ${
          JSON.stringify(n.attr)
        }))`;
      }
      case "Subscript":
        return this.subscript(n);
      case "Call":
        return this.call(n);
      case "Lambda":
        return this.functionDef(n);
      case "List":
        return `new $PyList([${this.elts(n.elts)}])`;
      case "Tuple":
        return `$tuple([${this.elts(n.elts)}])`;
      case "Set":
        return `$mkset([${this.elts(n.elts)}])`;
      case "Dict": {
        const t = this.fn.temp();
        // MicroPython 1.8 (as Python 3.4) evaluates each value before its key.
        const v = n.keys.some((k: any) => k !== null && !isTrivial(k)) ? this.fn.temp() : "";
        const parts = n.keys.map((k: any, i: number) =>
          k === null
            ? `$dictMerge(${t}, ${this.expr(n.values[i])})`
            : v === "" || isTrivial(k)
            ? `${t}.set(${this.expr(k)}, ${this.expr(n.values[i])})`
            : `(${v} = ${this.expr(n.values[i])}, ${t}.set(${this.expr(k)}, ${v}))`
        );
        this.fn.release(v === "" ? 1 : 2);
        return `(${t} = new $PyDict(), ${parts.length ? parts.join(", ") + ", " : ""}${t})`;
      }
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        return this.comprehension(n);
      case "Yield":
        return `(yield ${n.value ? this.expr(n.value) : "$None"})`;
      case "YieldFrom":
        return `(yield* $yieldFrom(${this.expr(n.value)}))`;
      case "Starred":
        this.err(n, "can't use starred expression here");
        break;
      case "Slice":
        return this.sliceExpr(n);
    }
    this.err(n, "invalid syntax");
  }

  elts(elts: any[]): string {
    return elts.map((e: any) =>
      e.type === "Starred" ? `...$toArray(${this.expr(e.value)})` : this.expr(e)
    ).join(", ");
  }

  constant(n: any): string {
    switch (n.kind) {
      case "int":
        if (typeof n.value === "bigint") return n.value.toString() + "n";
        return n.value < 0 ? `(${n.value})` : String(n.value);
      case "str":
        return JSON.stringify(n.value);
      case "bytes":
        return `$R.bytesConst(${this.const(n.value)})`;
      case "bool":
        return n.value ? "true" : "false";
      case "None":
        return "$None";
      case "Ellipsis":
        return "$Ellipsis";
      case "float":
        if (!this.opts.float) this.err(n, "decimal numbers not supported");
        return `$R.floatConst(${this.const(n.value)})`;
    }
    this.err(n, "invalid constant");
  }

  fastBinop(op: string, a: string, b: string, r: string): { cond: string; value: string } | null {
    const both = `typeof ${a} === "number" && typeof ${b} === "number"`;
    switch (op) {
      case "Add":
      case "Sub":
      case "Mult": {
        const js = op === "Add" ? "+" : op === "Sub" ? "-" : "*";
        return {
          cond: `${both} && (${r} = ${a} ${js} ${b}) <= ${MAX} && ${r} >= -${MAX}`,
          value: r,
        };
      }
      case "FloorDiv":
        return { cond: `${both} && ${a} >= 0 && ${b} > 0`, value: `Math.floor(${a} / ${b})` };
      case "Mod":
        return { cond: `${both} && ${a} >= 0 && ${b} > 0`, value: `${a} % ${b}` };
      case "BitAnd":
      case "BitOr":
      case "BitXor": {
        const js = op === "BitAnd" ? "&" : op === "BitOr" ? "|" : "^";
        return {
          cond: `${both} && (${a} | 0) === ${a} && (${b} | 0) === ${b}`,
          value: `(${a} ${js} ${b})`,
        };
      }
      case "RShift":
        return {
          cond: `${both} && (${a} | 0) === ${a} && ${b} >= 0 && ${b} < 32`,
          value: `(${a} >> ${b})`,
        };
    }
    return null;
  }

  binop(n: any): string {
    const folded = this.constEval(n);
    if (folded !== undefined && n.op !== "Pow") {
      return typeof folded === "bigint"
        ? folded.toString() + "n"
        : folded < 0
        ? `(${folded})`
        : String(folded);
    }
    const helper = BINOP_HELPER[n.op];
    const a = this.fn.temp();
    const b = this.fn.temp();
    const r = this.fn.temp();
    const left = this.expr(n.left);
    const right = this.expr(n.right);
    const fast = this.fastBinop(n.op, a, b, r);
    this.fn.release(3);
    if (!fast) return `$${helper}(${left}, ${right})`;
    return `(${a} = ${left}, ${b} = ${right}, ${fast.cond} ? ${fast.value} : $${helper}(${a}, ${b}))`;
  }

  unary(n: any): string {
    const folded = this.constEval(n);
    if (folded !== undefined) {
      return typeof folded === "bigint" ? `(${folded.toString()}n)` : `(${folded})`;
    }
    switch (n.op) {
      case "Not":
        return `!${this.test(n.operand)}`;
      case "USub": {
        const t = this.fn.temp();
        const e = this.expr(n.operand);
        this.fn.release(1);
        return `(typeof (${t} = ${e}) === "number" ? 0 - ${t} : $neg(${t}))`;
      }
      case "UAdd":
        return `$pos(${this.expr(n.operand)})`;
      case "Invert":
        return `$invert(${this.expr(n.operand)})`;
    }
    this.err(n, "invalid syntax");
  }

  compareOp(op: string, a: string, b: string): string {
    const both = `typeof ${a} === "number" && typeof ${b} === "number"`;
    switch (op) {
      case "Eq":
        return `(${both} ? ${a} === ${b} : $eq(${a}, ${b}))`;
      case "NotEq":
        return `(${both} ? ${a} !== ${b} : $ne(${a}, ${b}))`;
      case "Lt":
        return `(${both} ? ${a} < ${b} : $lt(${a}, ${b}))`;
      case "LtE":
        return `(${both} ? ${a} <= ${b} : $le(${a}, ${b}))`;
      case "Gt":
        return `(${both} ? ${a} > ${b} : $gt(${a}, ${b}))`;
      case "GtE":
        return `(${both} ? ${a} >= ${b} : $ge(${a}, ${b}))`;
      case "Is":
        return `(${a} === ${b})`;
      case "IsNot":
        return `(${a} !== ${b})`;
      case "In":
        return `((${b}.$cls === $dictType || ${b}.$cls === $setType) && ${b}.$slow === undefined && (typeof ${a} === "string" || typeof ${a} === "number") ? ${b}.m.has(${a}) : $contains(${b}, ${a}))`;
      case "NotIn":
        return `!((${b}.$cls === $dictType || ${b}.$cls === $setType) && ${b}.$slow === undefined && (typeof ${a} === "string" || typeof ${a} === "number") ? ${b}.m.has(${a}) : $contains(${b}, ${a}))`;
    }
    throw new Error("bad compare op " + op);
  }

  /** `asValue`: the result is used as a value, so `a < b` gives `__lt__`'s own result. */
  compare(n: any, asValue = true): string {
    const k = n.ops.length;
    const temps = range(k + 1).map(() => this.fn.temp());
    const vals = [n.left, ...n.comparators].map((e: any) => this.expr(e));
    this.fn.release(k + 1);
    const order = ORDER_OPS[n.ops[0]];
    if (k === 1 && asValue && order) {
      const [a, b] = temps;
      return `(${temps[0]} = ${vals[0]}, ${temps[1]} = ${
        vals[1]
      }, typeof ${a} === "number" && typeof ${b} === "number" ? ${a} ${
        order[0]
      } ${b} : $R.cmpValue(${a}, ${b}, "${order[1]}", "${order[2]}"))`;
    }
    if (k === 1) {
      return `(${temps[0]} = ${vals[0]}, ${temps[1]} = ${vals[1]}, ${
        this.compareOp(n.ops[0], temps[0], temps[1])
      })`;
    }
    // a < b < c: each operand evaluated once, left to right, short-circuiting.
    let code = `(${temps[k]} = ${vals[k]}, ${
      this.compareOp(n.ops[k - 1], temps[k - 1], temps[k])
    })`;
    for (let i = k - 2; i >= 0; i--) {
      code = `(${temps[i + 1]} = ${vals[i + 1]}, ${
        this.compareOp(n.ops[i], temps[i], temps[i + 1])
      } && ${code})`;
    }
    return `(${temps[0]} = ${vals[0]}, ${code})`;
  }

  sliceExpr(s: any): string {
    if (s.type === "Slice") {
      const part = (x: any) => (x ? this.expr(x) : "$None");
      return `$mkslice(${part(s.lower)}, ${part(s.upper)}, ${part(s.step)})`;
    }
    if (s.type === "Tuple" && s.elts.some((e: any) => e.type === "Slice")) {
      return `$tuple([${s.elts.map((e: any) => this.sliceExpr(e)).join(", ")}])`;
    }
    return this.expr(s);
  }

  subscript(n: any): string {
    if (n.slice.type === "Slice" && !n.slice.step) {
      // `o[lo:hi]`: no slice object for exact lists and tuples.
      const part = (x: any) => (x ? this.expr(x) : "$None");
      return `$getslice(${this.expr(n.value)}, ${part(n.slice.lower)}, ${part(n.slice.upper)})`;
    }
    const o = this.fn.temp();
    const k = this.fn.temp();
    const v = this.fn.temp();
    const obj = this.expr(n.value);
    const key = this.sliceExpr(n.slice);
    this.fn.release(3);
    // Exact lists and tuples indexed by a non-negative int in range: read the array; exact
    // dicts with an int or str key present: read the map.
    return `(${o} = ${obj}, ${k} = ${key}, ((${o}.$cls === $listType || ${o}.$cls === $tupleType) && typeof ${k} === "number" && (${k} >>> 0) === ${k} && ${k} < ${o}.a.length) ? ${o}.a[${k}] : (${o}.$cls === $dictType && ${o}.$slow === undefined && (typeof ${k} === "string" || typeof ${k} === "number") && (${v} = ${o}.m.get(${k})) !== undefined) ? ${v} : $getitem(${o}, ${k}))`;
  }

  /** Argument list: positional JS array text (with spreads) and keyword parts. */
  callArgs(
    n: any,
  ): { pos: string; simple: boolean; kwn: string[]; kwv: string[]; dicts: string[] } {
    const simple = !n.args.some((a: any) => a.type === "Starred");
    const kwn: string[] = [];
    const kwv: string[] = [];
    const dicts: string[] = [];
    for (const k of n.keywords) {
      if (k.arg === null) dicts.push(this.expr(k.value));
      else {
        if (kwn.includes(k.arg)) this.err(n, "keyword argument repeated");
        kwn.push(k.arg);
        kwv.push(this.expr(k.value));
      }
    }
    if (
      simple || kwv.every((_v, i) => isTrivial(n.keywords.find((k: any) => k.arg === kwn[i]).value))
    ) {
      return { pos: this.elts(n.args), simple, kwn, kwv, dicts };
    }
    // MicroPython 1.8 (as Python 3.4) evaluates keyword arguments before `*args`: their values
    // go into temps, set by an empty spread just before the first starred argument.
    const temps = kwv.map(() => this.fn.temp());
    const early = `...(${kwv.map((v, i) => `${temps[i]} = ${v}`).join(", ")}, [])`;
    const first = n.args.findIndex(isStarred);
    const parts = n.args.map((e: any) =>
      e.type === "Starred" ? `...$toArray(${this.expr(e.value)})` : this.expr(e)
    );
    parts.splice(first, 0, early);
    this.fn.release(temps.length);
    return { pos: parts.join(", "), simple, kwn, kwv: temps, dicts };
  }

  call(n: any): string {
    const f = n.func;
    // const(x) is folded by the compiler (micropython.const).
    if (f.type === "Name" && f.id === "const" && n.args.length === 1 && n.keywords.length === 0) {
      const v = this.constValue(n.args[0]);
      if (v !== undefined) return v;
    }
    // Zero-argument super() uses the class cell and the first parameter.
    if (
      f.type === "Name" && f.id === "super" && n.args.length === 0 &&
      this.resolve("super").kind === "global"
    ) {
      const cell = this.fn.classCell;
      const first = (this.fn as any).firstParam as string | null;
      if (!cell || !first) return `$mksuper(undefined, undefined)`;
      return `$mksuper(${cell}, ${jsName(first)})`;
    }
    if (f.type === "Attribute" && n.keywords.length === 0 && !n.args.some(isStarred)) {
      return this.methodCall(n, f);
    }
    if (f.type === "Attribute") {
      const o = this.fn.temp();
      const fn = this.fn.temp();
      const obj = this.expr(f.value);
      const a = this.callArgs(n);
      this.fn.release(2);
      const name = JSON.stringify(f.attr);
      if (a.kwn.length === 0 && a.dicts.length === 0) {
        const arr = `[${a.pos}]`;
        const direct = a.simple
          ? `${fn}(${o}${a.pos ? ", " + a.pos : ""})`
          : `${fn}(${o}, ...${arr})`;
        const own = a.simple
          ? `(typeof ${fn} === "function" ? ${fn}(${a.pos}) : $call(${fn}, ${arr}))`
          : `$call(${fn}, ${arr})`;
        return `(${o} = ${obj}, (${fn} = ${o}.$d${
          optProp(f.attr)
        }) !== undefined && ${fn}.$desc === undefined ? ${own} : (typeof (${fn} = ${o}${
          prop(f.attr)
        }) === "function" && ${fn}.$M === 1) ? ${direct} : $callMethod(${o}, ${name}, ${arr}))`;
      }
      return `(${o} = ${obj}, $callEx($getattr(${o}, ${name}), [${a.pos}], ${
        JSON.stringify(a.kwn)
      }, [${a.kwv.join(", ")}], [${a.dicts.join(", ")}]))`;
    }
    if (
      f.type === "Name" && SCOPED_BUILTINS.has(f.id) && n.keywords.length === 0 &&
      !n.args.some(isStarred) && this.resolve(f.id).kind === "global"
    ) {
      const l = f.id === "locals" && this.fn.scope.kind === "class" ? ", $ns" : "";
      return `$R.scopedCall(${this.expr(f)}, $G, [${this.elts(n.args)}]${l})`;
    }
    if (
      f.type === "Name" && EAGER_CONSUMERS.has(f.id) && n.args.length === 1 &&
      n.keywords.length === 0 && n.args[0].type === "GeneratorExp" &&
      this.resolve(f.id).kind === "global" && !this.moduleBound.has(f.id)
    ) {
      // tuple(x for x in y) and friends consume the whole generator at once: when the name
      // still means the builtin, build the items in a plain loop (no generator object).
      const fn = this.fn.temp();
      const fexpr = this.expr(f);
      const eager = this.comprehension(n.args[0], true);
      const lazy = this.expr(n.args[0]);
      this.fn.release(1);
      return `$call(${fn} = ${fexpr}, [${fn} === $R.builtin.${f.id} ? ${eager} : ${lazy}])`;
    }
    if (
      f.type === "Name" && f.id === "str" && n.args.length === 1 && n.keywords.length === 0 &&
      !isStarred(n.args[0]) && this.resolve("str").kind === "global"
    ) {
      // str(i) on an int or a str, while the name still means the builtin: no type call.
      const fn = this.fn.temp();
      const fexpr = this.expr(f);
      const a = this.fn.temp();
      const aexpr = this.expr(n.args[0]);
      this.fn.release(2);
      return `(${fn} = ${fexpr}, ${a} = ${aexpr}, ${fn} === $R.builtin.str && ` +
        `(typeof ${a} === "number" || typeof ${a} === "string") ? "" + ${a} : $call(${fn}, [${a}]))`;
    }
    if (n.keywords.length === 0 && !n.args.some(isStarred)) {
      // Callee first, then arguments (each once), then the call: code size stays linear.
      const fn = this.fn.temp();
      const fexpr = this.expr(f);
      const { setup, args, temps } = this.argValues(n.args);
      this.fn.release(1 + temps);
      return `(${fn} = ${fexpr}, ${setup}typeof ${fn} === "function" ? ${fn}(${args}) : $call(${fn}, [${args}]))`;
    }
    const fn = this.fn.temp();
    const fexpr = this.expr(f);
    const a = this.callArgs(n);
    this.fn.release(1);
    if (a.kwn.length === 0 && a.dicts.length === 0) {
      if (a.simple) {
        return `(typeof (${fn} = ${fexpr}) === "function" ? ${fn}(${a.pos}) : $call(${fn}, [${a.pos}]))`;
      }
      return `$call(${fexpr}, [${a.pos}])`;
    }
    return `$callEx(${fexpr}, [${a.pos}], ${JSON.stringify(a.kwn)}, [${a.kwv.join(", ")}], [${
      a.dicts.join(", ")
    }])`;
  }

  /**
   * Evaluates call arguments once each, in order: constants and names are used in place
   * when every argument is that simple, otherwise each goes into a temp. Returns the setup
   * text (`t = expr, ` parts), the argument list text, and how many temps it holds.
   */
  argValues(nodes: any[]): { setup: string; args: string; temps: number } {
    if (nodes.every(isTrivial)) {
      return { setup: "", args: nodes.map((x) => this.expr(x)).join(", "), temps: 0 };
    }
    let setup = "";
    const args: string[] = [];
    let temps = 0;
    for (const x of nodes) {
      if (x.type === "Constant") {
        args.push(this.expr(x));
        continue;
      }
      const t = this.fn.temp();
      temps++;
      setup += `${t} = ${this.expr(x)}, `;
      args.push(t);
    }
    return { setup, args: args.join(", "), temps };
  }

  /**
   * `obj.name(args)`: the method is looked up before the arguments are evaluated, as Python
   * does, and called without creating a bound method when it is a plain class function.
   */
  methodCall(n: any, f: any): string {
    const sup = f.value;
    if (
      sup.type === "Call" && sup.func.type === "Name" && sup.func.id === "super" &&
      sup.args.length === 0 && sup.keywords.length === 0 &&
      this.resolve("super").kind === "global" && this.fn.classCell &&
      (this.fn as any).firstParam
    ) {
      // super().name(args): call the next class's function directly with self.
      const cell = this.fn.classCell;
      const self = jsName((this.fn as any).firstParam);
      const fn = this.fn.temp();
      const { setup, args, temps } = this.argValues(n.args);
      this.fn.release(1 + temps);
      const withSelf = args ? `${self}, ${args}` : self;
      const name = JSON.stringify(f.attr);
      return `(${fn} = $superFn(${cell}, ${self}, ${name}), ${setup}${fn} !== null ? ${fn}(${withSelf}) : $callMethod($mksuper(${cell}, ${self}), ${name}, [${args}]))`;
    }
    const o = this.fn.temp();
    const fn = this.fn.temp();
    const kind = this.fn.temp();
    const obj = this.expr(f.value);
    const { setup, args, temps } = this.argValues(n.args);
    this.fn.release(3 + temps);
    const name = JSON.stringify(f.attr);
    const lookup = `(${fn} = ${o}.$d${
      optProp(f.attr)
    }) !== undefined && ${fn}.$desc === undefined ? ${kind} = 0 : (typeof (${fn} = ${o}${
      prop(f.attr)
    }) === "function" && ${fn}.$M === 1) ? ${kind} = 1 : (${fn} = $methodOf(${o}, ${name})) !== null ? ${kind} = 1 : (${fn} = $getattr(${o}, ${name}), ${kind} = 0)`;
    const withSelf = args ? `${o}, ${args}` : o;
    return `(${o} = ${obj}, ${lookup}, ${setup}${kind} === 1 ? ${fn}(${withSelf}) : typeof ${fn} === "function" ? ${fn}(${args}) : $call(${fn}, [${args}]))`;
  }

  /** `asArray`: compile a generator expression eagerly into a JS array instead. */
  comprehension(n: any, asArray = false): string {
    const scope = this.info.scopes.get(n)!;
    const isGen = n.type === "GeneratorExp" && !asArray;
    const first = this.expr(n.generators[0].iter);
    const savedFn = this.fn;
    const savedOut = this.out;
    const savedIndent = this.indent;
    this.fn = new FnState(scope, isGen, savedFn.classCell);
    this.fn.coRef = savedFn.coRef;
    (this.fn as any).firstParam = (savedFn as any).firstParam;
    this.out = [];
    this.indent = "    ";
    const acc = isGen ? "" : "$r";
    const emitLoops = (i: number) => {
      if (i === n.generators.length) {
        switch (n.type) {
          case "ListComp":
            this.emit(`${acc}.push(${this.expr(n.elt)});`);
            break;
          case "SetComp":
            this.emit(`${acc}.$add(${this.expr(n.elt)});`);
            break;
          case "DictComp": {
            const k = this.fn.temp();
            this.emit(`${k} = ${this.expr(n.key)};`);
            this.emit(`${acc}.set(${k}, ${this.expr(n.value)});`);
            this.fn.release(1);
            break;
          }
          case "GeneratorExp":
            if (asArray) this.emit(`${acc}.push(${this.expr(n.elt)});`);
            else this.emit(`yield ${this.expr(n.elt)};`);
            break;
        }
        return;
      }
      const g = n.generators[i];
      const it = this.fn.temp();
      const v = this.fn.temp();
      this.emit(`${it} = ${i === 0 ? "$it0" : `$getIter(${this.expr(g.iter)})`};`);
      this.emit(`for (;;) {`);
      this.block(() => {
        this.emit(`${v} = ${it}.$n(); if (${v} === $STOP) break;`);
        this.emit("if ($I[0] !== 0) $poll();");
        this.assignTo(g.target, v);
        for (const cond of g.ifs) this.emit(`if (!${this.test(cond)}) continue;`);
        emitLoops(i + 1);
      });
      this.emit("}");
      this.fn.release(2);
    };
    emitLoops(0);
    const bodyLines = this.out;
    const fn = this.fn;
    this.fn = savedFn;
    this.out = savedOut;
    this.indent = savedIndent;
    const locals = [...scope.bound].filter((x) => !scope.globals.has(x) && !scope.nonlocals.has(x));
    const decl = [...locals.map(jsName), ...range(fn.maxTemps).map((i) => "$t" + i)];
    const init = n.type === "ListComp" || asArray
      ? "const $r = [];"
      : n.type === "SetComp"
      ? "const $r = $mkset([]);"
      : n.type === "DictComp"
      ? "const $r = new $PyDict();"
      : "";
    const ret = n.type === "ListComp" || asArray
      ? "return new $PyList($r);"
      : isGen
      ? ""
      : "return $r;";
    const lines = [
      isGen ? "(function* ($it0) {" : "(($it0) => {",
      decl.length ? "    let " + decl.join(", ") + ";" : "",
      init ? "    " + init : "",
      ...bodyLines,
      ret ? "    " + ret : "",
      `  })($getIter(${first}))`,
    ].filter((l) => l !== "");
    const code = lines.join("\n" + this.indent);
    if (isGen) return `new $PyGenerator(${code}, "<genexpr>")`;
    return code;
  }
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function normBig(b: bigint): number | bigint {
  return b <= 9007199254740991n && b >= -9007199254740991n ? Number(b) : b;
}

/** Ordering comparisons: JS operator, method, reflected method. */
const ORDER_OPS: Record<string, [string, string, string]> = {
  Lt: ["<", "__lt__", "__gt__"],
  LtE: ["<=", "__le__", "__ge__"],
  Gt: [">", "__gt__", "__lt__"],
  GtE: [">=", "__ge__", "__le__"],
};

/** Builtins that always exhaust a generator argument (safe to feed a prebuilt list). */
const EAGER_CONSUMERS = new Set([
  "tuple",
  "list",
  "set",
  "frozenset",
  "sum",
  "sorted",
  "min",
  "max",
]);

/** Builtins that need to know the calling module's globals. */
const SCOPED_BUILTINS = new Set(["globals", "locals", "dir", "exec", "eval"]);

function isStarred(n: any): boolean {
  return n.type === "Starred";
}

/** Arguments that can be evaluated in place without changing evaluation order visibly. */
function isTrivial(n: any): boolean {
  return n.type === "Constant" || n.type === "Name";
}
