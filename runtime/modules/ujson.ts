/**
 * The `ujson` module (importable as `json`): `dumps`/`dump` and `loads`/`load`.
 *
 * Encoding follows MicroPython's JSON printer: `None`/`True`/`False` as `null`/`true`/
 * `false`, ints of any size, lists and tuples as arrays, dicts as objects, with CPython's
 * default separators `", "` and `": "`. Strings escape `"` and `\`, `\n` `\r` `\t`, other
 * control characters as `\u00XX`, and keep every other character as it is (MicroPython
 * writes UTF-8, not `\uXXXX`). Dict keys that are int/bool/None (and float) are quoted as
 * CPython does; other keys, values of other types and circular references raise
 * TypeError/ValueError. Floats are encoded only on boards with float support.
 *
 * Decoding is strict JSON (RFC 8259) over a str or bytes, with an explicit stack (deep
 * nesting cannot overflow the JS stack). Malformed input raises MicroPython's
 * `ValueError: syntax error in JSON`; a number with a fraction or exponent is a float, or
 * `ValueError: decimal numbers not supported` on a board without float. `\uXXXX` escapes
 * (surrogate pairs included) decode to their characters.
 *
 * `dump(obj, stream)` calls `stream.write(str)`; `load(stream)` calls `stream.read()`.
 * `dumps`/`dump` also take `separators=(item_sep, key_sep)` as later MicroPythons do.
 */

import { None, type PyObj } from "../object.ts";
import { typeError, valueError } from "../errors.ts";
import { PyBytes } from "../objbytes.ts";
import { PyDict } from "../objdict.ts";
import { floatRepr, PyFloat } from "../objfloat.ts";
import { norm } from "../objint.ts";
import { PyList } from "../objlist.ts";
import { PyTuple } from "../objtuple.ts";
import { nativeModule } from "../objobject.ts";
import { ctx } from "../context.ts";
import { builtinModules } from "../import.ts";
import { call, callMethod, getattr, toArray, typeName } from "../ops.ts";
import { absent, bufferOpt, fn } from "./modutil.ts";

// ---------------------------------------------------------------------------------------
// Encoding

/** A JSON string literal for `s`, escaped as MicroPython's printer does. */
export function jsonQuote(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 34 && c !== 92) continue;
    out += s.slice(start, i);
    start = i + 1;
    if (c === 34) out += '\\"';
    else if (c === 92) out += "\\\\";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else out += "\\u" + c.toString(16).padStart(4, "0");
  }
  return out + s.slice(start) + '"';
}

function floatJson(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "Infinity";
  if (v === -Infinity) return "-Infinity";
  return floatRepr(v);
}

interface Seps {
  item: string;
  key: string;
}

function keyJson(k: PyObj): string {
  switch (typeof k) {
    case "string":
      return jsonQuote(k);
    case "number":
    case "bigint":
      return '"' + k.toString() + '"';
    case "boolean":
      return k ? '"true"' : '"false"';
  }
  if (k === None) return '"null"';
  if (k.$str !== undefined) return jsonQuote(k.$str); // an instance of a str subclass
  if (k instanceof PyFloat) return '"' + floatJson(k.v) + '"';
  throw typeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`);
}

function encode(x: PyObj, seps: Seps, active: Set<PyObj>, out: string[]): void {
  switch (typeof x) {
    case "string":
      out.push(jsonQuote(x));
      return;
    case "number":
      out.push(String(x));
      return;
    case "bigint":
      out.push(x.toString());
      return;
    case "boolean":
      out.push(x ? "true" : "false");
      return;
  }
  if (x === None) {
    out.push("null");
    return;
  }
  if (x instanceof PyFloat) {
    out.push(floatJson(x.v));
    return;
  }
  if (x.$str !== undefined) {
    out.push(jsonQuote(x.$str)); // an instance of a str subclass
    return;
  }
  const isSeq = x instanceof PyList || x instanceof PyTuple;
  if (!isSeq && !(x instanceof PyDict)) {
    throw typeError(`Object of type ${typeName(x)} is not JSON serializable`);
  }
  if (active.has(x)) throw valueError("Circular reference detected");
  active.add(x);
  if (isSeq) {
    out.push("[");
    const a = x.a;
    for (let i = 0; i < a.length; i++) {
      if (i > 0) out.push(seps.item);
      encode(a[i], seps, active, out);
    }
    out.push("]");
  } else {
    out.push("{");
    let first = true;
    // Through the prototype: a dict subclass may define its own `entries` method.
    for (const [k, v] of PyDict.prototype.entries.call(x)) {
      if (!first) out.push(seps.item);
      first = false;
      out.push(keyJson(k), seps.key);
      encode(v, seps, active, out);
    }
    out.push("}");
  }
  active.delete(x);
}

function sepsArg(s: PyObj): Seps {
  if (absent(s)) return { item: ", ", key: ": " };
  const a = toArray(s);
  if (a.length !== 2 || typeof a[0] !== "string" || typeof a[1] !== "string") {
    throw typeError("separators must be a pair of str");
  }
  return { item: a[0], key: a[1] };
}

/** `json.dumps(obj)`. */
export function dumps(obj: PyObj, separators?: PyObj): string {
  const out: string[] = [];
  encode(obj, sepsArg(separators), new Set(), out);
  return out.join("");
}

// ---------------------------------------------------------------------------------------
// Decoding

const decoder = new TextDecoder("utf-8", { fatal: true });

function syntaxError() {
  return valueError("syntax error in JSON");
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

interface Frame {
  list?: PyObj[];
  dict?: PyDict;
  key?: string;
}

/** A strict JSON parser over a JS string. */
class Parser {
  i = 0;
  constructor(public s: string) {}

  ws(): number {
    const s = this.s;
    let i = this.i;
    while (i < s.length && isWs(s.charCodeAt(i))) i++;
    this.i = i;
    return i < s.length ? s.charCodeAt(i) : -1;
  }

  expect(c: number): void {
    if (this.ws() !== c) throw syntaxError();
    this.i++;
  }

  literal(word: string, v: PyObj): PyObj {
    if (!this.s.startsWith(word, this.i)) throw syntaxError();
    this.i += word.length;
    return v;
  }

  string(): string {
    const s = this.s;
    let i = this.i + 1;
    let out = "";
    let start = i;
    for (;;) {
      if (i >= s.length) throw syntaxError();
      const c = s.charCodeAt(i);
      if (c === 34) break;
      if (c < 0x20) throw syntaxError();
      if (c !== 92) {
        i++;
        continue;
      }
      out += s.slice(start, i);
      const e = s[i + 1];
      i += 2;
      switch (e) {
        case '"':
        case "\\":
        case "/":
          out += e;
          break;
        case "b":
          out += "\b";
          break;
        case "f":
          out += "\f";
          break;
        case "n":
          out += "\n";
          break;
        case "r":
          out += "\r";
          break;
        case "t":
          out += "\t";
          break;
        case "u": {
          const hex = s.slice(i, i + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw syntaxError();
          // Surrogate pairs combine by themselves in the UTF-16 string.
          out += String.fromCharCode(parseInt(hex, 16));
          i += 4;
          break;
        }
        default:
          throw syntaxError();
      }
      start = i;
    }
    this.i = i + 1;
    return out + s.slice(start, i);
  }

  number(): PyObj {
    const s = this.s;
    const start = this.i;
    let i = start;
    if (s.charCodeAt(i) === 45) i++;
    if (s.charCodeAt(i) === 48) i++;
    else if (isDigit(s.charCodeAt(i))) { while (isDigit(s.charCodeAt(i))) i++; }
    else throw syntaxError();
    let isFloat = false;
    if (s.charCodeAt(i) === 46) {
      isFloat = true;
      i++;
      if (!isDigit(s.charCodeAt(i))) throw syntaxError();
      while (isDigit(s.charCodeAt(i))) i++;
    }
    const e = s.charCodeAt(i);
    if (e === 101 || e === 69) {
      isFloat = true;
      i++;
      const sign = s.charCodeAt(i);
      if (sign === 43 || sign === 45) i++;
      if (!isDigit(s.charCodeAt(i))) throw syntaxError();
      while (isDigit(s.charCodeAt(i))) i++;
    }
    this.i = i;
    const text = s.slice(start, i);
    if (isFloat) {
      if (!ctx.config.float) throw valueError("decimal numbers not supported");
      return new PyFloat(Number(text));
    }
    // `|| 0` turns "-0" into the int 0 (a JS -0 is not a valid int).
    return text.length < 16 ? Number(text) || 0 : norm(BigInt(text));
  }

  /** Parses a key string and its colon (the next character is the key's quote). */
  key(): string {
    if (this.ws() !== 34) throw syntaxError();
    const k = this.string();
    this.expect(58);
    return k;
  }

  parse(): PyObj {
    const stack: Frame[] = [];
    for (;;) {
      // A value.
      let v: PyObj;
      const c = this.ws();
      switch (c) {
        case 123: // {
          this.i++;
          if (this.ws() === 125) {
            this.i++;
            v = new PyDict();
            break;
          }
          stack.push({ dict: new PyDict(), key: this.key() });
          continue;
        case 91: // [
          this.i++;
          if (this.ws() === 93) {
            this.i++;
            v = new PyList([]);
            break;
          }
          stack.push({ list: [] });
          continue;
        case 34:
          v = this.string();
          break;
        case 116:
          v = this.literal("true", true);
          break;
        case 102:
          v = this.literal("false", false);
          break;
        case 110:
          v = this.literal("null", None);
          break;
        default:
          if (c === 45 || isDigit(c)) v = this.number();
          else throw syntaxError();
      }
      // Attach it to the enclosing containers, closing those that end here.
      for (;;) {
        const top = stack[stack.length - 1];
        if (top === undefined) {
          if (this.ws() !== -1) throw syntaxError();
          return v;
        }
        if (top.list !== undefined) top.list.push(v);
        else top.dict!.set(top.key!, v);
        const d = this.ws();
        this.i++;
        if (d === 44) {
          if (top.dict !== undefined) top.key = this.key();
          break;
        }
        if (top.list !== undefined && d === 93) v = new PyList(top.list);
        else if (top.dict !== undefined && d === 125) v = top.dict;
        else throw syntaxError();
        stack.pop();
      }
    }
  }
}

function textArg(x: PyObj): string {
  if (typeof x === "string") return x;
  const b = bufferOpt(x);
  if (b === undefined || !(x instanceof PyBytes || x?.$cls?.$name === "bytearray")) {
    throw typeError(`can't convert '${typeName(x)}' object to str implicitly`);
  }
  try {
    return decoder.decode(b);
  } catch {
    throw syntaxError();
  }
}

/** `json.loads(s)`. */
export function loads(s: PyObj): PyObj {
  return new Parser(textArg(s)).parse();
}

function makeUjson() {
  return nativeModule("ujson", {
    dumps: fn("dumps", 1, 2, dumps, ["obj", "separators"]),
    dump: fn("dump", 2, 3, (obj: PyObj, stream: PyObj, separators?: PyObj) => {
      const text = dumps(obj, separators);
      call(getattr(stream, "write"), [text]);
      return None;
    }, ["obj", "stream", "separators"]),
    loads: fn("loads", 1, 1, loads),
    load: fn("load", 1, 1, (stream: PyObj) => loads(callMethod(stream, "read", []))),
  });
}

builtinModules.set("ujson", makeUjson);
