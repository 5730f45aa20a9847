/**
 * Board descriptions: a JSON file (`--board FILE`) that says how the virtual WiPy is built:
 * float support, heap size, how its pins are wired (pins joined by wires, pins tied to a
 * level), the devices on its I2C bus, the voltages on its ADC pins and the access points in
 * range of its WLAN, and (`"linux"`, hal/linux/spec.ts) the real devices a Linux machine such as a
 * Raspberry Pi drives instead. Example:
 *
 * ```json
 * { "float": false, "heapsize": 65536,
 *   "wires": [["GP2", "GP10"]], "levels": { "GP3": 1 },
 *   "i2c": [{ "address": 66, "type": "memory", "size": 256 }],
 *   "analog": { "GP3": 2048 },
 *   "wlan": [{ "ssid": "home", "sec": 2, "key": "secret", "rssi": -50 }],
 *   "linux": { "gpiochip": "/dev/gpiochip0", "pins": { "GP2": 17 }, "i2c": "/dev/i2c-1" } }
 * ```
 *
 * A bad file is a one-line error naming what is wrong.
 */

import { BOARD_PINS } from "../hal/pin_table.ts";
import type { GpioWiring } from "../hal/virtual/gpio.ts";
import type { I2cDeviceSpec } from "../hal/virtual/i2c.ts";
import type { WlanNetwork } from "../runtime/network/wlan.ts";
import { type LinuxBoardSpec, parseLinuxSection } from "../hal/linux/spec.ts";

/** What a board description sets. */
export interface BoardDescription {
  float?: boolean;
  heapSize?: number;
  wiring: GpioWiring;
  /** Devices on the I2C bus (absent: the default board's memory at 0x42). */
  i2c?: I2cDeviceSpec[];
  /** ADC inputs, pin → sample 0..4095. */
  analog?: Record<string, number>;
  /** Access points in range (absent: the documentation's example networks). */
  wlan?: WlanNetwork[];
  /** Real devices to drive through the Linux HAL (hal/linux/spec.ts). */
  linux?: LinuxBoardSpec;
}

const KEYS = new Set(["float", "heapsize", "wires", "levels", "i2c", "analog", "wlan", "linux"]);
const PINS = new Set(BOARD_PINS.values());

/** Parses a board description's text; throws Error with a one-line message when it is bad. */
export function parseBoardDescription(text: string): BoardDescription {
  let d: unknown;
  try {
    d = JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON: ${e instanceof Error ? e.message : e}`);
  }
  if (typeof d !== "object" || d === null || Array.isArray(d)) throw new Error("not an object");
  const o = d as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!KEYS.has(k)) throw new Error(`unknown key "${k}"`);
  const pin = (p: unknown) => {
    if (typeof p !== "string" || !PINS.has(p)) {
      throw new Error(`${JSON.stringify(p)} is not a WiPy pin (GP0..GP31)`);
    }
    return p;
  };
  const out: BoardDescription = { wiring: {} };
  if (o.float !== undefined) {
    if (typeof o.float !== "boolean") throw new Error(`"float" must be true or false`);
    out.float = o.float;
  }
  if (o.heapsize !== undefined) {
    if (!Number.isInteger(o.heapsize) || (o.heapsize as number) < 1024) {
      throw new Error(`"heapsize" must be a whole number of bytes, at least 1024`);
    }
    out.heapSize = o.heapsize as number;
  }
  if (o.wires !== undefined) {
    if (!Array.isArray(o.wires)) throw new Error(`"wires" must be a list of pin pairs`);
    out.wiring.wires = o.wires.map((w) => {
      if (!Array.isArray(w) || w.length !== 2) {
        throw new Error(`"wires" must be a list of pin pairs`);
      }
      return [pin(w[0]), pin(w[1])] as [string, string];
    });
  }
  if (o.levels !== undefined) {
    if (typeof o.levels !== "object" || o.levels === null || Array.isArray(o.levels)) {
      throw new Error(`"levels" must map pins to 0 or 1`);
    }
    out.wiring.levels = {};
    for (const [p, v] of Object.entries(o.levels)) {
      if (v !== 0 && v !== 1) throw new Error(`"levels": ${p} must be 0 or 1`);
      out.wiring.levels[pin(p)] = v;
    }
  }
  if (o.i2c !== undefined) {
    if (!Array.isArray(o.i2c)) throw new Error(`"i2c" must be a list of devices`);
    out.i2c = o.i2c.map((d) => {
      if (typeof d !== "object" || d === null) throw new Error(`"i2c" must be a list of devices`);
      const { address, type, size, addrBytes, ...rest } = d as Record<string, unknown>;
      if (Object.keys(rest).length) throw new Error(`"i2c": unknown key "${Object.keys(rest)[0]}"`);
      if (!Number.isInteger(address) || (address as number) < 0x08 || (address as number) > 0x77) {
        throw new Error(`"i2c": "address" must be 8..119 (0x08..0x77)`);
      }
      if (type !== "memory") throw new Error(`"i2c": "type" must be "memory"`);
      if (size !== undefined && (!Number.isInteger(size) || (size as number) < 1)) {
        throw new Error(`"i2c": "size" must be a positive whole number`);
      }
      if (addrBytes !== undefined && addrBytes !== 1 && addrBytes !== 2) {
        throw new Error(`"i2c": "addrBytes" must be 1 or 2`);
      }
      return { address, type, size, addrBytes } as I2cDeviceSpec;
    });
  }
  if (o.analog !== undefined) {
    if (typeof o.analog !== "object" || o.analog === null || Array.isArray(o.analog)) {
      throw new Error(`"analog" must map ADC pins to samples 0..4095`);
    }
    out.analog = {};
    for (const [p, v] of Object.entries(o.analog)) {
      if (!["GP2", "GP3", "GP4", "GP5"].includes(p)) {
        throw new Error(`"analog": ${p} is not an ADC pin (GP2..GP5)`);
      }
      if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 4095) {
        throw new Error(`"analog": ${p} must be a sample 0..4095`);
      }
      out.analog[p] = v as number;
    }
  }
  if (o.wlan !== undefined) {
    if (!Array.isArray(o.wlan)) throw new Error(`"wlan" must be a list of access points`);
    out.wlan = o.wlan.map((n) => {
      const { ssid, sec, key, rssi } = (n ?? {}) as Record<string, unknown>;
      if (typeof ssid !== "string" || ssid.length === 0 || ssid.length > 32) {
        throw new Error(`"wlan": "ssid" must be a string of 1..32 characters`);
      }
      if (sec !== 0 && sec !== 1 && sec !== 2) {
        throw new Error(`"wlan": "sec" must be 0 (open), 1 (WEP) or 2 (WPA/WPA2)`);
      }
      if (sec !== 0 && typeof key !== "string") throw new Error(`"wlan": "key" must be a string`);
      if (rssi !== undefined && !Number.isInteger(rssi)) {
        throw new Error(`"wlan": "rssi" must be a whole number`);
      }
      return { ssid, sec, key: (key as string) ?? "", rssi: rssi as number | undefined };
    });
  }
  if (o.linux !== undefined) out.linux = parseLinuxSection(o.linux);
  return out;
}

/** Reads and parses a board description file (one-line Error when it cannot). */
export function loadBoardDescription(path: string): BoardDescription {
  let text: string;
  try {
    text = Deno.readTextFileSync(path);
  } catch (e) {
    throw new Error(`can't read ${path}: ${e instanceof Error ? e.message : e}`);
  }
  try {
    return parseBoardDescription(text);
  } catch (e) {
    throw new Error(`${path}: ${e instanceof Error ? e.message : e}`);
  }
}
