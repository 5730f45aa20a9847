/**
 * Kernel tests (hwrig VM): the Linux HAL's GPIO against gpio-sim through the GPIO character
 * device — outputs seen in gpio-sim's `value`, inputs driven through its `pull`, edge events
 * reaching a Pin IRQ handler in a `./wipy run --board ...` program.
 */

import { assert, assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { LinuxGpio } from "../../hal/linux/gpio.ts";
import { HalError } from "../../hal/linux/errors.ts";
import { libcSys } from "../../hal/linux/sys.ts";
import { boardFile, CHIP, IN_VM, ROOT, simPull, simValue, sleep } from "./_rig.ts";

const opts = { ignore: !IN_VM, sanitizeResources: false, sanitizeOps: false };

Deno.test({
  name: "kernel: a GPIO output's value is what gpio-sim sees on the line",
  ...opts,
  fn() {
    const g = new LinuxGpio(libcSys(), CHIP, { GP2: 2 });
    try {
      g.configure("GP2", "out", "none");
      g.write("GP2", 1);
      assertEquals(simValue(2), "1");
      assertEquals(g.read("GP2"), 1);
      g.write("GP2", 0);
      assertEquals(simValue(2), "0");
      assertEquals(g.read("GP2"), 0);
    } finally {
      g.close();
    }
  },
});

Deno.test({
  name: "kernel: a GPIO input reads the level gpio-sim's pull drives",
  ...opts,
  fn() {
    const g = new LinuxGpio(libcSys(), CHIP, { GP3: 3 });
    try {
      g.configure("GP3", "in", "none");
      simPull(3, "pull-up");
      assertEquals(g.read("GP3"), 1);
      simPull(3, "pull-down");
      assertEquals(g.read("GP3"), 0);
    } finally {
      g.close();
    }
  },
});

Deno.test({
  name: "kernel: the pin's own pull resistor (bias flags) sets an undriven input",
  ...opts,
  fn() {
    const g = new LinuxGpio(libcSys(), CHIP, { GP4: 4 });
    try {
      g.configure("GP4", "in", "up");
      assertEquals(g.read("GP4"), 1);
      g.configure("GP4", "in", "down");
      assertEquals(g.read("GP4"), 0);
    } finally {
      g.close();
    }
  },
});

Deno.test({
  name: "kernel: edge events from gpio-sim are read from the line fd and reported",
  ...opts,
  async fn() {
    const g = new LinuxGpio(libcSys(), CHIP, { GP5: 5 });
    try {
      simPull(5, "pull-down");
      g.configure("GP5", "in", "none");
      const seen: number[] = [];
      g.watch("GP5", (level) => seen.push(level));
      simPull(5, "pull-up");
      await sleep(20);
      simPull(5, "pull-down");
      await sleep(20);
      assertEquals(g.drainEvents(), 2);
      assertEquals(seen, [1, 0]);
      assertEquals(g.drainEvents(), 0);
    } finally {
      g.close();
    }
  },
});

Deno.test({
  name: "kernel: an unmapped pin is OSError(ENODEV) naming it",
  ...opts,
  fn() {
    const g = new LinuxGpio(libcSys(), CHIP, {});
    const e = assertThrows(() => g.configure("GP7", "out", "none"), HalError);
    assertEquals(e.errno, 19);
    assertStringIncludes(e.message, "GP7");
  },
});

Deno.test({
  name: "kernel: wipy run drives a pin and a Pin IRQ handler runs on gpio-sim edges",
  ...opts,
  async fn() {
    const board = boardFile({ gpiochip: CHIP, pins: { GP10: 10, GP11: 11 } });
    const dir = board.replace(/\/board\.json$/, "");
    simPull(11, "pull-down");
    Deno.writeTextFileSync(
      `${dir}/prog.py`,
      [
        "from machine import Pin",
        "import time",
        "out = Pin('GP10', mode=Pin.OUT, value=1)",
        "p = Pin('GP11', mode=Pin.IN)",
        "hits = []",
        "p.irq(trigger=Pin.IRQ_RISING | Pin.IRQ_FALLING, handler=lambda pin: hits.append(1))",
        "print('ready')",
        "n = 0",
        "while len(hits) < 2 and n < 1000:",
        "    time.sleep_ms(10)",
        "    n += 1",
        "print('hits', len(hits), p.value())",
        "try:",
        "    Pin('GP12', mode=Pin.OUT)",
        "except OSError as e:",
        "    print('err', e.args[0])",
      ].join("\n") + "\n",
    );
    const child = new Deno.Command(`${ROOT}/wipy`, {
      args: ["run", "--board", board, `${dir}/prog.py`],
      stdout: "piped",
      stderr: "piped",
      env: { WIPY_NO_BUNDLE: "1" },
    }).spawn();
    const reader = child.stdout.getReader();
    let out = "";
    const dec = new TextDecoder();
    while (!out.includes("ready")) {
      const { value, done } = await reader.read();
      if (done) break;
      out += dec.decode(value);
    }
    assertStringIncludes(out, "ready");
    assertEquals(simValue(10), "1");
    simPull(11, "pull-up");
    await sleep(50);
    simPull(11, "pull-down");
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      out += dec.decode(value);
    }
    const st = await child.status;
    const err = dec.decode(await new Response(child.stderr).arrayBuffer());
    assert(st.success, `exit ${st.code}: ${out}${err}`);
    assertStringIncludes(out, "hits 2 0");
    assertStringIncludes(out, "err 19");
  },
});
