/**
 * File objects and `open()`: MicroPython's `io.FileIO` (binary mode, reads return bytes)
 * and `io.TextIOWrapper` (text mode, reads return str) over files of the virtual
 * filesystem. Every path goes through `ctx.state.vfs`, so nothing outside the mounted
 * folders is reachable; filesystem errors become `OSError(errno)` with MicroPython's numbers.
 *
 * Writes never destroy a good file:
 * - rewriting an existing file (`w`, `w+`, `r+`) works on a copy in memory that replaces
 *   the file atomically (`writeFileAtomic`: a temporary file renamed over the target) on
 *   `flush()` and `close()`. An interrupted or crashed program leaves the old content, never
 *   a truncated or half-written file. Opening, stat-ing, renaming or removing that path
 *   flushes it first, so the program sees its own writes;
 * - a new file (`w`, `x` on a missing path) and appends (`a`) write straight to the host
 *   file: there is no old content to lose;
 * - reading (`r`): small files are read whole when opened (no host file stays open), big
 *   ones are streamed.
 *
 * Errors follow the firmware (FatFs): reading a file opened only for writing (or writing a
 * file opened only for reading) raises OSError(EACCES); any operation on a closed file
 * raises ValueError (CPython's "I/O operation on closed file"). Like MicroPython, `write`
 * accepts str and buffers in both modes and returns the number of bytes written.
 */

// deno-lint-ignore-file no-explicit-any
import { defMethods, makeNativeType, None, type PyObj, type PyType } from "./object.ts";
import { osError, typeError, valueError } from "./errors.ts";
import { STOP } from "./iterator.ts";
import { PyBytes } from "./objbytes.ts";
import { PyList } from "./objlist.ts";
import { ctx } from "./context.ts";
import { addBuiltins, builtinHooks } from "./builtins.ts";
import { idOf, typeName } from "./ops.ts";
import { ERRNO, FsError, mapError, normalizePath, type VirtualFs } from "../hal/vfs.ts";
import { absent, bufferOpt, fn, intArg, method, writableBufferArg } from "./modules/modutil.ts";

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

/**
 * A path argument (str, or bytes as MicroPython accepts) resolved against the cwd. An
 * empty path names nothing (OSError(ENOENT)), as on the board.
 */
export function vpath(p: PyObj): string {
  if (p instanceof PyBytes) p = new TextDecoder().decode(p.b);
  if (typeof p === "object" && p !== null && p.$str !== undefined) p = p.$str; // str subclass
  if (typeof p !== "string") {
    throw typeError(`can't convert '${typeName(p)}' object to str implicitly`);
  }
  if (p === "") throw osError(ERRNO.ENOENT);
  if (p.includes("\0")) throw osError(ERRNO.EINVAL);
  return normalizePath(p, ctx.state.cwd ?? "/");
}

// ---------------------------------------------------------------------------------------
// Backends

/** What a file object reads from and writes to. */
interface Backend {
  /** Reads into `into` at the current position; 0 at end of file. */
  read(into: Uint8Array): number;
  /** Writes at the current position (at the end in append mode). */
  write(data: Uint8Array): void;
  seek(pos: number): void;
  tell(): number;
  size(): number;
  /** Makes the written data durable (no-op for read-only files). */
  flush(): void;
  close(): void;
}

function hostCall<T>(g: () => T): T {
  try {
    return g();
  } catch (e) {
    throw mapError(e);
  }
}

/** Host files that are open (closed by `closeAllFiles`). */
const openFds = new Set<Deno.FsFile>();

/** A host file read and written in place (new files, appends, big read-only files). */
class FdBackend implements Backend {
  constructor(public fd: Deno.FsFile) {
    openFds.add(fd);
  }
  read(into: Uint8Array): number {
    if (into.length === 0) return 0;
    const r = hostCall(() => this.fd.readSync(into));
    return r ?? 0;
  }
  write(data: Uint8Array): void {
    let done = 0;
    while (done < data.length) {
      done += hostCall(() => this.fd.writeSync(data.subarray(done)));
    }
  }
  seek(pos: number): void {
    hostCall(() => this.fd.seekSync(pos, Deno.SeekMode.Start));
  }
  tell(): number {
    return hostCall(() => this.fd.seekSync(0, Deno.SeekMode.Current));
  }
  size(): number {
    return hostCall(() => this.fd.statSync().size);
  }
  flush(): void {}
  close(): void {
    openFds.delete(this.fd);
    try {
      this.fd.close();
    } catch { /* already closed */ }
  }
}

/** Writable files with unflushed data, by virtual path. */
const pending = new Set<MemBackend>();

/** A writable file kept in memory and committed atomically. */
class MemBackend implements Backend {
  data: Uint8Array;
  len: number;
  pos = 0;
  /** Changes not yet written to the host. */
  dirty: boolean;
  constructor(
    public path: string | null,
    init: Uint8Array,
    public append: boolean,
    dirty: boolean,
  ) {
    this.data = init;
    this.len = init.length;
    this.dirty = dirty;
    if (dirty) pending.add(this);
  }
  read(into: Uint8Array): number {
    const n = Math.max(0, Math.min(into.length, this.len - this.pos));
    into.set(this.data.subarray(this.pos, this.pos + n));
    this.pos += n;
    return n;
  }
  write(d: Uint8Array): void {
    if (this.append) this.pos = this.len;
    const end = this.pos + d.length;
    if (end > this.data.length) {
      const nd = new Uint8Array(Math.max(end, this.data.length * 2, 256));
      nd.set(this.data.subarray(0, this.len));
      this.data = nd;
    }
    // Writing past the end fills the gap with zeros.
    if (this.pos > this.len) this.data.fill(0, this.len, this.pos);
    this.data.set(d, this.pos);
    this.pos = end;
    if (end > this.len) this.len = end;
    if (!this.dirty) {
      this.dirty = true;
      pending.add(this);
    }
  }
  seek(pos: number): void {
    this.pos = pos;
  }
  tell(): number {
    return this.pos;
  }
  size(): number {
    return this.len;
  }
  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    pending.delete(this);
    if (this.path === null) return;
    vfs().writeFileAtomic(this.path, this.data.subarray(0, this.len));
  }
  close(): void {
    try {
      this.flush();
    } finally {
      this.dirty = false;
      pending.delete(this);
      this.data = new Uint8Array(0);
      this.len = 0;
    }
  }
}

/**
 * Flushes unwritten data of files open on `path` (every path when omitted), so an
 * operation on that path sees it. Errors of these late writes are dropped: the file's own
 * flush()/close() reports them.
 */
export function flushPending(path?: string): void {
  for (const b of [...pending]) {
    if (path !== undefined && b.path !== path) continue;
    try {
      b.flush();
    } catch { /* reported by the file's own close() */ }
  }
}

/** A path was renamed: open files follow it (as an open file follows its inode). */
export function renamePending(from: string, to: string): void {
  for (const b of pending) {
    if (b.path === from) b.path = to;
    else if (b.path?.startsWith(from + "/")) b.path = to + b.path.slice(from.length);
  }
}

/** A path (or a whole folder tree) was removed: writes to open files there go nowhere. */
export function forgetPending(path: string): void {
  for (const b of pending) {
    if (b.path === path || b.path?.startsWith(path === "/" ? "/" : path + "/")) b.path = null;
  }
}

// ---------------------------------------------------------------------------------------
// File objects

/** A file object (instances of FileIO or TextIOWrapper). */
export interface PyFile {
  $cls: PyType;
  /** The backend; null once closed. */
  be: Backend | null;
  /** Text mode (str reads). */
  text: boolean;
  readable: boolean;
  writable: boolean;
}

/**
 * Closes the host files the program left open (for a soft reset). Rewrites that were never
 * flushed are dropped: the old files stay whole, as when the board loses power.
 */
export function closeAllFiles(): void {
  for (const b of pending) b.path = null;
  pending.clear();
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
      checkOpen(this);
      return this;
    },
    $n(this: PyFile) {
      const l = readline(this, -1);
      return l === "" || (l instanceof PyBytes && l.b.length === 0) ? STOP : l;
    },
    /** Files never make a reader or writer wait (see select.ts); a closed file is an error. */
    $poll(this: PyFile, mask: number) {
      if (this.be === null) return POLLERR;
      return mask & ((this.readable ? POLLIN : 0) | (this.writable ? POLLOUT : 0));
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

function checkOpen(f: PyFile): Backend {
  if (f.be === null) throw valueError("I/O operation on closed file");
  return f.be;
}

function readable(f: PyFile): Backend {
  const be = checkOpen(f);
  if (!f.readable) throw osError(ERRNO.EACCES);
  return be;
}

function writable(f: PyFile): Backend {
  const be = checkOpen(f);
  if (!f.writable) throw osError(ERRNO.EACCES);
  return be;
}

/** Reads up to `n` bytes (fewer only at end of file). */
function readN(be: Backend, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let got = 0;
  while (got < n) {
    const r = be.read(out.subarray(got));
    if (r === 0) break;
    got += r;
  }
  return got === n ? out : out.slice(0, got);
}

/** Reads to the end of the file. */
function readAll(be: Backend): Uint8Array {
  const left = be.size() - be.tell();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let want = Math.max(left, 4096);; want = 16384) {
    const c = readN(be, want);
    if (c.length) chunks.push(c);
    total += c.length;
    if (c.length < want) break;
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
  if (b.length === 0) return a;
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
function readChars(be: Backend, n: number): Uint8Array {
  let buf = readN(be, n);
  for (;;) {
    const chars = countChars(buf);
    const more = chars < n ? n - chars : missingTail(buf);
    if (more === 0) return buf;
    const c = readN(be, more);
    buf = concat(buf, c);
    if (c.length < more) return buf;
  }
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function result(f: PyFile, b: Uint8Array): PyObj {
  return f.text ? decoder.decode(b) : new PyBytes(b);
}

/** Reads one line (with its newline); `limit` >= 0 caps the length in bytes. */
function readline(f: PyFile, limit: number): PyObj {
  const be = readable(f);
  let line: Uint8Array = new Uint8Array(0);
  for (;;) {
    const want = limit >= 0 ? Math.min(256, limit - line.length) : 256;
    if (want <= 0) break;
    const chunk = readN(be, want);
    const nl = chunk.indexOf(10);
    if (nl >= 0) {
      const back = chunk.length - nl - 1;
      if (back > 0) be.seek(be.tell() - back);
      line = concat(line, chunk.subarray(0, nl + 1));
      break;
    }
    line = concat(line, chunk);
    if (chunk.length < want) break;
  }
  if (f.text) {
    const more = missingTail(line);
    if (more > 0) line = concat(line, readN(be, more));
  }
  return result(f, line);
}

function close(f: PyFile): void {
  const be = f.be;
  if (be === null) return;
  f.be = null;
  be.close();
}

function fileMethods(): Record<string, (...a: any[]) => PyObj> {
  return {
    read: method(0, 1, (f: PyFile, n?: PyObj) => {
      const be = readable(f);
      const count = absent(n) ? -1 : intArg(n);
      if (count < 0) return result(f, readAll(be));
      return result(f, f.text ? readChars(be, count) : readN(be, count));
    }),
    readall: method(0, 0, (f: PyFile) => result(f, readAll(readable(f)))),
    readinto: method(1, 2, (f: PyFile, buf: PyObj, n?: PyObj) => {
      const be = readable(f);
      let target = writableBufferArg(buf);
      if (!absent(n)) target = target.subarray(0, Math.max(0, intArg(n)));
      let got = 0;
      while (got < target.length) {
        const r = be.read(target.subarray(got));
        if (r === 0) break;
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
      const be = writable(f);
      let bytes: Uint8Array | undefined;
      if (typeof data === "string") bytes = encoder.encode(data);
      else if (data?.$str !== undefined) bytes = encoder.encode(data.$str); // str subclass
      else bytes = bufferOpt(data);
      if (bytes === undefined) throw typeError("object with buffer protocol required");
      be.write(bytes.slice());
      return bytes.length;
    }),
    seek: method(1, 2, (f: PyFile, offset: PyObj, whence?: PyObj) => {
      const be = checkOpen(f);
      const off = intArg(offset);
      const w = absent(whence) ? 0 : intArg(whence);
      let base: number;
      if (w === 0) base = 0;
      else if (w === 1) base = be.tell();
      else if (w === 2) base = be.size();
      else throw osError(ERRNO.EINVAL);
      const pos = base + off;
      if (pos < 0) throw osError(ERRNO.EINVAL);
      be.seek(pos);
      return pos;
    }),
    tell: method(0, 0, (f: PyFile) => checkOpen(f).tell()),
    flush: method(0, 0, (f: PyFile) => {
      checkOpen(f).flush();
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
    __enter__: method(0, 0, (f: PyFile) => {
      checkOpen(f);
      return f;
    }),
    __exit__: (f: PyFile) => {
      close(f);
      return None;
    },
    __iter__: method(0, 0, (f: PyFile) => {
      checkOpen(f);
      return f;
    }),
    __repr__: (f: PyFile) => `<io.${f.$cls.$name} ${idOf(f).toString(16)}>`,
  };
}
defMethods(fileio_type, fileMethods());
defMethods(textio_type, fileMethods());

/** What a mode string asks for. */
interface Mode {
  kind: "r" | "w" | "a" | "x";
  plus: boolean;
  text: boolean;
}

function parseMode(m: string): Mode {
  let kind = "";
  let plus = false;
  let text: boolean | undefined;
  for (const c of m) {
    if ("rwax".includes(c)) {
      if (kind) throw valueError(`invalid mode: '${m}'`);
      kind = c;
    } else if (c === "+" && !plus) plus = true;
    else if ((c === "b" || c === "t") && text === undefined) text = c === "t";
    else throw valueError(`invalid mode: '${m}'`);
  }
  if (!kind) throw valueError(`invalid mode: '${m}'`);
  return { kind: kind as Mode["kind"], plus, text: text ?? true };
}

/** The folder holding a path must exist (FatFs: ENOENT otherwise). */
function checkParent(fs: VirtualFs, path: string): void {
  const parent = path.slice(0, path.lastIndexOf("/")) || "/";
  if (!fs.isDir(parent)) throw osError(ERRNO.ENOENT);
}

/** Read-only files up to this size are read whole when opened. */
const SLURP_MAX = 1 << 20;

function openBackend(path: string, m: Mode): Backend {
  const fs = vfs();
  flushPending(path);
  if (fs.isVirtualDir(path)) throw osError(ERRNO.EISDIR);
  const st = (() => {
    try {
      return fs.stat(path);
    } catch (e) {
      if (e instanceof FsError && e.errno === ERRNO.ENOENT) return null;
      throw e;
    }
  })();
  if (st?.isDir) throw osError(ERRNO.EISDIR);
  if (m.kind !== "r" || m.plus) fs.assertWritable(path);
  if (m.kind === "r" && !m.plus) {
    if (st === null) throw osError(ERRNO.ENOENT);
    // Small files are read at once (no host file stays open); big ones are streamed.
    if (st.size <= SLURP_MAX) return new MemBackend(null, fs.readFile(path), false, false);
    return new FdBackend(fs.open(path, { read: true }));
  }
  if (m.kind === "r") {
    if (st === null) throw osError(ERRNO.ENOENT);
    return new MemBackend(path, fs.readFile(path), false, false);
  }
  if (m.kind === "x" && st !== null) throw osError(ERRNO.EEXIST);
  if (st === null || m.kind === "a") {
    // A new file, or appending: no good content can be lost, so writes go straight to the
    // host file (and are there even if the program never closes it).
    if (st === null) checkParent(fs, path);
    return new FdBackend(fs.open(path, {
      read: m.plus,
      write: m.kind !== "a",
      append: m.kind === "a",
      create: true,
      truncate: m.kind !== "a",
    }));
  }
  // "w" over an existing file: the old content stays until the new one is flushed.
  return new MemBackend(path, new Uint8Array(0), false, true);
}

/** `open(file, mode='r', buffering=-1, encoding=None)`. */
export const open = fn(
  "open",
  1,
  4,
  (file: PyObj, mode?: PyObj, _buffering?: PyObj, encoding?: PyObj) => {
    if (!absent(mode) && typeof mode !== "string") {
      throw typeError(`can't convert '${typeName(mode)}' object to str implicitly`);
    }
    const m = parseMode(absent(mode) ? "r" : mode);
    if (!absent(encoding) && typeof encoding !== "string") {
      throw typeError(`can't convert '${typeName(encoding)}' object to str implicitly`);
    }
    const path = vpath(file);
    // A name ending in "/" names a folder, never a file to open.
    if ((typeof file === "string" ? file : "").endsWith("/")) throw osError(ERRNO.EISDIR);
    const be = openBackend(path, m);
    const t = m.text ? textio_type : fileio_type;
    const f: PyFile = Object.create(t.$p);
    f.be = be;
    f.text = m.text;
    f.readable = m.kind === "r" || m.plus;
    f.writable = m.kind !== "r" || m.plus;
    return f;
  },
  ["file", "mode", "buffering", "encoding"],
);

builtinHooks.open = open;
// The builtins' hook wrapper takes no keywords: install open itself so open(p, mode='w') works.
addBuiltins({ open });
