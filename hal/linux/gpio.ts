/**
 * GPIO through the Linux GPIO character device (uAPI v2, `<linux/gpio.h>`). Each WiPy pin the
 * board description maps (`"pins": {"GP2": 17}`) is requested as its own one-line request
 * (`GPIO_V2_GET_LINE_IOCTL` on the chip), the first time the program uses it, and later
 * reconfigured on the same line fd (`GPIO_V2_LINE_SET_CONFIG_IOCTL`), so the fd stays stable for
 * the board's life. Values are `GPIO_V2_LINE_SET_VALUES/GET_VALUES_IOCTL`: one ioctl from the
 * Worker through FFI.
 *
 * Modes: in → INPUT, out → OUTPUT, open_drain → OUTPUT|OPEN_DRAIN; pulls → BIAS_PULL_UP/DOWN,
 * none → BIAS_DISABLED. Alternate functions (a WiPy peripheral taking the pin) turn the line back
 * into a plain input: on Linux the peripheral's own kernel driver owns its pins.
 *
 * Pin IRQs: a watched input gets EDGE_RISING|EDGE_FALLING; the kernel queues events on the line
 * fd. The host's edge pump (`edge_pump.ts`) polls those fds on a helper thread and sets
 * IRQ_SCHED in the interrupt word; the board's poll then calls `drainEvents` (an IRQ source,
 * runtime/irq.ts), which reads the events (one `poll(0)` + one read per ready line) and reports
 * each edge's level to the listener — so nothing is read or checked while no edge happened.
 * A watched output reports its own writes at once, as the virtual board does (the kernel does not
 * detect edges on outputs).
 *
 * Unmapped pins raise OSError(ENODEV) naming the pin, except that peripherals may still assign
 * them (alternate functions), the ADC may configure a pin the `"adc"` section maps, and GP25 — the WiPy's heartbeat LED, which a Pi has not — stays a
 * virtual pin unless mapped. The heartbeat does not blink a mapped GP25.
 */

import type { GpioHal, Level, PinMode, PinPull } from "../board_hal.ts";
import { VirtualGpio } from "../virtual/gpio.ts";
import { HalError, halError } from "./errors.ts";
import type { Sys } from "./sys.ts";
import * as U from "./uapi.ts";

/** Shared-memory slots the host's edge pump reads (Int32Array, see edge_pump.ts). */
export const EDGE_VERSION = 0;
export const EDGE_ACK = 1;
export const EDGE_PUMP_ALIVE = 2;
export const EDGE_DRAINED = 3;
/** From here: fd + 1 per watched pin slot (0: none). */
export const EDGE_FDS = 4;
export const EDGE_SLOTS = 32;
export const EDGE_WORDS = EDGE_FDS + EDGE_SLOTS;

interface Line {
  name: string;
  slot: number;
  offset: number;
  fd: number;
  mode: PinMode;
  pull: PinPull;
  out: Level;
  listener: ((level: Level) => void) | null;
  /** Flags of the current line configuration. */
  flags: number;
}

const CONSUMER = "wipy";

/** The Linux GPIO block. */
export class LinuxGpio implements GpioHal {
  private lines = new Map<string, Line>();
  private chipFd = -1;
  private led = new VirtualGpio(["GP25"]);
  private watched: Line[] = [];

  /**
   * `pins`: WiPy pin → line offset on `chip`. `edges`: the Int32Array the host's edge pump
   * shares (EDGE_WORDS words).
   */
  constructor(
    private sys: Sys,
    private chip: string,
    pins: Record<string, number>,
    private edges: Int32Array = new Int32Array(EDGE_WORDS),
    /** Unmapped pins an IIO channel reads (the ADC configures them; nothing to do here). */
    private analogPins: string[] = [],
  ) {
    let slot = 0;
    for (const [name, offset] of Object.entries(pins)) {
      this.lines.set(name, {
        name,
        slot: slot++,
        offset,
        fd: -1,
        mode: "in",
        pull: "none",
        out: 0,
        listener: null,
        flags: 0,
      });
    }
  }

  /** The line fds this GPIO holds (for tests and clean-up). */
  fds(): number[] {
    return [...this.lines.values()].filter((l) => l.fd >= 0).map((l) => l.fd);
  }

  configure(pin: string, mode: PinMode, pull: PinPull): void {
    const l = this.lines.get(pin);
    if (!l) {
      if (pin === "GP25") return this.led.configure(pin, mode, pull);
      if (mode === "alt" || mode === "alt_open_drain") return;
      if (mode === "in" && this.analogPins.includes(pin)) return;
      throw this.unmapped(pin);
    }
    l.mode = mode;
    l.pull = pull;
    this.apply(l);
  }

  write(pin: string, value: Level): void {
    const l = this.lines.get(pin);
    if (!l) {
      if (pin === "GP25") return this.led.write(pin, value);
      throw this.unmapped(pin);
    }
    const v: Level = value ? 1 : 0;
    const changed = l.out !== v;
    l.out = v;
    if (l.fd < 0 || (l.flags & U.GPIO_V2_LINE_FLAG_OUTPUT) === 0) return;
    try {
      this.sys.ioctl(l.fd, U.GPIO_V2_LINE_SET_VALUES_IOCTL, U.packLineValues(v));
    } catch (e) {
      throw halError(e, `${pin} (line ${l.offset}): set value`);
    }
    if (changed && l.listener && l.mode === "out") l.listener(v);
  }

  read(pin: string): Level {
    const l = this.lines.get(pin);
    if (!l) {
      if (pin === "GP25") return this.led.read(pin);
      throw this.unmapped(pin);
    }
    if (l.fd < 0) this.apply(l);
    const b = U.packLineValues(0);
    try {
      this.sys.ioctl(l.fd, U.GPIO_V2_LINE_GET_VALUES_IOCTL, b);
    } catch (e) {
      throw halError(e, `${pin} (line ${l.offset}): get value`);
    }
    return U.lineValue(b);
  }

  watch(pin: string, listener: ((level: Level) => void) | null): void {
    const l = this.lines.get(pin);
    if (!l) {
      if (pin === "GP25") return this.led.watch(pin, listener);
      throw this.unmapped(pin);
    }
    l.listener = listener;
    this.apply(l);
  }

  systemDrive(pin: string, level: (() => Level) | null): void {
    if (!this.lines.has(pin)) this.led.systemDrive(pin, level);
  }

  /**
   * Reads the edge events waiting on watched lines and reports them (called from the board's
   * poll when the edge pump set IRQ_SCHED). Returns the number of events.
   */
  drainEvents(): number {
    const lines = this.watched;
    let n = 0;
    if (lines.length > 0) {
      const pfds = U.packPollFds(lines.map((l) => l.fd));
      let ready = 0;
      try {
        ready = this.sys.poll(pfds, 0);
      } catch { /* EINTR: next time */ }
      if (ready > 0) {
        const buf = new Uint8Array(U.GPIO_V2_LINE_EVENT_SIZE * 16);
        lines.forEach((l, i) => {
          if ((U.pollRevents(pfds, i) & U.POLLIN) === 0) return;
          let got = 0;
          try {
            got = this.sys.read(l.fd, buf);
          } catch {
            return;
          }
          for (const ev of U.unpackLineEvents(buf, got)) {
            n++;
            const level: Level = ev.id === U.GPIO_V2_LINE_EVENT_RISING_EDGE ? 1 : 0;
            l.listener?.(level);
          }
        });
      }
    }
    Atomics.add(this.edges, EDGE_DRAINED, 1);
    Atomics.notify(this.edges, EDGE_DRAINED);
    return n;
  }

  /** Releases every line (the board ends). */
  close(): void {
    for (const l of this.lines.values()) {
      if (l.fd >= 0) this.sys.close(l.fd);
      l.fd = -1;
    }
    this.publishWatched();
    if (this.chipFd >= 0) this.sys.close(this.chipFd);
    this.chipFd = -1;
  }

  private unmapped(pin: string): HalError {
    return new HalError(
      U.ENODEV,
      `${pin} has no gpiochip line (add it to "pins" in the board description's "linux" section)`,
    );
  }

  /** The line configuration for a pin's mode, pull and watch. */
  private config(l: Line): U.LineConfig {
    const bias = l.pull === "up"
      ? U.GPIO_V2_LINE_FLAG_BIAS_PULL_UP
      : l.pull === "down"
      ? U.GPIO_V2_LINE_FLAG_BIAS_PULL_DOWN
      : U.GPIO_V2_LINE_FLAG_BIAS_DISABLED;
    if (l.mode === "out" || l.mode === "open_drain") {
      const drive = l.mode === "open_drain" ? U.GPIO_V2_LINE_FLAG_OPEN_DRAIN : 0;
      return { flags: U.GPIO_V2_LINE_FLAG_OUTPUT | drive | bias, value: l.out };
    }
    const edges = l.listener && l.mode === "in"
      ? U.GPIO_V2_LINE_FLAG_EDGE_RISING | U.GPIO_V2_LINE_FLAG_EDGE_FALLING
      : 0;
    // Alternate functions: a plain input that the program no longer drives.
    return { flags: U.GPIO_V2_LINE_FLAG_INPUT | (l.mode === "in" ? bias : 0) | edges };
  }

  /** Requests the line or reconfigures it. */
  private apply(l: Line): void {
    const c = this.config(l);
    try {
      if (l.fd < 0) {
        if (this.chipFd < 0) this.chipFd = this.sys.open(this.chip, U.O_RDWR | U.O_CLOEXEC);
        const req = U.packLineRequest(l.offset, CONSUMER, c);
        this.sys.ioctl(this.chipFd, U.GPIO_V2_GET_LINE_IOCTL, req);
        l.fd = U.lineRequestFd(req);
      } else {
        this.sys.ioctl(l.fd, U.GPIO_V2_LINE_SET_CONFIG_IOCTL, U.packLineConfigStruct(c));
      }
    } catch (e) {
      const what = l.fd < 0 && this.chipFd < 0
        ? `${l.name}: can't open ${this.chip}`
        : `${l.name} (${this.chip} line ${l.offset})`;
      throw halError(e, what);
    }
    l.flags = c.flags;
    this.publishWatched();
  }

  /** Tells the edge pump which fds to poll. */
  private publishWatched(): void {
    this.watched = [...this.lines.values()].filter((l) =>
      l.fd >= 0 && (l.flags & U.GPIO_V2_LINE_FLAG_EDGE_RISING) !== 0
    );
    for (const l of this.lines.values()) {
      if (l.slot >= EDGE_SLOTS) continue;
      const fd = this.watched.includes(l) ? l.fd + 1 : 0;
      Atomics.store(this.edges, EDGE_FDS + l.slot, fd);
    }
    Atomics.add(this.edges, EDGE_VERSION, 1);
  }
}
