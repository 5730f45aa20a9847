/**
 * `machine.I2C`, as the WiPy 1.8.3 documentation and `pybi2c.c` have it: one bus (0), master
 * only, `I2C(0, I2C.MASTER, baudrate=100000, pins=(SDA, SCL))` (baudrate kept within
 * 50 kHz..400 kHz, default pins GP13/GP23), `scan()` over 0x08..0x77, the standard transfers
 * returning byte counts as the WiPy's do, the memory transfers with `addrsize` 8 or 16 (the
 * register address goes out in the CC3200's byte order, low byte first, as the firmware sends
 * it). A device that does not answer is OSError(EIO); a bus used before `init` is
 * OSError(EPERM). The devices are the HAL's (`ctx.hal.i2c`).
 */

import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { osError, typeError, valueError } from "../errors.ts";
import { PyTuple } from "../objtuple.ts";
import { PyList } from "../objlist.ts";
import { ctx } from "../context.ts";
import { ERRNO } from "../../hal/vfs.ts";
import { bytesOf, intArg, method, sendBuffer, writableBufferArg } from "../modules/modutil.ts";
import { truthy } from "../ops.ts";
import { findAltFunction } from "../../hal/pin_table.ts";
import { MODE, pinFind, PULL } from "./pin.ts";

/** I2C.MASTER. */
export const MASTER = 0;
const MIN_BAUD = 50_000;
const MAX_BAUD = 400_000;

function invalid(): never {
  throw valueError("invalid argument(s) value");
}

/** The I2C bus. */
export class PyI2c {
  declare $cls: PyType;
  /** 0 until init(). */
  baudrate = 0;
  pins = ["GP13", "GP23"];
}

/** The `I2C` type. */
export const i2c_type: PyType = makeNativeType("I2C", PyI2c.prototype);
i2c_type.$module = "machine";

function checkInit(self: PyI2c): void {
  if (self.baudrate === 0) throw osError(ERRNO.EPERM);
}

/** I2C.init(mode=I2C.MASTER, *, baudrate=100000, pins=(SDA, SCL)). */
function initI2c(self: PyI2c, mode?: PyObj, baudrate?: PyObj, pins?: PyObj): PyObj {
  if (mode !== undefined && intArg(mode) !== MASTER) invalid();
  const b = baudrate === undefined ? 100_000 : intArg(baudrate);
  let names = ["GP13", "GP23"];
  if (pins !== undefined && pins !== None) {
    if (!(pins instanceof PyTuple || pins instanceof PyList)) {
      throw typeError("object is not a tuple or list");
    }
    if (pins.a.length !== 2) throw valueError("tuple/list has wrong length");
    names = pins.a.map((p) => pinFind(p).name);
  }
  // Each pin must carry the I2C function for its role (SDA, SCL).
  const afs = names.map((n, i) => findAltFunction(n, "I2C", 0, i === 0 ? "SDA" : "SCL"));
  if (afs.some((f) => f === undefined)) invalid();
  names.forEach((n, i) => {
    const pin = pinFind(n);
    pin.mode = MODE.ALT;
    pin.pull = PULL.PULL_UP;
    pin.af = afs[i]!.af;
    pin.apply();
  });
  self.pins = names;
  self.baudrate = Math.min(Math.max(b, MIN_BAUD), MAX_BAUD);
  return None;
}

function boardI2c(): PyI2c {
  return (ctx.state.i2c ??= new PyI2c()) as PyI2c;
}

i2c_type.$construct = (_c, args, kwn = [], kwv = []) => {
  if (args.length > 0 && intArg(args[0]) !== 0) throw osError(ERRNO.ENODEV);
  const self = boardI2c();
  const rest = args.slice(1);
  if (rest.length > 0 || kwn.length > 0) {
    const full: (PyObj | undefined)[] = [self, ...rest];
    if (full.length > 2) {
      throw typeError(`function expected at most 2 arguments, got ${args.length}`);
    }
    kwn.forEach((k, i) => {
      const at = ["self", "mode", "baudrate", "pins"].indexOf(k);
      if (at < 1) throw typeError(`unexpected keyword argument '${k}'`);
      full[at] = kwv[i];
    });
    initI2c(self, full[1], full[2], full[3]);
  }
  return self;
};

function address(a: PyObj | undefined): number {
  if (a === undefined) throw typeError("function missing required positional argument");
  return intArg(a);
}

/** The register address as the firmware sends it: `addrsize` bits, low byte first. */
function memAddress(memaddr: PyObj | undefined, addrsize: PyObj | undefined): number[] {
  const m = intArg(memaddr ?? None);
  const size = addrsize === undefined ? 8 : intArg(addrsize);
  if (size !== 8 && size !== 16) invalid();
  return size === 8 ? [m & 0xff] : [m & 0xff, (m >> 8) & 0xff];
}

function writeOrEio(addr: number, data: Uint8Array, stop = true): void {
  if (!ctx.hal.i2c.write(addr, data, stop)) throw osError(ERRNO.EIO);
}

function readOrEio(addr: number, n: number): Uint8Array {
  const r = ctx.hal.i2c.read(addr, n);
  if (r === null) throw osError(ERRNO.EIO);
  return r;
}

/** An int count gives a new buffer; a buffer is filled (pyb_buf_get_for_recv). */
function receive(addr: number, nbytes: PyObj, into: boolean): PyObj {
  if (!into && (typeof nbytes === "number" || typeof nbytes === "bigint")) {
    const n = intArg(nbytes);
    if (n < 0) invalid();
    return bytesOf(readOrEio(addr, n));
  }
  const buf = writableBufferArg(nbytes);
  buf.set(readOrEio(addr, buf.length));
  return into ? buf.length : bytesOf(buf.slice());
}

defMethods(i2c_type, {
  init: method(0, 3, initI2c, ["self", "mode", "baudrate", "pins"]),
  deinit: method(0, 0, (self: PyI2c) => {
    self.baudrate = 0;
    return None;
  }),
  scan: method(0, 0, (self: PyI2c) => {
    checkInit(self);
    return new PyList(ctx.hal.i2c.scan());
  }),
  readfrom: method(2, 2, (self: PyI2c, addr: PyObj, nbytes: PyObj) => {
    checkInit(self);
    return receive(address(addr), nbytes, false);
  }, ["self", "addr", "nbytes"]),
  readfrom_into: method(2, 2, (self: PyI2c, addr: PyObj, buf: PyObj) => {
    checkInit(self);
    return receive(address(addr), buf, true);
  }, ["self", "addr", "buf"]),
  writeto: method(2, 3, (self: PyI2c, addr: PyObj, buf: PyObj, stop?: PyObj) => {
    checkInit(self);
    const data = sendBuffer(buf);
    writeOrEio(address(addr), data, stop === undefined ? true : truthy(stop));
    return data.length;
  }, ["self", "addr", "buf", "stop"]),
  readfrom_mem: method(
    3,
    4,
    (self: PyI2c, addr: PyObj, memaddr: PyObj, nbytes: PyObj, addrsize?: PyObj) => {
      checkInit(self);
      const a = address(addr);
      writeOrEio(a, Uint8Array.from(memAddress(memaddr, addrsize)), false);
      return receive(a, nbytes, false);
    },
    ["self", "addr", "memaddr", "nbytes", "addrsize"],
  ),
  readfrom_mem_into: method(
    3,
    4,
    (self: PyI2c, addr: PyObj, memaddr: PyObj, buf: PyObj, addrsize?: PyObj) => {
      checkInit(self);
      const a = address(addr);
      writeOrEio(a, Uint8Array.from(memAddress(memaddr, addrsize)), false);
      return receive(a, buf, true);
    },
    ["self", "addr", "memaddr", "buf", "addrsize"],
  ),
  writeto_mem: method(
    3,
    4,
    (self: PyI2c, addr: PyObj, memaddr: PyObj, buf: PyObj, addrsize?: PyObj) => {
      checkInit(self);
      const data = sendBuffer(buf);
      const head = memAddress(memaddr, addrsize);
      const all = new Uint8Array(head.length + data.length);
      all.set(head);
      all.set(data, head.length);
      writeOrEio(address(addr), all);
      return data.length;
    },
    ["self", "addr", "memaddr", "buf", "addrsize"],
  ),
  __repr__: (self: PyI2c) =>
    self.baudrate > 0 ? `I2C(0, I2C.MASTER, baudrate=${self.baudrate})` : "I2C(0)",
});
i2c_type.$p.MASTER = MASTER;
