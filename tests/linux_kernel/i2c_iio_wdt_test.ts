/**
 * Kernel tests (hwrig VM): I2C register access to the i2c-stub chip at 0x48 through i2c-dev
 * (an SMBus-only adapter: the HAL falls back to I2C_SMBUS), the IIO dummy's raw voltage, and the
 * softdog watchdog's timeout ioctl and keepalive.
 */

import { assert, assertEquals, assertStringIncludes } from "@std/assert";
import { LinuxI2c } from "../../hal/linux/i2c.ts";
import { LinuxAdc, scaleTo12 } from "../../hal/linux/adc.ts";
import { LinuxWatchdog } from "../../hal/linux/watchdog.ts";
import { libcSys } from "../../hal/linux/sys.ts";
import * as U from "../../hal/linux/uapi.ts";
import { boardFile, I2C, IIO, IN_VM, ROOT } from "./_rig.ts";

const opts = { ignore: !IN_VM, sanitizeResources: false, sanitizeOps: false };

Deno.test({
  name: "kernel: i2c-stub is SMBus-only and its chip at 0x48 answers a scan",
  ...opts,
  fn() {
    const bus = new LinuxI2c(libcSys(), I2C);
    try {
      assertEquals(bus.functionality() & U.I2C_FUNC_I2C, 0);
      const found = bus.scan();
      assert(found.includes(0x48), `scan: ${found}`);
      assert(!found.includes(0x49), `scan: ${found}`);
    } finally {
      bus.close();
    }
  },
});

Deno.test({
  name: "kernel: I2C register writes and reads reach the i2c-stub chip (SMBus fallback)",
  ...opts,
  fn() {
    const bus = new LinuxI2c(libcSys(), I2C);
    try {
      // writeto_mem(0x48, 0x10, b'\x12\x34\x56'): an I2C block write from register 0x10
      assert(bus.write(0x48, Uint8Array.of(0x10, 0x12, 0x34, 0x56), true));
      // readfrom_mem(0x48, 0x10, 3): register pointer, then an I2C block read
      assert(bus.write(0x48, Uint8Array.of(0x10), false));
      assertEquals([...bus.read(0x48, 3)!], [0x12, 0x34, 0x56]);
      // one register: byte data
      assert(bus.write(0x48, Uint8Array.of(0x20, 0xab), true));
      assert(bus.write(0x48, Uint8Array.of(0x20), false));
      assertEquals([...bus.read(0x48, 1)!], [0xab]);
      // nothing at 0x49: no acknowledge
      assertEquals(bus.write(0x49, Uint8Array.of(0x00, 1), true), false);
      assertEquals(bus.read(0x49, 1), null);
    } finally {
      bus.close();
    }
  },
});

Deno.test({
  name: "kernel: the IIO dummy's in_voltage0_raw scaled to 12 bits",
  ...opts,
  fn() {
    const raw = Number(Deno.readTextFileSync(`${IIO}/in_voltage0_raw`).trim());
    const adc = new LinuxAdc(libcSys(), { GP3: { device: IIO, channel: 0, bits: 8 } });
    assertEquals(adc.sample("GP3"), scaleTo12(raw, 8));
    const adc12 = new LinuxAdc(libcSys(), { GP3: { device: IIO, channel: 0, bits: 12 } });
    assertEquals(adc12.sample("GP3"), raw);
  },
});

Deno.test({
  name: "kernel: wipy run reads I2C and the ADC through the board description",
  ...opts,
  async fn() {
    const board = boardFile({ i2c: I2C, adc: { GP5: { device: IIO, channel: 0 } } });
    const dir = board.replace(/\/board\.json$/, "");
    const raw = Number(Deno.readTextFileSync(`${IIO}/in_voltage0_raw`).trim());
    Deno.writeTextFileSync(
      `${dir}/prog.py`,
      [
        "from machine import I2C, ADC, Pin",
        "i2c = I2C(0, I2C.MASTER, baudrate=100000)",
        "print('scan', 0x48 in i2c.scan())",
        "i2c.writeto_mem(0x48, 0x30, b'\\x01\\x02')",
        "print('mem', list(i2c.readfrom_mem(0x48, 0x30, 2)))",
        "print('adc', ADC().channel(pin='GP5').value())",
        "try:",
        "    Pin('GP2', mode=Pin.OUT)",
        "except OSError as e:",
        "    print('err', e.args[0])",
      ].join("\n") + "\n",
    );
    const r = await new Deno.Command(`${ROOT}/wipy`, {
      args: ["run", "--board", board, `${dir}/prog.py`],
      env: { WIPY_NO_BUNDLE: "1" },
    }).output();
    const out = new TextDecoder().decode(r.stdout) + new TextDecoder().decode(r.stderr);
    assert(r.success, out);
    assertStringIncludes(out, "scan True");
    assertStringIncludes(out, "mem [1, 2]");
    assertStringIncludes(out, `adc ${raw}`);
    assertStringIncludes(out, "err 19");
  },
});

Deno.test({
  name: "kernel: the watchdog (softdog) takes its timeout and keepalives",
  ...opts,
  fn() {
    const sys = libcSys();
    const wdt = new LinuxWatchdog(sys, "/dev/watchdog0");
    assertEquals(wdt.running(), false);
    wdt.start(2500);
    assert(wdt.running());
    const fd = [...sys.openFds()].find(([, t]) => t === "/dev/watchdog0")![0];
    const t = new Uint8Array(4);
    sys.ioctl(fd, U.WDIOC_GETTIMEOUT, t);
    assertEquals(new DataView(t.buffer).getInt32(0, true), 3);
    wdt.feed();
    // A second HAL (a board after a reset) finds the running watchdog.
    assert(new LinuxWatchdog(sys, "/dev/watchdog0").running());
    // Magic close ('V', then close) stops softdog, or it would reboot the VM 3 s from now.
    sys.write(fd, Uint8Array.of(0x56));
    sys.close(fd);
  },
});
