/**
 * The viper emitter on the board: Ctrl-C stops a viper loop (its range and while loops poll
 * the interrupt word like the normal emitter's), and the board stays usable afterwards.
 */

import { assert, assertMatch } from "@std/assert";
import { BANNER, withRepl } from "./_board_proc.ts";

const MAIN = `import micropython
@micropython.viper
def spin(buf) -> int:
    p = ptr8(buf)
    n = 0
    while True:
        for i in range(1000):
            p[i & 3] = i
            n += 1
    return n
print('looping')
spin(bytearray(4))
`;

Deno.test("viper: Ctrl-C stops a viper loop with a KeyboardInterrupt traceback", async () => {
  await withRepl(async (p) => {
    await p.expect("looping\r\n");
    // Let the board get into the loop, so the interrupt lands inside spin().
    await new Promise((r) => setTimeout(r, 300));
    await p.send("\x03");
    const out = await p.expect(">>> ");
    assertMatch(out, /line \d+, in spin\r\nKeyboardInterrupt: \r\n/);
    assert(out.endsWith(BANNER + ">>> "));
  }, { files: { "main.py": MAIN } });
});
