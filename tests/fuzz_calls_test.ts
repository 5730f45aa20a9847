/**
 * Bad input never reaches the user as a JavaScript error: programs under tests/fuzz/ call
 * every builtin, every method of the builtin types and every library function with odd
 * arguments and count the calls that ended in an internal error instead of a Python exception.
 */

import { assertEquals, assertMatch } from "@std/assert";

const wipy = new URL("../wipy", import.meta.url).pathname;
const dir = new URL("./fuzz/", import.meta.url).pathname;

for (const name of ["builtin_calls.py", "module_calls.py", "machine_calls.py"]) {
  Deno.test(`fuzz: ${name} gives no internal error`, async () => {
    const r = await new Deno.Command(wipy, {
      args: ["run", name],
      cwd: dir,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
    const out = new TextDecoder().decode(r.stdout);
    const internal = out.split("\n").filter((l) => l.startsWith("INTERNAL"));
    assertEquals(internal, []);
    assertMatch(out, /calls \d{4,} internal 0\n$/);
    assertEquals(r.code, 0);
  });
}
