/**
 * The parser: tokens → an abstract syntax tree shaped like CPython's `ast` module (node
 * objects `{type, ...fields, lineno, col_offset}`), for the full Python 3.4 grammar plus
 * the unpacking generalisations MicroPython accepts in displays and calls.
 */

// deno-lint-ignore-file no-explicit-any
import { CompileError } from "./compile_error.ts";
import { type Token, tokenize, type TokenKind } from "./lexer.ts";

/** An AST node. */
export type Node = any;

/** Parse modes, as for `compile()`. */
export type ParseMode = "exec" | "single" | "eval";

const AUGASSIGN: Record<string, string> = {
  "+=": "Add",
  "-=": "Sub",
  "*=": "Mult",
  "/=": "Div",
  "//=": "FloorDiv",
  "%=": "Mod",
  "**=": "Pow",
  "<<=": "LShift",
  ">>=": "RShift",
  "&=": "BitAnd",
  "|=": "BitOr",
  "^=": "BitXor",
  "@=": "MatMult",
};

const COMPARE: Record<string, string> = {
  "<": "Lt",
  ">": "Gt",
  "==": "Eq",
  ">=": "GtE",
  "<=": "LtE",
  "!=": "NotEq",
};

/** Parses source into a Module (exec), Interactive (single) or Expression (eval) tree. */
export function parse(src: string, filename: string, mode: ParseMode = "exec"): Node {
  // One interactive statement cannot end with a line continuation: more input must follow.
  if (mode === "single" && /(^|[\r\n])[^#\r\n]*\\(\r\n|\r|\n)?$/.test(src.slice(-200))) {
    const lines = src.split(/\r\n|\r|\n/);
    const e = new CompileError(
      "SyntaxError",
      "unexpected EOF while parsing",
      filename,
      Math.max(1, lines.length - 1),
      0,
    );
    (e as CompileError & { incomplete?: boolean }).incomplete = true;
    throw e;
  }
  return new Parser(tokenize(src, filename), filename).file(mode);
}

/**
 * True when `src` is an unfinished statement: it ended inside brackets, a triple-quoted
 * string, after a backslash, or where an indented block must follow. The REPL asks for
 * another line then.
 */
export function isIncomplete(src: string): boolean {
  try {
    parse(src, "<stdin>", "single");
    return false;
  } catch (e) {
    return e instanceof CompileError && (e as any).incomplete === true;
  }
}

class Parser {
  p = 0;
  funcDepth = 0;
  constructor(public toks: Token[], public filename: string) {}

  // ---------------------------------------------------------------------------------------
  // Token helpers

  get tok(): Token {
    return this.toks[this.p];
  }

  /** The current token's kind (a call, so TypeScript does not narrow it across advances). */
  kind(): TokenKind {
    return this.toks[this.p].k;
  }

  fail(
    msg = "invalid syntax",
    t: Token = this.tok,
    type: "SyntaxError" | "IndentationError" = "SyntaxError",
  ): never {
    const e = new CompileError(type, msg, this.filename, t.line, t.col);
    if (t.k === "eof") (e as any).incomplete = true;
    throw e;
  }

  isOp(v: string): boolean {
    const t = this.toks[this.p];
    return t.k === "op" && t.v === v;
  }

  isKw(v: string): boolean {
    const t = this.toks[this.p];
    return t.k === "kw" && t.v === v;
  }

  eatOp(v: string): boolean {
    if (this.isOp(v)) {
      this.p++;
      return true;
    }
    return false;
  }

  eatKw(v: string): boolean {
    if (this.isKw(v)) {
      this.p++;
      return true;
    }
    return false;
  }

  expectOp(v: string): Token {
    if (!this.isOp(v)) this.fail();
    return this.toks[this.p++];
  }

  expectKw(v: string): Token {
    if (!this.isKw(v)) this.fail();
    return this.toks[this.p++];
  }

  name(): string {
    const t = this.tok;
    if (t.k !== "name") this.fail();
    this.p++;
    return t.v;
  }

  node(type: string, t: Token, fields: Record<string, any>): Node {
    fields.type = type;
    fields.lineno = t.line;
    fields.col_offset = t.col;
    return fields;
  }

  // ---------------------------------------------------------------------------------------
  // Files and blocks

  file(mode: ParseMode): Node {
    const start = this.tok;
    if (mode === "eval") {
      while (this.kind() === "newline") this.p++;
      const body = this.testlist();
      while (this.kind() === "newline") this.p++;
      if (this.kind() !== "eof") this.fail();
      return this.node("Expression", start, { body });
    }
    const body: Node[] = [];
    while (this.kind() !== "eof") {
      if (this.kind() === "newline") {
        this.p++;
        continue;
      }
      if (this.kind() === "indent") this.fail("unexpected indent", this.tok, "IndentationError");
      if (this.kind() === "dedent") {
        this.fail(
          "unindent does not match any outer indentation level",
          this.tok,
          "IndentationError",
        );
      }
      body.push(...this.statement());
    }
    return this.node(mode === "single" ? "Interactive" : "Module", start, { body });
  }

  /** A suite after a colon: a simple statement on the same line, or an indented block. */
  block(): Node[] {
    if (this.kind() !== "newline") return this.simpleStmts();
    this.p++;
    if (this.kind() !== "indent") {
      this.fail("expected an indented block", this.tok, "IndentationError");
    }
    this.p++;
    const body: Node[] = [];
    while (this.kind() !== "dedent" && this.kind() !== "eof") {
      if (this.kind() === "newline") {
        this.p++;
        continue;
      }
      if (this.kind() === "indent") this.fail("unexpected indent", this.tok, "IndentationError");
      body.push(...this.statement());
    }
    if (this.kind() === "dedent") this.p++;
    return body;
  }

  statement(): Node[] {
    const t = this.tok;
    if (t.k === "kw") {
      switch (t.v) {
        case "if":
          return [this.ifStmt()];
        case "while":
          return [this.whileStmt()];
        case "for":
          return [this.forStmt()];
        case "try":
          return [this.tryStmt()];
        case "with":
          return [this.withStmt()];
        case "def":
          return [this.funcDef([], t)];
        case "class":
          return [this.classDef([], t)];
      }
    } else if (t.k === "op" && t.v === "@") {
      return [this.decorated()];
    }
    return this.simpleStmts();
  }

  simpleStmts(): Node[] {
    const out = [this.smallStmt()];
    while (this.eatOp(";")) {
      if (this.kind() === "newline") break;
      out.push(this.smallStmt());
    }
    if (this.kind() !== "newline") this.fail();
    this.p++;
    return out;
  }

  // ---------------------------------------------------------------------------------------
  // Simple statements

  smallStmt(): Node {
    const t = this.tok;
    if (t.k === "kw") {
      switch (t.v) {
        case "pass":
          this.p++;
          return this.node("Pass", t, {});
        case "break":
          this.p++;
          return this.node("Break", t, {});
        case "continue":
          this.p++;
          return this.node("Continue", t, {});
        case "return": {
          this.p++;
          const value = this.atStmtEnd() ? null : this.testlistStar();
          return this.node("Return", t, { value });
        }
        case "raise": {
          this.p++;
          let exc = null;
          let cause = null;
          if (!this.atStmtEnd()) {
            exc = this.test();
            if (this.eatKw("from")) cause = this.test();
          }
          return this.node("Raise", t, { exc, cause });
        }
        case "global":
        case "nonlocal": {
          this.p++;
          const names = [this.name()];
          while (this.eatOp(",")) names.push(this.name());
          return this.node(t.v === "global" ? "Global" : "Nonlocal", t, { names });
        }
        case "assert": {
          this.p++;
          const test = this.test();
          const msg = this.eatOp(",") ? this.test() : null;
          return this.node("Assert", t, { test, msg });
        }
        case "del": {
          this.p++;
          const target = this.exprlist();
          if (target.type === "Tuple" && target.elts.length === 0) {
            this.failAt(target, "can't delete ()");
          }
          const targets = target.type === "Tuple" && !target.$paren ? target.elts : [target];
          for (const x of targets) this.setCtx(x, "Del");
          return this.node("Delete", t, { targets });
        }
        case "import":
          return this.importStmt();
        case "from":
          return this.fromImport();
      }
    }
    return this.exprStmt();
  }

  atStmtEnd(): boolean {
    const t = this.tok;
    return t.k === "newline" || t.k === "eof" || (t.k === "op" && t.v === ";");
  }

  exprStmt(): Node {
    const t = this.tok;
    const first = this.isKw("yield") ? this.yieldExpr() : this.testlistStar();
    const tt = this.tok;
    if (tt.k === "op" && AUGASSIGN[tt.v] !== undefined) {
      this.p++;
      if (first.type !== "Name" && first.type !== "Attribute" && first.type !== "Subscript") {
        this.fail("illegal expression for augmented assignment", t);
      }
      this.setCtx(first, "Store");
      const value = this.isKw("yield") ? this.yieldExpr() : this.testlist();
      return this.node("AugAssign", t, { target: first, op: AUGASSIGN[tt.v], value });
    }
    if (this.isOp("=")) {
      const items = [first];
      while (this.eatOp("=")) {
        items.push(this.isKw("yield") ? this.yieldExpr() : this.testlistStar());
      }
      const value = items.pop();
      for (const x of items) this.setCtx(x, "Store");
      return this.node("Assign", t, { targets: items, value });
    }
    if (first.type === "Starred") this.fail("can't use starred expression here", t);
    return this.node("Expr", t, { value: first });
  }

  importStmt(): Node {
    const t = this.tok;
    this.p++;
    const names = [];
    do {
      const at = this.tok;
      const name = this.dottedName();
      const asname = this.eatKw("as") ? this.name() : null;
      names.push(this.node("alias", at, { name, asname }));
    } while (this.eatOp(","));
    return this.node("Import", t, { names });
  }

  dottedName(): string {
    let name = this.name();
    while (this.eatOp(".")) name += "." + this.name();
    return name;
  }

  fromImport(): Node {
    const t = this.tok;
    this.p++;
    let level = 0;
    for (;;) {
      if (this.eatOp(".")) level++;
      else if (this.eatOp("...")) level += 3;
      else break;
    }
    let module: string | null = null;
    if (this.kind() === "name") module = this.dottedName();
    else if (level === 0) this.fail();
    this.expectKw("import");
    const names = [];
    if (this.isOp("*")) {
      names.push(this.node("alias", this.tok, { name: "*", asname: null }));
      this.p++;
    } else {
      const paren = this.eatOp("(");
      do {
        if (paren && this.isOp(")")) break;
        const at = this.tok;
        const name = this.name();
        const asname = this.eatKw("as") ? this.name() : null;
        names.push(this.node("alias", at, { name, asname }));
      } while (this.eatOp(","));
      if (paren) this.expectOp(")");
      else if (this.toks[this.p - 1].k === "op") {
        this.fail("trailing comma not allowed without surrounding parentheses");
      }
      if (names.length === 0) this.fail();
    }
    return this.node("ImportFrom", t, { module, names, level });
  }

  // ---------------------------------------------------------------------------------------
  // Compound statements

  ifStmt(): Node {
    const t = this.tok;
    this.p++;
    const test = this.test();
    this.expectOp(":");
    const body = this.block();
    let orelse: Node[] = [];
    if (this.isKw("elif")) orelse = [this.ifStmt()];
    else if (this.eatKw("else")) {
      this.expectOp(":");
      orelse = this.block();
    }
    return this.node("If", t, { test, body, orelse });
  }

  whileStmt(): Node {
    const t = this.tok;
    this.p++;
    const test = this.test();
    this.expectOp(":");
    const body = this.block();
    const orelse = this.elseBlock();
    return this.node("While", t, { test, body, orelse });
  }

  elseBlock(): Node[] {
    if (!this.eatKw("else")) return [];
    this.expectOp(":");
    return this.block();
  }

  forStmt(): Node {
    const t = this.tok;
    this.p++;
    const target = this.exprlist();
    this.setCtx(target, "Store");
    this.expectKw("in");
    const iter = this.testlist();
    this.expectOp(":");
    const body = this.block();
    const orelse = this.elseBlock();
    return this.node("For", t, { target, iter, body, orelse });
  }

  tryStmt(): Node {
    const t = this.tok;
    this.p++;
    this.expectOp(":");
    const body = this.block();
    const handlers: Node[] = [];
    let orelse: Node[] = [];
    let finalbody: Node[] = [];
    while (this.isKw("except")) {
      const ht = this.tok;
      this.p++;
      if (handlers.length && handlers[handlers.length - 1].type === null) {
        this.fail("default 'except:' must be last", ht);
      }
      let type = null;
      let name = null;
      if (!this.isOp(":")) {
        type = this.test();
        if (this.eatKw("as")) name = this.name();
      }
      this.expectOp(":");
      const hbody = this.block();
      // An except clause (CPython's ExceptHandler): `type` is the exception expression.
      handlers.push({ type, name, body: hbody, lineno: ht.line, col_offset: ht.col });
    }
    if (handlers.length) orelse = this.elseBlock();
    if (this.eatKw("finally")) {
      this.expectOp(":");
      finalbody = this.block();
    }
    if (!handlers.length && !finalbody.length) this.fail();
    return this.node("Try", t, { body, handlers, orelse, finalbody });
  }

  withStmt(): Node {
    const t = this.tok;
    this.p++;
    const items = [];
    do {
      const context_expr = this.test();
      let optional_vars = null;
      if (this.eatKw("as")) {
        optional_vars = this.expr();
        this.setCtx(optional_vars, "Store");
      }
      items.push({ type: "withitem", context_expr, optional_vars });
    } while (this.eatOp(","));
    this.expectOp(":");
    const body = this.block();
    return this.node("With", t, { items, body });
  }

  decorated(): Node {
    const decorators = [];
    while (this.eatOp("@")) {
      decorators.push(this.test());
      if (this.kind() !== "newline") this.fail();
      this.p++;
    }
    const t = this.tok;
    if (this.isKw("def")) return this.funcDef(decorators, t);
    if (this.isKw("class")) return this.classDef(decorators, t);
    return this.fail();
  }

  funcDef(decorator_list: Node[], t: Token): Node {
    this.p++;
    const name = this.name();
    this.expectOp("(");
    const args = this.arguments(")", true);
    this.expectOp(")");
    const returns = this.eatOp("->") ? this.test() : null;
    this.expectOp(":");
    this.funcDepth++;
    const body = this.block();
    this.funcDepth--;
    return this.node("FunctionDef", t, { name, args, body, decorator_list, returns });
  }

  classDef(decorator_list: Node[], t: Token): Node {
    this.p++;
    const name = this.name();
    let bases: Node[] = [];
    let keywords: Node[] = [];
    if (this.eatOp("(")) {
      ({ args: bases, keywords } = this.arglist());
      this.expectOp(")");
    }
    this.expectOp(":");
    const body = this.block();
    return this.node("ClassDef", t, { name, bases, keywords, body, decorator_list });
  }

  /** Parameter list of a def (annotations allowed) or a lambda, up to `end`. */
  arguments(end: string, annotations: boolean): Node {
    const args: Node[] = [];
    const defaults: Node[] = [];
    const kwonlyargs: Node[] = [];
    const kw_defaults: (Node | null)[] = [];
    let vararg: Node = null;
    let kwarg: Node = null;
    let star = false;
    const param = (): Node => {
      const t = this.tok;
      const arg = this.name();
      const annotation = annotations && this.eatOp(":") ? this.test() : null;
      return this.node("arg", t, { arg, annotation });
    };
    while (!this.isOp(end)) {
      if (kwarg) this.fail();
      if (this.eatOp("**")) {
        kwarg = param();
      } else if (this.eatOp("*")) {
        if (star) this.fail();
        star = true;
        if (!this.isOp(",") && !this.isOp(end)) vararg = param();
        else if (this.isOp(end)) this.fail("named arguments must follow bare *");
      } else {
        const a = param();
        const d = this.eatOp("=") ? this.test() : null;
        if (star) {
          kwonlyargs.push(a);
          kw_defaults.push(d);
        } else {
          if (d) defaults.push(d);
          else if (defaults.length) this.fail("non-default argument follows default argument");
          args.push(a);
        }
      }
      if (!this.eatOp(",")) break;
    }
    if (star && !vararg && kwonlyargs.length === 0) this.fail("named arguments must follow bare *");
    return {
      type: "arguments",
      posonlyargs: [],
      args,
      vararg,
      kwonlyargs,
      kw_defaults,
      kwarg,
      defaults,
    };
  }

  // ---------------------------------------------------------------------------------------
  // Targets

  setCtx(n: Node, ctx: "Store" | "Del"): void {
    switch (n.type) {
      case "Name":
      case "Attribute":
      case "Subscript":
        n.ctx = ctx;
        return;
      case "Starred":
        if (ctx === "Del") break;
        n.ctx = ctx;
        this.setCtx(n.value, ctx);
        return;
      case "Tuple":
      case "List":
        // Python 3.4: `() = x` and `del ()` are errors (an empty list is a fine target).
        if (n.type === "Tuple" && n.elts.length === 0) {
          this.failAt(n, ctx === "Del" ? "can't delete ()" : "can't assign to ()");
        }
        n.ctx = ctx;
        for (const e of n.elts) this.setCtx(e, ctx);
        return;
      case "Constant":
        this.failAt(n, ctx === "Del" ? "can't delete expression" : "can't assign to literal");
    }
    this.failAt(n, ctx === "Del" ? "can't delete expression" : "can't assign to expression");
  }

  failAt(n: Node, msg: string): never {
    throw new CompileError("SyntaxError", msg, this.filename, n.lineno, n.col_offset);
  }

  // ---------------------------------------------------------------------------------------
  // Expressions

  /** testlist: one test, or a tuple of them. */
  testlist(): Node {
    const t = this.tok;
    const first = this.test();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.atExprEnd()) break;
      elts.push(this.test());
    }
    return this.node("Tuple", t, { elts, ctx: "Load" });
  }

  /** testlist_star_expr: like testlist, with `*x` items allowed. */
  testlistStar(): Node {
    const t = this.tok;
    const first = this.testOrStar();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.atExprEnd()) break;
      elts.push(this.testOrStar());
    }
    return this.node("Tuple", t, { elts, ctx: "Load" });
  }

  /** exprlist: targets of for/del. */
  exprlist(): Node {
    const t = this.tok;
    const first = this.exprOrStar();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.atExprEnd() || this.isKw("in")) break;
      elts.push(this.exprOrStar());
    }
    return this.node("Tuple", t, { elts, ctx: "Load" });
  }

  atExprEnd(): boolean {
    const t = this.tok;
    if (t.k === "newline" || t.k === "eof") return true;
    if (t.k === "op") {
      return t.v === "=" || t.v === ")" || t.v === "]" || t.v === "}" || t.v === ":" ||
        t.v === ";" ||
        AUGASSIGN[t.v] !== undefined;
    }
    return false;
  }

  testOrStar(): Node {
    if (this.isOp("*")) {
      const t = this.tok;
      this.p++;
      return this.node("Starred", t, { value: this.expr(), ctx: "Load" });
    }
    return this.test();
  }

  exprOrStar(): Node {
    if (this.isOp("*")) {
      const t = this.tok;
      this.p++;
      return this.node("Starred", t, { value: this.expr(), ctx: "Load" });
    }
    return this.expr();
  }

  test(): Node {
    if (this.isKw("lambda")) return this.lambda(true);
    const t = this.tok;
    const body = this.orTest();
    if (this.eatKw("if")) {
      const test = this.orTest();
      this.expectKw("else");
      const orelse = this.test();
      return this.node("IfExp", t, { test, body, orelse });
    }
    return body;
  }

  testNoCond(): Node {
    if (this.isKw("lambda")) return this.lambda(false);
    return this.orTest();
  }

  lambda(cond: boolean): Node {
    const t = this.tok;
    this.p++;
    const args = this.arguments(":", false);
    this.expectOp(":");
    this.funcDepth++;
    const body = cond ? this.test() : this.testNoCond();
    this.funcDepth--;
    return this.node("Lambda", t, { args, body });
  }

  orTest(): Node {
    const t = this.tok;
    const first = this.andTest();
    if (!this.isKw("or")) return first;
    const values = [first];
    while (this.eatKw("or")) values.push(this.andTest());
    return this.node("BoolOp", t, { op: "Or", values });
  }

  andTest(): Node {
    const t = this.tok;
    const first = this.notTest();
    if (!this.isKw("and")) return first;
    const values = [first];
    while (this.eatKw("and")) values.push(this.notTest());
    return this.node("BoolOp", t, { op: "And", values });
  }

  notTest(): Node {
    const t = this.tok;
    if (this.eatKw("not")) return this.node("UnaryOp", t, { op: "Not", operand: this.notTest() });
    return this.comparison();
  }

  comparison(): Node {
    const t = this.tok;
    const left = this.expr();
    const ops: string[] = [];
    const comparators: Node[] = [];
    for (;;) {
      const c = this.tok;
      let op: string | undefined;
      if (c.k === "op" && COMPARE[c.v]) {
        op = COMPARE[c.v];
        this.p++;
      } else if (c.k === "kw" && c.v === "in") {
        op = "In";
        this.p++;
      } else if (
        c.k === "kw" && c.v === "not" && this.toks[this.p + 1].k === "kw" &&
        this.toks[this.p + 1].v === "in"
      ) {
        op = "NotIn";
        this.p += 2;
      } else if (c.k === "kw" && c.v === "is") {
        this.p++;
        op = this.eatKw("not") ? "IsNot" : "Is";
      } else break;
      ops.push(op);
      comparators.push(this.expr());
    }
    if (!ops.length) return left;
    return this.node("Compare", t, { left, ops, comparators });
  }

  expr(): Node {
    return this.binary(0);
  }

  /** Binary operator levels, lowest first: | ^ & shifts arith term. */
  binary(level: number): Node {
    if (level === 6) return this.factor();
    const t = this.tok;
    let left = this.binary(level + 1);
    for (;;) {
      const o = this.tok;
      if (o.k !== "op") return left;
      const op = binopAt(level, o.v);
      if (!op) return left;
      this.p++;
      const right = this.binary(level + 1);
      left = this.node("BinOp", t, { left, op, right });
    }
  }

  factor(): Node {
    const t = this.tok;
    if (t.k === "op" && (t.v === "-" || t.v === "+" || t.v === "~")) {
      this.p++;
      const operand = this.factor();
      const op = t.v === "-" ? "USub" : t.v === "+" ? "UAdd" : "Invert";
      return this.node("UnaryOp", t, { op, operand });
    }
    return this.power();
  }

  power(): Node {
    const t = this.tok;
    const base = this.atomTrailers();
    if (this.eatOp("**")) {
      const exp = this.factor();
      return this.node("BinOp", t, { left: base, op: "Pow", right: exp });
    }
    return base;
  }

  atomTrailers(): Node {
    const t = this.tok;
    let e = this.atom();
    for (;;) {
      const o = this.tok;
      if (o.k !== "op") return e;
      if (o.v === "(") {
        this.p++;
        const { args, keywords } = this.arglist();
        this.expectOp(")");
        e = this.node("Call", t, { func: e, args, keywords });
      } else if (o.v === "[") {
        this.p++;
        const slice = this.subscriptList();
        this.expectOp("]");
        e = this.node("Subscript", t, { value: e, slice, ctx: "Load" });
      } else if (o.v === ".") {
        this.p++;
        const attr = this.name();
        e = this.node("Attribute", t, { value: e, attr, ctx: "Load" });
      } else return e;
    }
  }

  arglist(): { args: Node[]; keywords: Node[] } {
    const args: Node[] = [];
    const keywords: Node[] = [];
    let sawKw = false;
    let sawKwUnpack = false;
    while (!this.isOp(")")) {
      const t = this.tok;
      // Several *x and **x are accepted (Python 3.5, later MicroPython): a superset of 3.4's
      // grammar that programs written for 3.4 never notice.
      if (this.eatOp("*")) {
        if (sawKwUnpack) {
          this.fail("iterable argument unpacking follows keyword argument unpacking", t);
        }
        args.push(this.node("Starred", t, { value: this.test(), ctx: "Load" }));
      } else if (this.eatOp("**")) {
        sawKwUnpack = true;
        keywords.push(this.node("keyword", t, { arg: null, value: this.test() }));
      } else {
        const e = this.test();
        if (this.isOp("=")) {
          this.p++;
          if (e.type !== "Name") this.fail("keyword can't be an expression", t);
          sawKw = true;
          keywords.push(this.node("keyword", t, { arg: e.id, value: this.test() }));
        } else if (this.isKw("for")) {
          const gen = this.node("GeneratorExp", t, { elt: e, generators: this.compFor() });
          if (args.length || keywords.length || !this.isOp(")")) {
            this.fail("Generator expression must be parenthesized", t);
          }
          args.push(gen);
        } else {
          if (sawKwUnpack) this.fail("positional argument follows keyword argument unpacking", t);
          if (sawKw) this.fail("positional argument follows keyword argument", t);
          args.push(e);
        }
      }
      if (!this.eatOp(",")) break;
    }
    return { args, keywords };
  }

  subscriptList(): Node {
    const t = this.tok;
    const first = this.subscript();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp("]")) break;
      elts.push(this.subscript());
    }
    return this.node("Tuple", t, { elts, ctx: "Load" });
  }

  subscript(): Node {
    const t = this.tok;
    let lower = null;
    if (!this.isOp(":")) {
      lower = this.test();
      if (!this.isOp(":")) return lower;
    }
    this.p++;
    let upper = null;
    let step = null;
    if (!this.isOp(":") && !this.isOp("]") && !this.isOp(",")) upper = this.test();
    if (this.eatOp(":")) {
      if (!this.isOp("]") && !this.isOp(",")) step = this.test();
    }
    return this.node("Slice", t, { lower, upper, step });
  }

  compFor(): Node[] {
    const gens: Node[] = [];
    while (this.eatKw("for")) {
      const target = this.exprlist();
      this.setCtx(target, "Store");
      this.expectKw("in");
      const iter = this.orTest();
      const ifs: Node[] = [];
      while (this.isKw("if")) {
        this.p++;
        ifs.push(this.testNoCond());
      }
      gens.push({ type: "comprehension", target, iter, ifs, is_async: 0 });
    }
    return gens;
  }

  yieldExpr(): Node {
    const t = this.tok;
    this.p++;
    if (this.eatKw("from")) return this.node("YieldFrom", t, { value: this.test() });
    const end = this.atExprEnd() || this.isOp(")");
    return this.node("Yield", t, { value: end ? null : this.testlistStar() });
  }

  atom(): Node {
    const t = this.tok;
    switch (t.k) {
      case "name":
        this.p++;
        return this.node("Name", t, { id: t.v, ctx: "Load" });
      case "num":
        this.p++;
        if (t.nk === "imag") this.fail("complex values not supported", t);
        return this.node("Constant", t, { value: t.v, kind: t.nk });
      case "str":
        return this.strings();
      case "kw":
        switch (t.v) {
          case "None":
            this.p++;
            return this.node("Constant", t, { value: null, kind: "None" });
          case "True":
          case "False":
            this.p++;
            return this.node("Constant", t, { value: t.v === "True", kind: "bool" });
          case "yield":
            this.fail();
        }
        return this.fail();
      case "op":
        switch (t.v) {
          case "(":
            return this.parenAtom();
          case "[":
            return this.listAtom();
          case "{":
            return this.dictOrSetAtom();
          case "...":
            this.p++;
            return this.node("Constant", t, { value: null, kind: "Ellipsis" });
        }
        return this.fail();
      case "indent":
        return this.fail("unexpected indent", t, "IndentationError");
    }
    return this.fail();
  }

  strings(): Node {
    const t = this.tok;
    const bytes = t.bytes;
    const parts: (string | Uint8Array)[] = [];
    while (this.kind() === "str") {
      if (this.tok.bytes !== bytes) this.fail("cannot mix bytes and nonbytes literals", this.tok);
      parts.push(this.tok.v);
      this.p++;
    }
    if (!bytes) {
      return this.node("Constant", t, { value: (parts as string[]).join(""), kind: "str" });
    }
    const len = parts.reduce((s, b) => s + b.length, 0);
    const out = new Uint8Array(len);
    let o = 0;
    for (const b of parts as Uint8Array[]) {
      out.set(b, o);
      o += b.length;
    }
    return this.node("Constant", t, { value: out, kind: "bytes" });
  }

  parenAtom(): Node {
    const t = this.tok;
    this.p++;
    if (this.eatOp(")")) return this.node("Tuple", t, { elts: [], ctx: "Load" });
    if (this.isKw("yield")) {
      const y = this.yieldExpr();
      this.expectOp(")");
      return y;
    }
    const first = this.testOrStar();
    if (this.isKw("for")) {
      const gen = this.node("GeneratorExp", t, { elt: first, generators: this.compFor() });
      this.expectOp(")");
      return gen;
    }
    if (!this.isOp(",")) {
      this.expectOp(")");
      if (first.type === "Starred") this.failAt(first, "can't use starred expression here");
      // Remember the parentheses: `del (a, b)` and friends need to know.
      if (first.type === "Tuple") first.$paren = true;
      return first;
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp(")")) break;
      elts.push(this.testOrStar());
    }
    this.expectOp(")");
    const tup = this.node("Tuple", t, { elts, ctx: "Load" });
    tup.$paren = true;
    return tup;
  }

  listAtom(): Node {
    const t = this.tok;
    this.p++;
    if (this.eatOp("]")) return this.node("List", t, { elts: [], ctx: "Load" });
    const first = this.testOrStar();
    if (this.isKw("for")) {
      const comp = this.node("ListComp", t, { elt: first, generators: this.compFor() });
      this.expectOp("]");
      return comp;
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp("]")) break;
      elts.push(this.testOrStar());
    }
    this.expectOp("]");
    return this.node("List", t, { elts, ctx: "Load" });
  }

  dictOrSetAtom(): Node {
    const t = this.tok;
    this.p++;
    if (this.eatOp("}")) return this.node("Dict", t, { keys: [], values: [] });
    if (this.isOp("**") || !this.isOp("*")) {
      let key: Node = null;
      let value: Node;
      if (this.eatOp("**")) value = this.expr();
      else {
        key = this.test();
        if (!this.isOp(":")) return this.setRest(t, key);
        this.p++;
        value = this.test();
        if (this.isKw("for")) {
          const comp = this.node("DictComp", t, { key, value, generators: this.compFor() });
          this.expectOp("}");
          return comp;
        }
      }
      const keys = [key];
      const values = [value];
      while (this.eatOp(",")) {
        if (this.isOp("}")) break;
        if (this.eatOp("**")) {
          keys.push(null);
          values.push(this.expr());
        } else {
          keys.push(this.test());
          this.expectOp(":");
          values.push(this.test());
        }
      }
      this.expectOp("}");
      return this.node("Dict", t, { keys, values });
    }
    return this.setRest(t, this.testOrStar());
  }

  setRest(t: Token, first: Node): Node {
    if (this.isKw("for")) {
      const comp = this.node("SetComp", t, { elt: first, generators: this.compFor() });
      this.expectOp("}");
      return comp;
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp("}")) break;
      elts.push(this.testOrStar());
    }
    this.expectOp("}");
    return this.node("Set", t, { elts });
  }
}

function binopAt(level: number, v: string): string | undefined {
  switch (level) {
    case 0:
      return v === "|" ? "BitOr" : undefined;
    case 1:
      return v === "^" ? "BitXor" : undefined;
    case 2:
      return v === "&" ? "BitAnd" : undefined;
    case 3:
      return v === "<<" ? "LShift" : v === ">>" ? "RShift" : undefined;
    case 4:
      return v === "+" ? "Add" : v === "-" ? "Sub" : undefined;
    case 5:
      return v === "*"
        ? "Mult"
        : v === "/"
        ? "Div"
        : v === "//"
        ? "FloorDiv"
        : v === "%"
        ? "Mod"
        : v === "@"
        ? "MatMult"
        : undefined;
  }
  return undefined;
}
