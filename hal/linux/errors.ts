/**
 * Errors of the Linux HAL. The runtime turns a `HalError` into `OSError(errno, message)`
 * (runtime/board.ts), so a Python program sees e.g. `OSError(19, 'GP7: no gpiochip line ...')`
 * and `e.args[0] == uerrno.ENODEV`.
 */

import { SysError } from "./sys.ts";

/** A hardware error with the errno the program should see. */
export class HalError extends Error {
  constructor(public errno: number, message: string) {
    super(message);
  }
}

/** Turns a failed system call into a HalError naming what was being done. */
export function halError(e: unknown, what: string): HalError {
  if (e instanceof HalError) return e;
  if (e instanceof SysError) {
    return new HalError(e.errno, `${what}: ${e.call} failed (errno ${e.errno})`);
  }
  return new HalError(5, `${what}: ${e instanceof Error ? e.message : e}`);
}
