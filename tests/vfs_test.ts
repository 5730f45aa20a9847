/** Unit tests of the virtual filesystem: mounts, normalisation, no escapes, atomic writes. */

import { assertEquals, assertThrows } from "@std/assert";
import { ERRNO, FsError, normalizePath, VirtualFs } from "../hal/vfs.ts";

function tempFs(): { fs: VirtualFs; dir: string; outside: string } {
  const dir = Deno.makeTempDirSync();
  const outside = Deno.makeTempDirSync();
  Deno.writeTextFileSync(`${outside}/secret.txt`, "secret");
  const fs = new VirtualFs();
  fs.mount("/flash", dir);
  return { fs, dir, outside };
}

Deno.test("normalizePath resolves . and .. without leaving the root", () => {
  assertEquals(normalizePath("a/b/../c", "/flash"), "/flash/a/c");
  assertEquals(normalizePath("../../../etc/passwd", "/flash"), "/etc/passwd");
  assertEquals(normalizePath("/flash/./x/", "/"), "/flash/x");
  assertEquals(normalizePath("..", "/"), "/");
});

Deno.test("paths outside the mounts do not resolve", () => {
  const { fs } = tempFs();
  const e = assertThrows(() => fs.readFile("/etc/passwd"), FsError);
  assertEquals(e.errno, ERRNO.ENOENT);
  assertThrows(() => fs.stat(normalizePath("../../etc/passwd", "/flash")), FsError);
});

Deno.test("a symlink inside the mount pointing outside is refused", () => {
  const { fs, dir, outside } = tempFs();
  Deno.symlinkSync(outside, `${dir}/link`);
  Deno.symlinkSync(`${outside}/secret.txt`, `${dir}/file-link`);
  const e1 = assertThrows(() => fs.readFile("/flash/link/secret.txt"), FsError);
  assertEquals(e1.errno, ERRNO.EACCES);
  const e2 = assertThrows(() => fs.readFile("/flash/file-link"), FsError);
  assertEquals(e2.errno, ERRNO.EACCES);
  assertThrows(() => fs.writeFileAtomic("/flash/link/new.txt", new Uint8Array([1])), FsError);
  assertEquals([...Deno.readDirSync(outside)].map((e) => e.name), ["secret.txt"]);
});

Deno.test("atomic writes replace the whole file and leave no temporary files", () => {
  const { fs, dir } = tempFs();
  fs.writeFileAtomic("/flash/a.txt", new TextEncoder().encode("hello"));
  fs.writeFileAtomic("/flash/a.txt", new TextEncoder().encode("bye"));
  assertEquals(Deno.readTextFileSync(`${dir}/a.txt`), "bye");
  assertEquals(fs.listdir("/flash"), ["a.txt"]);
});

Deno.test("listdir of the root lists mount points; mkdir/remove/rename work", () => {
  const { fs } = tempFs();
  assertEquals(fs.listdir("/"), ["flash"]);
  fs.mkdir("/flash/lib");
  assertEquals(fs.isDir("/flash/lib"), true);
  assertEquals(assertThrows(() => fs.mkdir("/flash/lib"), FsError).errno, ERRNO.EEXIST);
  fs.writeFileAtomic("/flash/lib/m.py", new Uint8Array([120]));
  assertEquals(assertThrows(() => fs.remove("/flash/lib", true), FsError).errno, ERRNO.ENOTEMPTY);
  fs.rename("/flash/lib/m.py", "/flash/m.py");
  fs.remove("/flash/lib", true);
  assertEquals(fs.listdir("/flash"), ["m.py"]);
  assertEquals(assertThrows(() => fs.remove("/flash", true), FsError).errno, ERRNO.EPERM);
});
