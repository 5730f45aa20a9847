/**
 * The Linux HAL: a board whose peripherals are the real devices the board description's
 * `"linux"` section names (spec.ts). What the section names is driven through the kernel
 * (gpiochip, i2c-dev, spidev, IIO sysfs, /dev/watchdog); the peripherals a Pi has no
 * counterpart for stay the virtual board's (RTC from the host clock, SD card folder, resets and
 * power of the board process, the watchdog unless the section asks for the real one). A
 * peripheral the section does not name raises OSError(ENODEV) naming what is missing — it never
 * silently does nothing.
 */

import type { AdcHal, BoardHal, I2cHal, SpiHal, UartHal } from "../board_hal.ts";
import { HalError } from "./errors.ts";
import { EDGE_WORDS, LinuxGpio } from "./gpio.ts";
import type { LinuxBoardSpec } from "./spec.ts";
import type { Sys } from "./sys.ts";
import { ENODEV } from "./uapi.ts";
import { LinuxI2c } from "./i2c.ts";
import { LinuxSpi } from "./spi.ts";
import { LinuxAdc } from "./adc.ts";
import { LinuxWatchdog } from "./watchdog.ts";

/** The Linux HAL: the board's HAL plus the event source the IRQ scheduler drains. */
export interface LinuxHal extends BoardHal {
  gpio: LinuxGpio;
  /** Reads pending pin edges and reports them (an IRQ source). */
  drainEvents(): number;
}

/** Raises OSError(ENODEV) for a peripheral the section does not name. */
function missing(what: string, key: string): never {
  throw new HalError(
    ENODEV,
    `${what}: no device (add "${key}" to the board description's "linux" section)`,
  );
}

const NO_I2C: I2cHal = {
  scan: () => missing("I2C", "i2c"),
  write: () => missing("I2C", "i2c"),
  read: () => missing("I2C", "i2c"),
};
const NO_SPI: SpiHal = {
  open: () => missing("SPI", "spi"),
  close: () => {},
  transfer: () => missing("SPI", "spi"),
};
const NO_UART: UartHal = {
  open: (id) => missing(`UART${id}`, "uart (not supported yet)"),
  close: () => {},
  write: (id) => missing(`UART${id}`, "uart"),
  sendBreak: (id) => missing(`UART${id}`, "uart"),
  available: () => 0,
  read: () => new Uint8Array(0),
  onReceive: () => {},
};

/**
 * Closes what a previous board in this process left open (a soft or hard reset replaces the
 * board's Worker, and fds opened through FFI outlive it): GPIO line requests and the chip, I2C
 * and SPI devices the section names. They are found in /proc/self/fd. When the host's edge pump
 * runs, the board first clears the published fd list and waits (≤ 200 ms) until the pump has
 * seen that, so it never polls a number that is being reused.
 */
export function closeLeftovers(sys: Sys, spec: LinuxBoardSpec, edges: Int32Array): void {
  const paths = new Set([spec.gpiochip, spec.i2c, spec.spi].filter((p) => p !== undefined));
  const stale: number[] = [];
  for (const [fd, target] of sys.openFds()) {
    if (target === "anon_inode:gpio-line" || paths.has(target)) stale.push(fd);
  }
  for (let i = 4; i < EDGE_WORDS; i++) Atomics.store(edges, i, 0);
  const v = Atomics.add(edges, 0, 1) + 1;
  if (stale.length === 0) return;
  if (Atomics.load(edges, 2) === 1) {
    const end = Date.now() + 200;
    while (Atomics.load(edges, 1) !== v && Date.now() < end) {
      Atomics.wait(edges, 1, Atomics.load(edges, 1), 20);
    }
  }
  for (const fd of stale) sys.close(fd);
}

/** Builds the Linux HAL over the virtual board's `base` (what stays virtual comes from it). */
export function createLinuxHal(
  base: BoardHal,
  spec: LinuxBoardSpec,
  sys: Sys,
  edges: Int32Array = new Int32Array(EDGE_WORDS),
): LinuxHal {
  closeLeftovers(sys, spec, edges);
  const gpio = new LinuxGpio(
    sys,
    spec.gpiochip ?? "(no gpiochip)",
    spec.pins ?? {},
    edges,
    Object.keys(spec.adc ?? {}),
  );
  const adc: AdcHal = spec.adc ? new LinuxAdc(sys, spec.adc) : {
    sample: (pin) => missing(`ADC ${pin}`, "adc"),
  };
  return {
    ...base,
    gpio,
    i2c: spec.i2c ? new LinuxI2c(sys, spec.i2c) : NO_I2C,
    spi: spec.spi ? new LinuxSpi(sys, spec.spi) : NO_SPI,
    uart: NO_UART,
    adc,
    watchdog: spec.watchdog ? new LinuxWatchdog(sys, spec.watchdog) : base.watchdog,
    drainEvents: () => gpio.drainEvents(),
  };
}
