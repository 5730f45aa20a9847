/**
 * `machine.UART`, as the WiPy's `pybuart.c` has it: two units (0 on GP1/GP2, 1 on GP3/GP4 by
 * default; any pins with the unit's TX/RX/RTS/CTS function), one object per unit, set up by
 * `init(baudrate=9600, bits=8, parity=None, stop=1, *, pins)` — which every construction runs —
 * with the firmware's checks (ValueError "invalid argument(s) value"; OSError(ENODEV) for a
 * unit that does not exist, OSError(EPERM) on a unit that is not initialised).
 *
 * It is a stream: reads wait for the first byte as long as two frames ×8 take at the baud rate
 * (the firmware's RX timeout) and return None when none came; writes send everything and
 * return the count. The bytes travel through the HAL (`ctx.hal.uart`); on the virtual board a
 * wire from a TX pin to an RX pin carries them. `irq(trigger=UART.RX_ANY, handler=...)` runs
 * the handler when bytes arrive; `select.poll` sees the UART readable while bytes wait.
 */

import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { osError, typeError, valueError } from "../errors.ts";
import { PyTuple } from "../objtuple.ts";
import { PyList } from "../objlist.ts";
import { PyBytes } from "../objbytes.ts";
import { STOP } from "../iterator.ts";
import { ctx } from "../context.ts";
import { ERRNO } from "../../hal/vfs.ts";
import type { UartFrame } from "../../hal/board_hal.ts";
import { POLLIN, POLLOUT } from "../objfile.ts";
import { bindKwOnly, bufferArg, intArg, kwOnlyMethod, method } from "../modules/modutil.ts";
import { boardSleepMs } from "../modules/utime.ts";
import { checkIrqPriority, flagIrq, IRQ_PARAMS, type PyIrq } from "./irq_object.ts";
import { type ReadableStream, readLineBytewise, readMethods } from "../stream_read.ts";
import { PWR_ACTIVE } from "./constants.ts";
import { assignPinsAf, peripheralUnitOf } from "./pin.ts";

/** UART.RX_ANY and the other trigger bits the firmware accepts (RX_HALF, RX_FULL, TX_DONE). */
export const RX_ANY = 0x01;
const TRIGGER_ALL = 0x0f;
/** UART.EVEN, UART.ODD (the driver library's UART_CONFIG_PAR_* values). */
export const PARITY_EVEN = 0x06;
export const PARITY_ODD = 0x02;

/** The default TX and RX pins of each unit. */
const DEFAULT_PINS = [["GP1", "GP2"], ["GP3", "GP4"]];
/** The signals of the `pins` tuple, in order. */
const SIGNALS = ["TX", "RX", "RTS", "CTS"];
/** Stream reads take chunks this large (`readall`). */
const CHUNK = 256;

function invalid(): never {
  throw valueError("invalid argument(s) value");
}

/** A UART unit. */
export class PyUart {
  declare $cls: PyType;
  /** 0: not initialised (deinit, or never). */
  baudrate = 0;
  bits = 8;
  parity: number | null = null;
  stop = 1;
  /** The TX and RX pins the unit has (null: none). */
  tx: string | null = null;
  rx: string | null = null;
  irq: PyIrq | null = null;
  irqTrigger = RX_ANY;
  irqEnabled = false;
  irqFlags = 0;
  constructor(public id: number) {}

  /** OSError(EPERM) unless initialised (`uart_check_init`). */
  check(): void {
    if (this.baudrate === 0) throw osError(ERRNO.EPERM);
  }

  available(): number {
    return ctx.hal.uart.available(this.id);
  }

  /** Waits up to the RX timeout for a byte (`uart_rx_wait`); true when one is there. */
  rxWait(): boolean {
    if (this.available() > 0) return true;
    const timeoutMs = Math.floor(11_000_000 / this.baudrate) * 2 * 8 / 1000;
    const end = ctx.host.monotonicMs() + timeoutMs;
    for (;;) {
      const left = end - ctx.host.monotonicMs();
      if (left <= 0) return this.available() > 0;
      boardSleepMs(Math.min(left, 5));
      if (this.available() > 0) return true;
    }
  }

  /** The stream read: null when nothing came before the timeout (EAGAIN: read() gives None). */
  readSome(max: number): Uint8Array | null {
    this.check();
    if (max <= 0) return new Uint8Array(0);
    if (!this.rxWait()) return null;
    const out: number[] = [];
    for (;;) {
      out.push(...ctx.hal.uart.read(this.id, max - out.length));
      if (out.length >= max || !this.rxWait()) return Uint8Array.from(out);
    }
  }

  /** Bytes arrived: the RX interrupt. */
  received(): void {
    if ((this.irqTrigger & RX_ANY) === 0 || !this.irqEnabled) return;
    this.irqFlags = RX_ANY;
    // The handler runs before the sending call returns, as the interrupt would meanwhile.
    this.irq?.trigger(true);
  }

  /** select/poll readiness (`pyb_uart_ioctl`). */
  $poll(mask: number): number {
    this.check();
    let r = 0;
    if ((mask & POLLIN) !== 0 && this.available() > 0) r |= POLLIN;
    if ((mask & POLLOUT) !== 0) r |= POLLOUT;
    return r;
  }

  $it(): PyUart {
    return this;
  }

  /** Iteration reads lines until one does not come. */
  $n(): PyObj {
    const l = readLineBytewise(uartStream, this, -1);
    return l === None || (l instanceof PyBytes && l.b.length === 0) ? STOP : l;
  }
}

/** The `UART` type. */
export const uart_type: PyType = makeNativeType("UART", PyUart.prototype);
uart_type.$module = "machine";

function boardUarts(): PyUart[] {
  return (ctx.state.uarts ??= [0, 1].map((i) => new PyUart(i))) as PyUart[];
}

/** The items of a `pins` argument (a tuple or list). */
function pinList(pins: PyObj): PyObj[] {
  if (!(pins instanceof PyTuple || pins instanceof PyList)) {
    throw typeError("object is not a tuple or list");
  }
  return pins.a;
}

/** UART.init(baudrate=9600, bits=8, parity=None, stop=1, *, pins=(TX, RX[, RTS, CTS])). */
function initUart(
  self: PyUart,
  baudrate?: PyObj,
  bits?: PyObj,
  parity?: PyObj,
  stop?: PyObj,
  pins?: PyObj,
): PyObj {
  const baud = baudrate === undefined ? 9600 : intArg(baudrate);
  if (baud <= 0) invalid();
  const nbits = bits === undefined ? 8 : intArg(bits);
  if (nbits < 5 || nbits > 8) invalid();
  let par: number | null = null;
  if (parity !== undefined && parity !== None) {
    par = intArg(parity);
    if (par !== PARITY_EVEN && par !== PARITY_ODD) invalid();
  }
  // Anything but 1 is two stop bits, as the firmware has it.
  const nstop = stop === undefined || intArg(stop) === 1 ? 1 : 2;
  if (pins !== None) {
    let list: PyObj[];
    if (pins === undefined) list = DEFAULT_PINS[self.id];
    else {
      list = pinList(pins);
      if (list.length !== 2 && list.length !== 4) invalid();
      if (list.length === 4) {
        // RTS needs RX (no TX-only flow control), CTS needs TX.
        if (list[2] !== None && list[1] === None) invalid();
        if (list[3] !== None && list[0] === None) invalid();
      }
    }
    const [tx, rx] = assignPinsAf(list, "UART", self.id, SIGNALS);
    self.tx = tx;
    self.rx = rx;
  }
  self.baudrate = baud;
  self.bits = nbits;
  self.parity = par;
  self.stop = nstop;
  const frame: UartFrame = {
    baudrate: baud,
    bits: nbits,
    parity: par === null ? "none" : par === PARITY_EVEN ? "even" : "odd",
    stop: nstop,
  };
  ctx.hal.uart.open(self.id, self.tx, self.rx, frame);
  ctx.hal.uart.onReceive(self.id, () => self.received());
  // A fresh irq object without a handler, disabled from the user's point of view.
  newIrq(self, RX_ANY, None);
  self.irqEnabled = false;
  return None;
}
const INIT_PARAMS = ["self", "baudrate", "bits", "parity", "stop", "pins"];

uart_type.$construct = (_c, args, kwn = [], kwv = []) => {
  const a = bindKwOnly(["id", ...INIT_PARAMS.slice(1)], 5, [], args, kwn, kwv);
  let id: number;
  if (a[0] !== undefined) id = intArg(a[0]);
  else if (a[5] !== undefined) {
    // The unit follows the TX pin (or the RX pin when TX is None).
    const list = pinList(a[5]);
    if (list.length < 2) invalid();
    id = list[0] === None
      ? peripheralUnitOf(list[1], "UART", "RX")
      : peripheralUnitOf(list[0], "UART", "TX");
  } else id = 0;
  if (id < 0 || id > 1) throw osError(ERRNO.ENODEV);
  const self = boardUarts()[id];
  initUart(self, ...a.slice(1));
  return self;
};

function newIrq(self: PyUart, trigger: number, handler: PyObj): PyIrq {
  self.irqTrigger = trigger;
  self.irq = flagIrq(self, uart_type.$p.irq, handler, true);
  return self.irq;
}

/** UART.irq(trigger, priority=1, handler=None, wake=machine.IDLE). */
function uartIrq(
  self: PyUart,
  trigger?: PyObj,
  priority?: PyObj,
  handler?: PyObj,
  wake?: PyObj,
): PyObj {
  self.check();
  checkIrqPriority(priority);
  if (wake !== undefined && wake !== None && intArg(wake) !== PWR_ACTIVE) invalid();
  const t = intArg(trigger ?? None);
  if (t <= 0 || t > TRIGGER_ALL) invalid();
  return newIrq(self, t, handler ?? None);
}

/** Bytes of a str (UTF-8) or of any buffer. */
function sendable(x: PyObj): Uint8Array {
  if (typeof x === "string") return new TextEncoder().encode(x);
  if (x !== null && typeof x === "object" && typeof x.$str === "string") {
    return new TextEncoder().encode(x.$str);
  }
  return bufferArg(x);
}

const uartStream: ReadableStream<PyUart> = {
  readSome: (self, n) => self.readSome(n),
  chunk: CHUNK,
  check: (self) => self.check(),
};

defMethods(uart_type, {
  init: kwOnlyMethod(INIT_PARAMS, 5, initUart),
  deinit: method(0, 0, (self: PyUart) => {
    self.baudrate = 0;
    ctx.hal.uart.onReceive(self.id, null);
    ctx.hal.uart.close(self.id);
    return None;
  }),
  any: method(0, 0, (self: PyUart) => {
    self.check();
    return self.available();
  }),
  sendbreak: method(0, 0, (self: PyUart) => {
    self.check();
    ctx.hal.uart.sendBreak(self.id);
    // The line stays low for two frames.
    boardSleepMs(22_000 / self.baudrate);
    return None;
  }),
  irq: method(0, 4, uartIrq, IRQ_PARAMS),
  ...readMethods(uartStream),
  write: method(1, 1, (self: PyUart, buf: PyObj) => {
    const data = sendable(buf);
    self.check();
    return ctx.hal.uart.write(self.id, data);
  }),
  __repr__: (self: PyUart) => {
    if (self.baudrate === 0) return `UART(${self.id})`;
    const parity = self.parity === null
      ? "None"
      : `UART.${self.parity === PARITY_EVEN ? "EVEN" : "ODD"}`;
    return `UART(${self.id}, baudrate=${self.baudrate}, bits=${self.bits}, parity=${parity}, ` +
      `stop=${self.stop})`;
  },
});
Object.assign(uart_type.$p, { EVEN: PARITY_EVEN, ODD: PARITY_ODD, RX_ANY });
