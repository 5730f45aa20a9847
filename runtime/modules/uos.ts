/**
 * The `uos` module (importable as `os`): the WiPy's filesystem functions over the virtual
 * filesystem (`/flash`, `/sd`), urandom, uname, mount/unmount/mkfs and dupterm.
 *
 * Block devices: `mount(dev, path)` and `mkfs(dev)` accept objects that provide a JS method
 * `$blockdev(): string` returning the host folder that holds the device's filesystem (the
 * machine module's SD object implements it); anything else raises OSError(ENODEV).
 *
 * `dupterm(stream)` stores the stream in `ctx.state.dupterm` for the REPL to use.
 */

// deno-lint-ignore-file no-explicit-any
import { defGetSets, GetSet, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { osError, valueError } from "../errors.ts";
import { PyTuple, tuple, tuple_type } from "../objtuple.ts";
import { PyList } from "../objlist.ts";
import { nativeModule } from "../objobject.ts";
import { ctx } from "../context.ts";
import { builtinModules } from "../import.ts";
import { getattr, repr, truthy } from "../ops.ts";
import { JsIterWrapper } from "../iterator.ts";
import { emptyHostDir, ERRNO } from "../../hal/vfs.ts";
import { flushPending, forgetPending, renamePending, vfs, vpath } from "../objfile.ts";
import { DEFAULT_BOOT_PY, DEFAULT_FLASH_DIRS, DEFAULT_MAIN_PY } from "../default_flash.ts";
import { absent, bytesOf, fn, intArg, strArg } from "./modutil.ts";

/** Seconds between the Unix epoch and MicroPython's (2000-01-01). */
export const EPOCH_2000 = 946684800;

/** What `uos.uname()` reports (also used for the REPL banner). */
export const UNAME = {
  sysname: "WiPy",
  nodename: "WiPy",
  release: "1.2.0",
  version: "v1.8.3 on 2016-08-09",
  machine: "WiPy with CC3200",
};

/** A tuple whose items are also attributes (MicroPython's attrtuple). */
class AttrTuple extends PyTuple {
  constructor(a: PyObj[], public fields: string[]) {
    super(a);
  }
}
const attrTupleTypes = new Map<string, PyType>();

/** Makes an attrtuple: `(name=value, ...)` repr, items by index or by attribute. */
export function attrTuple(fields: string[], values: PyObj[]): PyTuple {
  const key = fields.join(",");
  let t = attrTupleTypes.get(key);
  if (t === undefined) {
    const proto = Object.create(tuple_type.$p);
    t = makeNativeType("tuple", proto, tuple_type);
    const props: Record<string, GetSet> = {};
    fields.forEach((f, i) => (props[f] = new GetSet((o: AttrTuple) => o.a[i])));
    defGetSets(t, props);
    proto.__repr__ = Object.assign(
      (o: AttrTuple) => "(" + o.fields.map((f, i) => `${f}=${repr(o.a[i])}`).join(", ") + ")",
      { $M: 1 },
    );
    attrTupleTypes.set(key, t);
  }
  const o = new AttrTuple(values, fields);
  Object.setPrototypeOf(o, t.$p);
  return o;
}

const S_IFDIR = 0x4000;
const S_IFREG = 0x8000;

/**
 * MicroPython's stat 10-tuple: (mode, ino, dev, nlink, uid, gid, size, atime, mtime,
 * ctime), times in seconds since 2000 (FAT keeps one time; the root and the mount points
 * have none).
 */
function statTuple(path: string): PyTuple {
  const fs = vfs();
  flushPending(path);
  const st = fs.stat(path);
  const virtual = fs.isVirtualDir(path);
  const isDir = st.isDir || virtual;
  const mtime = virtual ? 0 : Math.max(0, Math.floor(st.mtimeMs / 1000) - EPOCH_2000);
  return tuple([
    isDir ? S_IFDIR : S_IFREG,
    0,
    0,
    0,
    0,
    0,
    isDir ? 0 : st.size,
    mtime,
    mtime,
    mtime,
  ]);
}

/** A folder to list: the cwd by default; a file is no folder (ENOENT, as FatFs says). */
function dirArg(p?: PyObj): string {
  const path = absent(p) ? ctx.state.cwd ?? "/" : vpath(p);
  if (path !== "/" && !vfs().stat(path).isDir) throw osError(ERRNO.ENOENT);
  return path;
}

/** The host folder behind a block-device object, or ENODEV. */
function blockDevice(dev: PyObj): string {
  if (dev !== null && typeof dev === "object" && typeof dev.$blockdev === "function") {
    const dir = dev.$blockdev();
    if (typeof dir === "string") return dir;
  }
  throw osError(ERRNO.ENODEV);
}

/** A mount point: a top-level virtual folder such as `/sd`. */
function mountPoint(p: PyObj): string {
  const s = strArg(p);
  const path = vpath(s);
  if (s === "" || path === "/" || path.lastIndexOf("/") !== 0) {
    throw valueError("invalid argument(s) value");
  }
  return path;
}

const urandom = fn("urandom", 1, 1, (n: PyObj) => {
  const len = intArg(n);
  if (len < 0) throw valueError("negative count");
  const out = new Uint8Array(len);
  for (let o = 0; o < len; o += 65536) crypto.getRandomValues(out.subarray(o, o + 65536));
  return bytesOf(out);
});

const remove = fn("remove", 1, 1, (p: PyObj) => {
  const path = vpath(p);
  flushPending(path);
  vfs().remove(path, false);
  forgetPending(path);
  return None;
});

function makeUos() {
  return nativeModule("uos", {
    uname: fn("uname", 0, 0, () => attrTuple(Object.keys(UNAME), Object.values(UNAME))),
    chdir: fn("chdir", 1, 1, (p: PyObj) => {
      ctx.state.cwd = dirArg(p);
      return None;
    }),
    getcwd: fn("getcwd", 0, 0, () => ctx.state.cwd ?? "/"),
    listdir: fn("listdir", 0, 1, (p?: PyObj) => new PyList(vfs().listdir(dirArg(p)))),
    ilistdir: fn("ilistdir", 0, 1, (p?: PyObj) => {
      const path = dirArg(p);
      const fs = vfs();
      const names = fs.listdir(path);
      const base = path === "/" ? "" : path;
      return new JsIterWrapper(
        names.map((n) => tuple([n, fs.isDir(base + "/" + n) ? S_IFDIR : S_IFREG, 0]))[
          Symbol.iterator
        ](),
      );
    }),
    mkdir: fn("mkdir", 1, 1, (p: PyObj) => {
      vfs().mkdir(vpath(p));
      return None;
    }),
    remove,
    unlink: remove,
    rmdir: fn("rmdir", 1, 1, (p: PyObj) => {
      const path = vpath(p);
      vfs().remove(path, true);
      return None;
    }),
    rename: fn("rename", 2, 2, (a: PyObj, b: PyObj) => {
      const from = vpath(a);
      const to = vpath(b);
      const fs = vfs();
      if (fs.isVirtualDir(from) || fs.isVirtualDir(to)) throw osError(ERRNO.EPERM);
      flushPending(from);
      flushPending(to);
      fs.stat(from);
      // FAT does not replace an existing entry.
      if (from !== to && (fs.isFile(to) || fs.isDir(to))) throw osError(ERRNO.EEXIST);
      // A folder cannot move into itself.
      if (to.startsWith(from + "/")) throw osError(ERRNO.EINVAL);
      fs.rename(from, to);
      renamePending(from, to);
      return None;
    }),
    stat: fn("stat", 1, 1, (p: PyObj) => statTuple(vpath(p))),
    sync: fn("sync", 0, 0, () => None),
    urandom,
    mount: fn(
      "mount",
      2,
      3,
      (dev: PyObj, path: PyObj, readonly?: PyObj) => {
        const point = mountPoint(path);
        const hostDir = blockDevice(dev);
        const fs = vfs();
        if (fs.isVirtualDir(point)) throw osError(ERRNO.EPERM);
        fs.mount(point, hostDir, readonly !== undefined && truthy(readonly));
        return None;
      },
      ["block_device", "mount_point", "readonly"],
    ),
    unmount: fn("unmount", 1, 1, (path: PyObj) => {
      const point = mountPoint(path);
      if (point === "/flash") throw osError(ERRNO.EPERM);
      vfs().unmount(point);
      const cwd: string = ctx.state.cwd ?? "/";
      if (cwd === point || cwd.startsWith(point + "/")) ctx.state.cwd = "/";
      return None;
    }),
    mkfs: fn("mkfs", 1, 1, (target: PyObj) => {
      const fs = vfs();
      let hostDir: string | undefined;
      let isFlash = false;
      if (typeof target === "string") {
        if (!target.startsWith("/")) throw valueError("invalid argument(s) value");
        const point = vpath(target);
        if (point !== "/flash" && point !== "/sd") throw valueError("invalid argument(s) value");
        hostDir = fs.hostDirOf(point);
        if (hostDir === undefined) throw osError(ERRNO.ENODEV);
        isFlash = point === "/flash";
      } else {
        hostDir = blockDevice(target);
      }
      for (const point of ["/flash", "/sd"]) {
        if (fs.hostDirOf(point) === hostDir) forgetPending(point);
      }
      emptyHostDir(hostDir);
      if (isFlash) {
        // What the firmware puts on a fresh /flash.
        const enc = new TextEncoder();
        for (const d of DEFAULT_FLASH_DIRS) fs.mkdir(`/flash/${d}`);
        fs.writeFileAtomic("/flash/boot.py", enc.encode(DEFAULT_BOOT_PY));
        fs.writeFileAtomic("/flash/main.py", enc.encode(DEFAULT_MAIN_PY));
      }
      const cwd: string = ctx.state.cwd ?? "/";
      for (const point of ["/flash", "/sd"]) {
        if (cwd.startsWith(point + "/") && !fs.isDir(cwd)) ctx.state.cwd = point;
      }
      return None;
    }),
    dupterm: fn("dupterm", 0, 1, (...a: PyObj[]) => {
      if (a.length === 0) return ctx.state.dupterm ?? None;
      const s = a[0];
      if (s === None) {
        ctx.state.dupterm = undefined;
        return None;
      }
      // Like the firmware: the object must have read() and write() (AttributeError otherwise).
      getattr(s, "read");
      getattr(s, "write");
      ctx.state.dupterm = s;
      return None;
    }),
    sep: "/",
  });
}

builtinModules.set("uos", makeUos);
void (0 as any);
