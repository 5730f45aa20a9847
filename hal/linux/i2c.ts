/**
 * I2C through i2c-dev (`<linux/i2c-dev.h>`): the bus's `/dev/i2c-N`, the device picked with
 * `I2C_SLAVE`. An adapter that does plain I2C (`I2C_FUNC_I2C` in `I2C_FUNCS`) gets each
 * transfer as `I2C_RDWR` messages: a write with `stop=False` followed by a read to the same
 * address becomes one write+read transfer with a repeated start, as `readfrom_mem` needs.
 *
 * An SMBus-only adapter (many SoC controllers, the hwrig's i2c-stub) gets SMBus commands through
 * `I2C_SMBUS` instead: no bytes → quick write, one byte → "write byte" (sets a register
 * pointer), two → "write byte data", more → "write I2C block data" (32 bytes at a time); a read
 * right after a one-byte `stop=False` write (a register read) → "read byte data" or "read I2C
 * block data" from that register, any other read → "read byte" per byte.
 *
 * A device that does not acknowledge (ENXIO, EREMOTEIO, EIO, ENODEV, ETIMEDOUT) makes `write`
 * false and `read` null (machine.I2C raises OSError(EIO)); any other failure is an OSError with
 * the kernel's errno. `scan` probes 0x08..0x77 as i2cdetect does: "read byte" for 0x30-0x37
 * and 0x50-0x5f (EEPROMs a quick write could corrupt), quick write elsewhere.
 */

import type { I2cHal } from "../board_hal.ts";
import { HalError, halError } from "./errors.ts";
import { type Sys, SysError } from "./sys.ts";
import * as U from "./uapi.ts";

const NACK = new Set([U.ENXIO, U.EREMOTEIO, U.EIO, U.ENODEV, 110]);

/** The Linux I2C bus. */
export class LinuxI2c implements I2cHal {
  private fd = -1;
  private funcs = 0;
  private addr = -1;
  /** A plain-I2C write held for a repeated start. */
  private pendingWrite: { addr: number; data: Uint8Array } | null = null;
  /** The register an SMBus `stop=False` one-byte write selected. */
  private pendingReg: { addr: number; reg: number } | null = null;

  constructor(private sys: Sys, private device: string) {}

  /** The adapter's I2C_FUNCS bits (opens the device on first use). */
  functionality(): number {
    this.open();
    return this.funcs;
  }

  scan(): number[] {
    this.flush();
    this.open();
    const found: number[] = [];
    for (let a = 0x08; a <= 0x77; a++) {
      const eeprom = (a >= 0x30 && a <= 0x37) || (a >= 0x50 && a <= 0x5f);
      const useRead = eeprom || (this.funcs & U.I2C_FUNC_SMBUS_QUICK) === 0;
      const ok = this.attempt(a, () => {
        if (useRead) this.smbus(U.I2C_SMBUS_READ, 0, U.I2C_SMBUS_BYTE, new Uint8Array(34));
        else this.smbus(U.I2C_SMBUS_WRITE, 0, U.I2C_SMBUS_QUICK, null);
      });
      if (ok) found.push(a);
    }
    return found;
  }

  write(addr: number, data: Uint8Array, stop: boolean): boolean {
    this.flush();
    this.open();
    this.pendingReg = null;
    if (this.plain()) {
      if (!stop && data.length > 0) {
        this.pendingWrite = { addr, data: data.slice() };
        return true;
      }
      if (data.length === 0) {
        return this.attempt(addr, () => this.smbus(U.I2C_SMBUS_WRITE, 0, U.I2C_SMBUS_QUICK, null));
      }
      return this.attempt(addr, () => this.rdwr([{ addr, flags: 0, buf: data.slice() }]));
    }
    return this.attempt(addr, () => {
      if (data.length === 0) this.smbus(U.I2C_SMBUS_WRITE, 0, U.I2C_SMBUS_QUICK, null);
      else if (data.length === 1) {
        this.smbus(U.I2C_SMBUS_WRITE, data[0], U.I2C_SMBUS_BYTE, null);
        if (!stop) this.pendingReg = { addr, reg: data[0] };
      } else if (data.length === 2) {
        this.smbus(U.I2C_SMBUS_WRITE, data[0], U.I2C_SMBUS_BYTE_DATA, Uint8Array.of(data[1]));
      } else if (this.funcs & U.I2C_FUNC_SMBUS_WRITE_I2C_BLOCK) {
        for (let o = 1; o < data.length; o += U.I2C_SMBUS_BLOCK_MAX) {
          const chunk = data.subarray(o, o + U.I2C_SMBUS_BLOCK_MAX);
          const u = new Uint8Array(U.I2C_SMBUS_UNION_SIZE);
          u[0] = chunk.length;
          u.set(chunk, 1);
          this.smbus(U.I2C_SMBUS_WRITE, (data[0] + o - 1) & 0xff, U.I2C_SMBUS_I2C_BLOCK_DATA, u);
        }
      } else {
        for (let o = 1; o < data.length; o++) {
          const reg = (data[0] + o - 1) & 0xff;
          this.smbus(U.I2C_SMBUS_WRITE, reg, U.I2C_SMBUS_BYTE_DATA, Uint8Array.of(data[o]));
        }
      }
    });
  }

  read(addr: number, n: number): Uint8Array | null {
    this.open();
    const out = new Uint8Array(n);
    if (this.plain()) {
      const w = this.pendingWrite?.addr === addr ? this.pendingWrite : null;
      if (!w) this.flush();
      this.pendingWrite = null;
      const msgs = w ? [{ addr, flags: 0, buf: w.data }] : [];
      msgs.push({ addr, flags: U.I2C_M_RD, buf: out });
      return this.attempt(addr, () => this.rdwr(msgs)) ? out : null;
    }
    const reg = this.pendingReg?.addr === addr ? this.pendingReg.reg : -1;
    this.pendingReg = null;
    const ok = this.attempt(addr, () => {
      if (n === 0) this.smbus(U.I2C_SMBUS_WRITE, 0, U.I2C_SMBUS_QUICK, null);
      else if (reg >= 0 && n > 1 && (this.funcs & U.I2C_FUNC_SMBUS_READ_I2C_BLOCK)) {
        for (let o = 0; o < n; o += U.I2C_SMBUS_BLOCK_MAX) {
          const len = Math.min(U.I2C_SMBUS_BLOCK_MAX, n - o);
          const u = new Uint8Array(U.I2C_SMBUS_UNION_SIZE);
          u[0] = len;
          this.smbus(U.I2C_SMBUS_READ, (reg + o) & 0xff, U.I2C_SMBUS_I2C_BLOCK_DATA, u);
          out.set(u.subarray(1, 1 + len), o);
        }
      } else if (reg >= 0) {
        for (let o = 0; o < n; o++) {
          const u = new Uint8Array(U.I2C_SMBUS_UNION_SIZE);
          this.smbus(U.I2C_SMBUS_READ, (reg + o) & 0xff, U.I2C_SMBUS_BYTE_DATA, u);
          out[o] = u[0];
        }
      } else {
        for (let o = 0; o < n; o++) {
          const u = new Uint8Array(U.I2C_SMBUS_UNION_SIZE);
          this.smbus(U.I2C_SMBUS_READ, 0, U.I2C_SMBUS_BYTE, u);
          out[o] = u[0];
        }
      }
    });
    return ok ? out : null;
  }

  close(): void {
    if (this.fd >= 0) this.sys.close(this.fd);
    this.fd = -1;
    this.addr = -1;
  }

  private plain(): boolean {
    return (this.funcs & U.I2C_FUNC_I2C) !== 0;
  }

  private open(): void {
    if (this.fd >= 0) return;
    try {
      this.fd = this.sys.open(this.device, U.O_RDWR | U.O_CLOEXEC);
      const f = new Uint8Array(8); // unsigned long
      this.sys.ioctl(this.fd, U.I2C_FUNCS, f);
      this.funcs = new DataView(f.buffer).getUint32(0, true);
    } catch (e) {
      if (this.fd >= 0) this.sys.close(this.fd);
      this.fd = -1;
      throw halError(e, `I2C: can't open ${this.device}`);
    }
  }

  /** Sends a held repeated-start write on its own (the next transfer was not its read). */
  private flush(): void {
    const w = this.pendingWrite;
    this.pendingWrite = null;
    if (w) this.attempt(w.addr, () => this.rdwr([{ addr: w.addr, flags: 0, buf: w.data }]));
  }

  /** Runs `f` on device `addr`; false when the device did not acknowledge. */
  private attempt(addr: number, f: () => void): boolean {
    try {
      if (addr !== this.addr) {
        this.addr = -1;
        this.sys.ioctl(this.fd, U.I2C_SLAVE, addr);
        this.addr = addr;
      }
      f();
      return true;
    } catch (e) {
      if (e instanceof SysError && NACK.has(e.errno)) return false;
      if (e instanceof SysError && e.errno === U.EBUSY) {
        throw new HalError(U.EBUSY, `I2C 0x${addr.toString(16)}: in use by a kernel driver`);
      }
      throw halError(e, `I2C 0x${addr.toString(16)} on ${this.device}`);
    }
  }

  private smbus(rw: number, cmd: number, size: number, union: Uint8Array | null): void {
    const u = union && union.length >= U.I2C_SMBUS_UNION_SIZE ? union : (() => {
      const b = new Uint8Array(U.I2C_SMBUS_UNION_SIZE);
      if (union) b.set(union);
      return b;
    })();
    const d = U.packSmbus(rw, cmd, size, u, (b) => this.sys.address(b));
    this.sys.ioctl(this.fd, U.I2C_SMBUS, d);
    if (union && u !== union) union.set(u.subarray(0, union.length));
  }

  private rdwr(msgs: U.I2cMsg[]): void {
    const p = U.packI2cRdwr(msgs, (b) => this.sys.address(b));
    this.sys.ioctl(this.fd, U.I2C_RDWR, p.data);
  }
}
