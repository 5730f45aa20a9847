/**
 * The hardware abstraction the `machine` module is written against (see
 * `../shared/ARCHITECTURE.md`): one interface per peripheral, implemented by the virtual WiPy
 * (`hal/virtual/`) and, later, by the Linux HAL.
 */

/** The real-time clock. */
export interface RtcHal {
  /** Seconds since 2000-01-01 (fractional). */
  now(): number;
  /** Sets the clock to `seconds` since 2000-01-01 (fractional). */
  set(seconds: number): void;
}

/** The watchdog: once started it runs until the board resets. */
export interface WatchdogHal {
  /** True when it runs (it survives soft resets). */
  running(): boolean;
  /** Starts it; the board resets when `feed` is not called within `timeoutMs`. */
  start(timeoutMs: number): void;
  feed(): void;
}

/** The SD card slot. */
export interface SdSlotHal {
  /** The host folder holding the inserted card's files, or undefined when the slot is empty. */
  card(): string | undefined;
}

/** Resets and power modes. */
export interface PowerHal {
  /** What the board booted from (machine.reset_cause()'s number). */
  resetCause(): number;
  /** Why it woke (machine.wake_reason()'s number). */
  wakeReason(): number;
  /** Restarts the board afresh with `cause`. */
  reset(cause: number): never;
  /**
   * Powers the board off until `wakeAtEpochMs` (null: no wake source), then resets it; it
   * then reports `wakeReason`.
   */
  deepSleep(wakeAtEpochMs: number | null, wakeReason: number): never;
}

/** Everything the board's peripherals need. */
export interface BoardHal {
  gpio: GpioHal;
  i2c: I2cHal;
  adc: AdcHal;
  rtc: RtcHal;
  watchdog: WatchdogHal;
  sd: SdSlotHal;
  power: PowerHal;
  uart: UartHal;
  spi: SpiHal;
}

/** A pin's direction and output type, as the HAL sees it. */
export type PinMode = "in" | "out" | "open_drain" | "alt" | "alt_open_drain";
/** A pin's pull resistor. */
export type PinPull = "none" | "up" | "down";
/** A logic level. */
export type Level = 0 | 1;

/** General-purpose I/O by GP name ("GP2"). */
export interface GpioHal {
  /** Sets a pin's mode and pull (and, for outputs, keeps driving its last value). */
  configure(pin: string, mode: PinMode, pull: PinPull): void;
  /** Sets the value an output drives (kept while the pin is an input). */
  write(pin: string, value: Level): void;
  /** The level on the pin. */
  read(pin: string): Level;
  /** Calls `listener` with the new level each time the level on the pin changes (null: stop). */
  watch(pin: string, listener: ((level: Level) => void) | null): void;
  /**
   * Lets the system drive a pin from a function of time (the heartbeat LED on GP25); null
   * gives the pin back to its configuration.
   */
  systemDrive(pin: string, level: (() => Level) | null): void;
}

/** The I2C bus (master side): what answers, and the bytes of each transfer. */
export interface I2cHal {
  /** Addresses that acknowledge. */
  scan(): number[];
  /** Writes bytes to a device; false when nothing acknowledges. */
  write(addr: number, data: Uint8Array, stop: boolean): boolean;
  /** Reads n bytes from a device; null when nothing acknowledges. */
  read(addr: number, n: number): Uint8Array | null;
}

/** The ADC: 12-bit samples of a pin's voltage. */
export interface AdcHal {
  /** A sample 0..4095 of the pin's input (0-1.4 V full scale). */
  sample(pin: string): number;
}

/** A UART's frame format. */
export interface UartFrame {
  baudrate: number;
  /** Data bits (5-8). */
  bits: number;
  parity: "none" | "even" | "odd";
  /** Stop bits (1 or 2). */
  stop: number;
}

/** The CC3200's two UARTs (0 and 1), by unit number. */
export interface UartHal {
  /**
   * Turns unit `id` on (again) with its TX and RX pins (GP names; null: not assigned) and its
   * frame format; the receive buffer starts empty.
   */
  open(id: number, tx: string | null, rx: string | null, frame: UartFrame): void;
  /** Turns unit `id` off (it receives nothing more, its buffer is dropped). */
  close(id: number): void;
  /** Sends `data` out of TX; returns the number of bytes sent. */
  write(id: number, data: Uint8Array): number;
  /** Holds TX low for a break (a receiver sees a 0x00 character). */
  sendBreak(id: number): void;
  /** Bytes received and waiting. */
  available(id: number): number;
  /** Takes up to `max` received bytes. */
  read(id: number, max: number): Uint8Array;
  /** Calls `listener` each time bytes arrive on unit `id` (null: stop). */
  onReceive(id: number, listener: (() => void) | null): void;
}

/** The SPI master's configuration. */
export interface SpiConfig {
  baudrate: number;
  polarity: number;
  phase: number;
  /** Word width: 8, 16 or 32. */
  bits: number;
}

/** The CC3200's SPI master (GSPI). */
export interface SpiHal {
  /** Turns the bus on with its CLK, MOSI and MISO pins (GP names; null: not assigned). */
  open(clk: string | null, mosi: string | null, miso: string | null, config: SpiConfig): void;
  close(): void;
  /** Clocks `tx` out on MOSI (chip select held active) and returns what MISO gave back. */
  transfer(tx: Uint8Array): Uint8Array;
}
