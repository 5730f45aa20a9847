/**
 * The raw REPL as MicroPython's tools speak it: `pyboard.py` (enter with `\r\x03\x03` +
 * `\r\x01`, soft reset with `\x04`, code in 256-byte chunks + `\x04`, `OK`, output, `\x04`,
 * error, `\x04`, `>`) and `mpremote`'s raw-paste mode (`\x05A\x01`, `R\x01`, window size,
 * `\x01` flow control, `\x04` at the end).
 */

import { assert, assertEquals } from "@std/assert";
import { BANNER, BoardProc, withRepl } from "./_board_proc.ts";

const RAW = "raw REPL; CTRL-B to exit\r\n";

/** pyboard.py's enter_raw_repl(soft_reset=True). */
async function enterRawRepl(p: BoardProc): Promise<void> {
  await p.send("\r\x03\x03");
  await new Promise((r) => setTimeout(r, 50)); // pyboard flushes what arrives meanwhile
  p.mark = p.out.length;
  await p.send("\r\x01");
  await p.expect(RAW + ">");
  await p.send("\x04");
  await p.expect("soft reboot\r\n");
  await p.expect(RAW);
}

/** pyboard.py's exec_raw: returns [output, error output]. */
async function execRaw(p: BoardProc, code: string): Promise<[string, string]> {
  await p.expect(">");
  const data = new TextEncoder().encode(code);
  for (let i = 0; i < data.length; i += 256) await p.send(data.subarray(i, i + 256));
  await p.send("\x04");
  assertEquals(await p.expect("OK"), "OK");
  const out = await p.expect("\x04");
  const err = await p.expect("\x04");
  return [out.slice(0, -1), err.slice(0, -1)];
}

/** mpremote's raw-paste write with flow control, then follow. */
async function execRawPaste(p: BoardProc, code: string): Promise<[string, string, number]> {
  await p.expect(">");
  await p.send("\x05A\x01");
  assertEquals(await p.expect("R\x01"), "R\x01");
  while (p.out.length < p.mark + 2) await new Promise((r) => setTimeout(r, 5));
  const window = p.out.charCodeAt(p.mark) | (p.out.charCodeAt(p.mark + 1) << 8);
  p.mark += 2;
  let remain = window;
  let windows = 0;
  const data = new TextEncoder().encode(code);
  let i = 0;
  while (i < data.length) {
    // take any \x01 the board sent
    while (remain === 0 || p.out.length > p.mark) {
      if (p.out.length > p.mark) {
        const c = p.out[p.mark++];
        assertEquals(c, "\x01", "unexpected byte during raw paste");
        remain += window;
        windows++;
      } else await new Promise((r) => setTimeout(r, 2));
    }
    const b = data.subarray(i, i + Math.min(remain, data.length - i));
    await p.send(b);
    remain -= b.length;
    i += b.length;
  }
  await p.send("\x04");
  await p.expect("\x04"); // end of data acknowledged (any \x01 before it is fine)
  const out = await p.expect("\x04");
  const err = await p.expect("\x04");
  return [out.slice(0, -1), err.slice(0, -1), window];
}

Deno.test("raw REPL: pyboard.py enters, soft-resets, runs code and leaves", async () => {
  await withRepl(async (p) => {
    await p.ready();
    await enterRawRepl(p);
    assertEquals(await execRaw(p, "print('hello')\nx = 6 * 7\n"), ["hello\r\n", ""]);
    assertEquals(await execRaw(p, "print(x)"), ["42\r\n", ""]);
    const [out, err] = await execRaw(p, "print('a')\nraise ValueError('bad')\n");
    assertEquals(out, "a\r\n");
    assertEquals(
      err,
      'Traceback (most recent call last):\r\n  File "<stdin>", line 2, in <module>\r\n' +
        "ValueError: bad\r\n",
    );
    // a syntax error is reported in the error part
    const [, serr] = await execRaw(p, "def\n");
    assert(serr.endsWith("SyntaxError: invalid syntax\r\n"), serr);
    // a long program in 256-byte chunks
    const lines = Array.from({ length: 60 }, (_, k) => `v${k} = ${k}`).join("\n");
    assertEquals(await execRaw(p, lines + "\nprint(v59 + v1)\n"), ["60\r\n", ""]);
    // exit_raw_repl: \r\x02 → friendly REPL banner
    await p.expect(">");
    await p.send("\r\x02");
    assertEquals(await p.expect(">>> "), "\r\n" + BANNER + ">>> ");
  });
});

Deno.test("raw REPL: exact bytes of a session; Ctrl-C clears, Ctrl-A restarts", async () => {
  await withRepl(async (p) => {
    await p.ready();
    await p.send("\x01");
    assertEquals(await p.expect(">"), "\r\n" + RAW + ">");
    await p.send("print(1)\x04");
    assertEquals(await p.expect(">"), "OK1\r\n\x04\x04>");
    await p.send("junk\x03print(2)\x04");
    assertEquals(await p.expect(">"), "OK2\r\n\x04\x04>");
    await p.send("junk\x01");
    assertEquals(await p.expect(">"), RAW + ">");
    // sys.exit() in a script soft-resets the board (documentation 3.5), in raw mode too
    await p.send("import sys\nsys.exit()\x04");
    assertEquals(await p.expect(">"), "OK\x04\x04PYB: soft reboot\r\n" + RAW + ">");
    // so does Ctrl-D on an empty command, keeping raw mode
    await p.send("\x04");
    assertEquals(await p.expect(">"), "OK\r\nPYB: soft reboot\r\n" + RAW + ">");
  });
});

Deno.test("raw REPL: Ctrl-C interrupts running code", async () => {
  await withRepl(async (p) => {
    await p.ready();
    await p.send("\x01");
    await p.expect(RAW + ">");
    await p.send("print('go')\nwhile True: pass\n\x04");
    await p.expect("OKgo\r\n");
    await new Promise((r) => setTimeout(r, 50));
    await p.send("\x03");
    assertEquals(
      await p.expect("\x04>"),
      '\x04Traceback (most recent call last):\r\n  File "<stdin>", line 2, in <module>\r\n' +
        "KeyboardInterrupt: \r\n\x04>",
    );
  });
});

Deno.test("raw-paste: mpremote's flow-controlled transfer", async () => {
  await withRepl(async (p) => {
    await p.ready();
    await enterRawRepl(p);
    const [out, err, window] = await execRawPaste(p, "print(sum(range(10)))\n");
    assertEquals(window, 128);
    assertEquals([out, err], ["45\r\n", ""]);
    // several windows of source
    const body = Array.from({ length: 200 }, (_, k) => `w${k} = ${k}  # padding padding`)
      .join("\n");
    const [o2, e2] = await execRawPaste(p, body + "\nprint(w199)\n");
    assertEquals([o2, e2], ["199\r\n", ""]);
    const [o3, e3] = await execRawPaste(p, "1/0\n");
    assertEquals(o3, "");
    assert(e3.endsWith("TypeError: unsupported types for __truediv__: 'int', 'int'\r\n"), e3);
  });
});

Deno.test("raw-paste: header bytes and an unknown command", async () => {
  await withRepl(async (p) => {
    await p.ready();
    await p.send("\x01");
    await p.expect(RAW + ">");
    await p.send("\x05A\x01");
    assertEquals(await p.expect("R\x01\x80\x00\x01", 3000), "R\x01\x80\x00\x01");
    await p.send("print(5)\x04");
    assertEquals(await p.expect(">"), "\x045\r\n\x04\x04>");
    await p.send("\x05B\x01");
    assertEquals(await p.expect(">"), "R\x00>");
  });
});

Deno.test("raw REPL works without a friendly prompt first (input sent at once)", async () => {
  const p = new BoardProc(["repl", "--safe-boot"]);
  await p.send("\r\x01print(3*3)\x04\x02");
  const tail = RAW + ">OK9\r\n\x04\x04>\r\n" + BANNER + ">>> ";
  const out = await p.expect(tail);
  assertEquals(out, BANNER + ">>> \r\n>>> \r\n" + tail);
  assertEquals(await p.close(), 0);
  p.cleanup();
});
