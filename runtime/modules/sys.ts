/** The `sys` module. */

// deno-lint-ignore-file no-explicit-any
import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { exc, SystemExit, typeError } from "../errors.ts";
import { PyList } from "../objlist.ts";
import { PyTuple } from "../objtuple.ts";
import { nativeModule, type PyModule } from "../objobject.ts";
import { ctx } from "../context.ts";
import { builtinModules } from "../import.ts";
import { call, getattr, str } from "../ops.ts";
import { formatException } from "../interp.ts";
import { bufferOpt } from "./modutil.ts";

/** A text stream over the board's stdout/stderr/stdin. */
export class PyStdStream {
  declare $cls: PyType;
  /** Text a sized read() took from the host but did not return. */
  pending = "";
  constructor(public which: "stdin" | "stdout" | "stderr") {}
}
/** The type of sys.stdin/stdout/stderr. */
export const textio_type: PyType = makeNativeType("TextIOWrapper", PyStdStream.prototype);
defMethods(textio_type, {
  write(self: PyStdStream, s: PyObj) {
    const text = typeof s === "string"
      ? s
      : s?.b instanceof Uint8Array
      ? new TextDecoder().decode(s.b.subarray(0, s.n ?? s.b.length))
      : undefined;
    if (text === undefined) throw typeError("object with buffer protocol required");
    if (self.which === "stderr") ctx.host.writeErr(text);
    else ctx.host.writeOut(text);
    return text.length;
  },
  readline(self: PyStdStream) {
    if (self.which !== "stdin") throw exc(typeError("").$cls, "not readable");
    if (self.pending) {
      // Finish the line a short read() left behind.
      const i = self.pending.indexOf("\n");
      const out = i < 0 ? self.pending : self.pending.slice(0, i + 1);
      self.pending = self.pending.slice(out.length);
      if (i >= 0) return out;
      const l = ctx.host.readLine("");
      return l === null ? out : out + l + "\n";
    }
    const l = ctx.host.readLine("");
    return l === null ? "" : l + "\n";
  },
  read(self: PyStdStream, n?: PyObj) {
    if (self.which !== "stdin") throw typeError("not readable");
    const want = typeof n === "number" && n >= 0 ? n : -1;
    let out = self.pending;
    while (want < 0 || out.length < want) {
      const l = ctx.host.readLine("");
      if (l === null) break;
      out += l + "\n";
    }
    // What a sized read does not take stays for the next read.
    self.pending = want < 0 ? "" : out.slice(want);
    return want < 0 ? out : out.slice(0, want);
  },
  readinto(self: PyStdStream, buf: PyObj) {
    if (self.which !== "stdin") throw typeError("not readable");
    const b = bufferOpt(buf);
    if (b === undefined) throw typeError("object with buffer protocol required");
    const text = (textio_type.$p.read as (s: PyStdStream, n: number) => string)(self, b.length);
    const bytes = new TextEncoder().encode(text);
    b.set(bytes.subarray(0, b.length));
    return Math.min(bytes.length, b.length);
  },
  flush: () => None,
  __repr__: (self: PyStdStream) => `<io.TextIOWrapper ${self.which}>`,
});

/** The `sys` module's state that the board sets (argv, path). */
export const sysState = { argv: [] as string[] };

/** A small struct-like object for sys.implementation. */
class Impl {
  declare $cls: PyType;
  $d: Record<string, PyObj>;
  constructor(d: Record<string, PyObj>) {
    this.$d = d;
  }
}
const impl_type = makeNativeType("implementation", Impl.prototype);
defMethods(impl_type, {
  __repr__: (self: Impl) => `(name='${self.$d.name}', version=${str(self.$d.version)})`,
});

function makeSys(): PyModule {
  const version = new PyTuple([1, 8, 3]);
  const implD: Record<string, PyObj> = Object.create(null);
  implD.name = "micropython";
  implD.version = version;
  return nativeModule("sys", {
    argv: new PyList(sysState.argv.slice()),
    byteorder: "little",
    implementation: new Impl(implD),
    maxsize: 2147483647,
    modules: ctx.modules,
    path: new PyList(["", "/flash", "/flash/lib"]),
    platform: ctx.config.platform,
    version: "3.4.0",
    version_info: new PyTuple([3, 4, 0]),
    stdin: new PyStdStream("stdin"),
    stdout: new PyStdStream("stdout"),
    stderr: new PyStdStream("stderr"),
    exit: Object.assign((code?: PyObj) => {
      throw code === undefined ? exc(SystemExit) : exc(SystemExit, code);
    }, { $name: "exit" }),
    print_exception: Object.assign((e: PyObj, file?: PyObj) => {
      const text = formatException(e);
      if (file === undefined || file === None) ctx.host.writeOut(text);
      else call(getattr(file, "write"), [text]);
      return None;
    }, { $name: "print_exception" }),
  });
}
builtinModules.set("sys", makeSys);
void (0 as any);
