/**
 * SPI through spidev (`<linux/spi/spidev.h>`): `open` sets the mode (CPOL/CPHA from
 * polarity/phase), 8 bits per word and the clock (`SPI_IOC_WR_MODE`, `_BITS_PER_WORD`,
 * `_MAX_SPEED_HZ`); `transfer` is a full-duplex `SPI_IOC_MESSAGE(1)` per 4096 bytes (spidev's
 * default buffer size; chip select is released between chunks). 16- and 32-bit words go out as
 * the bytes machine.SPI packs them into. The WiPy's pin arguments are ignored: the SPI
 * controller's own pins are wired by the kernel.
 */

import type { SpiConfig, SpiHal } from "../board_hal.ts";
import { HalError, halError } from "./errors.ts";
import type { Sys } from "./sys.ts";
import * as U from "./uapi.ts";

const CHUNK = 4096;

/** The Linux SPI master. */
export class LinuxSpi implements SpiHal {
  private fd = -1;
  private speed = 0;

  constructor(private sys: Sys, private device: string) {}

  open(_clk: string | null, _mosi: string | null, _miso: string | null, c: SpiConfig): void {
    try {
      if (this.fd < 0) this.fd = this.sys.open(this.device, U.O_RDWR | U.O_CLOEXEC);
      const mode = (c.polarity ? U.SPI_CPOL : 0) | (c.phase ? U.SPI_CPHA : 0);
      this.sys.ioctl(this.fd, U.SPI_IOC_WR_MODE, Uint8Array.of(mode));
      this.sys.ioctl(this.fd, U.SPI_IOC_WR_BITS_PER_WORD, Uint8Array.of(8));
      const hz = new Uint8Array(4);
      new DataView(hz.buffer).setUint32(0, c.baudrate, true);
      this.sys.ioctl(this.fd, U.SPI_IOC_WR_MAX_SPEED_HZ, hz);
      this.speed = c.baudrate;
    } catch (e) {
      throw halError(e, `SPI on ${this.device}`);
    }
  }

  close(): void {
    if (this.fd >= 0) this.sys.close(this.fd);
    this.fd = -1;
  }

  transfer(tx: Uint8Array): Uint8Array {
    if (this.fd < 0) throw new HalError(U.EPERM, "SPI: not initialised");
    const rx = new Uint8Array(tx.length);
    for (let o = 0; o < tx.length; o += CHUNK) {
      const t = tx.slice(o, o + CHUNK);
      const r = new Uint8Array(t.length);
      const x = U.packSpiTransfer(t, r, this.speed, 8, (b) => this.sys.address(b));
      try {
        this.sys.ioctl(this.fd, U.spiIocMessage(1), x);
      } catch (e) {
        throw halError(e, `SPI transfer on ${this.device}`);
      }
      rx.set(r, o);
    }
    return rx;
  }
}
