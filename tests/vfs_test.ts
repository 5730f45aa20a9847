/**
 * The virtual filesystem: mounts, normalisation, no escapes, atomic writes (unit tests of
 * hal/vfs.ts), and the board's file-level behaviour seen through `wipy`: open() never
 * leaves a truncated file, os.mkfs, Ctrl-C during sleeps, micropython.mem_info's format.
 */

import { assert, assertEquals, assertMatch, assertThrows } from "@std/assert";
import { emptyHostDir, ERRNO, FsError, normalizePath, VirtualFs } from "../hal/vfs.ts";

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
  // FatFs refuses to remove a folder that is not empty with EACCES (MicroPython has no ENOTEMPTY).
  assertEquals(assertThrows(() => fs.remove("/flash/lib", true), FsError).errno, ERRNO.EACCES);
  fs.rename("/flash/lib/m.py", "/flash/m.py");
  fs.remove("/flash/lib", true);
  assertEquals(fs.listdir("/flash"), ["m.py"]);
  assertEquals(assertThrows(() => fs.remove("/flash", true), FsError).errno, ERRNO.EPERM);
});

Deno.test("no write, rename or create can land outside the mount", () => {
  const { fs, dir, outside } = tempFs();
  Deno.symlinkSync(outside, `${dir}/link`);
  Deno.symlinkSync(`${outside}/secret.txt`, `${dir}/file-link`);
  Deno.symlinkSync(`${outside}/not-yet.txt`, `${dir}/dangling`);
  const enc = new TextEncoder();
  for (
    const op of [
      () => fs.writeFileAtomic("/flash/file-link", enc.encode("x")),
      () => fs.writeFileAtomic("/flash/dangling", enc.encode("x")),
      () => fs.open("/flash/dangling", { write: true, create: true }),
      () => fs.mkdir("/flash/link/sub"),
      () => fs.rename("/flash/file-link", "/flash/link/moved"),
      () => fs.remove("/flash/link/secret.txt", false),
      () => fs.listdir("/flash/link"),
      () => fs.stat("/flash/link/secret.txt"),
    ]
  ) {
    assertEquals(assertThrows(op, FsError).errno, ERRNO.EACCES);
  }
  assertEquals([...Deno.readDirSync(outside)].map((e) => e.name), ["secret.txt"]);
  assertEquals(Deno.readTextFileSync(`${outside}/secret.txt`), "secret");
  // Paths through a file are ENOENT (FatFs), never ENOTDIR.
  fs.writeFileAtomic("/flash/f", enc.encode("x"));
  assertEquals(assertThrows(() => fs.stat("/flash/f/x"), FsError).errno, ERRNO.ENOENT);
  assertEquals(assertThrows(() => fs.mkdir("/flash/f/x"), FsError).errno, ERRNO.ENOENT);
});

Deno.test("emptyHostDir removes symlinks without following them", () => {
  const { dir, outside } = tempFs();
  Deno.mkdirSync(`${dir}/sub`);
  Deno.writeTextFileSync(`${dir}/sub/a`, "a");
  Deno.symlinkSync(outside, `${dir}/link`);
  emptyHostDir(dir);
  assertEquals([...Deno.readDirSync(dir)], []);
  assertEquals([...Deno.readDirSync(outside)].map((e) => e.name), ["secret.txt"]);
});

Deno.test("listdir hides temporary files of writes in progress", () => {
  const { fs, dir } = tempFs();
  Deno.writeTextFileSync(`${dir}/a.txt.wipy-tmp-1234abcd`, "partial");
  Deno.writeTextFileSync(`${dir}/b.txt`, "b");
  assertEquals(fs.listdir("/flash"), ["b.txt"]);
});

// ---------------------------------------------------------------------------------------
// Through the board

const wipy = new URL("../wipy", import.meta.url).pathname;

async function runBoard(
  flash: string,
  code: string,
  opts: { interruptAfterMs?: number } = {},
): Promise<{ out: string; err: string; code: number; ms: number }> {
  const start = performance.now();
  const child = new Deno.Command(wipy, {
    args: ["--flash", flash, "-c", code],
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (opts.interruptAfterMs !== undefined) {
    timer = setTimeout(() => child.kill("SIGINT"), opts.interruptAfterMs);
  }
  const r = await child.output();
  clearTimeout(timer);
  const dec = new TextDecoder();
  return {
    out: dec.decode(r.stdout),
    err: dec.decode(r.stderr),
    code: r.code,
    ms: performance.now() - start,
  };
}

Deno.test("an overwrite that fails before close leaves the old file whole", async () => {
  const flash = Deno.makeTempDirSync();
  Deno.writeTextFileSync(`${flash}/config.txt`, "good config\n");
  const r = await runBoard(
    flash,
    "f = open('config.txt', 'w')\nf.write('half of the new')\nraise OSError(5)\n",
  );
  assertEquals(r.code, 1);
  assertEquals(Deno.readTextFileSync(`${flash}/config.txt`), "good config\n");
  assertEquals([...Deno.readDirSync(flash)].map((e) => e.name), ["config.txt"]);
  // Closing (or flushing) the file replaces it.
  const ok = await runBoard(
    flash,
    "with open('config.txt', 'w') as f:\n    f.write('new config')\nprint(open('config.txt').read())",
  );
  assertEquals(ok.out, "new config\n");
  assertEquals(Deno.readTextFileSync(`${flash}/config.txt`), "new config");
});

Deno.test("Ctrl-C in the middle of rewriting a file leaves the old file whole", async () => {
  const flash = Deno.makeTempDirSync();
  Deno.writeTextFileSync(`${flash}/log.txt`, "old\n");
  const r = await runBoard(
    flash,
    "import time\nf = open('log.txt', 'w')\nprint('writing')\nwhile True:\n    f.write('x' * 100)\n    time.sleep_ms(1)\n",
    { interruptAfterMs: 1500 },
  );
  assertMatch(r.out + r.err, /KeyboardInterrupt/);
  assertEquals(Deno.readTextFileSync(`${flash}/log.txt`), "old\n");
  assertEquals([...Deno.readDirSync(flash)].map((e) => e.name), ["log.txt"]);
});

Deno.test("new files and appends are written even when never closed", async () => {
  const flash = Deno.makeTempDirSync();
  Deno.writeTextFileSync(`${flash}/a.txt`, "1");
  const r = await runBoard(flash, "open('n.txt', 'w').write('new')\nopen('a.txt', 'a').write('2')");
  assertEquals(r.code, 0, r.err);
  assertEquals(Deno.readTextFileSync(`${flash}/n.txt`), "new");
  assertEquals(Deno.readTextFileSync(`${flash}/a.txt`), "12");
});

Deno.test("os.mkfs('/flash') empties flash and restores the firmware's files", async () => {
  const flash = Deno.makeTempDirSync();
  Deno.mkdirSync(`${flash}/lib/deep`, { recursive: true });
  Deno.writeTextFileSync(`${flash}/lib/deep/m.py`, "x = 1");
  Deno.writeTextFileSync(`${flash}/main.py`, "print('mine')");
  const outside = Deno.makeTempDirSync();
  Deno.writeTextFileSync(`${outside}/keep.txt`, "keep");
  Deno.symlinkSync(outside, `${flash}/link`);
  const r = await runBoard(
    flash,
    "import os\nos.chdir('/flash/lib/deep')\nos.mkfs('/flash')\nprint(os.getcwd(), sorted(os.listdir('/flash')))",
  );
  assertEquals(r.out, "/flash ['boot.py', 'cert', 'lib', 'main.py', 'sys']\n", r.err);
  assertEquals(
    Deno.readTextFileSync(`${flash}/boot.py`),
    "# boot.py -- run on boot-up\r\n# can run arbitrary Python, but best to keep it minimal\r\n",
  );
  assertEquals(Deno.readTextFileSync(`${flash}/main.py`), "# main.py -- put your code here!\r\n");
  assertEquals([...Deno.readDirSync(`${flash}/lib`)], []);
  assertEquals(Deno.readTextFileSync(`${outside}/keep.txt`), "keep");
});

Deno.test("Ctrl-C ends time.sleep at once", async () => {
  const flash = Deno.makeTempDirSync();
  const r = await runBoard(
    flash,
    "import time\nprint('sleeping')\ntry:\n    time.sleep(60)\nexcept KeyboardInterrupt:\n    print('woken')\n",
    { interruptAfterMs: 800 },
  );
  assertEquals(r.out, "sleeping\nwoken\n", r.err);
  assert(r.ms < 10000, `took ${r.ms} ms`);
});

Deno.test("micropython.mem_info() prints MicroPython's report with the gc figures", async () => {
  const flash = Deno.makeTempDirSync();
  const r = await runBoard(
    flash,
    "import micropython, gc\ngc.collect()\nmicropython.mem_info()\nprint(gc.mem_alloc() + gc.mem_free())\nmicropython.mem_info(1)",
  );
  assertEquals(r.code, 0, r.err);
  const lines = r.out.split("\n");
  assertMatch(lines[0], /^stack: \d+ out of 7168$/);
  const m = /^GC: total: 65536, used: (\d+), free: (\d+)$/.exec(lines[1]);
  assert(m, lines[1]);
  assertEquals(Number(m[1]) + Number(m[2]), 65536);
  assertMatch(lines[2], /^ No\. of 1-blocks: \d+, 2-blocks: \d+, max blk sz: \d+$/);
  assertEquals(lines[3], "65536");
  assertMatch(lines[7], /^GC memory layout; from 20004cd0:$/);
  assertMatch(lines[8], /^00000: [h=.]{64}$/);
  assertMatch(r.out, /\(\d+ lines all free\)/);
});
