/**
 * `machine.Pin`, as the WiPy's `pybpin.c` has it: one object per pin of the board (`Pin('GP2')`
 * and `Pin.board.GP2` are the same object), configured by `init(mode, pull, *, value, drive,
 * alt)` — which every construction runs, so `Pin('GP2')` makes the pin an input again —
 * with the firmware's numbers for the constants, its repr and its ValueErrors. Levels come
 * from the HAL (`ctx.hal.gpio`); on the virtual board that is the wiring of the board
 * description. `irq()` watches the pin's level and queues the handler on an edge (or on
 * entering a level), with `wake=` making it a wake source for machine.sleep()/deepsleep() on
 * the pins that can wake the CC3200 (GP2, GP4, GP11, GP13, GP17, GP24).
 */

import {
  defGetSets,
  defMethods,
  GetSet,
  makeNativeType,
  None,
  type PyObj,
  type PyType,
} from "../object.ts";
import { typeError, valueError } from "../errors.ts";
import { PyList } from "../objlist.ts";
import { tuple } from "../objtuple.ts";
import { ctx } from "../context.ts";
import { truthy } from "../ops.ts";
import { asStr } from "../objstr.ts";
import { intArg, method } from "../modules/modutil.ts";
import { BOARD_PINS, findAltFunction, PIN_AFS } from "../../hal/pin_table.ts";
import type { Level, PinMode, PinPull } from "../../hal/board_hal.ts";
import { checkIrqPriority, existingIrq, flagIrq, IRQ_PARAMS, type PyIrq } from "./irq_object.ts";
import { PWR_ACTIVE, PWR_ALL, PWR_HIBERNATE, PWR_LPDS } from "./constants.ts";

/** Pin.IN, OUT, OPEN_DRAIN, ALT, ALT_OPEN_DRAIN (the CC3200 driver library's numbers). */
export const MODE = { IN: 0x00, OUT: 0x01, OPEN_DRAIN: 0x10, ALT: 0x02, ALT_OPEN_DRAIN: 0x03 };
/** Pin.PULL_UP, PULL_DOWN (None is 0 inside). */
export const PULL = { NONE: 0x000, PULL_UP: 0x100, PULL_DOWN: 0x200 };
/** Pin.LOW_POWER, MED_POWER, HIGH_POWER (2, 4, 6 mA). */
export const DRIVE = { LOW_POWER: 0x20, MED_POWER: 0x40, HIGH_POWER: 0x60 };
/** Pin.IRQ_FALLING, IRQ_RISING, IRQ_LOW_LEVEL, IRQ_HIGH_LEVEL. */
export const TRIGGER = {
  IRQ_FALLING: 0x01,
  IRQ_RISING: 0x02,
  IRQ_LOW_LEVEL: 0x04,
  IRQ_HIGH_LEVEL: 0x08,
};

/** The pins that can wake the CC3200 from sleep or deep sleep. */
export const WAKE_PINS = new Set(["GP2", "GP4", "GP11", "GP13", "GP17", "GP24"]);

const HAL_MODE: Record<number, PinMode> = {
  [MODE.IN]: "in",
  [MODE.OUT]: "out",
  [MODE.OPEN_DRAIN]: "open_drain",
  [MODE.ALT]: "alt",
  [MODE.ALT_OPEN_DRAIN]: "alt_open_drain",
};
const HAL_PULL: Record<number, PinPull> = {
  [PULL.NONE]: "none",
  [PULL.PULL_UP]: "up",
  [PULL.PULL_DOWN]: "down",
};
const MODE_NAME: Record<number, string> = {
  [MODE.IN]: "IN",
  [MODE.OUT]: "OUT",
  [MODE.OPEN_DRAIN]: "OPEN_DRAIN",
  [MODE.ALT]: "ALT",
  [MODE.ALT_OPEN_DRAIN]: "ALT_OPEN_DRAIN",
};
const DRIVE_NAME: Record<number, string> = {
  [DRIVE.LOW_POWER]: "LOW_POWER",
  [DRIVE.MED_POWER]: "MED_POWER",
  [DRIVE.HIGH_POWER]: "HIGH_POWER",
};

function invalid(): never {
  throw valueError("invalid argument(s) value");
}

/** A pin of the board. */
export class PyPin {
  declare $cls: PyType;
  mode = MODE.IN;
  pull = PULL.NONE;
  drive = DRIVE.MED_POWER;
  /** Alternate function number (0: GPIO). */
  af = 0;
  /** The value the pin drives as an output. */
  out: Level = 0;
  irqObj: PyIrq | null = null;
  irqTrigger = 0;
  irqFlags = 0;
  irqEnabled = false;
  /** Power modes the irq works in / wakes from (machine.IDLE | SLEEP | DEEPSLEEP). */
  pwrmode = PWR_ACTIVE;
  constructor(public name: string) {}

  /** The name other peripherals accept for this pin. */
  get $pinName(): string {
    return this.name;
  }

  /** Applies mode and pull to the HAL. */
  apply(): void {
    ctx.hal.gpio.configure(this.name, HAL_MODE[this.mode], HAL_PULL[this.pull]);
  }

  level(): Level {
    return ctx.hal.gpio.read(this.name);
  }

  set(v: Level): void {
    this.out = v;
    ctx.hal.gpio.write(this.name, v);
  }

  /** The HAL reports a new level: raise the irq when the trigger matches. */
  changed(level: Level): void {
    if (!this.irqEnabled || (this.pwrmode & PWR_ACTIVE) === 0) return;
    const t = this.irqTrigger;
    const rising = level === 1 && (t & (TRIGGER.IRQ_RISING | TRIGGER.IRQ_HIGH_LEVEL)) !== 0;
    const falling = level === 0 && (t & (TRIGGER.IRQ_FALLING | TRIGGER.IRQ_LOW_LEVEL)) !== 0;
    if (!rising && !falling) return;
    // Both edges: the flags say which one happened; otherwise they are the trigger.
    this.irqFlags = t === (TRIGGER.IRQ_FALLING | TRIGGER.IRQ_RISING)
      ? (level ? TRIGGER.IRQ_RISING : TRIGGER.IRQ_FALLING)
      : t;
    this.irqObj?.trigger(true);
    // As the firmware does once the handler has run.
    this.irqFlags = 0;
  }
}

/** The `Pin` type. */
export const pin_type: PyType = makeNativeType("Pin", PyPin.prototype);
pin_type.$module = "machine";

/** The board's Pin objects (made at first use, forgotten with the Python state at a reset). */
function boardPins(): Map<string, PyPin> {
  let m = ctx.state.pins as Map<string, PyPin> | undefined;
  if (!m) {
    m = new Map();
    ctx.state.pins = m;
  }
  return m;
}

/** The Pin object of a board pin by GP name, or undefined for a name the board lacks. */
function pinNamed(name: string): PyPin | undefined {
  const pins = boardPins();
  let p = pins.get(name);
  if (p) return p;
  if (![...BOARD_PINS.values()].includes(name)) return undefined;
  p = new PyPin(name);
  if (name === "GP25") p.mode = MODE.OUT; // the heartbeat LED's pin
  pins.set(name, p);
  return p;
}

/** A Pin object or a pin name as the firmware's pin_find takes it (ValueError otherwise). */
export function pinFind(x: PyObj): PyPin {
  if (x instanceof PyPin) return x;
  const name = asStr(x);
  const p = name === undefined ? undefined : pinNamed(name);
  return p ?? invalid();
}

/**
 * The unit of `peripheral` whose `signal` the pin carries (`pin_find_peripheral_unit`: how
 * `UART(pins=...)` finds its bus); ValueError when the pin has no such function.
 */
export function peripheralUnitOf(x: PyObj, peripheral: string, signal: string): number {
  const pin = pinFind(x);
  const f = PIN_AFS.get(pin.name)?.find((a) => a.peripheral === peripheral && a.signal === signal);
  return f ? f.unit : invalid();
}

/**
 * Gives pins to a peripheral, as the firmware's `pin_assign_pins_af` does: `pins[i]` (a Pin, a
 * pin name, or None for a signal left out) takes `signals[i]` of `peripheral` `unit` (ValueError
 * when it cannot), becoming an alternate-function pin with a pull-up at low drive strength
 * (repr: `mode=Pin.IN, pull=Pin.PULL_UP, drive=Pin.LOW_POWER, alt=N`); a pin that had that
 * signal before goes back to being a plain input. Returns the GP names (null for None).
 */
export function assignPinsAf(
  pins: PyObj[],
  peripheral: string,
  unit: number,
  signals: string[],
): (string | null)[] {
  const chosen = pins.map((x, i) => {
    if (x === None) return null;
    const pin = pinFind(x);
    const f = findAltFunction(pin.name, peripheral, unit, signals[i]);
    return f ? { pin, af: f.af } : invalid();
  });
  chosen.forEach((c, i) => {
    // Free the signal from the pin that had it.
    for (const p of boardPins().values()) {
      if (p.af === 0 || findAltFunction(p.name, peripheral, unit, signals[i])?.af !== p.af) {
        continue;
      }
      p.mode = MODE.IN;
      p.pull = PULL.NONE;
      p.drive = DRIVE.MED_POWER;
      p.af = 0;
      p.apply();
    }
    if (c === null) return;
    c.pin.mode = MODE.IN;
    c.pin.pull = PULL.PULL_UP;
    c.pin.drive = DRIVE.LOW_POWER;
    c.pin.af = c.af;
    c.pin.apply();
  });
  return chosen.map((c) => c?.pin.name ?? null);
}

function validMode(m: number): number {
  return m in MODE_NAME ? m : invalid();
}
function validPull(p: PyObj): number {
  if (p === None) return PULL.NONE;
  const v = intArg(p);
  return v === PULL.PULL_UP || v === PULL.PULL_DOWN || v === PULL.NONE ? v : invalid();
}
function validDrive(d: number): number {
  return d in DRIVE_NAME ? d : invalid();
}

/** Pin.init(mode=IN, pull=None, *, value, drive=MED_POWER, alt=-1). */
function initPin(
  self: PyPin,
  mode?: PyObj,
  pull?: PyObj,
  value?: PyObj,
  drive?: PyObj,
  alt?: PyObj,
): PyObj {
  const m = mode === undefined ? MODE.IN : validMode(intArg(mode));
  const p = pull === undefined ? PULL.NONE : validPull(pull);
  const d = drive === undefined ? DRIVE.MED_POWER : validDrive(intArg(drive));
  let af = alt === undefined ? -1 : intArg(alt);
  if (m !== MODE.ALT && m !== MODE.ALT_OPEN_DRAIN) {
    if (af !== -1) invalid();
    af = 0;
  } else if (af < -1 || af > 15) invalid();
  if (af > 0 && !PIN_AFS.get(self.name)?.some((f) => f.af === af)) invalid();
  self.mode = m;
  self.pull = p;
  self.drive = d;
  if (af !== -1) self.af = af;
  if (value !== undefined) self.out = truthy(value) ? 1 : 0;
  self.apply();
  ctx.hal.gpio.write(self.name, self.out);
  return None;
}
const INIT_PARAMS = ["self", "mode", "pull", "value", "drive", "alt"];

pin_type.$construct = (_c, args, kwn = [], kwv = []) => {
  if (args.length === 0) throw typeError("function missing 1 required positional arguments");
  const self = pinFind(args[0]);
  const full: (PyObj | undefined)[] = [self, ...args.slice(1)];
  if (full.length > 3) throw typeError(`function expected at most 3 arguments, got ${args.length}`);
  kwn.forEach((k, i) => {
    const at = INIT_PARAMS.indexOf(k);
    if (at < 1) throw typeError(`unexpected keyword argument '${k}'`);
    if (full[at] !== undefined) throw typeError(`function got multiple values for argument '${k}'`);
    full[at] = kwv[i];
  });
  initPin(...(full as [PyPin, ...PyObj[]]));
  return self;
};

function valueMethod(self: PyPin, v?: PyObj): PyObj {
  if (v === undefined) return self.level();
  self.set(truthy(v) ? 1 : 0);
  return None;
}

defMethods(pin_type, {
  init: method(0, 5, initPin, INIT_PARAMS),
  value: method(0, 1, valueMethod),
  __call__: (self: PyPin, ...a: PyObj[]) => {
    if (a.length > 1) throw typeError(`function expected at most 1 arguments, got ${a.length}`);
    return valueMethod(self, a[0]);
  },
  toggle: method(0, 0, (self: PyPin) => {
    self.set(self.level() ? 0 : 1);
    return None;
  }),
  id: method(0, 0, (self: PyPin) => self.name),
  mode: method(0, 1, (self: PyPin, m?: PyObj) => {
    if (m === undefined) return self.mode;
    self.mode = validMode(intArg(m));
    self.apply();
    return None;
  }),
  pull: method(0, 1, (self: PyPin, p?: PyObj) => {
    if (p === undefined) return self.pull === PULL.NONE ? None : self.pull;
    self.pull = validPull(p);
    self.apply();
    return None;
  }),
  drive: method(0, 1, (self: PyPin, d?: PyObj) => {
    if (d === undefined) return self.drive;
    self.drive = validDrive(intArg(d));
    return None;
  }),
  alt_list: method(0, 0, (self: PyPin) => {
    const afs = PIN_AFS.get(self.name) ?? [];
    return new PyList(afs.map((f) => tuple([`${f.peripheral}${f.unit}_${f.signal}`, f.af])));
  }),
  irq: method(0, 4, pinIrq, IRQ_PARAMS),
  __repr__: (self: PyPin) => {
    const pull = self.pull === PULL.NONE
      ? "None"
      : `Pin.${self.pull === PULL.PULL_UP ? "PULL_UP" : "PULL_DOWN"}`;
    return `Pin('${self.name}', mode=Pin.${MODE_NAME[self.mode]}, pull=${pull}, ` +
      `drive=Pin.${DRIVE_NAME[self.drive]}, alt=${self.af === 0 ? -1 : self.af})`;
  },
});
Object.assign(
  pin_type.$p,
  MODE,
  { PULL_UP: PULL.PULL_UP, PULL_DOWN: PULL.PULL_DOWN },
  DRIVE,
  TRIGGER,
);

/**
 * Pin.irq(*, trigger, priority=1, handler=None, wake=None). Without arguments: the pin's
 * existing irq object (as the documentation's `pin.irq()()` and `pin.irq().disable()` use it).
 */
function pinIrq(
  self: PyPin,
  trigger?: PyObj,
  priority?: PyObj,
  handler?: PyObj,
  wake?: PyObj,
): PyObj {
  const existing = existingIrq(self.irqObj, [trigger, priority, handler, wake]);
  if (existing) return existing;
  checkIrqPriority(priority);
  const t = intArg(trigger ?? None);
  const both = TRIGGER.IRQ_FALLING | TRIGGER.IRQ_RISING;
  if (t !== both && !Object.values(TRIGGER).includes(t)) invalid();
  const mode = wake === undefined || wake === None ? PWR_ACTIVE : intArg(wake);
  if (mode < 0 || mode > PWR_ALL) invalid();
  // Only the six wake pins wake the CC3200, and only on one edge or level.
  if ((mode & (PWR_LPDS | PWR_HIBERNATE)) !== 0 && (!WAKE_PINS.has(self.name) || t === both)) {
    invalid();
  }
  self.irqTrigger = t;
  self.pwrmode = mode;
  self.irqEnabled = true;
  self.irqObj = flagIrq(self, pin_type.$p.irq, handler);
  ctx.hal.gpio.watch(self.name, (level) => self.changed(level));
  return self.irqObj;
}

/** `Pin.board`: every pin of the board by name (`Pin.board.GP25`). */
class PyBoardPins {
  declare $cls: PyType;
}
const board_type: PyType = makeNativeType("board", PyBoardPins.prototype);
board_type.$module = "machine";
defGetSets(
  board_type,
  Object.fromEntries([...BOARD_PINS.values()].map((gp) => [gp, new GetSet(() => pinFind(gp))])),
);
defMethods(board_type, { __repr__: () => "<Pin.board>" });
pin_type.$p.board = new PyBoardPins();
