/**
 * `machine.ADC` and its channels, as the WiPy's `pybadc.c` has them: one 12-bit ADC
 * (`ADC(id=0, *, bits=12)`), channels 0-3 on GP2-GP5 chosen by id, by pin or both (they must
 * agree). A channel takes its pin into analog mode; reading a disabled channel (or any channel
 * after `ADC.deinit()`) is OSError(EPERM). Samples come from the HAL (`ctx.hal.adc`; on the
 * virtual board the board description's `analog` levels).
 */

import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { osError, typeError, valueError } from "../errors.ts";
import { ctx } from "../context.ts";
import { ERRNO } from "../../hal/vfs.ts";
import { bindArgs, intArg, method } from "../modules/modutil.ts";
import { ADC_CHANNELS } from "../../hal/pin_table.ts";
import { pinFind } from "./pin.ts";

function invalid(): never {
  throw valueError("invalid argument(s) value");
}

/** The ADC block. */
export class PyAdc {
  declare $cls: PyType;
  enabled = false;
  channels: PyAdcChannel[] = [0, 1, 2, 3].map((id) => new PyAdcChannel(this, id));
}

/** One of the four channels. */
export class PyAdcChannel {
  declare $cls: PyType;
  enabled = false;
  pin: string;
  constructor(public adc: PyAdc, public id: number) {
    this.pin = [...ADC_CHANNELS].find(([, ch]) => ch === id)![0];
  }

  enable(): void {
    if (!this.adc.enabled) throw osError(ERRNO.EPERM);
    const p = pinFind(this.pin);
    // Analog mode: the pin leaves the GPIO block (no pull, no driver).
    p.pull = 0;
    p.mode = 0;
    p.apply();
    this.enabled = true;
  }

  sample(): number {
    if (!this.enabled) throw osError(ERRNO.EPERM);
    return Math.max(0, Math.min(4095, Math.trunc(ctx.hal.adc.sample(this.pin))));
  }
}

/** The `ADC` type. */
export const adc_type: PyType = makeNativeType("ADC", PyAdc.prototype);
adc_type.$module = "machine";
const adc_channel_type: PyType = makeNativeType("ADCChannel", PyAdcChannel.prototype);
adc_channel_type.$module = "machine";

function checkBits(bits: PyObj | undefined): void {
  if (bits !== undefined && intArg(bits) !== 12) invalid();
}

adc_type.$construct = (_c, args, kwn, kwv) => {
  const [id, bits] = bindArgs(["id", "bits"], args, kwn, kwv);
  if (id !== undefined && intArg(id) !== 0) throw osError(ERRNO.ENODEV);
  checkBits(bits);
  const adc = (ctx.state.adc ??= new PyAdc()) as PyAdc;
  adc.enabled = true;
  return adc;
};

defMethods(adc_type, {
  init: method(0, 1, (self: PyAdc, bits?: PyObj) => {
    checkBits(bits);
    self.enabled = true;
    return None;
  }, ["self", "bits"]),
  deinit: method(0, 0, (self: PyAdc) => {
    for (const ch of self.channels) ch.enabled = false;
    self.enabled = false;
    return None;
  }),
  channel: method(0, 2, (self: PyAdc, id?: PyObj, pin?: PyObj) => {
    let n: number;
    const pinChannel = () => {
      const ch = ADC_CHANNELS.get(pinFind(pin!).name);
      return ch === undefined ? invalid() : ch;
    };
    if (id !== undefined) {
      n = intArg(id);
      if (n < 0 || n > 3) invalid();
      if (pin !== undefined && pin !== None && pinChannel() !== n) invalid();
    } else {
      if (pin === undefined || pin === None) invalid();
      n = pinChannel();
    }
    const ch = self.channels[n];
    ch.enable();
    return ch;
  }, ["self", "id", "pin"]),
  __repr__: (self: PyAdc) => (self.enabled ? "ADC(0, bits=12)" : "ADC(0)"),
});

defMethods(adc_channel_type, {
  value: method(0, 0, (self: PyAdcChannel) => self.sample()),
  __call__: (self: PyAdcChannel, ...a: PyObj[]) => {
    if (a.length > 0) {
      throw typeError(`function takes 0 positional arguments but ${a.length} were given`);
    }
    return self.sample();
  },
  init: method(0, 0, (self: PyAdcChannel) => {
    self.enable();
    return None;
  }),
  deinit: method(0, 0, (self: PyAdcChannel) => {
    self.enabled = false;
    return None;
  }),
  __repr__: (self: PyAdcChannel) =>
    self.enabled ? `ADCChannel(${self.id}, pin=${self.pin})` : `ADCChannel(${self.id})`,
});
