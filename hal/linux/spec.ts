/**
 * The board description's `"linux"` section: which real devices the board drives.
 *
 * ```json
 * "linux": {
 *   "gpiochip": "/dev/gpiochip0",
 *   "pins": { "GP2": 17, "GP3": 27 },
 *   "i2c": "/dev/i2c-1",
 *   "spi": { "device": "/dev/spidev0.0" },
 *   "adc": { "GP3": { "device": "/sys/bus/iio/devices/iio:device0", "channel": 0, "bits": 12 } },
 *   "watchdog": false
 * }
 * ```
 *
 * `"spi"` may also be just the device path; `"watchdog"` is `false` (default: the board's
 * virtual watchdog, which resets only the board), `true` (`/dev/watchdog`) or a device path — a
 * real watchdog reboots the machine when the program stops feeding it.
 */

import { BOARD_PINS } from "../pin_table.ts";

/** One IIO channel feeding an ADC pin. */
export interface LinuxAdcChannel {
  /** The IIO device's sysfs folder (`/sys/bus/iio/devices/iio:device0`). */
  device: string;
  /** N of `in_voltageN_raw`. */
  channel: number;
  /** Resolution of the raw value (default 12): it is scaled to the WiPy's 12 bits. */
  bits: number;
}

/** What the `"linux"` section names. */
export interface LinuxBoardSpec {
  gpiochip?: string;
  /** WiPy pin → line offset on `gpiochip`. */
  pins?: Record<string, number>;
  i2c?: string;
  spi?: string;
  adc?: Record<string, LinuxAdcChannel>;
  /** The watchdog device, when the real watchdog is wanted. */
  watchdog?: string;
}

const KEYS = new Set(["gpiochip", "pins", "i2c", "spi", "adc", "watchdog"]);
const PINS = new Set(BOARD_PINS.values());
const ADC_PINS = ["GP2", "GP3", "GP4", "GP5"];

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

const devPath = (key: string, v: unknown): string => {
  if (typeof v !== "string" || !v.startsWith("/")) {
    throw new Error(`"linux": "${key}" must be an absolute device path`);
  }
  return v;
};

/** Validates the `"linux"` section; throws Error with a one-line message when it is bad. */
export function parseLinuxSection(v: unknown): LinuxBoardSpec {
  if (!isObj(v)) throw new Error(`"linux" must be an object`);
  for (const k of Object.keys(v)) if (!KEYS.has(k)) throw new Error(`"linux": unknown key "${k}"`);
  const out: LinuxBoardSpec = {};
  if (v.gpiochip !== undefined) out.gpiochip = devPath("gpiochip", v.gpiochip);
  if (v.pins !== undefined) {
    if (!isObj(v.pins)) throw new Error(`"linux": "pins" must map WiPy pins to line numbers`);
    if (out.gpiochip === undefined) throw new Error(`"linux": "pins" needs "gpiochip"`);
    out.pins = {};
    const used = new Map<number, string>();
    for (const [p, line] of Object.entries(v.pins)) {
      if (!PINS.has(p)) throw new Error(`"linux": "pins": "${p}" is not a WiPy pin (GP0..GP31)`);
      if (!Number.isInteger(line) || (line as number) < 0 || (line as number) > 65535) {
        throw new Error(`"linux": "pins": ${p} must be a line number (0, 1, ...)`);
      }
      const other = used.get(line as number);
      if (other) throw new Error(`"linux": "pins": ${p} and ${other} both use line ${line}`);
      used.set(line as number, p);
      out.pins[p] = line as number;
    }
  }
  if (v.i2c !== undefined) out.i2c = devPath("i2c", v.i2c);
  if (v.spi !== undefined) {
    if (isObj(v.spi)) {
      for (const k of Object.keys(v.spi)) {
        if (k !== "device") throw new Error(`"linux": "spi": unknown key "${k}"`);
      }
      out.spi = devPath("spi", v.spi.device);
    } else out.spi = devPath("spi", v.spi);
  }
  if (v.adc !== undefined) {
    if (!isObj(v.adc)) throw new Error(`"linux": "adc" must map ADC pins to IIO channels`);
    out.adc = {};
    for (const [p, c] of Object.entries(v.adc)) {
      if (!ADC_PINS.includes(p)) {
        throw new Error(`"linux": "adc": ${p} is not an ADC pin (GP2..GP5)`);
      }
      if (!isObj(c)) throw new Error(`"linux": "adc": ${p} must be {"device", "channel"}`);
      for (const k of Object.keys(c)) {
        if (!["device", "channel", "bits"].includes(k)) {
          throw new Error(`"linux": "adc": ${p}: unknown key "${k}"`);
        }
      }
      if (typeof c.device !== "string" || !c.device.startsWith("/")) {
        throw new Error(`"linux": "adc": ${p}: "device" must be the IIO device's sysfs folder`);
      }
      if (!Number.isInteger(c.channel) || (c.channel as number) < 0) {
        throw new Error(`"linux": "adc": ${p}: "channel" must be a channel number (0, 1, ...)`);
      }
      const bits = c.bits ?? 12;
      if (!Number.isInteger(bits) || (bits as number) < 1 || (bits as number) > 32) {
        throw new Error(`"linux": "adc": ${p}: "bits" must be 1..32`);
      }
      out.adc[p] = { device: c.device, channel: c.channel as number, bits: bits as number };
    }
  }
  if (v.watchdog !== undefined && v.watchdog !== false) {
    out.watchdog = v.watchdog === true ? "/dev/watchdog" : devPath("watchdog", v.watchdog);
  }
  return out;
}
