/**
 * Python exceptions: MicroPython's builtin hierarchy, constructors for raising them from
 * native code, conversion of JS errors, and traceback bookkeeping.
 */

// deno-lint-ignore-file no-explicit-any
import {
  argErrors,
  isSubtype,
  makeNativeType,
  Namespace,
  None,
  type PyObj,
  type PyType,
  setMroError,
} from "./object.ts";
import { EMPTY_TUPLE, PyTuple } from "./objtuple.ts";

/** One traceback entry: file, line, function name. */
export interface TracebackEntry {
  file: string;
  line: number;
  name: string;
  /** Added by an except clause of this frame (the frame's exit does not add it again). */
  caught?: boolean;
}

/** A Python exception instance (of BaseException or any subclass). */
export class PyBaseException {
  declare $cls: PyType;
  /** The exception's arguments. */
  args: PyTuple = EMPTY_TUPLE;
  /** Instance attributes. */
  $d: Record<string, PyObj> = new Namespace();
  /** Traceback, innermost entry first. */
  $tb: TracebackEntry[] = [];
}

export function excType(name: string, base?: PyType): PyType {
  const proto = base === undefined ? PyBaseException.prototype : Object.create(base.$p);
  return makeNativeType(name, proto, base, (cls) => {
    const o = Object.create(cls.$p);
    o.args = EMPTY_TUPLE;
    o.$d = new Namespace();
    o.$tb = [];
    return o;
  });
}

/** BaseException and the MicroPython 1.8 builtin exception types. */
export const BaseException: PyType = excType("BaseException");
export const SystemExit: PyType = excType("SystemExit", BaseException);
export const KeyboardInterrupt: PyType = excType("KeyboardInterrupt", BaseException);
export const GeneratorExit: PyType = excType("GeneratorExit", BaseException);
export const Exception: PyType = excType("Exception", BaseException);
export const StopIteration: PyType = excType("StopIteration", Exception);
export const ArithmeticError: PyType = excType("ArithmeticError", Exception);
export const OverflowError: PyType = excType("OverflowError", ArithmeticError);
export const ZeroDivisionError: PyType = excType("ZeroDivisionError", ArithmeticError);
export const AssertionError: PyType = excType("AssertionError", Exception);
export const AttributeError: PyType = excType("AttributeError", Exception);
export const EOFError: PyType = excType("EOFError", Exception);
export const ImportError: PyType = excType("ImportError", Exception);
export const LookupError: PyType = excType("LookupError", Exception);
export const IndexError: PyType = excType("IndexError", LookupError);
export const KeyError: PyType = excType("KeyError", LookupError);
export const MemoryError: PyType = excType("MemoryError", Exception);
export const NameError: PyType = excType("NameError", Exception);
export const UnboundLocalError: PyType = excType("UnboundLocalError", NameError);
export const OSError: PyType = excType("OSError", Exception);
export const RuntimeError: PyType = excType("RuntimeError", Exception);
export const NotImplementedError: PyType = excType("NotImplementedError", RuntimeError);
export const SyntaxError: PyType = excType("SyntaxError", Exception);
export const IndentationError: PyType = excType("IndentationError", SyntaxError);
export const TypeError: PyType = excType("TypeError", Exception);
export const ValueError: PyType = excType("ValueError", Exception);
export const UnicodeError: PyType = excType("UnicodeError", ValueError);

/** Every builtin exception type by name (for the builtins module). */
export const EXCEPTION_TYPES: Record<string, PyType> = {
  BaseException,
  SystemExit,
  KeyboardInterrupt,
  GeneratorExit,
  Exception,
  StopIteration,
  ArithmeticError,
  OverflowError,
  ZeroDivisionError,
  AssertionError,
  AttributeError,
  EOFError,
  ImportError,
  LookupError,
  IndexError,
  KeyError,
  MemoryError,
  NameError,
  UnboundLocalError,
  OSError,
  RuntimeError,
  NotImplementedError,
  SyntaxError,
  IndentationError,
  TypeError,
  ValueError,
  UnicodeError,
};

/** Creates an exception instance of `t` with the given args (no constructor call). */
export function newException(t: PyType, args: PyObj[]): PyBaseException {
  const e = t.$alloc(t) as PyBaseException;
  e.args = args.length === 0 ? EMPTY_TUPLE : new PyTuple(args);
  return e;
}

/** Creates an exception of `t` with one message argument (or none when msg is undefined). */
export function exc(t: PyType, msg?: PyObj): PyBaseException {
  return newException(t, msg === undefined ? [] : [msg]);
}

/** `TypeError(msg)` ready to throw. */
export const typeError = (msg: string): PyBaseException => exc(TypeError, msg);
/** `ValueError(msg)` ready to throw. */
export const valueError = (msg: string): PyBaseException => exc(ValueError, msg);
/** `IndexError(msg)` ready to throw. */
export const indexError = (msg: string): PyBaseException => exc(IndexError, msg);
/** `KeyError(key)` ready to throw. */
export const keyError = (key: PyObj): PyBaseException => exc(KeyError, key);
/** `AttributeError(msg)` ready to throw. */
export const attributeError = (msg: string): PyBaseException => exc(AttributeError, msg);
/** `OverflowError(msg)` ready to throw. */
export const overflowError = (msg: string): PyBaseException => exc(OverflowError, msg);
/** `ZeroDivisionError(msg)` ready to throw. */
export const zeroDivision = (msg = "division by zero"): PyBaseException =>
  exc(ZeroDivisionError, msg);
/** `NameError` with MicroPython's wording. */
export const nameError = (name: string): PyBaseException =>
  exc(NameError, `name '${name}' isn't defined`);
/** `OSError(errno)` as MicroPython raises it. */
export const osError = (errno: number): PyBaseException => exc(OSError, errno);
/** `NotImplementedError(msg)` ready to throw. */
export const notImplemented = (msg: string): PyBaseException => exc(NotImplementedError, msg);
/** `RuntimeError(msg)` ready to throw. */
export const runtimeError = (msg: string): PyBaseException => exc(RuntimeError, msg);
/** `MemoryError` ready to throw. */
export const memoryError = (msg?: string): PyBaseException => exc(MemoryError, msg);
/** `StopIteration(value)` ready to throw. */
export const stopIteration = (value?: PyObj): PyBaseException =>
  exc(StopIteration, value === undefined || value === None ? undefined : value);

setMroError(() => typeError("MRO conflict"));

/** True if `e` is a Python exception whose type is or derives from `t`. */
export function isInstanceExc(e: PyObj, t: PyType): boolean {
  return e instanceof PyBaseException && isSubtype(e.$cls, t);
}

/**
 * What `gen.throw(x)` sends into a generator: `x` as given, so that a `yield from` passes it
 * unchanged to a delegate's own `throw()`; anywhere else it becomes an exception (a class is
 * instantiated, a non-exception is a TypeError), made once by `norm`.
 */
export class RawThrow {
  #exc: PyBaseException | undefined;
  constructor(public args: PyObj[], private norm: () => PyBaseException) {}
  exc(): PyBaseException {
    return (this.#exc ??= this.norm());
  }
}

/** Hook for converting host-side errors (set by the board, e.g. for file errors). */
let convertHostError: ((e: unknown) => PyBaseException | undefined) | undefined;
/** Installs a converter for non-Python errors thrown by host code. */
export function setHostErrorConverter(f: (e: unknown) => PyBaseException | undefined): void {
  convertHostError = f;
}

let debugInternalErrors = false;
try {
  debugInternalErrors = Deno.env.get("WIPY_DEBUG") === "1";
} catch { /* no env permission */ }

/**
 * Turns anything thrown into a Python exception: Python exceptions pass through, a JS stack
 * overflow becomes `RuntimeError: maximum recursion depth exceeded`, anything else becomes
 * a RuntimeError naming the internal error (so users never see a JS stack trace).
 */
export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RawThrow) return e.exc();
  if (e instanceof RangeError && e.message.includes("call stack")) {
    return runtimeError("maximum recursion depth exceeded");
  }
  const conv = convertHostError?.(e);
  if (conv) return conv;
  if (
    e instanceof RangeError &&
    /Invalid (array|string) length|Array buffer allocation/i.test(e.message)
  ) {
    return memoryError("memory allocation failed");
  }
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const r = runtimeError(`internal error: ${msg}`);
  (r as any).$jsError = e;
  // Developers debugging the runtime can see where it came from (never shown to users).
  if (debugInternalErrors && e instanceof Error) console.error(e.stack);
  return r;
}

/** The maximum number of traceback entries kept (deep recursion would keep thousands). */
const MAX_TB = 64;

/** Adds a traceback entry while an exception propagates out of a Python function. */
export function addTraceback(
  e: unknown,
  file: string,
  line: number,
  name: string,
): PyBaseException | RangeError {
  let pe: PyBaseException;
  try {
    pe = toPyException(e);
  } catch (again) {
    // Too close to the JS stack limit to build the Python exception: let the JS error
    // unwind further; a frame with room to spare converts it.
    if (again instanceof RangeError && e instanceof RangeError) return e;
    throw again;
  }
  const last = pe.$tb[pe.$tb.length - 1];
  if (last !== undefined && last.caught && last.file === file && last.name === name) {
    // Re-raised from the handler of this same frame: it is already listed.
    last.caught = false;
    return pe;
  }
  if (pe.$tb.length < MAX_TB) pe.$tb.push({ file, line, name });
  return pe;
}

/** An except clause in this frame caught the exception: the frame joins its traceback. */
export function addCatchTraceback(
  e: unknown,
  file: string,
  line: number,
  name: string,
): PyBaseException {
  const pe = toPyException(e);
  const last = pe.$tb[pe.$tb.length - 1];
  if (last !== undefined && last.caught && last.file === file && last.name === name) return pe;
  if (pe.$tb.length < MAX_TB) pe.$tb.push({ file, line, name, caught: true });
  return pe;
}

// Native methods given too many arguments raise MicroPython's TypeError.
argErrors.tooMany = (max, given) =>
  typeError(`function takes ${max} positional arguments but ${given} were given`);
argErrors.tooFew = () => typeError("function missing required positional arguments");
argErrors.isPython = (e) => e instanceof PyBaseException || e instanceof RawThrow;
