/** Methods of the exception types: construction, args, value/errno, str and repr. */

// deno-lint-ignore-file no-explicit-any
import { defGetSets, defMethods, GetSet, None, type PyObj, type PyType } from "./object.ts";
import {
  BaseException,
  KeyError,
  OSError,
  type PyBaseException,
  StopIteration,
  SystemExit,
} from "./errors.ts";
import { EMPTY_TUPLE, PyTuple } from "./objtuple.ts";
import { repr, str, typeOf } from "./ops.ts";

BaseException.$construct = (cls: PyType, args: PyObj[], kwn?: string[]) => {
  if (kwn && kwn.length) throw new Error("keyword arguments");
  const e = cls.$alloc(cls) as PyBaseException;
  e.args = args.length ? new PyTuple(args) : EMPTY_TUPLE;
  return e;
};

/** The message part of `str(e)`. */
export function exceptionStr(e: PyBaseException): string {
  const a = e.args.a;
  if (a.length === 0) return "";
  if (a.length === 1) return str(a[0]);
  return repr(e.args);
}

defMethods(BaseException, {
  __init__(self: PyBaseException, ...args: PyObj[]) {
    self.args = args.length ? new PyTuple(args) : EMPTY_TUPLE;
    return None;
  },
  __str__(self: PyBaseException) {
    return exceptionStr(self);
  },
  __repr__(self: PyBaseException) {
    // MicroPython 1.8 prints the args tuple: ValueError('x',)
    return typeOf(self).$name + repr(self.args);
  },
});
defGetSets(BaseException, {
  args: new GetSet((e: PyBaseException) => e.args, (e: PyBaseException, v: PyObj) => {
    e.args = v instanceof PyTuple ? v : new PyTuple([v]);
  }),
});
const firstArg = new GetSet((e: PyBaseException) => (e.args.a.length ? e.args.a[0] : None));
defGetSets(StopIteration, { value: firstArg });
defGetSets(SystemExit, { code: firstArg });
defGetSets(OSError, { errno: firstArg });
/** Symbolic errno names used when printing OSError (filled in by the uerrno module). */
export const errnoNames: Map<number, string> = new Map();

// MicroPython prints a known errno as `[Errno 2] ENOENT`.
defMethods(OSError, {
  __str__(self: PyBaseException) {
    const a = self.args.a;
    if (a.length === 1 && typeof a[0] === "number") {
      const name = errnoNames.get(a[0]);
      if (name !== undefined) return `[Errno ${a[0]}] ${name}`;
    }
    return exceptionStr(self);
  },
});
defMethods(KeyError, {
  __str__(self: PyBaseException) {
    return self.args.a.length === 1 ? repr(self.args.a[0]) : exceptionStr(self);
  },
});
void (0 as any);
