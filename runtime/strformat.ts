/**
 * String formatting: the number and padding engine shared by `str.format` and `%`, exact
 * float-to-decimal conversion (round-half-even on the binary value, like CPython), and the
 * `str % args` operator (installed as `strHooks.percent`).
 */

// deno-lint-ignore-file no-explicit-any
import { lookupType, type PyObj } from "./object.ts";
import { exc, LookupError, overflowError, typeError, UnicodeError, valueError } from "./errors.ts";
import { PyTuple } from "./objtuple.ts";
import { floatRepr, isFloat } from "./objfloat.ts";
import { asInt } from "./objinttype.ts";
import type { Int } from "./objint.ts";
import { hasAstral, strHooks, strLen, strRepr } from "./objstr.ts";
import { callMethodValue, getitem, repr, str, typeName, typeOf } from "./ops.ts";
import { ctx } from "./context.ts";
import { decodeHook, encodeHook } from "./objbytes.ts";

// ---------------------------------------------------------------------------------------
// Format specifications

/** A parsed format specification (`[[fill]align][sign][#][0][width][,][.precision][type]`). */
export interface FormatSpec {
  /** Fill character (undefined: not given). */
  fill?: string;
  /** One of `<>=^` (undefined: not given). */
  align?: string;
  /** `+`, `-`, ` ` or "" (not given). */
  sign: string;
  /** `#` given. */
  alt: boolean;
  /** Minimum width (-1: none). */
  width: number;
  /** Grouping separator: "", "," or "_". */
  grouping: string;
  /** Precision (-1: none). */
  precision: number;
  /** Presentation type ("" when not given). */
  type: string;
}

const ALIGNS = "<>=^";

function readDigits(s: string, i: number): [number, number] {
  let j = i;
  while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
  if (j === i) return [-1, i];
  const v = Number(s.slice(i, j));
  if (!Number.isSafeInteger(v)) throw valueError("Too many decimal digits in format string");
  return [v, j];
}

/** Parses a format specification; raises ValueError for malformed ones. */
export function parseSpec(spec: string): FormatSpec {
  // Programs format with a handful of specs over and over: parse each once.
  let sp = specCache.get(spec);
  if (sp === undefined) {
    sp = parseSpecText(spec);
    if (specCache.size > 512) specCache.clear();
    specCache.set(spec, sp);
  }
  return sp;
}

const specCache = new Map<string, FormatSpec>();

function parseSpecText(spec: string): FormatSpec {
  const sp: FormatSpec = { sign: "", alt: false, width: -1, grouping: "", precision: -1, type: "" };
  let i = 0;
  // The fill may be any character, astral included.
  const c0 = spec.codePointAt(0);
  const flen = c0 !== undefined && c0 > 0xffff ? 2 : 1;
  if (spec.length > flen && ALIGNS.includes(spec[flen])) {
    sp.fill = spec.slice(0, flen);
    sp.align = spec[flen];
    i = flen + 1;
  } else if (spec.length > 0 && ALIGNS.includes(spec[0])) {
    sp.align = spec[0];
    i = 1;
  }
  const c = spec[i];
  if (c === "+" || c === "-" || c === " ") {
    sp.sign = c;
    i++;
  }
  if (spec[i] === "#") {
    sp.alt = true;
    i++;
  }
  if (spec[i] === "0") {
    if (sp.fill === undefined) sp.fill = "0";
    if (sp.align === undefined) sp.align = "=";
    i++;
  }
  let w: number;
  [w, i] = readDigits(spec, i);
  if (w >= 0) sp.width = w;
  if (spec[i] === "," || spec[i] === "_") {
    sp.grouping = spec[i++];
    if (spec[i] === "," || spec[i] === "_") throw valueError("Cannot specify both ',' and '_'.");
  }
  if (spec[i] === ".") {
    let p: number;
    [p, i] = readDigits(spec, i + 1);
    if (p < 0) throw valueError("Format specifier missing precision");
    sp.precision = p;
  }
  if (i < spec.length) {
    const t = spec.codePointAt(i)!;
    const tl = t > 0xffff ? 2 : 1;
    if (i + tl < spec.length) throw valueError("Invalid format specifier");
    sp.type = spec.slice(i);
  }
  return sp;
}

/** Pads `body` to the spec's width with its fill and alignment (`dflt` when none given). */
export function padTo(body: string, width: number, fill: string, align: string): string {
  const n = width - strLen(body);
  if (n <= 0) return body;
  switch (align) {
    case "<":
      return body + fill.repeat(n);
    case "^": {
      const left = n >> 1;
      return fill.repeat(left) + body + fill.repeat(n - left);
    }
    default:
      return fill.repeat(n) + body;
  }
}

function group(digits: string, sep: string, size: number): string {
  if (digits.length <= size) return digits;
  let out = "";
  let first = digits.length % size;
  if (first === 0) first = size;
  out = digits.slice(0, first);
  for (let i = first; i < digits.length; i += size) out += sep + digits.slice(i, i + size);
  return out;
}

/**
 * Lays out a number: sign, prefix (0x...), integer digits (grouped), the rest (fraction,
 * exponent, %), padded per the spec. With zero fill and `=` alignment the padding zeros are
 * grouped too, as CPython does.
 */
export function layoutNumber(
  neg: boolean,
  prefix: string,
  digits: string,
  rest: string,
  sp: FormatSpec,
  groupSize: number,
): string {
  const sign = neg ? "-" : sp.sign === "+" ? "+" : sp.sign === " " ? " " : "";
  const sep = sp.grouping;
  let intPart = sep ? group(digits, sep, groupSize) : digits;
  const fill = sp.fill ?? " ";
  const align = sp.align ?? ">";
  if (align === "=") {
    const head = sign.length + prefix.length + rest.length;
    const n = sp.width - head - intPart.length;
    if (n > 0) {
      if (sep && fill === "0") {
        let d = digits;
        while (head + intPart.length < sp.width) {
          d = "0" + d;
          intPart = group(d, sep, groupSize);
        }
      } else intPart = fill.repeat(n) + intPart;
    }
    return sign + prefix + intPart + rest;
  }
  return padTo(sign + prefix + intPart + rest, sp.width, fill, align);
}

// ---------------------------------------------------------------------------------------
// Exact float to decimal

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Splits a finite positive double into [mantissa, exponent] with x = m * 2^e. */
function decompose(x: number): [bigint, number] {
  f64[0] = x;
  const hi = u32[LITTLE ? 1 : 0];
  const lo = u32[LITTLE ? 0 : 1];
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = bexp - 1075;
  }
  return [m, e];
}

/** round-half-even(num / den) for non-negative bigints. */
function divRound(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r = num - q * den;
  const twice = r * 2n;
  if (twice > den || (twice === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

const POW10: bigint[] = [1n];
function pow10(n: number): bigint {
  while (POW10.length <= n && POW10.length < 400) POW10.push(POW10[POW10.length - 1] * 10n);
  return n < POW10.length ? POW10[n] : 10n ** BigInt(n);
}

/** |x| (finite) scaled by 10^p and rounded half-even to an integer. */
function scaledRound(x: number, p: number): bigint {
  if (x === 0) return 0n;
  const [m, e] = decompose(x);
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (p >= 0) num *= pow10(p);
  else den *= pow10(-p);
  return divRound(num, den);
}

/** `|x|` in fixed notation with `p` digits after the point: [intDigits, fracDigits]. */
export function fixedDigits(x: number, p: number): [string, string] {
  const n = scaledRound(Math.abs(x), p).toString();
  if (p === 0) return [n, ""];
  const padded = n.length <= p ? "0".repeat(p - n.length + 1) + n : n;
  return [padded.slice(0, padded.length - p), padded.slice(padded.length - p)];
}

/** `|x|` rounded to `p + 1` significant digits: [digits, decimal exponent of the first]. */
export function expDigits(x: number, p: number): [string, number] {
  x = Math.abs(x);
  if (x === 0) return ["0".repeat(p + 1), 0];
  let e10 = Math.floor(Math.log10(x));
  // The estimate may be off by one either way: fix it by the digit count of the result.
  let n = scaledRound(x, p - e10);
  const lim = pow10(p + 1);
  if (n >= lim) {
    // Either the estimate was one too low or rounding carried into a new digit.
    e10++;
    n = scaledRound(x, p - e10);
    if (n >= lim) {
      e10++;
      n = scaledRound(x, p - e10);
    }
  } else if (n < pow10(p)) {
    e10--;
    n = scaledRound(x, p - e10);
  }
  return [n.toString(), e10];
}

function expSuffix(e: number): string {
  const a = Math.abs(e);
  return "e" + (e < 0 ? "-" : "+") + (a < 10 ? "0" + a : String(a));
}

/**
 * Formats |x| (finite) for a float presentation type: returns [intDigits, rest] where rest
 * holds the point, fraction and exponent. `type` is one of e f g % r ('r': no type given).
 */
function floatBody(x: number, type: string, prec: number, alt: boolean): [string, string] {
  switch (type) {
    case "f":
    case "%": {
      const [i, f] = fixedDigits(x, prec);
      return [i, f || alt ? "." + f : ""];
    }
    case "e": {
      const [d, e] = expDigits(x, prec);
      const frac = d.slice(1);
      return [d[0], (frac || alt ? "." + frac : "") + expSuffix(e)];
    }
    default: {
      // 'g', or 'r' (no type, precision given: 'g' that keeps a ".0").
      const addDot0 = type === "r";
      let p = prec < 0 ? 6 : prec;
      if (p === 0) p = 1;
      let [d, e] = x === 0 ? ["0".repeat(p), 0] : expDigits(x, p - 1);
      if (e >= -4 && e < (addDot0 ? p - 1 : p)) {
        let ip: string;
        let fp: string;
        if (e >= 0) {
          ip = d.slice(0, e + 1);
          fp = d.slice(e + 1);
        } else {
          ip = "0";
          fp = "0".repeat(-e - 1) + d;
        }
        if (!alt) fp = fp.replace(/0+$/, "");
        if (fp) return [ip, "." + fp];
        return [ip, alt ? "." : addDot0 ? ".0" : ""];
      }
      if (!alt) d = d.replace(/(?<=.)0+$/, "");
      const frac = d.slice(1);
      return [d[0], (frac || alt ? "." + frac : "") + expSuffix(e)];
    }
  }
}

/** Formats a float value with a parsed spec (types e E f F g G n % and none). */
export function formatFloat(v: number, sp: FormatSpec): string {
  let type = sp.type;
  const upper = type === "E" || type === "F" || type === "G";
  if (upper) type = type.toLowerCase();
  if (type === "n") type = "g";
  if (type !== "" && !(type.length === 1 && "efg%".includes(type))) {
    throw unknownCode(sp.type, "float");
  }
  const neg = v < 0 || Object.is(v, -0);
  let intDigits: string;
  let rest: string;
  if (!Number.isFinite(v)) {
    intDigits = "";
    rest = Number.isNaN(v) ? "nan" : "inf";
    if (type === "%") rest += "%";
  } else if (type === "") {
    if (sp.precision < 0) {
      const r = floatRepr(Math.abs(v));
      const m = /^\d+/.exec(r)!;
      intDigits = m[0];
      rest = r.slice(m[0].length);
    } else [intDigits, rest] = floatBody(v, "r", sp.precision, sp.alt);
  } else {
    const prec = sp.precision < 0 ? 6 : sp.precision;
    [intDigits, rest] = floatBody(type === "%" ? v * 100 : v, type, prec, sp.alt);
    if (type === "%") rest += "%";
  }
  if (upper) rest = rest.toUpperCase();
  return layoutNumber(neg && !Number.isNaN(v), "", intDigits, rest, sp, 3);
}

function unknownCode(t: string, what: string): unknown {
  return valueError(`Unknown format code '${t}' for object of type '${what}'`);
}

/** Converts an int to a float for the float presentation types (OverflowError if too big). */
function intToFloat(v: Int): number {
  const f = Number(v);
  if (!Number.isFinite(f)) throw overflowError("int too large to convert to float");
  return f;
}

/** Formats an int (or bool) with a parsed spec. */
export function formatInt(v: Int, sp: FormatSpec): string {
  const t = sp.type;
  let base = 10;
  let prefix = "";
  switch (t) {
    case "":
    case "d":
    case "n":
      break;
    case "b":
      base = 2;
      prefix = "0b";
      break;
    case "o":
      base = 8;
      prefix = "0o";
      break;
    case "x":
      base = 16;
      prefix = "0x";
      break;
    case "X":
      base = 16;
      prefix = "0X";
      break;
    case "c": {
      if (sp.sign) throw valueError("Sign not allowed with integer format specifier 'c'");
      if (sp.alt) {
        throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
      }
      if (sp.grouping) throw valueError(`Cannot specify '${sp.grouping}' with 'c'.`);
      if (sp.precision >= 0) throw valueError("Precision not allowed in integer format specifier");
      if (v < 0 || v > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
      const ch = String.fromCodePoint(Number(v));
      if (sp.align === "=") return layoutNumber(false, "", ch, "", sp, 3);
      return padTo(ch, sp.width, sp.fill ?? " ", sp.align ?? ">");
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "%":
      if (!ctx.config.float) throw unknownCode(t, "int");
      return formatFloat(intToFloat(v), sp);
    default:
      throw unknownCode(t, "int");
  }
  if (sp.precision >= 0) throw valueError("Precision not allowed in integer format specifier");
  if (sp.grouping === "," && base !== 10) throw valueError(`Cannot specify ',' with '${t}'.`);
  if (sp.grouping && t === "n") throw valueError(`Cannot specify '${sp.grouping}' with 'n'.`);
  const neg = v < 0;
  let digits = (neg ? -(v as any) : v).toString(base);
  if (t === "X") digits = digits.toUpperCase();
  return layoutNumber(neg, sp.alt ? prefix : "", digits, "", sp, base === 10 ? 3 : 4);
}

/** Formats a str with a parsed spec (type s or none). */
export function formatString(s: string, sp: FormatSpec): string {
  if (sp.type !== "" && sp.type !== "s") throw unknownCode(sp.type, "str");
  if (sp.sign) throw valueError("Sign not allowed in string format specifier");
  if (sp.alt) throw valueError("Alternate form (#) not allowed in string format specifier");
  if (sp.grouping) throw valueError(`Cannot specify '${sp.grouping}' with 's'.`);
  if (sp.align === "=") throw valueError("'=' alignment not allowed in string format specifier");
  if (sp.precision >= 0) s = truncate(s, sp.precision);
  return padTo(s, sp.width, sp.fill ?? " ", sp.align ?? "<");
}

/** The first `n` code points of `s`. */
export function truncate(s: string, n: number): string {
  if (s.length <= n) return s;
  if (!hasAstral(s)) return s.slice(0, n);
  return Array.from(s).slice(0, n).join("");
}

/**
 * `format(x, spec)`: a user `__format__` wins; ints, bools and floats get the numeric
 * mini-language; anything else is formatted as its `str()` (MicroPython's behaviour).
 */
export function formatValue(x: PyObj, spec: string): string {
  if (typeof x === "object" && x !== null) {
    const t = typeOf(x);
    if (t.$user) {
      const f = lookupType(t, "__format__");
      if (f !== undefined) {
        const r = callMethodValue(f, x, [spec]);
        if (typeof r !== "string") {
          throw typeError(`__format__ must return a str, not ${typeName(r)}`);
        }
        return r;
      }
    }
  }
  if (spec === "") return str(x);
  if (typeof x === "string") return formatString(x, parseSpec(spec));
  const sp = parseSpec(spec);
  if (typeof x === "number" || typeof x === "bigint") return formatInt(x, sp);
  if (typeof x === "boolean") return formatInt(x ? 1 : 0, sp);
  if (isFloat(x)) return formatFloat(x.v, sp);
  if (typeof x === "object" && x !== null && x.$iv !== undefined) return formatInt(x.$iv, sp);
  // A str subclass instance with a format spec formats its value (str.__format__).
  if (typeof x === "object" && x !== null && x.$str !== undefined) return formatString(x.$str, sp);
  return formatString(str(x), sp);
}

/** `ascii(x)`: repr with non-ASCII characters escaped. */
export function asciiRepr(x: PyObj): string {
  return asciiEscape(repr(x));
}

/** Escapes non-ASCII characters as \x, \u or \U sequences. */
export function asciiEscape(r: string): string {
  let out = "";
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// printf-style formatting: str % args

function isMapping(x: PyObj): boolean {
  if (typeof x !== "object" || x === null || x instanceof PyTuple) return false;
  if (x.$str !== undefined) return false; // a str subclass is one value, not a mapping
  const t = typeOf(x);
  return lookupType(t, "__getitem__") !== undefined;
}

/** The int a %d/%x conversion uses, or raises TypeError. */
function percentInt(arg: PyObj, conv: string): Int {
  const v = asInt(arg);
  if (v !== undefined) return v;
  if (isFloat(arg)) {
    if (conv === "d" || conv === "i" || conv === "u") {
      const f = arg.v;
      if (Number.isNaN(f)) throw valueError("cannot convert float NaN to integer");
      if (!Number.isFinite(f)) throw overflowError("cannot convert float infinity to integer");
      const t = Math.trunc(f);
      return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
    }
    throw typeError(`%${conv} format: an integer is required, not float`);
  }
  if (typeof arg === "object" && arg !== null) {
    const t = typeOf(arg);
    const f = lookupType(t, conv === "d" || conv === "i" || conv === "u" ? "__int__" : "__index__");
    if (f !== undefined) {
      const r = asInt(callMethodValue(f, arg, []));
      if (r !== undefined) return r;
    }
  }
  const what = conv === "d" || conv === "i" || conv === "u" ? "a number" : "an integer";
  throw typeError(`%${conv} format: ${what} is required, not ${typeName(arg)}`);
}

function percentFloat(arg: PyObj): number {
  if (isFloat(arg)) return arg.v;
  const v = asInt(arg);
  if (v !== undefined) return intToFloat(v);
  throw typeError(`must be real number, not ${typeName(arg)}`);
}

function unsupportedChar(fmt: string, at: number): unknown {
  const code = fmt.codePointAt(at)!;
  const ch = String.fromCodePoint(code);
  return valueError(`unsupported format character '${ch}' (0x${code.toString(16)}) at index ${at}`);
}

function base10(conv: string): boolean {
  return conv === "d" || conv === "i" || conv === "u";
}

/** One `%` conversion of a format string, parsed once. */
interface PercentConv {
  /** `%(key)s` mapping key, or null. */
  key: string | null;
  left: boolean;
  sign: string;
  alt: boolean;
  zero: boolean;
  /** -1 none, -2 taken from the arguments (`*`). */
  width: number;
  /** -1 none, -2 taken from the arguments (`*`). */
  prec: number;
  conv: string;
  /** Index of the conversion character (for error messages). */
  at: number;
}

const percentCache = new Map<string, (string | PercentConv)[]>();

/** Parses a %-format string into literal text and conversions (cached per string). */
function percentTemplate(fmt: string): (string | PercentConv)[] {
  let parts = percentCache.get(fmt);
  if (parts !== undefined) return parts;
  parts = [];
  const n = fmt.length;
  let i = 0;
  let lit = "";
  while (i < n) {
    const pct = fmt.indexOf("%", i);
    if (pct < 0) {
      lit += fmt.slice(i);
      break;
    }
    lit += fmt.slice(i, pct);
    i = pct + 1;
    if (i >= n) throw valueError("incomplete format");
    if (fmt[i] === "%") {
      lit += "%";
      i++;
      continue;
    }
    let key: string | null = null;
    if (fmt[i] === "(") {
      let depth = 1;
      const k0 = ++i;
      while (i < n) {
        if (fmt[i] === "(") depth++;
        else if (fmt[i] === ")" && --depth === 0) break;
        i++;
      }
      if (i >= n) throw valueError("incomplete format key");
      key = fmt.slice(k0, i);
      i++;
    }
    let left = false;
    let sign = "";
    let alt = false;
    let zero = false;
    for (; i < n; i++) {
      const c = fmt[i];
      if (c === "-") left = true;
      else if (c === "+") sign = "+";
      else if (c === " ") {
        if (sign !== "+") sign = " ";
      } else if (c === "#") alt = true;
      else if (c === "0") zero = true;
      else break;
    }
    let width = -1;
    if (fmt[i] === "*") {
      width = -2;
      i++;
    } else {
      [width, i] = readDigits(fmt, i);
    }
    let prec = -1;
    if (fmt[i] === ".") {
      i++;
      if (fmt[i] === "*") {
        prec = -2;
        i++;
      } else {
        let p: number;
        [p, i] = readDigits(fmt, i);
        prec = p < 0 ? 0 : p;
      }
    }
    while (i < n && (fmt[i] === "h" || fmt[i] === "l" || fmt[i] === "L")) i++;
    if (i >= n) throw valueError("incomplete format");
    const conv = fmt[i];
    if (lit) parts.push(lit);
    lit = "";
    parts.push({ key, left, sign, alt, zero, width, prec, conv, at: i });
    i++;
  }
  if (lit) parts.push(lit);
  if (percentCache.size > 256) percentCache.clear();
  percentCache.set(fmt, parts);
  return parts;
}

/** `fmt % args` with CPython's semantics and MicroPython's messages. */
export function percentFormat(fmt: string, args: PyObj): string {
  const parts = percentTemplate(fmt);
  const items: PyObj[] = args instanceof PyTuple ? args.a : [args];
  const dict = isMapping(args) ? args : null;
  let argi = 0;
  let out = "";
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    if (typeof part === "string") {
      out += part;
      continue;
    }
    let arg: PyObj = undefined;
    if (part.key !== null) {
      if (dict === null) throw typeError("format requires a mapping");
      arg = getitem(dict, part.key);
    }
    let { width, prec, left } = part;
    if (width === -2) {
      if (argi >= items.length) throw typeError("not enough arguments for format string");
      const w = asInt(items[argi++]);
      if (w === undefined) throw typeError("* wants int");
      width = Number(w);
      if (width < 0) {
        left = true;
        width = -width;
      }
    }
    if (prec === -2) {
      if (argi >= items.length) throw typeError("not enough arguments for format string");
      const pv = asInt(items[argi++]);
      if (pv === undefined) throw typeError("* wants int");
      prec = Math.max(0, Number(pv));
    }
    if (arg === undefined) {
      if (argi >= items.length) throw typeError("not enough arguments for format string");
      arg = items[argi++];
    }
    out += percentConvert(fmt, part, arg, width, prec, left);
  }
  if (argi < items.length && dict === null) {
    throw typeError("not all arguments converted during string formatting");
  }
  return out;
}

/** Formats one argument for one conversion. */
function percentConvert(
  fmt: string,
  c: PercentConv,
  a: PyObj,
  width: number,
  prec: number,
  left: boolean,
): string {
  const conv = c.conv;
  const numSpec = (): FormatSpec => ({
    fill: c.zero && !left ? "0" : " ",
    align: left ? "<" : c.zero ? "=" : ">",
    sign: c.sign,
    alt: c.alt,
    width,
    grouping: "",
    precision: -1,
    type: "",
  });
  switch (conv) {
    case "s":
    case "r":
    case "a": {
      if (conv === "s" && prec < 0 && width < 0) return typeof a === "string" ? a : str(a);
      let s = conv === "s" ? str(a) : conv === "r" ? repr(a) : asciiRepr(a);
      if (prec >= 0) s = truncate(s, prec);
      return padTo(s, width, " ", left ? "<" : ">");
    }
    case "c": {
      let ch: string;
      if (typeof a === "object" && a !== null && a.$str !== undefined) a = a.$str; // str subclass
      if (typeof a === "string") {
        if (strLen(a) !== 1) throw typeError("%c requires int or char");
        ch = a;
      } else {
        const v = asInt(a);
        if (v === undefined) throw typeError("%c requires int or char");
        if (v < 0 || v > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
        ch = String.fromCodePoint(Number(v));
      }
      return padTo(ch, width, " ", left ? "<" : ">");
    }
    case "d":
    case "i":
    case "u":
    case "x":
    case "X":
    case "o": {
      const v = percentInt(a, conv);
      if (typeof v === "number" && base10(conv) && width < 0 && prec < 0 && c.sign === "") {
        return String(v);
      }
      const base = conv === "x" || conv === "X" ? 16 : conv === "o" ? 8 : 10;
      const neg = v < 0;
      let digits = (neg ? -(v as any) : v).toString(base);
      if (conv === "X") digits = digits.toUpperCase();
      if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
      const prefix = !c.alt || base === 10 ? "" : conv === "o" ? "0o" : conv === "x" ? "0x" : "0X";
      return layoutNumber(neg, prefix, digits, "", numSpec(), 3);
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
      if (!ctx.config.float) throw unsupportedChar(fmt, c.at);
      return formatFloat(percentFloat(a), {
        ...numSpec(),
        precision: prec < 0 ? 6 : prec,
        type: conv,
      });
  }
  throw unsupportedChar(fmt, c.at);
}

strHooks.percent = percentFormat;

// ---------------------------------------------------------------------------------------
// Codecs (str.encode, str(bytes, encoding))

/** Normalises an encoding name; raises LookupError for unknown ones. */
export function codecName(enc: PyObj): "utf-8" | "ascii" | "latin-1" {
  if (typeof enc !== "string") {
    throw typeError(`encoding must be str, not ${typeName(enc)}`);
  }
  const e = enc.toLowerCase().replace(/_/g, "-");
  if (e === "utf-8" || e === "utf8" || e === "u8" || e === "utf") return "utf-8";
  if (e === "ascii" || e === "us-ascii" || e === "646") return "ascii";
  if (
    e === "latin-1" || e === "latin1" || e === "iso-8859-1" || e === "iso8859-1" ||
    e === "l1" || e === "latin"
  ) return "latin-1";
  throw exc(LookupError, `unknown encoding: ${enc}`);
}

/** Encodes a str to bytes with the named codec and error handler. */
export function encodeStr(s: string, encoding: PyObj, errors: PyObj): Uint8Array {
  const codec = codecName(encoding);
  if (codec === "utf-8") return new TextEncoder().encode(s);
  const limit = codec === "ascii" ? 0x80 : 0x100;
  const out: number[] = [];
  let pos = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < limit) out.push(c);
    else if (errors === "ignore") { /* dropped */ }
    else if (errors === "replace") out.push(63);
    else {
      throw exc(
        unicodeErrorType(),
        `'${codec === "ascii" ? "ascii" : "latin-1"}' codec can't encode character ${
          asciiEscape(strRepr(ch))
        } in position ${pos}: ordinal not in range(${limit})`,
      );
    }
    pos++;
  }
  return new Uint8Array(out);
}

/** Decodes bytes to a str with the named codec and error handler. */
export function decodeBytes(b: Uint8Array, encoding: PyObj, errors: PyObj): string {
  const codec = codecName(encoding);
  if (codec === "utf-8") {
    if (errors === "replace" || errors === "ignore") {
      const s = new TextDecoder("utf-8", { ignoreBOM: true }).decode(b);
      return errors === "ignore" ? s.replace(/\ufffd/g, "") : s;
    }
    try {
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(b);
    } catch {
      throw exc(unicodeErrorType(), "'utf-8' codec can't decode bytes: invalid utf-8");
    }
  }
  let out = "";
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (codec === "ascii" && c >= 0x80) {
      if (errors === "ignore") continue;
      if (errors === "replace") {
        out += "\ufffd";
        continue;
      }
      throw exc(
        unicodeErrorType(),
        `'ascii' codec can't decode byte 0x${
          c.toString(16)
        } in position ${i}: ordinal not in range(128)`,
      );
    }
    out += String.fromCharCode(c);
  }
  return out;
}

function unicodeErrorType() {
  return UnicodeError;
}

// bytes(str, encoding) and bytes.decode() use the codecs defined here.
encodeHook.encode = encodeStr;
decodeHook.decode = decodeBytes;
