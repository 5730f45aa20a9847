/**
 * `machine.SPI`, as the WiPy's `pybspi.c` has it: one bus (id 0), master only,
 * `init(mode=SPI.MASTER, *, baudrate=1000000, bits=8, polarity=0, phase=0, firstbit=SPI.MSB,
 * pins=(CLK, MOSI, MISO))` — which every construction runs — on GP14/GP16/GP30 by default
 * (any pins with the SPI0 function otherwise). Transfers go word by word (8, 16 or 32 bits)
 * through the HAL (`ctx.hal.spi`); on the virtual board MOSI wired to MISO loops the bytes
 * back, otherwise MISO gives the line's level. Errors are the firmware's: ValueError "invalid
 * argument(s) value", OSError(ENODEV) for another bus, OSError(EPERM) after `deinit()`.
 */

import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { osError, typeError, valueError } from "../errors.ts";
import { PyTuple } from "../objtuple.ts";
import { PyList } from "../objlist.ts";
import { PyBytes } from "../objbytes.ts";
import { ctx } from "../context.ts";
import { ERRNO } from "../../hal/vfs.ts";
import {
  bindKwOnly,
  bufferArg,
  intArg,
  kwOnlyMethod,
  method,
  writableBufferArg,
} from "../modules/modutil.ts";
import { assignPinsAf } from "./pin.ts";

/** SPI.MASTER (the driver library's SPI_MODE_MASTER), SPI.MSB. */
export const MASTER = 0;
export const MSB = 0;

const DEFAULT_PINS = ["GP14", "GP16", "GP30"];
const SIGNALS = ["CLK", "MOSI", "MISO"];

function invalid(): never {
  throw valueError("invalid argument(s) value");
}

/** The SPI bus. */
export class PySpi {
  declare $cls: PyType;
  /** 0: not initialised. */
  baudrate = 0;
  bits = 8;
  polarity = 0;
  phase = 0;
  pins: (string | null)[] = [null, null, null];

  /**
   * Clocks `tx` out (or `len` copies of the word `word` when tx is null) and returns what came
   * back (`pybspi_transfer`).
   */
  transfer(tx: Uint8Array | null, len: number, word = 0): Uint8Array {
    if (this.baudrate === 0) throw osError(ERRNO.EPERM);
    const wlen = this.bits / 8;
    let out = tx;
    if (out === null) {
      // The firmware sends whole words, even past the end of the buffer.
      out = new Uint8Array(Math.ceil(len / wlen) * wlen);
      for (let i = 0; i < out.length; i += wlen) {
        for (let k = 0; k < wlen; k++) out[i + k] = (word >>> (8 * k)) & 0xff;
      }
    }
    return ctx.hal.spi.transfer(out).subarray(0, len);
  }
}

/** The `SPI` type. */
export const spi_type: PyType = makeNativeType("SPI", PySpi.prototype);
spi_type.$module = "machine";

/** SPI.init(mode=MASTER, *, baudrate=1000000, bits=8, polarity=0, phase=0, firstbit=MSB, pins). */
function initSpi(
  self: PySpi,
  mode?: PyObj,
  baudrate?: PyObj,
  bits?: PyObj,
  polarity?: PyObj,
  phase?: PyObj,
  firstbit?: PyObj,
  pins?: PyObj,
): PyObj {
  const int = (x: PyObj | undefined, d: number) => x === undefined ? d : intArg(x);
  const m = int(mode, MASTER);
  const baud = int(baudrate, 1_000_000);
  const b = int(bits, 8);
  const pol = int(polarity, 0);
  const pha = int(phase, 0);
  const fb = int(firstbit, MSB);
  if (m !== MASTER) invalid();
  if (b !== 8 && b !== 16 && b !== 32) invalid();
  // Unsigned in the firmware: negative values are too large.
  if (pol < 0 || pol > 1 || pha < 0 || pha > 1) invalid();
  if (fb !== MSB) invalid();
  self.baudrate = baud;
  self.bits = b;
  self.polarity = pol;
  self.phase = pha;
  if (pins !== None) {
    let list: PyObj[] = DEFAULT_PINS;
    if (pins !== undefined) {
      if (!(pins instanceof PyTuple || pins instanceof PyList)) {
        throw typeError("object is not a tuple or list");
      }
      if (pins.a.length !== 3) throw valueError("tuple/list has wrong length");
      list = pins.a;
    }
    self.pins = assignPinsAf(list, "SPI", 0, SIGNALS);
  }
  const [clk, mosi, miso] = self.pins;
  ctx.hal.spi.open(clk, mosi, miso, { baudrate: baud, polarity: pol, phase: pha, bits: b });
  return None;
}
/** init's parameters; `mode` is the only positional one. */
const INIT_PARAMS = ["self", "mode", "baudrate", "bits", "polarity", "phase", "firstbit", "pins"];

spi_type.$construct = (_c, args, kwn = [], kwv = []) => {
  const a = bindKwOnly(["id", ...INIT_PARAMS.slice(1)], 2, [], args, kwn, kwv);
  const id = a[0] === undefined ? 0 : intArg(a[0]);
  if (id !== 0) throw osError(ERRNO.ENODEV);
  const self = (ctx.state.spi ??= new PySpi()) as PySpi;
  initSpi(self, ...a.slice(1));
  return self;
};

/** What write() and write_readinto() send: an int is one byte, otherwise a buffer or str. */
function sendable(x: PyObj): Uint8Array {
  if (typeof x === "number" || typeof x === "boolean") return Uint8Array.of(Number(x) & 0xff);
  if (typeof x === "string") return new TextEncoder().encode(x);
  if (x !== null && typeof x === "object" && typeof x.$str === "string") {
    return new TextEncoder().encode(x.$str);
  }
  return bufferArg(x);
}

/** Where read()/readinto() receive: a new buffer of `nbytes`, or the given one. */
function receiving(x: PyObj): Uint8Array {
  if (typeof x === "number" || typeof x === "boolean") {
    const n = Number(x);
    if (n < 0) throw valueError("negative count");
    return new Uint8Array(n);
  }
  return writableBufferArg(x);
}

defMethods(spi_type, {
  init: kwOnlyMethod(INIT_PARAMS, 2, initSpi),
  deinit: method(0, 0, (self: PySpi) => {
    self.baudrate = 0;
    ctx.hal.spi.close();
    return None;
  }),
  write: method(1, 1, (self: PySpi, buf: PyObj) => {
    const data = sendable(buf);
    self.transfer(data, data.length);
    return data.length;
  }),
  read: method(1, 2, (self: PySpi, nbytes: PyObj, write?: PyObj) => {
    const into = receiving(nbytes);
    into.set(self.transfer(null, into.length, write === undefined ? 0 : intArg(write)));
    return new PyBytes(into);
  }, ["self", "nbytes", "write"]),
  readinto: method(1, 2, (self: PySpi, buf: PyObj, write?: PyObj) => {
    const into = receiving(buf);
    into.set(self.transfer(null, into.length, write === undefined ? 0 : intArg(write)));
    return into.length;
  }, ["self", "buf", "write"]),
  write_readinto: method(2, 2, (self: PySpi, wbuf: PyObj, rbuf: PyObj) => {
    let tx: Uint8Array;
    let rx: Uint8Array;
    if (wbuf === rbuf) {
      rx = writableBufferArg(rbuf);
      tx = rx.slice();
    } else {
      tx = sendable(wbuf);
      rx = writableBufferArg(rbuf);
      if (rx.length !== tx.length) invalid();
    }
    rx.set(self.transfer(tx, tx.length));
    return tx.length;
  }),
  __repr__: (self: PySpi) =>
    self.baudrate > 0
      ? `SPI(0, SPI.MASTER, baudrate=${self.baudrate}, bits=${self.bits}, ` +
        `polarity=${self.polarity}, phase=${self.phase}, firstbit=SPI.MSB)`
      : "SPI(0)",
});
Object.assign(spi_type.$p, { MASTER, MSB });
