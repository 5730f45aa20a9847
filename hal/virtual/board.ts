/**
 * The virtual WiPy's HAL for the board-level peripherals. State the CC3200 keeps across
 * resets (the RTC, the watchdog) lives in `persist`, float64 slots of the memory shared with the
 * host, which times the watchdog and carries out resets and deep sleep (`BoardHost`).
 */

import type { BoardHal } from "../board_hal.ts";
import { BOARD_PINS } from "../pin_table.ts";
import { type GpioWiring, VirtualGpio } from "./gpio.ts";
import { type I2cDeviceSpec, VirtualI2c } from "./i2c.ts";
import { VirtualSpi, VirtualUarts } from "./serial.ts";

import { PERSIST_RTC_OFFSET, PERSIST_WDT_FEED, PERSIST_WDT_TIMEOUT } from "./persist.ts";
export { PERSIST_RTC_OFFSET, PERSIST_WDT_FEED, PERSIST_WDT_TIMEOUT };

/** What the virtual board needs from its host. */
export interface BoardHost {
  /** Seconds since the Unix epoch. */
  wallSeconds(): number;
  hardReset?(cause: number): never;
  deepSleep?(wakeAtEpochMs: number | null, wakeReason: number): never;
  watchdogStarted?(): void;
}

/** How this board booted. */
export interface BootState {
  resetCause: number;
  wakeReason: number;
  /** The SD card's host folder, if a card is in the slot. */
  sdCard?: string;
  /** How the pins are wired (board description). */
  wiring?: GpioWiring;
  /** The devices on the I2C bus (default: a memory at 0x42). */
  i2c?: I2cDeviceSpec[];
  /** ADC inputs: pin → sample 0..4095 (board description `analog`). */
  analog?: Record<string, number>;
}

/** Seconds between the Unix epoch and 2000-01-01. */
const EPOCH_2000 = 946684800;

/** Raised (as a JS error, turned into a Python exception by the caller) without a board host. */
export class NoBoardHost extends Error {}

/** Creates the virtual board's HAL. */
export function createVirtualHal(
  host: BoardHost,
  persist: Float64Array,
  boot: BootState,
): BoardHal {
  const gpio = new VirtualGpio(BOARD_PINS.values(), boot.wiring);
  return {
    gpio,
    i2c: new VirtualI2c(boot.i2c),
    // A pin without an analog level reads as its digital one: 0, or full scale when driven high.
    adc: { sample: (pin) => boot.analog?.[pin] ?? gpio.read(pin) * 4095 },
    uart: new VirtualUarts(gpio),
    spi: new VirtualSpi(gpio),
    rtc: {
      now: () => host.wallSeconds() - EPOCH_2000 + persist[PERSIST_RTC_OFFSET],
      set: (seconds) => {
        persist[PERSIST_RTC_OFFSET] = seconds - (host.wallSeconds() - EPOCH_2000);
      },
    },
    watchdog: {
      running: () => persist[PERSIST_WDT_TIMEOUT] > 0,
      start: (timeoutMs) => {
        if (!host.watchdogStarted) throw new NoBoardHost("WDT");
        persist[PERSIST_WDT_FEED] = Date.now();
        persist[PERSIST_WDT_TIMEOUT] = timeoutMs;
        host.watchdogStarted();
      },
      feed: () => {
        persist[PERSIST_WDT_FEED] = Date.now();
      },
    },
    sd: { card: () => boot.sdCard },
    power: {
      resetCause: () => boot.resetCause,
      wakeReason: () => boot.wakeReason,
      reset: (cause) => {
        if (!host.hardReset) throw new NoBoardHost("reset");
        return host.hardReset(cause);
      },
      deepSleep: (at, reason) => {
        if (!host.deepSleep) throw new NoBoardHost("deepsleep");
        return host.deepSleep(at, reason);
      },
    },
  };
}
