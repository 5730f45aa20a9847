/** The `sys` module. */

// deno-lint-ignore-file no-explicit-any
import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { exc, osError, PyBaseException, SystemExit, typeError } from "../errors.ts";
import { ERRNO } from "../../hal/vfs.ts";
import { attrTuple } from "./uos.ts";
import { PyList } from "../objlist.ts";
import { PyTuple } from "../objtuple.ts";
import { nativeModule, type PyModule } from "../objobject.ts";
import { ctx } from "../context.ts";
import { builtinModules } from "../import.ts";
import { call, getattr, str } from "../ops.ts";
import { formatException } from "../interp.ts";
import { absent, bufferOpt, fn, intArg, method, writableBufferArg } from "./modutil.ts";

/**
 * sys.stdin/stdout/stderr: MicroPython's stdio objects (type `FileIO`, printed as
 * `<io.FileIO 0>`), text streams over the board's terminal. Writing to stdin or reading
 * from stdout/stderr raises OSError(EPERM), as the firmware's stdio streams do.
 */
export class PyStdStream {
  declare $cls: PyType;
  /** Text a sized read() took from the host but did not return. */
  pending = "";
  constructor(public which: "stdin" | "stdout" | "stderr") {}
  /** The file descriptor number MicroPython shows. */
  get fd(): number {
    return this.which === "stdin" ? 0 : this.which === "stdout" ? 1 : 2;
  }
}

function readableStream(self: PyStdStream): void {
  if (self.which !== "stdin") throw osError(ERRNO.EPERM);
}

/** Reads up to `want` characters (all until end of input when negative). */
function readText(self: PyStdStream, want: number): string {
  readableStream(self);
  let out = self.pending;
  while (want < 0 || Array.from(out).length < want) {
    const l = ctx.host.readLine("");
    if (l === null) break;
    out += l + "\n";
  }
  if (want < 0) {
    self.pending = "";
    return out;
  }
  // What a sized read does not take stays for the next read.
  const chars = Array.from(out);
  self.pending = chars.slice(want).join("");
  return chars.slice(0, want).join("");
}

/** The type of sys.stdin/stdout/stderr. */
export const stdio_type: PyType = makeNativeType("FileIO", PyStdStream.prototype);
stdio_type.$module = "io";
defMethods(stdio_type, {
  write: method(1, 1, (self: PyStdStream, data: PyObj) => {
    if (self.which === "stdin") throw osError(ERRNO.EPERM);
    const s = data?.$str ?? data; // an instance of a str subclass writes its value
    let text: string;
    let n: number;
    if (typeof s === "string") {
      text = s;
      n = encoder.encode(s).length;
    } else {
      const b = bufferOpt(s);
      if (b === undefined) throw typeError("object with buffer protocol required");
      text = new TextDecoder().decode(b);
      n = b.length;
    }
    if (self.which === "stderr") ctx.host.writeErr(text);
    else ctx.host.writeOut(text);
    return n;
  }),
  readline: method(0, 1, (self: PyStdStream, size?: PyObj) => {
    readableStream(self);
    const limit = absent(size) ? -1 : intArg(size);
    let line: string;
    const i = self.pending.indexOf("\n");
    if (i >= 0) {
      line = self.pending.slice(0, i + 1);
      self.pending = self.pending.slice(i + 1);
    } else {
      // Finish the line a short read() left behind.
      const l = ctx.host.readLine("");
      line = self.pending + (l === null ? "" : l + "\n");
      self.pending = "";
    }
    if (limit >= 0 && Array.from(line).length > limit) {
      const chars = Array.from(line);
      self.pending = chars.slice(limit).join("") + self.pending;
      line = chars.slice(0, limit).join("");
    }
    return line;
  }),
  read: method(0, 1, (self: PyStdStream, n?: PyObj) => {
    return readText(self, absent(n) ? -1 : intArg(n));
  }),
  readinto: method(1, 2, (self: PyStdStream, buf: PyObj, n?: PyObj) => {
    readableStream(self);
    let b = writableBufferArg(buf);
    if (!absent(n)) b = b.subarray(0, Math.max(0, intArg(n)));
    const chars = Array.from(readText(self, b.length));
    // Whole characters only: what does not fit goes back for the next read.
    let used = 0;
    let k = 0;
    for (; k < chars.length; k++) {
      const e = encoder.encode(chars[k]);
      if (used + e.length > b.length) break;
      b.set(e, used);
      used += e.length;
    }
    self.pending = chars.slice(k).join("") + self.pending;
    return used;
  }),
  flush: method(0, 0, () => None),
  __repr__: (self: PyStdStream) => `<io.FileIO ${self.fd}>`,
});

const encoder = new TextEncoder();

/** The `sys` module's state that the board sets (argv, path). */
export const sysState = { argv: [] as string[] };

function makeSys(): PyModule {
  return nativeModule("sys", {
    argv: new PyList(sysState.argv.slice()),
    byteorder: "little",
    implementation: attrTuple(["name", "version"], ["micropython", new PyTuple([1, 8, 3])]),
    maxsize: 2147483647,
    modules: ctx.modules,
    path: new PyList(["", "/flash", "/flash/lib"]),
    platform: ctx.config.platform,
    version: "3.4.0",
    version_info: new PyTuple([3, 4, 0]),
    stdin: new PyStdStream("stdin"),
    stdout: new PyStdStream("stdout"),
    stderr: new PyStdStream("stderr"),
    exit: fn("exit", 0, 1, (code?: PyObj) => {
      throw code === undefined ? exc(SystemExit) : exc(SystemExit, code);
    }),
    print_exception: fn("print_exception", 1, 2, (e: PyObj, file?: PyObj) => {
      // Anything else prints as itself (MicroPython's mp_obj_print_exception).
      const text = e instanceof PyBaseException ? formatException(e) : str(e) + "\n";
      if (file === undefined || file === None) ctx.host.writeOut(text);
      else call(getattr(file, "write"), [text]);
      return None;
    }),
  });
}
builtinModules.set("sys", makeSys);
void (0 as any);
