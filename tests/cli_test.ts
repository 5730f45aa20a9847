/**
 * The command line as a user types it: `wipy run FILE`, `wipy FILE` (shebang scripts),
 * `-c`, `-m`, `-i`, `-X`, MICROPYPATH, exit statuses and one-line CLI errors.
 */

import { assertEquals, assertStringIncludes } from "@std/assert";

const wipy = new URL("../wipy", import.meta.url).pathname;

async function run(
  args: string[],
  opts: { cwd?: string; stdin?: string; env?: Record<string, string> } = {},
): Promise<{ out: string; err: string; code: number }> {
  const child = new Deno.Command(wipy, {
    args,
    cwd: opts.cwd,
    env: opts.env,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const w = child.stdin.getWriter();
  await w.write(new TextEncoder().encode(opts.stdin ?? ""));
  await w.close();
  const r = await child.output();
  const dec = new TextDecoder();
  return { out: dec.decode(r.stdout), err: dec.decode(r.stderr), code: r.code };
}

function tempDir(files: Record<string, string>): string {
  const dir = Deno.makeTempDirSync();
  for (const [name, text] of Object.entries(files)) {
    const path = `${dir}/${name}`;
    Deno.mkdirSync(path.slice(0, path.lastIndexOf("/")), { recursive: true });
    Deno.writeTextFileSync(path, text);
  }
  return dir;
}

Deno.test("wipy run FILE maps /flash to the file's folder and passes argv", async () => {
  const dir = tempDir({
    "app/main.py": "import os, sys\nprint(os.getcwd(), sys.argv, sorted(os.listdir()))\n",
  });
  const r = await run(["run", `${dir}/app/main.py`, "a", "b"]);
  assertEquals(r.out, `/flash ['${dir}/app/main.py', 'a', 'b'] ['main.py']\n`);
  assertEquals(r.code, 0);
  const shebang = await run([`${dir}/app/main.py`]);
  assertEquals(shebang.code, 0);
});

Deno.test("exit status: 0, 1 after a traceback, SystemExit's code", async () => {
  assertEquals((await run(["-c", "print(1)"])).code, 0);
  const err = await run(["-c", "def f():\n    return 1 // 0\nf()"]);
  assertEquals(err.code, 1);
  assertEquals(
    err.err,
    'Traceback (most recent call last):\n  File "<stdin>", line 3, in <module>\n  File "<stdin>", line 2, in f\nZeroDivisionError: division by zero\n',
  );
  assertEquals((await run(["-c", "raise SystemExit(7)"])).code, 7);
  assertEquals((await run(["-c", "import sys\nsys.exit()"])).code, 0);
});

Deno.test("-m runs a module from MICROPYPATH with its argv", async () => {
  const dir = tempDir({ "lib/greet.py": "import sys\nprint('greet', __name__, sys.argv[1:])\n" });
  const r = await run(["-m", "greet", "x"], { env: { MICROPYPATH: `${dir}/lib` } });
  assertEquals(r.out, "greet __main__ ['x']\n");
});

Deno.test("-X options are accepted and heapsize sets the board's heap", async () => {
  const r = await run([
    "-X",
    "heapsize=200000",
    "-X",
    "emit=native",
    "-c",
    "import gc\nprint(gc.mem_alloc() + gc.mem_free() <= 200000)",
  ]);
  assertEquals(r.out, "True\n");
  const bad = await run(["-X", "heapsize=lots", "-c", "1"]);
  assertEquals(bad.code, 2);
  assertEquals(bad.err, "wipy: bad heap size: lots\n");
});

Deno.test("-i runs the program, then the REPL sees its names", async () => {
  const r = await run(["-i", "-c", "x = 6 * 7\nprint('ran')"], { stdin: "x\n" });
  assertStringIncludes(r.out, "ran\r\n");
  assertStringIncludes(r.out, ">>> x\r\n42\r\n>>> ");
});

Deno.test("bad command lines are one-line errors", async () => {
  const missing = await run(["nope_does_not_exist.py"]);
  assertEquals(missing.code, 2);
  assertEquals(
    missing.err,
    "wipy: can't open file 'nope_does_not_exist.py': [Errno 2] No such file or directory\n",
  );
  const opt = await run(["--bogus", "x.py"]);
  assertEquals(opt.code, 2);
  assertEquals(opt.err.split("\n")[0], "wipy: unknown option --bogus");
  const flash = await run(["--flash", "/no/such/dir", "-c", "1"]);
  assertEquals(flash.err, "wipy: --flash: no such folder: /no/such/dir\n");
});

Deno.test("select.poll on sys.stdin waits for input that comes later", async () => {
  const child = new Deno.Command(wipy, {
    args: [
      "-c",
      "import select, sys\np = select.poll()\np.register(sys.stdin, select.POLLIN)\nprint('early', p.poll(50))\nprint('later', len(p.poll(5000)))\nprint(sys.stdin.readline().strip())",
    ],
    stdin: "piped",
    stdout: "piped",
  }).spawn();
  await new Promise((r) => setTimeout(r, 400));
  const w = child.stdin.getWriter();
  await w.write(new TextEncoder().encode("typed\n"));
  await w.close();
  const r = await child.output();
  assertEquals(new TextDecoder().decode(r.stdout), "early []\nlater 1\ntyped\n");
});

Deno.test("os.dupterm: a second terminal feeds the REPL and gets a copy of its output", async () => {
  const dir = tempDir({
    "boot.py": "",
    "main.py": [
      "import os",
      "class Term:",
      "    def __init__(self):",
      "        self.input = list(b'6 * 7\\r')",
      "        self.seen = bytearray()",
      "    def read(self, n):",
      "        return bytes([self.input.pop(0)]) if self.input else None",
      "    def write(self, data):",
      "        self.seen.extend(data)",
      "t = Term()",
      "os.dupterm(t)",
      "",
    ].join("\n"),
  });
  const child = new Deno.Command(wipy, {
    args: ["repl", "--flash", dir],
    stdin: "piped",
    stdout: "piped",
  }).spawn();
  const reader = child.stdout.getReader();
  let out = "";
  while (!out.includes("42\r\n>>> ")) {
    const { value, done } = await reader.read();
    if (done) break;
    out += new TextDecoder().decode(value);
  }
  const w = child.stdin.getWriter();
  await w.write(new TextEncoder().encode("os.dupterm(None)\rb'42' in bytes(t.seen)\r"));
  await w.close();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    out += new TextDecoder().decode(value);
  }
  await child.status;
  assertStringIncludes(out, ">>> 6 * 7\r\n42\r\n");
  assertStringIncludes(out, "b'42' in bytes(t.seen)\r\nTrue\r\n");
});

Deno.test("--sd DIR is the card in the slot: mounted by the program, files land in DIR", async () => {
  const card = tempDir({ "old.txt": "kept" });
  const code = "import os, machine\nprint(os.listdir('/'))\nos.mount(machine.SD(), '/sd')\n" +
    "print(os.listdir('/sd'))\nopen('/sd/new.txt', 'w').write('from board')\n";
  const r = await run(["--sd", card, "-c", code]);
  assertEquals(r.out, "['flash']\n['old.txt']\n");
  assertEquals(Deno.readTextFileSync(`${card}/new.txt`), "from board");
  Deno.removeSync(card, { recursive: true });
});

Deno.test("without --sd the slot holds a blank card that is gone after the run", async () => {
  const tmp = Deno.makeTempDirSync();
  const r = await run([
    "-c",
    "import os, machine\nos.mount(machine.SD(), '/sd')\nprint(os.listdir('/sd'))\nopen('/sd/x', 'w').write('1')",
  ], { env: { TMPDIR: tmp } });
  assertEquals(r.out, "[]\n");
  assertEquals(r.code, 0);
  assertEquals([...Deno.readDirSync(tmp)].length, 0);
  Deno.removeSync(tmp, { recursive: true });
});

Deno.test("no program: the program is read from stdin (`wipy` or `wipy -`)", async () => {
  const bare = await run([], { stdin: "import sys\nprint(6 * 7, sys.argv)\n" });
  assertEquals(bare.out, "42 ['']\n");
  assertEquals(bare.code, 0);
  const dash = await run(["-"], { stdin: "raise ValueError(1)\n" });
  assertEquals(dash.code, 1);
  assertStringIncludes(dash.err, 'File "<stdin>", line 1, in <module>\nValueError: 1\n');
});

Deno.test("the README's demo runs on the virtual board", async () => {
  const demo = new URL("../examples/demo.py", import.meta.url).pathname;
  const r = await run(["run", demo]);
  assertEquals(r.code, 0, r.err);
  assertStringIncludes(r.out, "fib(90) = 2880067194370816120\n");
  assertStringIncludes(r.out, "RTC alarm fired 3 times; the date is (2016, 8, 9)\n");
  assertStringIncludes(r.out, "on the SD card: ['log.txt'] reset cause 0\n");
});

Deno.test("--board FILE: float and wiring from a board description; a bad one is a CLI error", async () => {
  const dir = tempDir({
    "b.json": '{"float": true, "wires": [["GP2", "GP10"]]}',
    "bad.json": '{"wires": [["GP2", "GP40"]]}',
  });
  const code = "from machine import Pin\nPin('GP2', mode=Pin.OUT, value=1)\n" +
    "print(Pin('GP10', mode=Pin.IN)(), 7 / 2)";
  const r = await run(["--board", `${dir}/b.json`, "-c", code]);
  assertEquals(r.out, "1 3.5\n", r.err);
  const bad = await run(["--board", `${dir}/bad.json`, "-c", "print(1)"]);
  assertEquals(bad.code, 2);
  assertEquals(bad.err, `wipy: --board: ${dir}/bad.json: "GP40" is not a WiPy pin (GP0..GP31)\n`);
  Deno.removeSync(dir, { recursive: true });
});
