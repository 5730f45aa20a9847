/**
 * The board's virtual filesystem: `/flash` and `/sd` mounted from host folders. Every
 * virtual path is normalised before it touches the host, and the resolved host path
 * (symlinks followed) must stay inside its mount, so nothing escapes the folders mounted
 * for the board.
 */

/** Errors the filesystem raises; the runtime maps them to OSError(errno). */
export class FsError extends Error {
  constructor(public errno: number, message: string) {
    super(message);
  }
}

/**
 * errno values as MicroPython's uerrno numbers them. The board's filesystem is FAT, whose
 * errors MicroPython maps to a few of these: a folder that is not empty cannot be removed
 * (EACCES), and a path through something that is not a folder does not exist (ENOENT), so
 * ENOTDIR and ENOTEMPTY (not in the firmware's uerrno) never reach a program.
 */
export const ERRNO = {
  EPERM: 1,
  ENOENT: 2,
  EIO: 5,
  EBADF: 9,
  EAGAIN: 11,
  ENOMEM: 12,
  EACCES: 13,
  EEXIST: 17,
  ENODEV: 19,
  ENOTDIR: 20,
  EISDIR: 21,
  EINVAL: 22,
  ENOSPC: 28,
  EROFS: 30,
  ENOTEMPTY: 39,
  ETIMEDOUT: 110,
  EALREADY: 114,
  EINPROGRESS: 115,
} as const;

/** What `stat` reports about a virtual path. */
export interface VStat {
  isDir: boolean;
  size: number;
  mtimeMs: number;
}

/** A mounted folder. */
interface Mount {
  point: string;
  hostDir: string;
  /** Mounted with `readonly=True`: every change raises EROFS. */
  readonly: boolean;
}

/** Normalises a virtual path against a cwd: absolute, no `.`/`..`, no trailing slash. */
export function normalizePath(path: string, cwd: string): string {
  const full = path.startsWith("/") ? path : (cwd === "/" ? "" : cwd) + "/" + path;
  const out: string[] = [];
  for (const part of full.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return "/" + out.join("/");
}

/** The virtual filesystem with its mounts. */
export class VirtualFs {
  private mounts: Mount[] = [];

  /** Mounts a host folder at a virtual point such as `/flash` (read-only on request). */
  mount(point: string, hostDir: string, readonly = false): void {
    const real = Deno.realPathSync(hostDir);
    this.mounts = this.mounts.filter((m) => m.point !== point);
    this.mounts.push({ point, hostDir: real, readonly });
  }

  /** Raises EROFS when `vpath` is on a read-only mount (before a write is buffered). */
  assertWritable(vpath: string): void {
    this.toHostForWrite(vpath);
  }

  /** Maps a path that is about to change (create, write, remove) to the host: EROFS if read-only. */
  private toHostForWrite(vpath: string): { host: string; mount: Mount; rel: string } {
    const r = this.toHost(vpath);
    if (r.mount.readonly) throw new FsError(ERRNO.EROFS, "read-only filesystem");
    return r;
  }

  /** Removes a mount. */
  unmount(point: string): void {
    const before = this.mounts.length;
    this.mounts = this.mounts.filter((m) => m.point !== point);
    if (this.mounts.length === before) throw new FsError(ERRNO.EINVAL, "not mounted");
  }

  /** Mount points, e.g. ["flash", "sd"]. */
  mountNames(): string[] {
    return this.mounts.map((m) => m.point.slice(1));
  }

  /** The host folder of a mount point, if mounted. */
  hostDirOf(point: string): string | undefined {
    return this.mounts.find((m) => m.point === point)?.hostDir;
  }

  /**
   * Maps a normalised virtual path to a host path inside its mount. Throws ENOENT for
   * paths outside every mount and EACCES when a symlink would lead outside.
   */
  toHost(vpath: string): { host: string; mount: Mount; rel: string } {
    for (const m of this.mounts) {
      if (vpath === m.point || vpath.startsWith(m.point + "/")) {
        const rel = vpath.slice(m.point.length);
        const host = m.hostDir + rel;
        this.checkInside(host, m);
        return { host, mount: m, rel };
      }
    }
    throw new FsError(ERRNO.ENOENT, "no such file or directory");
  }

  private checkInside(host: string, m: Mount): void {
    // Resolve the deepest existing ancestor: a symlink anywhere on the way must not escape.
    let probe = host;
    for (;;) {
      try {
        const real = Deno.realPathSync(probe);
        if (real !== m.hostDir && !real.startsWith(m.hostDir + "/")) {
          throw new FsError(ERRNO.EACCES, "path escapes the mounted folder");
        }
        return;
      } catch (e) {
        if (e instanceof FsError) throw e;
        // A dangling symlink could make a create (open for writing) land outside.
        let dangling = false;
        try {
          dangling = Deno.lstatSync(probe).isSymlink;
        } catch { /* really missing */ }
        if (dangling) throw new FsError(ERRNO.EACCES, "dangling symlink");
        const idx = probe.lastIndexOf("/");
        if (idx <= m.hostDir.length) return;
        probe = probe.slice(0, idx);
      }
    }
  }

  /** True when the virtual path is the root or a mount point. */
  isVirtualDir(vpath: string): boolean {
    return vpath === "/" || this.mounts.some((m) => m.point === vpath);
  }

  /** Stats a virtual path. */
  stat(vpath: string): VStat {
    if (vpath === "/") return { isDir: true, size: 0, mtimeMs: 0 };
    const { host } = this.toHost(vpath);
    try {
      const st = Deno.statSync(host);
      return { isDir: st.isDirectory, size: st.size, mtimeMs: st.mtime?.getTime() ?? 0 };
    } catch (e) {
      throw mapError(e);
    }
  }

  /** True when a regular file exists at the virtual path. */
  isFile(vpath: string): boolean {
    try {
      return !this.stat(vpath).isDir;
    } catch {
      return false;
    }
  }

  /** True when a folder exists at the virtual path. */
  isDir(vpath: string): boolean {
    try {
      return this.stat(vpath).isDir;
    } catch {
      return false;
    }
  }

  /** Reads a whole file. */
  readFile(vpath: string): Uint8Array {
    const { host } = this.toHost(vpath);
    try {
      return Deno.readFileSync(host);
    } catch (e) {
      throw mapError(e);
    }
  }

  /**
   * Writes a whole file atomically: the data goes to a temporary file in the same folder
   * which then replaces the target, so a failed write never leaves a truncated file.
   */
  writeFileAtomic(vpath: string, data: Uint8Array): void {
    const { host } = this.toHostForWrite(vpath);
    // Beside the target (same filesystem, so the rename is atomic), with a short name.
    const tmp = host.slice(0, host.lastIndexOf("/") + 1) + ".wipy-tmp-" +
      crypto.randomUUID().slice(0, 8);
    try {
      Deno.writeFileSync(tmp, data);
      Deno.renameSync(tmp, host);
    } catch (e) {
      try {
        Deno.removeSync(tmp);
      } catch { /* already gone */ }
      throw mapError(e);
    }
  }

  /** Lists a folder's entry names. */
  listdir(vpath: string): string[] {
    if (vpath === "/") return this.mountNames();
    const { host } = this.toHost(vpath);
    try {
      return [...Deno.readDirSync(host)].map((e) => e.name).filter((n) => !n.includes(".wipy-tmp-"))
        .sort();
    } catch (e) {
      throw mapError(e);
    }
  }

  /** Creates a folder. */
  mkdir(vpath: string): void {
    if (this.isVirtualDir(vpath)) throw new FsError(ERRNO.EEXIST, "exists");
    const { host } = this.toHostForWrite(vpath);
    try {
      Deno.mkdirSync(host);
    } catch (e) {
      throw mapError(e);
    }
  }

  /** Removes a file (dir = false) or an empty folder (dir = true). */
  remove(vpath: string, dir: boolean): void {
    if (this.isVirtualDir(vpath)) throw new FsError(ERRNO.EPERM, "mount point");
    const { host } = this.toHostForWrite(vpath);
    let st: Deno.FileInfo;
    try {
      st = Deno.lstatSync(host);
    } catch (e) {
      throw mapError(e);
    }
    if (dir && !st.isDirectory) throw new FsError(ERRNO.ENOENT, "not a directory");
    if (!dir && st.isDirectory) throw new FsError(ERRNO.EISDIR, "is a directory");
    try {
      Deno.removeSync(host);
    } catch (e) {
      throw mapError(e);
    }
  }

  /** Renames within the mounted folders. */
  rename(from: string, to: string): void {
    const a = this.toHostForWrite(from);
    const b = this.toHostForWrite(to);
    try {
      Deno.renameSync(a.host, b.host);
    } catch (e) {
      throw mapError(e);
    }
  }

  /** Opens a host file for a virtual path. */
  open(vpath: string, opts: Deno.OpenOptions): Deno.FsFile {
    const changes = opts.write || opts.append || opts.create || opts.createNew || opts.truncate;
    const { host } = changes ? this.toHostForWrite(vpath) : this.toHost(vpath);
    try {
      if (Deno.statSync(host).isDirectory) throw new FsError(ERRNO.EISDIR, "is a directory");
    } catch (e) {
      if (e instanceof FsError) throw e;
    }
    try {
      return Deno.openSync(host, opts);
    } catch (e) {
      throw mapError(e);
    }
  }
}

/** Removes everything inside a host folder (not the folder itself); symlinks are unlinked, never followed. */
export function emptyHostDir(hostDir: string): void {
  try {
    for (const e of Deno.readDirSync(hostDir)) {
      Deno.removeSync(hostDir + "/" + e.name, { recursive: e.isDirectory && !e.isSymlink });
    }
  } catch (e) {
    throw mapError(e);
  }
}

/** Maps a Deno filesystem error to an FsError with the matching errno. */
export function mapError(e: unknown): FsError {
  if (e instanceof FsError) return e;
  if (e instanceof Deno.errors.NotFound) return new FsError(ERRNO.ENOENT, "not found");
  if (e instanceof Deno.errors.AlreadyExists) return new FsError(ERRNO.EEXIST, "exists");
  if (e instanceof Deno.errors.PermissionDenied) {
    return new FsError(ERRNO.EACCES, "permission denied");
  }
  if (e instanceof Deno.errors.IsADirectory) return new FsError(ERRNO.EISDIR, "is a directory");
  if (e instanceof Deno.errors.NotADirectory) return new FsError(ERRNO.ENOENT, "not a directory");
  const msg = e instanceof Error ? e.message : String(e);
  if (/not empty/i.test(msg)) return new FsError(ERRNO.EACCES, "directory not empty");
  if (/not a directory/i.test(msg)) return new FsError(ERRNO.ENOENT, "not a directory");
  if (/No space/i.test(msg)) return new FsError(ERRNO.ENOSPC, "no space");
  return new FsError(ERRNO.EIO, msg);
}
