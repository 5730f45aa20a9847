/**
 * The virtual WiPy's GPIO: a small circuit simulation. Pins joined by wires (from the board
 * description) form a net; the level of a net comes from what drives it: push-pull outputs
 * drive their value, open-drain outputs drive only a low, fixed levels from the board
 * description (a pin tied to 3V3 or GND) and the system (the heartbeat LED) drive theirs; when
 * several drivers disagree the low wins (as a short through an open-drain bus would). An
 * undriven net follows its pull resistors (a pull-down beats a pull-up), and floats low without
 * any. Every change that moves a net's level is reported to the pins on it that are watched
 * (pin IRQs); a level the system drives from the clock changes without reports.
 */

import type { GpioHal, Level, PinMode, PinPull } from "../board_hal.ts";

/** How the virtual board is wired (part of the board description). */
export interface GpioWiring {
  /** Pairs of pins joined by a wire, e.g. [["GP2", "GP10"]]. */
  wires?: [string, string][];
  /** Pins tied to a fixed level, e.g. {"GP3": 1}. */
  levels?: Record<string, Level>;
}

interface PinState {
  name: string;
  mode: PinMode;
  pull: PinPull;
  /** The value an output drives. */
  out: Level;
  /** A fixed level from the board description. */
  tied?: Level;
  /** The system drives the pin (the heartbeat LED). */
  system: (() => Level) | null;
  net: PinState[];
  listener: ((level: Level) => void) | null;
  /** Last level reported to the listener. */
  level: Level;
}

/** The virtual GPIO block. */
export class VirtualGpio implements GpioHal {
  private pins = new Map<string, PinState>();

  constructor(names: Iterable<string>, wiring: GpioWiring = {}) {
    for (const name of names) {
      const p: PinState = {
        name,
        mode: "in",
        pull: "none",
        out: 0,
        net: [],
        system: null,
        listener: null,
        level: 0,
      };
      p.net = [p];
      this.pins.set(name, p);
    }
    for (const [a, b] of wiring.wires ?? []) this.join(this.pin(a), this.pin(b));
    for (const [name, level] of Object.entries(wiring.levels ?? {})) {
      this.pin(name).tied = level ? 1 : 0;
    }
    for (const p of this.pins.values()) p.level = this.netLevel(p.net);
  }

  configure(pin: string, mode: PinMode, pull: PinPull): void {
    const p = this.pin(pin);
    p.mode = mode;
    p.pull = pull;
    this.update(p.net);
  }

  write(pin: string, value: Level): void {
    const p = this.pin(pin);
    p.out = value ? 1 : 0;
    this.update(p.net);
  }

  read(pin: string): Level {
    return this.netLevel(this.pin(pin).net);
  }

  watch(pin: string, listener: ((level: Level) => void) | null): void {
    const p = this.pin(pin);
    p.listener = listener;
    p.level = this.netLevel(p.net);
  }

  systemDrive(pin: string, level: (() => Level) | null): void {
    const p = this.pin(pin);
    p.system = level;
    this.update(p.net);
  }

  /** The pins joined to `pin` by wires (the pin itself included). */
  netOf(pin: string): string[] {
    return this.pin(pin).net.map((p) => p.name);
  }

  private pin(name: string): PinState {
    const p = this.pins.get(name);
    if (!p) throw new RangeError(`no pin ${name} on this board`);
    return p;
  }

  private join(a: PinState, b: PinState): void {
    if (a.net === b.net) return;
    const net = [...a.net, ...b.net];
    for (const p of net) p.net = net;
  }

  private netLevel(net: PinState[]): Level {
    let driven = false;
    let low = false;
    let up = false;
    let down = false;
    for (const p of net) {
      if (p.system !== null) {
        driven = true;
        if (p.system() === 0) low = true;
        continue;
      }
      if (p.tied !== undefined) {
        driven = true;
        if (p.tied === 0) low = true;
      }
      if (p.mode === "out") {
        driven = true;
        if (p.out === 0) low = true;
      } else if (p.mode === "open_drain" && p.out === 0) {
        driven = true;
        low = true;
      }
      if (p.pull === "up") up = true;
      else if (p.pull === "down") down = true;
    }
    if (driven) return low ? 0 : 1;
    return up && !down ? 1 : 0;
  }

  /** Reports level changes on a net to its watched pins. */
  private update(net: PinState[]): void {
    const level = this.netLevel(net);
    for (const p of net) {
      if (p.level === level) continue;
      p.level = level;
      p.listener?.(level);
    }
  }
}
