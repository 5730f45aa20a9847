/**
 * Booting the virtual WiPy (`wipy repl`, `wipy daemon`): a fresh /flash gets the firmware's
 * boot.py/main.py and folders, boot.py then main.py run in `__main__` (the REPL sees their
 * names), errors leave the board at the REPL, --safe-boot skips both, a soft reset boots
 * again, and a raw-REPL soft reset runs boot.py only.
 */

import { assert, assertEquals, assertMatch, assertStringIncludes } from "@std/assert";
import { BANNER, BoardProc, withRepl } from "./_board_proc.ts";
import { DEFAULT_BOOT_PY, DEFAULT_MAIN_PY } from "../runtime/default_flash.ts";

Deno.test("boot: a fresh flash folder gets the default files and folders", async () => {
  const base = Deno.makeTempDirSync();
  const flash = `${base}/newflash`; // does not exist yet
  const p = new BoardProc(["repl"], { flash });
  assertEquals(await p.ready(), BANNER + ">>> ");
  await p.send("import boot\r"); // the default boot.py imports cleanly
  assertEquals(await p.expect(">>> "), "import boot\r\n>>> ");
  assertEquals(await p.close(), 0);
  assertEquals(Deno.readTextFileSync(`${flash}/boot.py`), DEFAULT_BOOT_PY);
  assertEquals(Deno.readTextFileSync(`${flash}/main.py`), DEFAULT_MAIN_PY);
  for (const d of ["sys", "lib", "cert"]) assert(Deno.statSync(`${flash}/${d}`).isDirectory);
  Deno.removeSync(base, { recursive: true });
});

Deno.test("boot: boot.py then main.py, sharing __main__ with the REPL", async () => {
  await withRepl(async (p) => {
    assertEquals(await p.ready(), "boot\r\nmain 1\r\n" + BANNER + ">>> ");
    await p.send("order\r");
    assertEquals(await p.expect(">>> "), "order\r\n['boot', 'main']\r\n>>> ");
    await p.send("__name__\r");
    assertEquals(await p.expect(">>> "), "__name__\r\n'__main__'\r\n>>> ");
  }, {
    files: {
      "boot.py": "order = ['boot']\nprint('boot')\n",
      "main.py": "order.append('main')\nprint('main', len(order) - 1)\n",
    },
  });
});

Deno.test("boot: an error in main.py prints its traceback and the REPL starts", async () => {
  await withRepl(async (p) => {
    assertEquals(
      await p.ready(),
      'Traceback (most recent call last):\r\n  File "main.py", line 2, in <module>\r\n' +
        "NameError: name 'undefined_name' isn't defined\r\n" + BANNER + ">>> ",
    );
    await p.send("x\r");
    assertEquals(await p.expect(">>> "), "x\r\n1\r\n>>> ");
  }, { files: { "main.py": "x = 1\nundefined_name\n" } });
});

Deno.test("boot: Ctrl-C stops a main.py that loops forever", async () => {
  await withRepl(async (p) => {
    await p.expect("looping\r\n");
    await p.send("\x03");
    const out = await p.expect(">>> ");
    // The interrupt lands on the loop test (line 2) or its body (line 3), as timing has it.
    assertMatch(out, /File "main\.py", line [23], in <module>\r\nKeyboardInterrupt: \r\n/);
    assert(out.endsWith(BANNER + ">>> "));
  }, { files: { "main.py": "print('looping')\nwhile True:\n    pass\n" } });
});

Deno.test("boot: --safe-boot skips boot.py and main.py", async () => {
  await withRepl(async (p) => {
    assertEquals(await p.ready(), BANNER + ">>> ");
    await p.send("'order' in globals()\r");
    assertEquals(await p.expect(">>> "), "'order' in globals()\r\nFalse\r\n>>> ");
  }, {
    args: ["--safe-boot"],
    files: { "boot.py": "order = 1\nprint('boot')\n", "main.py": "print('main')\n" },
  });
});

Deno.test("boot: a soft reset boots again; in the raw REPL only boot.py runs", async () => {
  await withRepl(async (p) => {
    await p.ready();
    await p.send("\x04");
    assertEquals(
      await p.expect(">>> "),
      "\r\nPYB: soft reboot\r\nboot\r\nmain\r\n" + BANNER + ">>> ",
    );
    await p.send("\x01");
    await p.expect("raw REPL; CTRL-B to exit\r\n>");
    await p.send("\x04");
    assertEquals(
      await p.expect("exit\r\n>"),
      "OK\r\nPYB: soft reboot\r\nboot\r\nraw REPL; CTRL-B to exit\r\n>",
    );
  }, { files: { "boot.py": "print('boot')\n", "main.py": "print('main')\n" } });
});

Deno.test("daemon: without a terminal it runs main.py and keeps running", async () => {
  const flash = Deno.makeTempDirSync();
  Deno.writeTextFileSync(`${flash}/main.py`, "print('up')\n");
  const p = new BoardProc(["daemon", "--telnet-port", "0", "--ftp-port", "0"], {
    flash,
    stdin: "null",
  });
  await p.expect("up\r\n");
  await new Promise((r) => setTimeout(r, 200));
  p.kill("SIGTERM");
  assertEquals(await p.close(), 0);
  p.cleanup();
});

Deno.test("boot: machine.main() in boot.py picks the script that runs after it", async () => {
  await withRepl(async (p) => {
    assertEquals(await p.ready(), "app\r\n" + BANNER + ">>> ");
    // main() is forgotten at a soft reset unless boot.py calls it again.
    await p.send("import machine; machine.main('main.py')\r");
    await p.expect(">>> ");
    await p.send("\x04");
    assertEquals(await p.expect(">>> "), "\r\nPYB: soft reboot\r\napp\r\n" + BANNER + ">>> ");
  }, {
    files: {
      "boot.py": "import machine\nmachine.main('app.py')\n",
      "main.py": "print('main')\n",
      "app.py": "print('app')\n",
    },
  });
});

Deno.test("boot: reset causes: power-on, soft reset, machine.reset(), deep sleep, the watchdog", async () => {
  await withRepl(async (p) => {
    assertEquals(await p.ready(), "boot 0\r\n" + BANNER + ">>> ");
    await p.send("\x04");
    assertEquals(await p.expect(">>> "), "\r\nPYB: soft reboot\r\nboot 4\r\n" + BANNER + ">>> ");
    // A hard reset boots afresh: no soft-reboot line, boot.py again, the Python state gone.
    await p.send("x = 1\r");
    await p.expect(">>> ");
    await p.send("machine.reset()\r");
    assertEquals(await p.expect(">>> "), "machine.reset()\r\nboot 1\r\n" + BANNER + ">>> ");
    await p.send("'x' in globals()\r");
    assertEquals(await p.expect(">>> "), "'x' in globals()\r\nFalse\r\n>>> ");
    // Deep sleep: the board is off until the RTC alarm, then boots with DEEPSLEEP_RESET.
    await p.send("r = machine.RTC(); r.irq(trigger=r.ALARM0, wake=machine.DEEPSLEEP)\r");
    await p.expect(">>> ");
    await p.send("r.alarm(time=300); machine.deepsleep()\r");
    assertEquals(
      await p.expect(">>> "),
      "r.alarm(time=300); machine.deepsleep()\r\nboot 3\r\n" + BANNER + ">>> ",
    );
    await p.send("machine.wake_reason() == machine.RTC_WAKE\r");
    assertEquals(
      await p.expect(">>> "),
      "machine.wake_reason() == machine.RTC_WAKE\r\nTrue\r\n>>> ",
    );
    // The watchdog resets the board when it is not fed, even while it waits at the REPL.
    await p.send("w = machine.WDT(timeout=1000)\r");
    await p.expect(">>> ");
    assertEquals(await p.expect(">>> "), "boot 2\r\n" + BANNER + ">>> ");
  }, { files: { "boot.py": "import machine\nprint('boot', machine.reset_cause())\n" } });
});

Deno.test("boot: sys.exit() in main.py soft-resets the board (documentation 3.5)", async () => {
  await withRepl(async (p) => {
    assertEquals(
      await p.ready(),
      "main 0\r\nPYB: soft reboot\r\nmain 4\r\n" + BANNER + ">>> ",
    );
  }, {
    files: {
      "main.py": "import machine, sys\nprint('main', machine.reset_cause())\n" +
        "if machine.reset_cause() != machine.SOFT_RESET:\n    sys.exit()\n",
    },
  });
});

Deno.test("boot: the WLAN keeps its mode and connection over a soft reset, not a hard one", async () => {
  await withRepl(async (p) => {
    assertEquals(await p.ready(), BANNER + ">>> ");
    await p.send("from network import WLAN; w = WLAN(mode=WLAN.STA)\r");
    await p.expect(">>> ");
    await p.send("w.connect('mywifi', auth=(WLAN.WPA2, 'mywifikey'))\r");
    await p.expect(">>> ");
    await p.send("\x04");
    await p.expect(BANNER + ">>> ");
    await p.send("from network import WLAN; w = WLAN(); w.mode() == WLAN.STA, w.isconnected()\r");
    assertStringIncludes(await p.expect(">>> "), "(True, True)\r\n>>> ");
    await p.send("import machine; machine.reset()\r");
    await p.expect(BANNER + ">>> ");
    await p.send("from network import WLAN; WLAN().mode() == WLAN.AP\r");
    assertStringIncludes(await p.expect(">>> "), "True\r\n>>> ");
  });
});
