/**
 * The `uerrno` module (importable as `errno`): MicroPython 1.8's errno constants (Linux
 * values) and `errorcode`, a dict from number to name. The numbers shared with the
 * filesystem come from `hal/vfs.ts` so that `OSError.args[0]` compares equal to them.
 */

import type { PyObj } from "../object.ts";
import { PyDict } from "../objdict.ts";
import { nativeModule } from "../objobject.ts";
import { builtinModules } from "../import.ts";
import { ERRNO } from "../../hal/vfs.ts";
import { errnoNames } from "../objexcept.ts";

/** The constants MicroPython 1.8's uerrno has (MICROPY_PY_UERRNO_LIST), in its order. */
export const UERRNO: Readonly<Record<string, number>> = {
  EPERM: ERRNO.EPERM,
  ENOENT: ERRNO.ENOENT,
  EIO: ERRNO.EIO,
  EBADF: ERRNO.EBADF,
  EAGAIN: ERRNO.EAGAIN,
  ENOMEM: ERRNO.ENOMEM,
  EACCES: ERRNO.EACCES,
  EEXIST: ERRNO.EEXIST,
  ENODEV: ERRNO.ENODEV,
  EISDIR: ERRNO.EISDIR,
  EINVAL: ERRNO.EINVAL,
  EOPNOTSUPP: 95,
  EADDRINUSE: 98,
  ECONNABORTED: 103,
  ECONNRESET: 104,
  ENOBUFS: 105,
  ENOTCONN: 107,
  ETIMEDOUT: ERRNO.ETIMEDOUT,
  ECONNREFUSED: 111,
  EHOSTUNREACH: 113,
  EALREADY: ERRNO.EALREADY,
  EINPROGRESS: ERRNO.EINPROGRESS,
};

const NAMES = new Map<number, string>(Object.entries(UERRNO).map(([k, v]) => [v, k]));
for (const [n, name] of NAMES) errnoNames.set(n, name);

/**
 * The symbolic name of an errno value (e.g. 2 → "ENOENT"), or undefined. MicroPython prints
 * `OSError: [Errno 2] ENOENT` for the errors this module knows.
 */
export function errnoName(n: number): string | undefined {
  return NAMES.get(n);
}

function makeUerrno() {
  const members: Record<string, PyObj> = {};
  const errorcode = new PyDict();
  for (const [name, value] of Object.entries(UERRNO)) {
    members[name] = value;
    errorcode.set(value, name);
  }
  members.errorcode = errorcode;
  return nativeModule("uerrno", members);
}

builtinModules.set("uerrno", makeUerrno);
