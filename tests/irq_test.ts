/**
 * The IRQ scheduler: queued handlers run between statements of the running program, wait
 * while IRQs are disabled, and an exception in a handler is printed and disables that
 * source instead of reaching the program.
 */

import { assertEquals, assertStringIncludes } from "@std/assert";
import { execSource, newMainModule } from "../runtime/mod.ts";
import { setupBoard } from "../runtime/board.ts";
import {
  disableIrq,
  enableIrq,
  pendingIrqs,
  resetIrqs,
  runPendingIrqs,
  scheduleIrq,
} from "../runtime/irq.ts";
import type { PyObj } from "../runtime/object.ts";

function board(): { out: () => string; g: Record<string, PyObj> } {
  let text = "";
  setupBoard({
    host: { writeOut: (s: string) => (text += s), writeErr: (s: string) => (text += s) },
  });
  return { out: () => text, g: newMainModule("<irq-test>") };
}

Deno.test("a handler queued by the host runs between statements of the program", () => {
  const { out, g } = board();
  execSource("hits = []\ndef cb(arg):\n    hits.append(arg)\n", "<t>", g);
  scheduleIrq({ handler: g.cb, arg: "pin" });
  // The program runs a loop; the poll at its back-edge runs the handler.
  execSource("n = 0\nwhile not hits:\n    n += 1\nprint('seen', hits)\n", "<t>", g);
  assertEquals(out(), "seen ['pin']\n");
  assertEquals(pendingIrqs(), 0);
});

Deno.test("disable_irq holds handlers back until enable_irq", () => {
  const { g } = board();
  execSource("hits = []\ndef cb(arg):\n    hits.append(arg)\n", "<t>", g);
  const prev = disableIrq();
  assertEquals(prev, true);
  scheduleIrq({ handler: g.cb, arg: 1 });
  execSource("for i in range(1000):\n    pass\nbefore = list(hits)\n", "<t>", g);
  assertEquals(pendingIrqs(), 1);
  enableIrq(prev);
  execSource("for i in range(10):\n    pass\n", "<t>", g);
  const r = execSource("repr((before, hits))", "<t>", g, "eval");
  assertEquals(r, "([], [1])");
});

Deno.test("an exception in a handler is printed and disables its source", () => {
  const { out, g } = board();
  execSource("def bad(arg):\n    raise ValueError('in handler')\n", "<t>", g);
  let disabled = false;
  scheduleIrq({ handler: g.bad, arg: 0, onError: () => (disabled = true) });
  execSource("for i in range(100):\n    pass\nprint('main goes on')\n", "<t>", g);
  assertEquals(disabled, true);
  assertStringIncludes(out(), "Uncaught exception in callback handler\n");
  assertStringIncludes(out(), "ValueError: in handler\n");
  assertStringIncludes(out(), "main goes on\n");
});

Deno.test("handlers do not nest and a reset forgets queued ones", () => {
  const { g } = board();
  execSource("order = []\ndef cb(arg):\n    order.append(arg)\n", "<t>", g);
  scheduleIrq({ handler: g.cb, arg: "a" });
  scheduleIrq({ handler: g.cb, arg: "b" });
  runPendingIrqs();
  assertEquals(execSource("repr(order)", "<t>", g, "eval"), "['a', 'b']");
  scheduleIrq({ handler: g.cb, arg: "c" });
  resetIrqs();
  assertEquals(pendingIrqs(), 0);
});
