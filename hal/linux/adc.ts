/**
 * ADC through IIO sysfs: a pin's sample is `<device>/in_voltage<N>_raw` (read with
 * open/read/close), scaled from the channel's `bits` to the WiPy's 12 bits and clamped to
 * 0..4095.
 */

import type { AdcHal } from "../board_hal.ts";
import { HalError, halError } from "./errors.ts";
import type { LinuxAdcChannel } from "./spec.ts";
import type { Sys } from "./sys.ts";
import { ENODEV, O_CLOEXEC, O_RDONLY } from "./uapi.ts";

/** Scales a raw sample of `bits` bits to 0..4095. */
export function scaleTo12(raw: number, bits: number): number {
  const full = 2 ** bits - 1;
  return Math.max(0, Math.min(4095, Math.round((raw * 4095) / full)));
}

/** The Linux ADC. */
export class LinuxAdc implements AdcHal {
  constructor(private sys: Sys, private channels: Record<string, LinuxAdcChannel>) {}

  sample(pin: string): number {
    const c = this.channels[pin];
    if (!c) {
      throw new HalError(
        ENODEV,
        `ADC ${pin}: no IIO channel (add it to "adc" in the "linux" section)`,
      );
    }
    const path = `${c.device}/in_voltage${c.channel}_raw`;
    let text: string;
    try {
      const fd = this.sys.open(path, O_RDONLY | O_CLOEXEC);
      try {
        const b = new Uint8Array(64);
        const n = this.sys.read(fd, b);
        text = new TextDecoder().decode(b.subarray(0, n));
      } finally {
        this.sys.close(fd);
      }
    } catch (e) {
      throw halError(e, `ADC ${pin}: ${path}`);
    }
    const raw = Number.parseInt(text.trim(), 10);
    if (!Number.isFinite(raw)) throw new HalError(5, `ADC ${pin}: ${path} holds "${text.trim()}"`);
    return scaleTo12(raw, c.bits);
  }
}
