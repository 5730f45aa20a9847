/**
 * Float is a board property: the WiPy profile has none (`/` on ints, float literals, the
 * `float` name and `math` all fail as the documentation says); `--float` turns it on.
 */

import { assertEquals, assertStringIncludes } from "@std/assert";

const wipy = new URL("../wipy", import.meta.url).pathname;

async function run(args: string[]): Promise<{ out: string; err: string; code: number }> {
  const r = await new Deno.Command(wipy, { args, stdout: "piped", stderr: "piped" }).output();
  const dec = new TextDecoder();
  return { out: dec.decode(r.stdout), err: dec.decode(r.stderr), code: r.code };
}

Deno.test("WiPy profile: int / int raises TypeError", async () => {
  const r = await run(["-c", "print(4 / 2)"]);
  assertEquals(r.code, 1);
  assertStringIncludes(r.err, "TypeError: unsupported types for __truediv__: 'int', 'int'");
});

Deno.test("WiPy profile: a float literal is a SyntaxError with MicroPython's message", async () => {
  const r = await run(["-c", "x = 1.5"]);
  assertEquals(r.code, 1);
  assertStringIncludes(r.err, "SyntaxError: decimal numbers not supported");
  const e = await run([
    "-c",
    "try:\n    exec('y = 2.5')\nexcept SyntaxError as e:\n    print('caught', e)",
  ]);
  assertEquals(e.out, "caught decimal numbers not supported\n");
});

Deno.test("WiPy profile: no float builtin, no math module, ints only", async () => {
  const r = await run([
    "-c",
    "print('float' in dir(__builtins__) if False else 0)\ntry:\n    float\nexcept NameError:\n    print('NameError')\ntry:\n    import math\nexcept ImportError:\n    print('ImportError')\nprint(7 // 2, 2 ** 10)",
  ]);
  assertEquals(r.out, "0\nNameError\nImportError\n3 1024\n");
});

Deno.test("--float: division, literals, float() and math work", async () => {
  const r = await run([
    "--float",
    "-c",
    "import math\nprint(4 / 2, 1.5 * 2, float('0.25'), math.sqrt(2), round(2.675, 2), 1e16)",
  ]);
  assertEquals(r.out, "2.0 3.0 0.25 1.4142135623730951 2.67 1e+16\n");
  assertEquals(r.code, 0);
});

Deno.test("WiPy profile: the same program sees no float anywhere", async () => {
  const prog = [
    "import builtins",
    "print(hasattr(builtins, 'float'), 'float' in dir(builtins))",
    "for src in ['1.5', '1e3', '.5', '2 / 3']:",
    "    try:",
    "        print(eval(src))",
    "    except Exception as e:",
    "        print(type(e).__name__, e)",
    "try:",
    "    compile('x = 0.5', '<s>', 'exec')",
    "except SyntaxError as e:",
    "    print('SyntaxError', e)",
    "for f in [lambda: 2 ** -1, lambda: '{:f}'.format(1), lambda: '%f' % 1]:",
    "    try:",
    "        print(f())",
    "    except Exception as e:",
    "        print(type(e).__name__)",
    "try:",
    "    from math import sqrt",
    "except ImportError as e:",
    "    print('ImportError', e)",
  ].join("\n");
  const r = await run(["-c", prog]);
  assertEquals(
    r.out,
    [
      "False False",
      "SyntaxError decimal numbers not supported",
      "SyntaxError decimal numbers not supported",
      "SyntaxError decimal numbers not supported",
      "TypeError unsupported types for __truediv__: 'int', 'int'",
      "SyntaxError decimal numbers not supported",
      "ValueError",
      "ValueError",
      "ValueError",
      "ImportError no module named 'math'",
      "",
    ].join("\n"),
  );
  assertEquals(r.code, 0);
  const f = await run(["--float", "-c", prog]);
  assertEquals(
    f.out,
    [
      "True True",
      "1.5",
      "1000.0",
      "0.5",
      "0.6666666666666666",
      "0.5",
      "1.000000",
      "1.000000",
      "",
    ].join("\n"),
  );
});
