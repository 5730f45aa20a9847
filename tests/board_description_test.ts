/** Board descriptions (`--board FILE`): what they set, and a one-line error for a bad one. */

import { assertEquals, assertThrows } from "@std/assert";
import { parseBoardDescription } from "../host/board_description.ts";
import { VirtualGpio } from "../hal/virtual/gpio.ts";
import { BOARD_PINS } from "../hal/pin_table.ts";

Deno.test("board description: float, heap size and wiring", () => {
  const d = parseBoardDescription(
    '{"float": true, "heapsize": 4096, "wires": [["GP2", "GP10"]], "levels": {"GP3": 0}}',
  );
  assertEquals(d, {
    float: true,
    heapSize: 4096,
    wiring: { wires: [["GP2", "GP10"]], levels: { GP3: 0 } },
  });
  assertEquals(parseBoardDescription("{}"), { wiring: {} });
});

Deno.test("board description: bad files give one-line errors", () => {
  const bad: [string, string][] = [
    ["[1]", "not an object"],
    ["{", "not JSON"],
    ['{"pins": 1}', 'unknown key "pins"'],
    ['{"float": 1}', '"float" must be true or false'],
    ['{"heapsize": 10}', '"heapsize" must be a whole number of bytes, at least 1024'],
    ['{"wires": [["GP2"]]}', '"wires" must be a list of pin pairs'],
    ['{"wires": [["GP2", "GP26"]]}', '"GP26" is not a WiPy pin (GP0..GP31)'],
    ['{"levels": {"GP2": 2}}', '"levels": GP2 must be 0 or 1'],
  ];
  for (const [text, msg] of bad) {
    const e = assertThrows(() => parseBoardDescription(text));
    assertEquals((e as Error).message.startsWith(msg), true, `${text}: ${(e as Error).message}`);
    assertEquals((e as Error).message.includes("\n"), false);
  }
});

Deno.test("virtual GPIO: drivers, pulls, wires and level-change reports", () => {
  const g = new VirtualGpio(BOARD_PINS.values(), {
    wires: [["GP2", "GP10"], ["GP10", "GP11"]],
    levels: { GP3: 1 },
  });
  const seen: number[] = [];
  g.watch("GP11", (l) => seen.push(l));
  assertEquals(g.read("GP10"), 0); // floating: low
  g.configure("GP10", "in", "up");
  assertEquals(g.read("GP11"), 1); // the pull-up on the net
  g.configure("GP2", "out", "none");
  g.write("GP2", 0);
  assertEquals([g.read("GP10"), g.read("GP11")], [0, 0]); // a driver beats the pull
  g.write("GP2", 1);
  g.configure("GP11", "open_drain", "none");
  g.write("GP11", 0);
  assertEquals(g.read("GP2"), 0); // the low wins a fight
  g.write("GP11", 1);
  assertEquals(seen, [1, 0, 1, 0, 1]);
  g.configure("GP3", "in", "down");
  assertEquals(g.read("GP3"), 1); // tied high
  assertThrows(() => g.read("GP99"), RangeError);
});

Deno.test("board description: I2C devices and ADC levels", () => {
  const d = parseBoardDescription(
    '{"i2c": [{"address": 80, "type": "memory", "size": 64, "addrBytes": 2}], "analog": {"GP2": 7}}',
  );
  assertEquals(d.i2c, [{ address: 80, type: "memory", size: 64, addrBytes: 2 }]);
  assertEquals(d.analog, { GP2: 7 });
  for (
    const [text, msg] of [
      ['{"i2c": [{"address": 3, "type": "memory"}]}', '"i2c": "address" must be 8..119'],
      ['{"i2c": [{"address": 80, "type": "sensor"}]}', '"i2c": "type" must be "memory"'],
      ['{"i2c": [{"address": 80, "type": "memory", "x": 1}]}', '"i2c": unknown key "x"'],
      ['{"analog": {"GP9": 1}}', '"analog": GP9 is not an ADC pin (GP2..GP5)'],
      ['{"analog": {"GP2": 5000}}', '"analog": GP2 must be a sample 0..4095'],
    ]
  ) {
    const e = assertThrows(() => parseBoardDescription(text));
    assertEquals((e as Error).message.startsWith(msg), true, (e as Error).message);
  }
});
