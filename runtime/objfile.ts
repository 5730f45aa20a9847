/**
 * File objects and `open()`: MicroPython's `io.FileIO` (binary mode, reads return bytes)
 * and `io.TextIOWrapper` (text mode, reads return str) over files of the virtual
 * filesystem. Every path goes through `ctx.state.vfs`, so nothing outside the mounted
 * folders is reachable; filesystem errors become `OSError(errno)` with MicroPython's numbers.
 *
 * Errors follow the firmware (FatFs): reading a file opened only for writing (or writing a
 * file opened only for reading) raises OSError(EACCES); any operation on a closed file
 * raises OSError(EBADF). Like MicroPython, `write` accepts str and buffers in both modes and
 * returns the number of bytes written.
 */

// deno-lint-ignore-file no-explicit-any
import { defMethods, makeNativeType, None, type PyObj, type PyType } from "./object.ts";
import { exc, osError, StopIteration, typeError, valueError } from "./errors.ts";
import { STOP } from "./iterator.ts";
import { PyBytes } from "./objbytes.ts";
import { PyList } from "./objlist.ts";
import { ctx } from "./context.ts";
import { addBuiltins, builtinHooks } from "./builtins.ts";
import { idOf, typeName } from "./ops.ts";
import { ERRNO, mapError, normalizePath, type VirtualFs } from "../hal/vfs.ts";
import {
  absent,
  bufferOpt,
  fn,
  intArg,
  method,
  strArg,
  writableBufferArg,
} from "./modules/modutil.ts";

/** select's event bits (MicroPython's MP_STREAM_POLL_* values). */
export const POLLIN = 0x0001;
/** Ready for writing. */
export const POLLOUT = 0x0004;
/** Error condition. */
export const POLLERR = 0x0008;
/** Hang-up / end of stream. */
export const POLLHUP = 0x0010;

/** The board's virtual filesystem (raises OSError(ENODEV) when the board has none). */
export function vfs(): VirtualFs {
  const fs = ctx.state.vfs as VirtualFs | undefined;
  if (!fs) throw osError(ERRNO.ENODEV);
  return fs;
}

/** A path argument (str, or bytes as MicroPython accepts) resolved against the cwd. */
export function vpath(p: PyObj): string {
  if (p instanceof PyBytes) p = new TextDecoder().decode(p.b);
  return normalizePath(strArg(p), ctx.state.cwd ?? "/");
}

/** A file object (instances of FileIO or TextIOWrapper). */
export interface PyFile {
  $cls: PyType;
  /** The host file; null once closed. */
  fd: Deno.FsFile | null;
  /** Text mode (str reads). */
  text: boolean;
  readable: boolean;
  writable: boolean;
  /** The virtual path it was opened with. */
  name: string;
}

const finalizer = new FinalizationRegistry<Deno.FsFile>((fd) => {
  openFds.delete(fd);
  try {
    fd.close();
  } catch { /* already closed */ }
});
/** Host files that are open (closed by `closeAllFiles` at a soft reset). */
const openFds = new Set<Deno.FsFile>();

/** Closes every file the program left open (for a soft reset). */
export function closeAllFiles(): void {
  for (const fd of openFds) {
    try {
      fd.close();
    } catch { /* already closed */ }
  }
  openFds.clear();
}

function makeProto(): any {
  return {
    $it(this: PyFile) {
      return this;
    },
    $n(this: PyFile) {
      const l = readline(this, -1);
      return l === "" || (l instanceof PyBytes && l.b.length === 0) ? STOP : l;
    },
    /** Files are always ready (see select.ts). */
    $poll(this: PyFile, mask: number) {
      return this.fd === null ? POLLERR : mask & (POLLIN | POLLOUT);
    },
  };
}

/** The binary file type. */
export const fileio_type: PyType = makeNativeType("FileIO", makeProto());
/** The text file type. */
export const textio_type: PyType = makeNativeType("TextIOWrapper", makeProto());
fileio_type.$module = textio_type.$module = "io";

/** True for a file object made by `open()`. */
export function isFile(x: PyObj): x is PyFile {
  return x !== null && typeof x === "object" && (x.$cls === fileio_type || x.$cls === textio_type);
}

function checkOpen(f: PyFile): Deno.FsFile {
  if (f.fd === null) throw osError(ERRNO.EBADF);
  return f.fd;
}

function readFd(f: PyFile): Deno.FsFile {
  const fd = checkOpen(f);
  if (!f.readable) throw osError(ERRNO.EACCES);
  return fd;
}

function writeFd(f: PyFile): Deno.FsFile {
  const fd = checkOpen(f);
  if (!f.writable) throw osError(ERRNO.EACCES);
  return fd;
}

function hostCall<T>(g: () => T): T {
  try {
    return g();
  } catch (e) {
    throw mapError(e);
  }
}

/** Reads up to `n` bytes (fewer only at end of file). */
function readN(fd: Deno.FsFile, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let got = 0;
  while (got < n) {
    const r = hostCall(() => fd.readSync(out.subarray(got)));
    if (r === null || r === 0) break;
    got += r;
  }
  return got === n ? out : out.slice(0, got);
}

/** Reads to the end of the file. */
function readAll(fd: Deno.FsFile): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const c = readN(fd, 16384);
    if (c.length) chunks.push(c);
    total += c.length;
    if (c.length < 16384) break;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Number of UTF-8 sequences that start in `b`. */
function countChars(b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) if ((b[i] & 0xc0) !== 0x80) n++;
  return n;
}

/** Bytes missing to complete the last UTF-8 sequence of `b`. */
function missingTail(b: Uint8Array): number {
  for (let i = b.length - 1, k = 0; i >= 0 && k < 4; i--, k++) {
    const c = b[i];
    if ((c & 0xc0) === 0x80) continue;
    const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return Math.max(0, len - (b.length - i));
  }
  return 0;
}

/** Reads `n` characters of UTF-8 text (MicroPython's text-mode read counts characters). */
function readChars(fd: Deno.FsFile, n: number): Uint8Array {
  let buf = readN(fd, n);
  for (;;) {
    const chars = countChars(buf);
    const more = chars < n ? n - chars : missingTail(buf);
    if (more === 0) return buf;
    const c = readN(fd, more);
    buf = concat(buf, c);
    if (c.length < more) return buf;
  }
}

const decoder = new TextDecoder();

function result(f: PyFile, b: Uint8Array): PyObj {
  return f.text ? decoder.decode(b) : new PyBytes(b);
}

/** Reads one line (with its newline); `limit` >= 0 caps the length in bytes. */
function readline(f: PyFile, limit: number): PyObj {
  const fd = readFd(f);
  let line: Uint8Array = new Uint8Array(0);
  for (;;) {
    const want = limit >= 0 ? Math.min(256, limit - line.length) : 256;
    if (want <= 0) break;
    const chunk = readN(fd, want);
    const nl = chunk.indexOf(10);
    if (nl >= 0) {
      const back = chunk.length - nl - 1;
      if (back > 0) hostCall(() => fd.seekSync(-back, Deno.SeekMode.Current));
      line = concat(line, chunk.subarray(0, nl + 1));
      break;
    }
    line = concat(line, chunk);
    if (chunk.length < want) break;
  }
  if (f.text) {
    const more = missingTail(line);
    if (more > 0) line = concat(line, readN(fd, more));
  }
  return result(f, line);
}

function writeAll(fd: Deno.FsFile, data: Uint8Array): void {
  let done = 0;
  while (done < data.length) {
    const w = hostCall(() => fd.writeSync(data.subarray(done)));
    done += w;
  }
}

function close(f: PyFile): void {
  const fd = f.fd;
  if (fd === null) return;
  f.fd = null;
  openFds.delete(fd);
  finalizer.unregister(f);
  try {
    fd.close();
  } catch { /* already closed */ }
}

function fileMethods(): Record<string, (...a: any[]) => PyObj> {
  return {
    read: method(0, 1, (f: PyFile, n?: PyObj) => {
      const fd = readFd(f);
      const count = absent(n) ? -1 : intArg(n);
      if (count < 0) return result(f, readAll(fd));
      return result(f, f.text ? readChars(fd, count) : readN(fd, count));
    }),
    readall: method(0, 0, (f: PyFile) => result(f, readAll(readFd(f)))),
    readinto: method(1, 2, (f: PyFile, buf: PyObj, n?: PyObj) => {
      const fd = readFd(f);
      let target = writableBufferArg(buf);
      if (!absent(n)) target = target.subarray(0, Math.max(0, intArg(n)));
      let got = 0;
      while (got < target.length) {
        const r = hostCall(() => fd.readSync(target.subarray(got)));
        if (r === null || r === 0) break;
        got += r;
      }
      return got;
    }),
    readline: method(0, 1, (f: PyFile, n?: PyObj) => readline(f, absent(n) ? -1 : intArg(n))),
    readlines: method(0, 1, (f: PyFile, hint?: PyObj) => {
      const max = absent(hint) ? -1 : intArg(hint);
      const out: PyObj[] = [];
      let total = 0;
      for (;;) {
        const l = readline(f, -1);
        const len = typeof l === "string" ? l.length : l.b.length;
        if (len === 0) break;
        out.push(l);
        total += len;
        if (max > 0 && total >= max) break;
      }
      return new PyList(out);
    }),
    write: method(1, 1, (f: PyFile, data: PyObj) => {
      const fd = writeFd(f);
      let bytes: Uint8Array | undefined;
      if (typeof data === "string") bytes = new TextEncoder().encode(data);
      else bytes = bufferOpt(data);
      if (bytes === undefined) throw typeError("object with buffer protocol required");
      writeAll(fd, bytes);
      return bytes.length;
    }),
    seek: method(1, 2, (f: PyFile, offset: PyObj, whence?: PyObj) => {
      const fd = checkOpen(f);
      const off = intArg(offset);
      const w = absent(whence) ? 0 : intArg(whence);
      let base: number;
      if (w === 0) base = 0;
      else if (w === 1) base = hostCall(() => fd.seekSync(0, Deno.SeekMode.Current));
      else if (w === 2) base = hostCall(() => fd.statSync().size);
      else throw osError(ERRNO.EINVAL);
      const pos = base + off;
      if (pos < 0) throw osError(ERRNO.EINVAL);
      return hostCall(() => fd.seekSync(pos, Deno.SeekMode.Start));
    }),
    tell: method(0, 0, (f: PyFile) => {
      const fd = checkOpen(f);
      return hostCall(() => fd.seekSync(0, Deno.SeekMode.Current));
    }),
    flush: method(0, 0, (f: PyFile) => {
      checkOpen(f);
      return None;
    }),
    close: method(0, 0, (f: PyFile) => {
      close(f);
      return None;
    }),
    __del__: method(0, 0, (f: PyFile) => {
      close(f);
      return None;
    }),
    __enter__: method(0, 0, (f: PyFile) => f),
    __exit__: (f: PyFile) => {
      close(f);
      return None;
    },
    __iter__: method(0, 0, (f: PyFile) => {
      checkOpen(f);
      return f;
    }),
    __next__: method(0, 0, (f: PyFile) => {
      const v = (f as any).$n();
      if (v === STOP) throw exc(StopIteration);
      return v;
    }),
    __repr__: (f: PyFile) => `<io.${f.$cls.$name} ${idOf(f).toString(16)}>`,
  };
}
defMethods(fileio_type, fileMethods());
defMethods(textio_type, fileMethods());

/** What a mode string asks for. */
interface Mode {
  opts: Deno.OpenOptions;
  text: boolean;
  append: boolean;
}

function parseMode(m: string): Mode {
  let kind = "";
  let plus = false;
  let text: boolean | undefined;
  for (const c of m) {
    if ("rwax".includes(c)) {
      if (kind) throw valueError("invalid mode");
      kind = c;
    } else if (c === "+") plus = true;
    else if (c === "b" || c === "t") {
      if (text !== undefined) throw valueError("invalid mode");
      text = c === "t";
    } else throw valueError("invalid mode");
  }
  if (!kind) throw valueError("invalid mode");
  const opts: Deno.OpenOptions = { read: kind === "r" || plus, write: kind !== "r" || plus };
  if (kind === "w") Object.assign(opts, { create: true, truncate: true });
  if (kind === "a") opts.create = true;
  if (kind === "x") opts.createNew = true;
  return { opts, text: text ?? true, append: kind === "a" };
}

/** `open(file, mode='r', buffering=-1, encoding=None)`. */
export const open = fn(
  "open",
  1,
  4,
  (file: PyObj, mode?: PyObj, _buffering?: PyObj, encoding?: PyObj) => {
    const m = parseMode(absent(mode) ? "r" : strArg(mode));
    if (!absent(encoding)) strArg(encoding);
    if (typeof file !== "string" && !(file instanceof PyBytes)) {
      throw typeError(`can't convert '${typeName(file)}' object to str implicitly`);
    }
    const path = vpath(file);
    if (path === "/" || (typeof file === "string" && file === "")) {
      throw osError(file === "" ? ERRNO.ENOENT : ERRNO.EISDIR);
    }
    const fd = vfs().open(path, m.opts);
    if (m.append) hostCall(() => fd.seekSync(0, Deno.SeekMode.End));
    const t = m.text ? textio_type : fileio_type;
    const f: PyFile = Object.create(t.$p);
    f.fd = fd;
    f.text = m.text;
    f.readable = !!m.opts.read;
    f.writable = !!m.opts.write;
    f.name = path;
    openFds.add(fd);
    finalizer.register(f, fd, f);
    return f;
  },
  ["file", "mode", "buffering", "encoding"],
);

builtinHooks.open = open;
// The builtins' hook wrapper takes no keywords: install open itself so open(p, mode='w') works.
addBuiltins({ open });
