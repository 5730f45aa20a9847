/**
 * Scope analysis: which names each module, class, function, lambda and comprehension
 * binds, declares global/nonlocal or uses, and how each use resolves.
 */

// deno-lint-ignore-file no-explicit-any
import { CompileError } from "./compile_error.ts";

/** Kind of scope. */
export type ScopeKind = "module" | "class" | "function" | "comprehension";

/** How a name resolves in a scope. */
export type Resolution =
  | { kind: "local" }
  | { kind: "global" }
  | { kind: "free" }
  | { kind: "class"; fallback: Resolution };

/** One scope and what it knows about its names. */
export class Scope {
  bound = new Set<string>();
  globals = new Set<string>();
  nonlocals = new Set<string>();
  params = new Set<string>();
  children: Scope[] = [];
  isGenerator = false;
  /** Uses zero-argument super() or __class__ (needs the class cell). */
  needsClassCell = false;
  constructor(
    public kind: ScopeKind,
    public node: any,
    public parent: Scope | null,
    public name: string,
  ) {
    parent?.children.push(this);
  }

  /** Resolves a name used in this scope. */
  resolve(name: string): Resolution {
    if (this.kind === "module") return { kind: "global" };
    if (this.globals.has(name)) return { kind: "global" };
    if (this.kind === "class") {
      if (this.nonlocals.has(name)) return { kind: "free" };
      // A name the class body assigns is looked up in the class namespace, then the globals
      // (LOAD_NAME): an enclosing function's variable of that name is not seen.
      if (this.bound.has(name)) return { kind: "class", fallback: { kind: "global" } };
      return this.parent!.resolveFromInner(name);
    }
    if (this.nonlocals.has(name)) return { kind: "free" };
    if (this.bound.has(name)) return { kind: "local" };
    return this.parent!.resolveFromInner(name);
  }

  /** Resolution of a name seen from a nested function (class scopes are skipped). */
  resolveFromInner(name: string): Resolution {
    if (this.kind === "module") return { kind: "global" };
    if (this.kind === "class") return this.parent!.resolveFromInner(name);
    if (this.globals.has(name)) return { kind: "global" };
    if (this.bound.has(name) || this.nonlocals.has(name)) return { kind: "free" };
    return this.parent!.resolveFromInner(name);
  }
}

/** Result of analysis: the scope of every scope-creating node. */
export interface ScopeInfo {
  module: Scope;
  scopes: Map<any, Scope>;
}

/** Analyses a module (or interactive/eval tree). */
export function analyze(tree: any, filename: string): ScopeInfo {
  const scopes = new Map<any, Scope>();
  const module = new Scope("module", tree, null, "<module>");
  scopes.set(tree, module);
  const err = (node: any, msg: string): never => {
    throw new CompileError("SyntaxError", msg, filename, node?.lineno ?? 1, node?.col_offset ?? 0);
  };

  function bindTarget(s: Scope, t: any): void {
    switch (t.type) {
      case "Name":
        s.bound.add(t.id);
        break;
      case "Tuple":
      case "List":
        for (const e of t.elts) bindTarget(s, e);
        break;
      case "Starred":
        bindTarget(s, t.value);
        break;
      case "Attribute":
        visitExpr(s, t.value);
        break;
      case "Subscript":
        visitExpr(s, t.value);
        visitExpr(s, t.slice);
        break;
      default:
        err(t, "can't assign to expression");
    }
  }

  function visitArgs(s: Scope, args: any): void {
    for (const d of args.defaults) visitExpr(s, d);
    for (const d of args.kw_defaults) if (d) visitExpr(s, d);
    for (const a of [...args.args, ...args.kwonlyargs]) {
      if (a.annotation) visitExpr(s, a.annotation);
    }
  }

  function funcScope(s: Scope, node: any, name: string): Scope {
    const fs = new Scope("function", node, s, name);
    scopes.set(node, fs);
    const a = node.args;
    const all = [
      ...a.args,
      ...(a.vararg ? [a.vararg] : []),
      ...a.kwonlyargs,
      ...(a.kwarg ? [a.kwarg] : []),
    ];
    for (const p of all) {
      if (fs.params.has(p.arg)) err(node, "duplicate argument in function definition");
      fs.params.add(p.arg);
      fs.bound.add(p.arg);
    }
    return fs;
  }

  function visitBody(s: Scope, body: any[]): void {
    for (const st of body) visitStmt(s, st);
  }

  function visitStmt(s: Scope, n: any): void {
    switch (n.type) {
      case "FunctionDef": {
        for (const d of n.decorator_list) visitExpr(s, d);
        visitArgs(s, n.args);
        if (n.returns) visitExpr(s, n.returns);
        s.bound.add(n.name);
        const fs = funcScope(s, n, n.name);
        visitBody(fs, n.body);
        break;
      }
      case "ClassDef": {
        for (const d of n.decorator_list) visitExpr(s, d);
        for (const b of n.bases) visitExpr(s, b);
        for (const k of n.keywords) visitExpr(s, k.value);
        s.bound.add(n.name);
        const cs = new Scope("class", n, s, n.name);
        scopes.set(n, cs);
        visitBody(cs, n.body);
        break;
      }
      case "Return":
        if (s.kind !== "function") err(n, "'return' outside function");
        if (n.value) visitExpr(s, n.value);
        break;
      case "Delete":
        for (const t of n.targets) bindTarget(s, t);
        break;
      case "Assign":
        visitExpr(s, n.value);
        for (const t of n.targets) bindTarget(s, t);
        break;
      case "AugAssign":
        visitExpr(s, n.value);
        if (n.target.type === "Name") {
          s.bound.add(n.target.id);
        } else bindTarget(s, n.target);
        break;
      case "For":
        visitExpr(s, n.iter);
        bindTarget(s, n.target);
        visitBody(s, n.body);
        visitBody(s, n.orelse);
        break;
      case "While":
        visitExpr(s, n.test);
        visitBody(s, n.body);
        visitBody(s, n.orelse);
        break;
      case "If":
        visitExpr(s, n.test);
        visitBody(s, n.body);
        visitBody(s, n.orelse);
        break;
      case "With":
        for (const it of n.items) {
          visitExpr(s, it.context_expr);
          if (it.optional_vars) bindTarget(s, it.optional_vars);
        }
        visitBody(s, n.body);
        break;
      case "Raise":
        if (n.exc) visitExpr(s, n.exc);
        if (n.cause) visitExpr(s, n.cause);
        break;
      case "Try":
        visitBody(s, n.body);
        for (const h of n.handlers) {
          if (h.type) visitExpr(s, h.type);
          if (h.name) s.bound.add(h.name);
          visitBody(s, h.body);
        }
        visitBody(s, n.orelse);
        visitBody(s, n.finalbody);
        break;
      case "Assert":
        visitExpr(s, n.test);
        if (n.msg) visitExpr(s, n.msg);
        break;
      case "Import":
        for (const a of n.names) s.bound.add(a.asname ?? a.name.split(".")[0]);
        break;
      case "ImportFrom":
        for (const a of n.names) {
          if (a.name === "*") {
            if (s.kind !== "module") err(n, "import * only allowed at module level");
          } else s.bound.add(a.asname ?? a.name);
        }
        break;
      case "Global":
        for (const name of n.names) {
          if (s.params.has(name)) err(n, `name '${name}' is parameter and global`);
          // MicroPython refuses a name bound earlier in the scope (CPython 3.4 only warned).
          if (s.bound.has(name) && s.kind !== "module") err(n, "identifier redefined as global");
          s.globals.add(name);
        }
        break;
      case "Nonlocal":
        if (s.kind === "module") err(n, "nonlocal declaration not allowed at module level");
        for (const name of n.names) {
          if (s.params.has(name)) err(n, `name '${name}' is parameter and nonlocal`);
          s.nonlocals.add(name);
        }
        break;
      case "Expr":
        visitExpr(s, n.value);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
      default:
        err(n, "invalid syntax");
    }
  }

  function visitComp(s: Scope, n: any, elts: any[], name: string): void {
    // The first iterable is evaluated in the enclosing scope.
    visitExpr(s, n.generators[0].iter);
    const cs = new Scope("comprehension", n, s, name);
    scopes.set(n, cs);
    n.generators.forEach((g: any, i: number) => {
      if (i > 0) visitExpr(cs, g.iter);
      bindTarget(cs, g.target);
      for (const c of g.ifs) visitExpr(cs, c);
    });
    for (const e of elts) visitExpr(cs, e);
    if (n.type === "GeneratorExp") cs.isGenerator = true;
  }

  function visitExpr(s: Scope, n: any): void {
    if (n === null || n === undefined) return;
    switch (n.type) {
      case "Name":
        if (n.ctx === "Store" || n.ctx === "Del") s.bound.add(n.id);
        if (n.id === "__class__") markClassCell(s);
        break;
      case "Lambda": {
        visitArgs(s, n.args);
        const fs = funcScope(s, n, "<lambda>");
        visitExpr(fs, n.body);
        break;
      }
      case "ListComp":
        visitComp(s, n, [n.elt], "<listcomp>");
        break;
      case "SetComp":
        visitComp(s, n, [n.elt], "<setcomp>");
        break;
      case "GeneratorExp":
        visitComp(s, n, [n.elt], "<genexpr>");
        break;
      case "DictComp":
        visitComp(s, n, [n.key, n.value], "<dictcomp>");
        break;
      case "Yield":
      case "YieldFrom":
        if (s.kind !== "function") err(n, "'yield' outside function");
        s.isGenerator = true;
        visitExpr(s, n.value);
        break;
      case "Call":
        if (n.func.type === "Name" && n.func.id === "super" && n.args.length === 0) {
          markClassCell(s);
        }
        visitExpr(s, n.func);
        for (const a of n.args) visitExpr(s, a);
        for (const k of n.keywords) visitExpr(s, k.value);
        break;
      default:
        for (const key of Object.keys(n)) {
          if (key === "type" || key === "lineno" || key === "col_offset" || key === "ctx") continue;
          const v = n[key];
          if (Array.isArray(v)) {
            for (const x of v) {
              if (x && typeof x === "object" && typeof x.type === "string") visitExpr(s, x);
            }
          } else if (v && typeof v === "object" && typeof v.type === "string") visitExpr(s, v);
        }
    }
  }

  function markClassCell(s: Scope): void {
    for (let p: Scope | null = s; p; p = p.parent) {
      if (p.kind === "function") p.needsClassCell = true;
      if (p.kind === "class") return;
    }
  }

  const body = tree.type === "Expression"
    ? [{ type: "Expr", value: tree.body, lineno: 1, col_offset: 0 }]
    : tree.body;
  visitBody(module, body);
  checkNonlocals(module);
  return { module, scopes };

  function checkNonlocals(s: Scope): void {
    for (const name of s.nonlocals) {
      let p = s.parent;
      let found = false;
      while (p && p.kind !== "module") {
        if (
          p.kind === "function" && (p.bound.has(name) || p.nonlocals.has(name)) &&
          !p.globals.has(name)
        ) {
          found = true;
          break;
        }
        p = p.parent;
      }
      if (!found) err(s.node, `no binding for nonlocal '${name}' found`);
    }
    for (const c of s.children) checkNonlocals(c);
  }
}
