/**
 * The Linux HAL without hardware: struct packing and ioctl numbers against the kernel
 * headers' values, the board description's "linux" section, and the HAL's GPIO, I2C, SPI,
 * ADC and watchdog against a fake kernel (`_fake_kernel.ts`). The same HAL meets real drivers
 * in tests/linux_kernel/ (hwrig VM, `deno task test:kernel`).
 */

import { assert, assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import * as U from "../hal/linux/uapi.ts";
import { parseLinuxSection } from "../hal/linux/spec.ts";
import { parseBoardDescription } from "../host/board_description.ts";
import { LinuxGpio } from "../hal/linux/gpio.ts";
import { LinuxI2c } from "../hal/linux/i2c.ts";
import { LinuxSpi } from "../hal/linux/spi.ts";
import { LinuxAdc, scaleTo12 } from "../hal/linux/adc.ts";
import { LinuxWatchdog, watchdogSeconds } from "../hal/linux/watchdog.ts";
import { createLinuxHal } from "../hal/linux/board.ts";
import { HalError } from "../hal/linux/errors.ts";
import { createVirtualHal } from "../hal/virtual/board.ts";
import { FakeKernel } from "./_fake_kernel.ts";
import { setupBoard } from "../runtime/board.ts";
import { execSource, newMainModule } from "../runtime/mod.ts";

// ---- ioctl numbers and struct layouts ----

Deno.test("uapi: ioctl numbers equal the kernel headers' values", () => {
  assertEquals(U.GPIO_GET_CHIPINFO_IOCTL, 0x8044b401);
  assertEquals(U.GPIO_V2_GET_LINE_IOCTL, 0xc250b407);
  assertEquals(U.GPIO_V2_LINE_SET_CONFIG_IOCTL, 0xc110b40d);
  assertEquals(U.GPIO_V2_LINE_GET_VALUES_IOCTL, 0xc010b40e);
  assertEquals(U.GPIO_V2_LINE_SET_VALUES_IOCTL, 0xc010b40f);
  assertEquals(U.SPI_IOC_WR_MODE, 0x40016b01);
  assertEquals(U.SPI_IOC_WR_BITS_PER_WORD, 0x40016b03);
  assertEquals(U.SPI_IOC_WR_MAX_SPEED_HZ, 0x40046b04);
  assertEquals(U.spiIocMessage(1), 0x40206b00);
  assertEquals(U.WDIOC_KEEPALIVE, 0x80045705);
  assertEquals(U.WDIOC_SETTIMEOUT, 0xc0045706);
  assertEquals(U.WDIOC_GETTIMEOUT, 0x80045707);
});

Deno.test("uapi: struct gpio_v2_line_request packs offset, consumer, flags, output value", () => {
  const b = U.packLineRequest(17, "wipy", {
    flags: U.GPIO_V2_LINE_FLAG_OUTPUT | U.GPIO_V2_LINE_FLAG_BIAS_PULL_UP,
    value: 1,
  });
  const v = new DataView(b.buffer);
  assertEquals(b.length, 592);
  assertEquals(v.getUint32(0, true), 17);
  assertEquals(new TextDecoder().decode(b.subarray(256, 260)), "wipy");
  assertEquals(b[260], 0);
  assertEquals(Number(v.getBigUint64(288, true)), (1 << 3) | (1 << 8)); // config.flags
  assertEquals(v.getUint32(296, true), 1); // config.num_attrs
  assertEquals(v.getUint32(320, true), U.GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES); // attrs[0].attr.id
  assertEquals(v.getBigUint64(328, true), 1n); // attrs[0].attr.values
  assertEquals(v.getBigUint64(336, true), 1n); // attrs[0].mask
  assertEquals(v.getUint32(560, true), 1); // num_lines
  v.setInt32(588, 42, true);
  assertEquals(U.lineRequestFd(b), 42);
  // An input has no attributes.
  const inp = new DataView(U.packLineRequest(3, "x", { flags: U.GPIO_V2_LINE_FLAG_INPUT }).buffer);
  assertEquals(inp.getUint32(296, true), 0);
});

Deno.test("uapi: struct gpio_v2_line_config, _values and _event layouts", () => {
  assertEquals(U.packLineConfigStruct({ flags: 4 }).length, 272);
  const val = U.packLineValues(1);
  assertEquals([...val], [1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
  const ev = new Uint8Array(96);
  const v = new DataView(ev.buffer);
  v.setBigUint64(0, 123n, true);
  v.setUint32(8, 1, true);
  v.setUint32(12, 5, true);
  v.setUint32(48 + 8, 2, true);
  v.setUint32(48 + 12, 5, true);
  assertEquals(U.unpackLineEvents(ev, 96), [
    { timestampNs: 123n, id: 1, offset: 5 },
    { timestampNs: 0n, id: 2, offset: 5 },
  ]);
});

Deno.test("uapi: i2c_smbus_ioctl_data, i2c_msg/i2c_rdwr_ioctl_data, spi_ioc_transfer layouts", () => {
  const addrs = new Map<Uint8Array, bigint>();
  const addr = (b: Uint8Array) => {
    if (!addrs.has(b)) addrs.set(b, BigInt(0x1000 * (addrs.size + 1)));
    return addrs.get(b)!;
  };
  const u = new Uint8Array(34);
  const s = new DataView(U.packSmbus(1, 0x10, U.I2C_SMBUS_BYTE_DATA, u, addr).buffer);
  assertEquals(s.byteLength, 16);
  assertEquals([s.getUint8(0), s.getUint8(1), s.getUint32(4, true)], [1, 0x10, 2]);
  assertEquals(s.getBigUint64(8, true), addr(u));
  const w = Uint8Array.of(1, 2), r = new Uint8Array(3);
  const p = U.packI2cRdwr([{ addr: 0x48, flags: 0, buf: w }, {
    addr: 0x48,
    flags: U.I2C_M_RD,
    buf: r,
  }], addr);
  const m = new DataView(p.msgs.buffer);
  assertEquals(p.msgs.length, 32);
  assertEquals([m.getUint16(16, true), m.getUint16(18, true), m.getUint16(20, true)], [0x48, 1, 3]);
  assertEquals(m.getBigUint64(24, true), addr(r));
  const d = new DataView(p.data.buffer);
  assertEquals([d.getBigUint64(0, true), d.getUint32(8, true)], [addr(p.msgs), 2]);
  const tx = new Uint8Array(5), rx = new Uint8Array(5);
  const t = new DataView(U.packSpiTransfer(tx, rx, 1000000, 8, addr).buffer);
  assertEquals(t.byteLength, 32);
  assertEquals(
    [t.getBigUint64(0, true), t.getBigUint64(8, true), t.getUint32(16, true)],
    [addr(tx), addr(rx), 5],
  );
  assertEquals([t.getUint32(20, true), t.getUint8(26)], [1000000, 8]);
});

// ---- the board description's "linux" section ----

Deno.test('board description: a "linux" section is validated with one-line errors', () => {
  const ok = parseBoardDescription(JSON.stringify({
    linux: {
      gpiochip: "/dev/gpiochip0",
      pins: { GP2: 17, GP3: 27 },
      i2c: "/dev/i2c-1",
      spi: { device: "/dev/spidev0.0" },
      adc: { GP3: { device: "/sys/bus/iio/devices/iio:device0", channel: 1 } },
      watchdog: true,
    },
  }));
  assertEquals(ok.linux, {
    gpiochip: "/dev/gpiochip0",
    pins: { GP2: 17, GP3: 27 },
    i2c: "/dev/i2c-1",
    spi: "/dev/spidev0.0",
    adc: { GP3: { device: "/sys/bus/iio/devices/iio:device0", channel: 1, bits: 12 } },
    watchdog: "/dev/watchdog",
  });
  assertEquals(parseLinuxSection({ watchdog: false }), {});
  assertEquals(parseLinuxSection({ spi: "/dev/spidev0.1" }).spi, "/dev/spidev0.1");
  const bad: [unknown, string][] = [
    [[], `"linux" must be an object`],
    [{ gpio: 1 }, `"linux": unknown key "gpio"`],
    [{ pins: { GP2: 1 } }, `"linux": "pins" needs "gpiochip"`],
    [{ gpiochip: "gpiochip0" }, `"linux": "gpiochip" must be an absolute device path`],
    [{ gpiochip: "/dev/gpiochip0", pins: { GP40: 1 } }, `"GP40" is not a WiPy pin`],
    [{ gpiochip: "/dev/gpiochip0", pins: { GP2: -1 } }, `GP2 must be a line number`],
    [{ gpiochip: "/dev/gpiochip0", pins: { GP2: 4, GP3: 4 } }, `GP3 and GP2 both use line 4`],
    [{ adc: { GP9: { device: "/x", channel: 0 } } }, `GP9 is not an ADC pin`],
    [{ adc: { GP2: { device: "/x" } } }, `"channel" must be a channel number`],
    [{ adc: { GP2: { device: "/x", channel: 0, bits: 40 } } }, `"bits" must be 1..32`],
    [{ spi: { dev: "/x" } }, `"spi": unknown key "dev"`],
    [{ watchdog: 3 }, `"watchdog" must be an absolute device path`],
  ];
  for (const [v, msg] of bad) {
    const e = assertThrows(() => parseBoardDescription(JSON.stringify({ linux: v })), Error);
    assertStringIncludes(e.message, msg);
    assert(!e.message.includes("\n"));
  }
});

// ---- the HAL against a fake kernel ----

function gpio(pins: Record<string, number> = { GP2: 2, GP3: 3 }) {
  const k = new FakeKernel({ "/dev/gpiochip0": "chip" });
  return { k, g: new LinuxGpio(k, "/dev/gpiochip0", pins) };
}

Deno.test("fake kernel: GPIO output requests the line with its value and sets values", () => {
  const { k, g } = gpio();
  g.write("GP2", 1); // kept until the pin is an output
  g.configure("GP2", "out", "none");
  const l = k.line(2);
  assert(l.flags & U.GPIO_V2_LINE_FLAG_OUTPUT);
  assert(l.flags & U.GPIO_V2_LINE_FLAG_BIAS_DISABLED);
  assertEquals(l.value, 1);
  g.write("GP2", 0);
  assertEquals(l.value, 0);
  assertEquals(g.read("GP2"), 0);
  assertEquals(k.calls.filter((c) => c === U.GPIO_V2_GET_LINE_IOCTL).length, 1);
  g.configure("GP2", "open_drain", "up");
  assert(l.flags & U.GPIO_V2_LINE_FLAG_OPEN_DRAIN && l.flags & U.GPIO_V2_LINE_FLAG_BIAS_PULL_UP);
  // Reconfigured on the same line fd: still one line request.
  assertEquals(k.calls.filter((c) => c === U.GPIO_V2_GET_LINE_IOCTL).length, 1);
  assertEquals(g.fds().length, 1);
});

Deno.test("fake kernel: GPIO input reads the driven level, pulls become bias flags", () => {
  const { k, g } = gpio();
  g.configure("GP3", "in", "down");
  assert(k.line(3).flags & U.GPIO_V2_LINE_FLAG_BIAS_PULL_DOWN);
  k.drive(3, 1);
  assertEquals(g.read("GP3"), 1);
  k.drive(3, 0);
  assertEquals(g.read("GP3"), 0);
});

Deno.test("fake kernel: watched input gets edge flags; drained events reach the listener", () => {
  const { k, g } = gpio();
  const edges = new Int32Array(64);
  const g2 = new LinuxGpio(k, "/dev/gpiochip0", { GP3: 3 }, edges);
  g2.configure("GP3", "in", "none");
  const seen: number[] = [];
  g2.watch("GP3", (lv) => seen.push(lv));
  const l = k.line(3);
  assert(l.flags & U.GPIO_V2_LINE_FLAG_EDGE_RISING && l.flags & U.GPIO_V2_LINE_FLAG_EDGE_FALLING);
  // The fd is published for the host's edge pump (fd + 1 in slot 0).
  assertEquals(edges[4] - 1, g2.fds()[0]);
  k.drive(3, 1);
  k.drive(3, 0);
  k.drive(3, 1);
  assertEquals(g2.drainEvents(), 3);
  assertEquals(seen, [1, 0, 1]);
  assertEquals(g2.drainEvents(), 0);
  assertEquals(edges[3], 2); // EDGE_DRAINED counts drains
  g2.watch("GP3", null);
  assertEquals(l.flags & U.GPIO_V2_LINE_FLAG_EDGE_RISING, 0);
  assertEquals(edges[4], 0);
  void g;
});

Deno.test("fake kernel: a watched output reports its own writes (no kernel edges on outputs)", () => {
  const { g } = gpio();
  g.configure("GP2", "out", "none");
  const seen: number[] = [];
  g.watch("GP2", (lv) => seen.push(lv));
  g.write("GP2", 1);
  g.write("GP2", 1);
  g.write("GP2", 0);
  assertEquals(seen, [1, 0]);
});

Deno.test("fake kernel: unmapped pins raise ENODEV; alt functions and GP25 do not", () => {
  const { g } = gpio();
  const e = assertThrows(() => g.configure("GP7", "out", "none"), HalError);
  assertEquals(e.errno, U.ENODEV);
  assertStringIncludes(e.message, "GP7 has no gpiochip line");
  assertThrows(() => g.read("GP7"), HalError);
  g.configure("GP7", "alt", "none"); // a peripheral takes it: the kernel's driver owns it
  g.systemDrive("GP25", () => 1);
  assertEquals(g.read("GP25"), 1); // the heartbeat LED stays virtual
});

Deno.test("fake kernel: a GPIO line in use is OSError(EBUSY) naming the chip and line", () => {
  const { k, g } = gpio();
  k.line(2).flags = U.GPIO_V2_LINE_FLAG_USED;
  const e = assertThrows(() => g.configure("GP2", "out", "none"), HalError);
  assertEquals(e.errno, U.EBUSY);
  assertStringIncludes(e.message, "/dev/gpiochip0 line 2");
});

function i2c(plain: boolean) {
  const k = new FakeKernel({ "/dev/i2c-1": "i2c" });
  k.i2cPlain = plain;
  k.chips.set(0x48, { regs: new Uint8Array(256), ptr: 0 });
  k.chips.set(0x50, { regs: new Uint8Array(256), ptr: 0 });
  return { k, bus: new LinuxI2c(k, "/dev/i2c-1") };
}

for (const plain of [false, true]) {
  const kind = plain ? "plain I2C (I2C_RDWR)" : "SMBus-only (I2C_SMBUS)";
  Deno.test(`fake kernel: I2C ${kind}: scan, register writes and reads, no ack`, () => {
    const { k, bus } = i2c(plain);
    assertEquals(bus.scan(), [0x48, 0x50]);
    assert(bus.write(0x48, Uint8Array.of(0x10, 1, 2, 3), true));
    assertEquals([...k.chips.get(0x48)!.regs.subarray(0x10, 0x13)], [1, 2, 3]);
    assert(bus.write(0x48, Uint8Array.of(0x11), false));
    assertEquals([...bus.read(0x48, 2)!], [2, 3]);
    assert(bus.write(0x48, Uint8Array.of(0x12), false));
    assertEquals([...bus.read(0x48, 1)!], [3]);
    if (plain) {
      // write(stop=False) + read = one transfer with a repeated start
      assertEquals(k.lastRdwr, [{ addr: 0x48, flags: 0, len: 1 }, {
        addr: 0x48,
        flags: U.I2C_M_RD,
        len: 1,
      }]);
    } else assertEquals(k.calls.includes(U.I2C_RDWR), false);
    assertEquals(bus.write(0x49, Uint8Array.of(0, 1), true), false);
    assertEquals(bus.read(0x49, 2), null);
  });
}

Deno.test("fake kernel: SPI sets mode, bits and speed, and transfers full duplex", () => {
  const k = new FakeKernel({ "/dev/spidev0.0": "spi" });
  const spi = new LinuxSpi(k, "/dev/spidev0.0");
  assertThrows(() => spi.transfer(Uint8Array.of(1)), HalError);
  spi.open(null, null, null, { baudrate: 2000000, polarity: 1, phase: 1, bits: 8 });
  assertEquals(k.spi.mode, U.SPI_CPOL | U.SPI_CPHA);
  assertEquals(k.spi.bits, 8);
  assertEquals(k.spi.speed, 2000000);
  assertEquals([...spi.transfer(Uint8Array.of(0x00, 0x0f, 0xff))], [0xff, 0xf0, 0x00]);
  const big = new Uint8Array(5000).fill(0x55);
  assertEquals(spi.transfer(big).every((x) => x === 0xaa), true);
  assertEquals(k.spi.sent.length, 5003);
});

Deno.test("fake kernel: ADC reads in_voltageN_raw and scales it to 12 bits", () => {
  const k = new FakeKernel();
  k.files.set("/iio/in_voltage1_raw", "255\n");
  const adc = new LinuxAdc(k, { GP2: { device: "/iio", channel: 1, bits: 8 } });
  assertEquals(adc.sample("GP2"), 4095);
  k.files.set("/iio/in_voltage1_raw", "128\n");
  assertEquals(adc.sample("GP2"), scaleTo12(128, 8));
  assertEquals(scaleTo12(5000, 12), 4095);
  assertEquals(scaleTo12(-3, 12), 0);
  assertEquals(assertThrows(() => adc.sample("GP3"), HalError).errno, U.ENODEV);
  assertEquals(
    assertThrows(() =>
      new LinuxAdc(k, {
        GP2: { device: "/none", channel: 0, bits: 12 },
      }).sample("GP2"), HalError).errno,
    U.ENOENT,
  );
});

Deno.test("fake kernel: watchdog sets the timeout in whole seconds and keeps alive by write", () => {
  const k = new FakeKernel({ "/dev/watchdog": "watchdog" });
  const w = new LinuxWatchdog(k, "/dev/watchdog");
  assertEquals(w.running(), false);
  w.start(1500);
  assertEquals(k.watchdog.timeout, 2);
  w.feed();
  assertEquals(k.watchdog.keepalives, 2);
  assertEquals([watchdogSeconds(1), watchdogSeconds(1000), watchdogSeconds(1001)], [1, 1, 2]);
});

Deno.test("fake kernel: the Linux HAL raises ENODEV for what the section does not name", () => {
  const k = new FakeKernel({ "/dev/gpiochip0": "chip" });
  const base = createVirtualHal({ wallSeconds: () => 0 }, new Float64Array(4), {
    resetCause: 0,
    wakeReason: 0,
  });
  const hal = createLinuxHal(base, { gpiochip: "/dev/gpiochip0", pins: { GP2: 2 } }, k);
  for (
    const f of [
      () => hal.i2c.scan(),
      () => hal.adc.sample("GP3"),
      () => hal.spi.transfer(new Uint8Array(1)),
    ]
  ) {
    const e = assertThrows(f, HalError);
    assertEquals(e.errno, U.ENODEV);
  }
  assertStringIncludes(assertThrows(() => hal.i2c.scan(), HalError).message, `add "i2c"`);
  assertEquals(hal.watchdog, base.watchdog); // opt-in only
  assertEquals(hal.rtc, base.rtc);
  hal.gpio.configure("GP2", "out", "none");
  // A board after a reset closes the line requests the previous one left.
  const hal2 = createLinuxHal(base, { gpiochip: "/dev/gpiochip0", pins: { GP2: 2 } }, k);
  assertEquals(k.openFds().size, 0);
  void hal2;
});

Deno.test({
  name: "Linux HAL from Python (real libc, no device needed): OSError names what is missing",
  ignore: Deno.build.os !== "linux",
  fn() {
    let text = "";
    setupBoard({
      host: { writeOut: (s: string) => (text += s), writeErr: (s: string) => (text += s) },
      linux: { gpiochip: "/dev/wipy-test-no-such-gpiochip", pins: { GP2: 2 } },
    });
    const g = newMainModule("<linux-test>");
    execSource(
      [
        "from machine import Pin, I2C",
        "try:",
        "    Pin('GP2', mode=Pin.OUT)",
        "except OSError as e:",
        "    print(e.args[0], 'gpiochip' in e.args[1])",
        "try:",
        "    Pin('GP9', mode=Pin.OUT)",
        "except OSError as e:",
        "    print(e.args[0], e.args[1])",
        "try:",
        "    I2C(0, I2C.MASTER).scan()",
        "except OSError as e:",
        "    print(e.args[0])",
      ].join("\n"),
      "<t>",
      g,
    );
    const lines = text.trim().split("\n");
    assertEquals(lines[0], "2 True");
    assertStringIncludes(lines[1], "19 GP9 has no gpiochip line");
    assertEquals(lines[2], "19");
    setupBoard({ host: {} });
  },
});
