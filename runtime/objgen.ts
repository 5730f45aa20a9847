/**
 * Generators: a Python generator function compiles to a JS generator function; calling it
 * gives a PyGenerator that implements next/send/throw/close with Python's semantics.
 */

// deno-lint-ignore-file no-explicit-any
import { defMethods, makeNativeType, None, type PyObj, type PyType } from "./object.ts";
import {
  BaseException,
  GeneratorExit,
  isInstanceExc,
  newException,
  PyBaseException,
  RawThrow,
  runtimeError,
  StopIteration,
  stopIteration,
  toPyException,
  typeError,
  valueError,
} from "./errors.ts";
import { NativeIter, STOP } from "./iterator.ts";
import { call, callMethod, getattrOpt, getIter } from "./ops.ts";
import { isSubtype, PyType as PyTypeClass } from "./object.ts";

/** A running or finished generator. */
export class PyGenerator extends NativeIter {
  running = false;
  started = false;
  done = false;
  /** The value of the generator's `return` once finished. */
  retval: PyObj = None;
  constructor(public g: Generator<PyObj, PyObj, PyObj>, public name: string) {
    super();
  }

  /** Resumes with a sent value (mode 0) or a thrown exception (mode 1); STOP when finished. */
  step(mode: number, v: PyObj): PyObj {
    if (this.running) throw valueError("generator already executing");
    if (this.done) {
      if (mode === 1) throw v;
      return STOP;
    }
    if (!this.started && mode === 0 && v !== None) {
      throw typeError("can't send non-None value to a just-started generator");
    }
    this.running = true;
    let r: IteratorResult<PyObj, PyObj>;
    try {
      r = mode === 0 ? this.g.next(v) : this.g.throw(v);
    } catch (e) {
      this.running = false;
      this.done = true;
      // MicroPython 1.8 has no PEP 479: StopIteration leaving the body finishes the generator.
      const pe = e instanceof RawThrow ? e.exc() : e;
      if (isInstanceExc(pe, StopIteration)) {
        this.retval = stopValue(pe);
        return STOP;
      }
      throw e;
    }
    this.running = false;
    this.started = true;
    if (r.done) {
      this.done = true;
      this.retval = r.value === undefined ? None : r.value;
      return STOP;
    }
    return r.value;
  }

  override $n(): PyObj {
    return this.step(0, None);
  }

  /** The return value for the StopIteration that reports finishing (given out once). */
  $sv(): PyObj {
    const v = this.retval;
    this.retval = None;
    return v;
  }

  /** `gen.send(v)`: raises StopIteration(return value) when finished. */
  sendValue(v: PyObj): PyObj {
    const r = this.step(0, v);
    if (r === STOP) throw stopIteration(this.$sv());
    return r;
  }

  /** `gen.throw(exc)`. */
  throwIn(e: PyObj): PyObj {
    const r = this.step(1, e);
    if (r === STOP) throw stopIteration(this.$sv());
    return r;
  }

  /** `gen.close()`. */
  shutdown(): void {
    if (this.done) return;
    if (!this.started) {
      this.done = true;
      return;
    }
    try {
      const r = this.step(1, newException(GeneratorExit, []));
      if (r !== STOP) throw runtimeError("generator ignored GeneratorExit");
    } catch (e) {
      if (isInstanceExc(e, GeneratorExit) || isInstanceExc(e, StopIteration)) return;
      throw e;
    }
  }
}

/** The generator type. */
export const generator_type: PyType = makeNativeType("generator", PyGenerator.prototype);

/** The argument of `gen.throw()`: an exception instance as it is, anything else raw. */
function throwable(t: PyObj, v?: PyObj): PyObj {
  if (t instanceof PyBaseException && v === undefined) return t;
  const args = v === undefined ? [t] : [t, v];
  return new RawThrow(args, () => {
    let x = t;
    if (t instanceof PyTypeClass && isSubtype(t, BaseException)) {
      x = v === undefined || v === None ? call(t, []) : call(t, [v]);
    }
    if (x instanceof PyBaseException) return x;
    return typeError("exceptions must derive from BaseException");
  });
}

defMethods(generator_type, {
  __next__(self: PyGenerator) {
    return self.sendValue(None);
  },
  __iter__: (self: PyGenerator) => self,
  send: (self: PyGenerator, v: PyObj) => self.sendValue(v),
  throw: (self: PyGenerator, t: PyObj, v?: PyObj) => self.throwIn(throwable(t, v)),
  close(self: PyGenerator) {
    self.shutdown();
    return None;
  },
  __repr__: (self: PyGenerator) =>
    `<generator object '${self.name}' at 0x${(idCounter++).toString(16)}>`,
});
let idCounter = 0x20002000;

/** Whether what was thrown in (maybe raw: a class) is a GeneratorExit. */
function isGeneratorExit(v: PyObj): boolean {
  const x = v instanceof RawThrow ? v.args[0] : v;
  return x instanceof PyTypeClass ? isSubtype(x, GeneratorExit) : isInstanceExc(x, GeneratorExit);
}

function stopValue(e: PyObj): PyObj {
  return e.args.a.length > 0 ? e.args.a[0] : None;
}

/** `yield from x`: delegates next/send/throw to x and evaluates to its return value. */
export function* yieldFrom(x: PyObj): Generator<PyObj, PyObj, PyObj> {
  const gen = x instanceof PyGenerator ? x : null;
  const it: any = gen ?? getIter(x);
  // send/throw/close are looked up on the Python iterator, not on our adapter around it.
  const pyIt: PyObj = it.$pyIter ?? it;
  let v: PyObj = None;
  let mode = 0;
  for (;;) {
    let r: PyObj;
    if (gen !== null) {
      if (mode === 1 && isGeneratorExit(v)) {
        gen.shutdown();
        throw v;
      }
      r = gen.step(mode, v);
      if (r === STOP) return gen.$sv();
    } else {
      try {
        if (mode === 0) {
          if (v === None) {
            // A Python iterator's StopIteration carries the value of the `yield from`.
            r = pyIt !== it ? callMethod(pyIt, "__next__", []) : it.$n();
            if (r === STOP) return None;
          } else r = callMethod(pyIt, "send", [v]);
        } else {
          if (isGeneratorExit(v)) {
            const cl = getattrOpt(pyIt, "close");
            if (cl !== undefined) call(cl, []);
            throw v;
          }
          const th = getattrOpt(pyIt, "throw");
          if (th === undefined) throw v;
          r = call(th, v instanceof RawThrow ? v.args : [v]);
        }
      } catch (e) {
        if (isInstanceExc(e, StopIteration)) return stopValue(e);
        throw e;
      }
    }
    try {
      v = yield r;
      mode = 0;
    } catch (e) {
      v = e instanceof RawThrow ? e : toPyException(e);
      mode = 1;
    }
  }
}
