/**
 * The hardware abstraction the `machine` module is written against (see
 * `../shared/ARCHITECTURE.md`): one interface per peripheral, implemented by the virtual WiPy
 * (`hal/virtual/`) and, later, by the Linux HAL. Pin, ADC, I2C, SPI, UART and timers join it
 * with their modules.
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
  /** Powers the board off until `wakeAtEpochMs` (null: no wake source), then resets it. */
  deepSleep(wakeAtEpochMs: number | null): never;
}

/** Everything the board's peripherals need. */
export interface BoardHal {
  rtc: RtcHal;
  watchdog: WatchdogHal;
  sd: SdSlotHal;
  power: PowerHal;
}
