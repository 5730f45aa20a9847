/**
 * `machine.SD`: the SD card slot, as the WiPy's `pybsd.c` has it. The virtual card is a
 * host folder (`--sd DIR`, or a blank card the host made for this run); `SD()` enables the
 * slot and `os.mount(sd, '/sd')` mounts the card, as on the board (nothing is mounted
 * before). The pins default to the expansion board's (GP10 clock, GP11 command, GP15 data 0);
 * other pins must have the SD function in the CC3200's alternate-function table.
 */

import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { osError, typeError, valueError } from "../errors.ts";
import { PyTuple } from "../objtuple.ts";
import { PyList } from "../objlist.ts";
import { ctx } from "../context.ts";
import { ERRNO } from "../../hal/vfs.ts";
import { absent, bindArgs, intArg, method } from "../modules/modutil.ts";
import { findAltFunction, isBoardPin } from "../../hal/pin_table.ts";

/** The signals of the `pins` tuple, in order. */
const SD_SIGNALS = ["CLK", "CMD", "DAT0"];

/** The SD card slot. */
export class PySd {
  declare $cls: PyType;
  enabled = false;
  pins: string[] = ["GP10", "GP11", "GP15"];

  /** The host folder holding the card's files (for uos.mount/mkfs), while enabled. */
  $blockdev(): string | undefined {
    return this.enabled ? ctx.hal.sd.card() : undefined;
  }
}

/** The `SD` type. */
export const sd_type: PyType = makeNativeType("SD", PySd.prototype);
sd_type.$module = "machine";

/** A pin given by name (or by an object with a `$pinName`, as machine.Pin will have). */
function pinName(p: PyObj): string {
  if (typeof p === "string") return p;
  if (p !== null && typeof p === "object" && typeof p.$pinName === "string") return p.$pinName;
  throw valueError("invalid argument(s) value");
}

function initSd(self: PySd, pins: PyObj | undefined): void {
  if (pins !== undefined && pins !== None) {
    if (!(pins instanceof PyTuple || pins instanceof PyList)) {
      throw typeError("object is not a tuple or list");
    }
    if (pins.a.length !== SD_SIGNALS.length) throw valueError("tuple/list has wrong length");
    const names = pins.a.map(pinName);
    names.forEach((n, i) => {
      if (!isBoardPin(n) || !findAltFunction(n, "SD", 0, SD_SIGNALS[i])) {
        throw valueError("invalid argument(s) value");
      }
    });
    self.pins = names;
  }
  // No card in the slot: the firmware's sd_disk_init() fails.
  if (ctx.hal.sd.card() === undefined) throw osError(ERRNO.EIO);
  self.enabled = true;
}

sd_type.$construct = (_c, args, kwn, kwv) => {
  const [id, pins] = bindArgs(["id", "pins"], args, kwn, kwv);
  if (id !== undefined && !absent(id) && intArg(id) !== 0) throw osError(ERRNO.ENODEV);
  const sd = (ctx.state.sd ??= new PySd()) as PySd;
  initSd(sd, pins);
  return sd;
};

defMethods(sd_type, {
  init: method(0, 1, (self: PySd, pins?: PyObj) => {
    initSd(self, pins);
    return None;
  }, ["self", "pins"]),
  deinit: method(0, 0, (self: PySd) => {
    self.enabled = false;
    return None;
  }),
});
