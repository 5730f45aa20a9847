/**
 * The real watchdog (`/dev/watchdog`, `<linux/watchdog.h>`), only when the board description
 * asks for it (`"watchdog": true` or a device path): `start` opens the device (which starts
 * it) and sets the timeout (`WDIOC_SETTIMEOUT`, whole seconds, rounded up); `feed` writes a
 * byte (a keepalive). It is never closed with the magic 'V', so it keeps running across the
 * board's resets, as the WiPy's does — and when the program stops feeding it, the kernel
 * reboots the machine. A board after a reset finds the open device in /proc/self/fd and
 * feeds that.
 */

import type { WatchdogHal } from "../board_hal.ts";
import { halError } from "./errors.ts";
import type { Sys } from "./sys.ts";
import { O_CLOEXEC, O_WRONLY, WDIOC_SETTIMEOUT } from "./uapi.ts";

/** Seconds the kernel gets for a WiPy timeout in ms (at least 1). */
export function watchdogSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** The Linux watchdog. */
export class LinuxWatchdog implements WatchdogHal {
  private fd = -1;

  constructor(private sys: Sys, private device: string) {
    for (const [fd, target] of sys.openFds()) if (target === device) this.fd = fd;
  }

  running(): boolean {
    return this.fd >= 0;
  }

  start(timeoutMs: number): void {
    try {
      this.fd = this.sys.open(this.device, O_WRONLY | O_CLOEXEC);
      const t = new Uint8Array(4);
      new DataView(t.buffer).setInt32(0, watchdogSeconds(timeoutMs), true);
      this.sys.ioctl(this.fd, WDIOC_SETTIMEOUT, t);
    } catch (e) {
      throw halError(e, `WDT: ${this.device}`);
    }
    this.feed();
  }

  feed(): void {
    if (this.fd < 0) return;
    try {
      this.sys.write(this.fd, Uint8Array.of(0x6b)); // 'k', not the magic 'V'
    } catch (e) {
      throw halError(e, `WDT: ${this.device}`);
    }
  }
}
