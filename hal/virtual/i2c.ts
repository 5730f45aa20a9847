/**
 * The virtual WiPy's I2C bus and the devices on it. A memory-style device (an EEPROM or
 * register file, as the documentation's examples assume at 0x42) has a register pointer: a
 * write sets it from its first byte(s) (`addrBytes`, 1 by default) and stores the rest from
 * there, a read returns bytes from the pointer; both advance it and wrap at the end.
 */

import type { I2cHal } from "../board_hal.ts";

/** A device on the virtual bus (board description: `"i2c": [{...}]`). */
export interface I2cDeviceSpec {
  /** 7-bit address (0x08-0x77). */
  address: number;
  /** Only "memory" for now. */
  type: "memory";
  /** Bytes of memory (default 256). */
  size?: number;
  /** Register-address bytes a write starts with (1 or 2; default 1). */
  addrBytes?: number;
}

/** What the default virtual board has on its bus. */
export const DEFAULT_I2C_DEVICES: I2cDeviceSpec[] = [{ address: 0x42, type: "memory" }];

class MemoryDevice {
  mem: Uint8Array;
  ptr = 0;
  constructor(size: number, private addrBytes: number) {
    this.mem = new Uint8Array(size);
  }
  write(data: Uint8Array): void {
    let i = 0;
    if (data.length >= this.addrBytes) {
      let p = 0;
      for (; i < this.addrBytes; i++) p = (p << 8) | data[i];
      this.ptr = p % this.mem.length;
    }
    for (; i < data.length; i++) {
      this.mem[this.ptr] = data[i];
      this.ptr = (this.ptr + 1) % this.mem.length;
    }
  }
  read(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      out[i] = this.mem[this.ptr];
      this.ptr = (this.ptr + 1) % this.mem.length;
    }
    return out;
  }
}

/** The virtual bus. */
export class VirtualI2c implements I2cHal {
  private devices = new Map<number, MemoryDevice>();

  constructor(specs: I2cDeviceSpec[] = DEFAULT_I2C_DEVICES) {
    for (const d of specs) {
      this.devices.set(d.address, new MemoryDevice(d.size ?? 256, d.addrBytes ?? 1));
    }
  }

  scan(): number[] {
    return [...this.devices.keys()].filter((a) => a >= 0x08 && a <= 0x77).sort((a, b) => a - b);
  }

  write(addr: number, data: Uint8Array, _stop: boolean): boolean {
    const d = this.devices.get(addr);
    if (!d) return false;
    d.write(data);
    return true;
  }

  read(addr: number, n: number): Uint8Array | null {
    const d = this.devices.get(addr);
    return d ? d.read(n) : null;
  }
}
