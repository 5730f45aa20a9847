/**
 * The friendly REPL of `wipy repl`, driven through a pipe and through a pseudo-terminal:
 * banner, prompts, auto-indent, editing keys, history, tab completion, Ctrl-C, Ctrl-D soft
 * reset, paste mode, help(), input(). Expected bytes follow MicroPython 1.8.3's readline.c
 * and pyexec.c as built for the WiPy.
 */

import { assert, assertEquals, assertStringIncludes } from "@std/assert";
import { BANNER, HAS_PTY, withRepl } from "./_board_proc.ts";
import { autoIndent, continueWithInput, formatCandidates } from "../runtime/readline.ts";

Deno.test("repl: banner, prompt and expression results with CR LF", async () => {
  await withRepl(async (p) => {
    assertEquals(await p.ready(), BANNER + ">>> ");
    await p.send("1+2\r");
    assertEquals(await p.expect(">>> "), "1+2\r\n3\r\n>>> ");
    await p.send("print('a\\nb')\r");
    assertEquals(await p.expect(">>> "), "print('a\\nb')\r\na\r\nb\r\n>>> ");
    await p.send("_\r"); // the last result
    assertEquals(await p.expect(">>> "), "_\r\n3\r\n>>> ");
  });
});

Deno.test("repl: auto-indent, and a compound statement ends after blank lines", async () => {
  await withRepl(async (p) => {
    await p.ready();
    await p.send("for i in range(3):\r");
    assertEquals(await p.expect("...     "), "for i in range(3):\r\n...     ");
    await p.send("if i > 0:\r");
    assertEquals(await p.expect("...         "), "if i > 0:\r\n...         ");
    await p.send("print(i)\r");
    assertEquals(await p.expect("...         "), "print(i)\r\n...         ");
    // backspace removes one indent level
    await p.send("\x7f");
    assertEquals(await p.expect("\b\b\b\b\x1b[K"), "\b\b\b\b\x1b[K");
    await p.send("print('x')\r");
    await p.expect("...     ");
    // RETURN twice gives two blank lines (the second without indent), a third runs it
    await p.send("\r");
    assertEquals(await p.expect("...     "), "\r\n...     ");
    await p.send("\r");
    assertEquals(await p.expect("... "), "\r\n... ");
    await p.send("\r");
    assertEquals(await p.expect(">>> "), "\r\nx\r\n1\r\nx\r\n2\r\nx\r\n>>> ");
  });
});

Deno.test("repl: backspace to column 0 and Enter runs the statement", async () => {
  await withRepl(async (p) => {
    await p.ready();
    await p.send("def f(x):\rreturn x * 2\r\x7f\rf(21)\r");
    const out = await p.expect("42\r\n>>> ");
    assertStringIncludes(out, "...     return x * 2\r\n...     \b\b\b\b\x1b[K\r\n>>> f(21)");
  });
});

Deno.test("repl: open brackets and triple quotes continue the line", async () => {
  await withRepl(async (p) => {
    await p.ready();
    await p.send("x = [1,\r2]\r");
    assertEquals(await p.expect(">>> "), "x = [1,\r\n... 2]\r\n>>> ");
    await p.send("len(x)\r");
    assertEquals(await p.expect(">>> "), "len(x)\r\n2\r\n>>> ");
  });
});

Deno.test("repl: cursor keys, home/end, delete and Ctrl-A/Ctrl-E edit the line", async () => {
  await withRepl(async (p) => {
    await p.ready();
    // type "prnt(1)", go left 5, insert "i"
    await p.send("prnt(1)\x1b[D\x1b[D\x1b[D\x1b[D\x1b[Di\r");
    assertEquals(
      await p.expect(">>> "),
      "prnt(1)\b\b\b\b\bint(1)\x1b[5D\r\n1\r\n>>> ",
    );
    // Ctrl-A (home) then delete key, Ctrl-E (end) then right arrow does nothing
    await p.send("xprint(2)\x01\x1b[3~\x05\x1b[C\r");
    assertEquals(
      await p.expect(">>> "),
      "xprint(2)\x1b[9D\x1b[Kprint(2)\x1b[8D" +
        "print(2)\r\n2\r\n>>> ",
    );
    // ESC [ H / ESC [ F (home/end) and ESC O H
    await p.send("3)\x1b[Hprint(\x1b[F\r");
    const inserted = [..."print("].map((c) => c + "3)\b\b").join("");
    assertEquals(await p.expect(">>> "), "3)\b\b" + inserted + "3)\r\n3\r\n>>> ");
  });
});

Deno.test("repl: history on the up/down arrows (8 entries)", async () => {
  await withRepl(async (p) => {
    await p.ready();
    await p.send("a = 1\r");
    await p.expect(">>> ");
    await p.send("b = 2\r");
    await p.expect(">>> ");
    await p.send("\x1b[A");
    assertEquals(await p.expect("b = 2"), "b = 2");
    await p.send("\x1b[A");
    assertEquals(await p.expect("a = 1"), "\x1b[5Da = 1");
    await p.send("\x1b[B\x1b[B");
    await p.send("a + b\r");
    assertEquals(await p.expect(">>> "), "\x1b[5Db = 2\x1b[5D\x1b[Ka + b\r\n3\r\n>>> ");
  });
});

Deno.test("repl: tab completes names and attributes, lists candidates", async () => {
  await withRepl(async (p) => {
    await p.ready();
    await p.send("import sys\r");
    await p.expect(">>> ");
    await p.send("sys.pla\t");
    assertEquals(await p.expect("tform"), "sys.platform");
    await p.send("\r");
    assertEquals(await p.expect(">>> "), "\r\n'WiPy'\r\n>>> ");
    await p.send("zeta1 = zeta2 = 0\r");
    await p.expect(">>> ");
    await p.send("ze\t");
    assertEquals(await p.expect("zeta"), "zeta");
    await p.send("\t");
    assertEquals(
      await p.expect(">>> zeta"),
      "\r\nzeta1           zeta2\r\n>>> zeta",
    );
    await p.send("2\r");
    assertEquals(await p.expect(">>> "), "2\r\n0\r\n>>> ");
  });
});

Deno.test("repl: Ctrl-C cancels the line; Ctrl-B prints the banner", async () => {
  await withRepl(async (p) => {
    await p.ready();
    await p.send("abc\x03");
    assertEquals(await p.expect(">>> "), "abc\r\n>>> ");
    await p.send("for x in y:\r\x03");
    assertEquals(await p.expect(">>> "), "for x in y:\r\n...     \r\n>>> ");
    await p.send("\x02");
    assertEquals(await p.expect(">>> "), "\r\n" + BANNER + ">>> ");
  });
});

Deno.test("repl: Ctrl-C interrupts a spinning loop; output before it is flushed", async () => {
  await withRepl(async (p) => {
    await p.ready();
    await p.send("print('spin'); n = 0\r");
    await p.expect(">>> ");
    await p.send("while True: n += 1\r\r");
    await p.expect("... \r\n");
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    await p.send("\x03");
    const out = await p.expect(">>> ");
    const ms = performance.now() - t0;
    assertEquals(
      out,
      'Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\n' +
        "KeyboardInterrupt: \r\n>>> ",
    );
    assert(ms < 2000, `Ctrl-C took ${ms} ms`);
    await p.send("n > 0\r");
    assertEquals(await p.expect(">>> "), "n > 0\r\nTrue\r\n>>> ");
    // text printed just before a busy loop reaches the terminal while it spins
    await p.send("print('before')\rwhile True: pass\r\r");
    await p.expect("before\r\n");
    await p.send("\x03");
    await p.expect("KeyboardInterrupt: \r\n>>> ");
  });
});

Deno.test("repl: Ctrl-C typed ahead of a loop still interrupts it", async () => {
  await withRepl(async (p) => {
    await p.ready();
    await p.send("while True: pass\r\r\x031+1\r");
    assertStringIncludes(await p.expect("2\r\n>>> "), "KeyboardInterrupt: \r\n>>> 1+1\r\n");
  });
});

Deno.test("repl: Ctrl-D soft-resets: state cleared, banner again", async () => {
  await withRepl(async (p) => {
    await p.ready();
    await p.send("x = 42\r");
    await p.expect(">>> ");
    await p.send("\x04");
    assertEquals(await p.expect(">>> "), "\r\nPYB: soft reboot\r\n" + BANNER + ">>> ");
    await p.send("x\r");
    assertStringIncludes(await p.expect(">>> "), "NameError: name 'x' isn't defined\r\n");
    // raise SystemExit at the REPL soft-resets too
    await p.send("raise SystemExit\r");
    assertEquals(
      await p.expect(">>> "),
      "raise SystemExit\r\nPYB: soft reboot\r\n" + BANNER + ">>> ",
    );
  });
});

Deno.test("repl: paste mode (Ctrl-E) compiles the pasted text as a file", async () => {
  await withRepl(async (p) => {
    await p.ready();
    await p.send("\x05");
    assertEquals(
      await p.expect("=== "),
      "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ",
    );
    await p.send(
      "def foo():\r    print('This is a test')\r\r    print('line 2')\r1 + 1\rfoo()\x04",
    );
    assertEquals(
      await p.expect(">>> "),
      "def foo():\r\n===     print('This is a test')\r\n=== \r\n===     print('line 2')\r\n" +
        "=== 1 + 1\r\n=== foo()\r\nThis is a test\r\nline 2\r\n>>> ",
    );
    await p.send("\x05abc\x03");
    assertStringIncludes(await p.expect(">>> "), "=== abc\r\n>>> ");
  });
});

Deno.test("repl: help() and input()", async () => {
  await withRepl(async (p) => {
    await p.ready();
    await p.send("help()\r");
    assertEquals(
      await p.expect(">>> "),
      "help()\r\nWelcome to MicroPython!\r\n" +
        "For online help please visit http://micropython.org/help/.\r\n" +
        "For further help on a specific object, type help(obj)\r\n>>> ",
    );
    await p.send("s = input('name? ')\r");
    await p.expect("name? ");
    await p.send("Bob\r");
    await p.expect(">>> ");
    await p.send("s\r");
    assertEquals(await p.expect(">>> "), "s\r\n'Bob'\r\n>>> ");
  });
});

Deno.test("repl: end of piped input ends the session with status 0", async () => {
  const { BoardProc } = await import("./_board_proc.ts");
  const p = new BoardProc(["repl"]);
  await p.ready();
  await p.send("print('bye')\r\n");
  await p.expect("bye\r\n");
  assertEquals(await p.close(), 0);
  p.cleanup();
});

Deno.test({
  name: "repl on a pseudo-terminal: raw mode, editing, completion, Ctrl-C, Ctrl-] exits",
  ignore: !HAS_PTY,
  fn: async () => {
    await withRepl(async (p) => {
      assertEquals(await p.ready(), BANNER + ">>> ");
      await p.send("for i in range(2):\r");
      await p.expect("...     ");
      await p.send("print(i)\r\r\r\r");
      assertEquals(
        await p.expect(">>> "),
        "print(i)\r\n...     \r\n...     \r\n... \r\n0\r\n1\r\n>>> ",
      );
      await p.send("pri\t");
      assertEquals(await p.expect("print"), "print");
      await p.send("(7)\r");
      assertEquals(await p.expect(">>> "), "(7)\r\n7\r\n>>> ");
      await p.send("while True: pass\r\r");
      await p.expect("... \r\n");
      await new Promise((r) => setTimeout(r, 50));
      await p.send("\x03"); // a byte on the terminal, not SIGINT
      await p.expect("KeyboardInterrupt: \r\n>>> ");
      await p.send("\x04");
      await p.expect("PYB: soft reboot\r\n" + BANNER + ">>> ");
    }, { pty: true });
  },
});

Deno.test("readline helpers: auto-indent, continuation and candidate layout", () => {
  assertEquals(autoIndent(""), 0);
  assertEquals(autoIndent("if x:\n"), 4);
  assertEquals(autoIndent("if x:\n    y\n"), 4);
  assertEquals(autoIndent("if x:\n    if y:\n"), 8);
  assertEquals(autoIndent("if x:\n    y\n    \n"), 4);
  assertEquals(autoIndent("if x:\n    y\n    \n    \n"), 0);
  assert(continueWithInput("if x:"));
  assert(continueWithInput("if x: pass"));
  assert(!continueWithInput("if x: pass\n"));
  assert(!continueWithInput("iffy = 1"));
  assert(continueWithInput("f(1,"));
  assert(!continueWithInput("s = '('"));
  assert(continueWithInput('s = """abc'));
  assert(continueWithInput("x = 1 + \\"));
  assert(continueWithInput("@dec"));
  assertEquals(
    formatCandidates(["__name__", "info", "unique_id", "reset", "bootloader"]),
    "\r\n__name__        info            unique_id       reset\r\nbootloader\r\n",
  );
});
