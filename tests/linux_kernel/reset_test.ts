/**
 * Kernel test (hwrig VM): a soft reset (Ctrl-D at the REPL) replaces the board's Worker; the
 * line requests the old board held are closed, so the new board can request the same line.
 */

import { assertEquals, assertStringIncludes } from "@std/assert";
import { boardFile, CHIP, IN_VM, ROOT, simValue, sleep } from "./_rig.ts";

Deno.test({
  name: "kernel: after a soft reset the board requests its lines again (no EBUSY)",
  ignore: !IN_VM,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const board = boardFile({ gpiochip: CHIP, pins: { GP22: 22 } });
    const flash = Deno.makeTempDirSync();
    const child = new Deno.Command(`${ROOT}/wipy`, {
      args: ["repl", "--board", board, "--flash", flash],
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
      env: { WIPY_NO_BUNDLE: "1" },
    }).spawn();
    const w = child.stdin.getWriter();
    const enc = new TextEncoder();
    const reader = child.stdout.getReader();
    let out = "";
    const until = async (s: string) => {
      const end = Date.now() + 20000;
      while (!out.includes(s) && Date.now() < end) {
        const { value, done } = await reader.read();
        if (done) break;
        out += new TextDecoder().decode(value);
      }
    };
    await until(">>> ");
    await w.write(
      enc.encode("from machine import Pin\r\np = Pin('GP22', mode=Pin.OUT, value=1)\r\n"),
    );
    await w.write(enc.encode("print('first', p.value())\r\n"));
    await until("first 1");
    assertEquals(simValue(22), "1");
    await w.write(enc.encode("\x04"));
    await until("soft reboot");
    await sleep(300);
    await w.write(
      enc.encode("from machine import Pin\r\np = Pin('GP22', mode=Pin.OUT, value=0)\r\n"),
    );
    await w.write(enc.encode("print('again', p.value())\r\n"));
    await until("again");
    assertStringIncludes(out, "again 0");
    assertEquals(simValue(22), "0");
    await w.close().catch(() => {});
    try {
      child.kill("SIGTERM");
    } catch { /* gone */ }
    await child.status;
    await child.stderr.cancel();
  },
});
