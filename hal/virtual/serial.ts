/**
 * The virtual WiPy's serial buses, carried over the wiring of the virtual GPIO
 * (`VirtualGpio.netOf`): what a UART sends from its TX pin arrives in the receive buffer of
 * every UART whose RX pin is on the same net (its own RX for a loopback wire GP1–GP2, the
 * other UART's for a cross wire), when both agree on baud rate, bits and parity (a receiver
 * set up differently sees only framing errors, and keeps nothing). Nothing on the net: the
 * bytes go nowhere. A receive buffer holds 255 bytes, as the firmware's ring buffer does;
 * later bytes are dropped.
 *
 * The SPI master clocks its bytes out on MOSI; what comes back on MISO is the same bytes
 * when MOSI is wired to MISO, otherwise the line's level for every bit (0xFF when MISO sits
 * high — its pull-up, a tied level —, 0x00 when low).
 */

import type { SpiConfig, SpiHal, UartFrame, UartHal } from "../board_hal.ts";
import type { VirtualGpio } from "./gpio.ts";

/** The firmware's receive ring buffer keeps at most this many bytes. */
export const UART_RX_CAPACITY = 255;

interface UartUnit {
  tx: string | null;
  rx: string | null;
  frame: UartFrame;
  buf: number[];
}

/** The two UARTs of the virtual board. */
export class VirtualUarts implements UartHal {
  private units = new Map<number, UartUnit>();
  private listeners = new Map<number, () => void>();

  constructor(private gpio: VirtualGpio) {}

  open(id: number, tx: string | null, rx: string | null, frame: UartFrame): void {
    this.units.set(id, { tx, rx, frame: { ...frame }, buf: [] });
  }

  close(id: number): void {
    this.units.delete(id);
  }

  write(id: number, data: Uint8Array): number {
    this.deliver(id, data);
    return data.length;
  }

  sendBreak(id: number): void {
    this.deliver(id, Uint8Array.of(0));
  }

  available(id: number): number {
    return this.units.get(id)?.buf.length ?? 0;
  }

  read(id: number, max: number): Uint8Array {
    const u = this.units.get(id);
    if (!u) return new Uint8Array(0);
    return Uint8Array.from(u.buf.splice(0, Math.max(0, max)));
  }

  onReceive(id: number, listener: (() => void) | null): void {
    if (listener) this.listeners.set(id, listener);
    else this.listeners.delete(id);
  }

  /** Hands `data` to the UARTs whose RX pin is on the net of `id`'s TX pin. */
  private deliver(id: number, data: Uint8Array): void {
    const from = this.units.get(id);
    if (!from || from.tx === null || data.length === 0) return;
    const net = new Set(this.gpio.netOf(from.tx));
    for (const [rid, to] of this.units) {
      if (to.rx === null || !net.has(to.rx)) continue;
      const a = from.frame;
      const b = to.frame;
      if (a.baudrate !== b.baudrate || a.bits !== b.bits || a.parity !== b.parity) continue;
      const mask = (1 << b.bits) - 1;
      let got = 0;
      for (const byte of data) {
        if (to.buf.length >= UART_RX_CAPACITY) break;
        to.buf.push(byte & mask);
        got++;
      }
      if (got > 0) this.listeners.get(rid)?.();
    }
  }
}

/** The virtual board's SPI master. */
export class VirtualSpi implements SpiHal {
  private pins: { clk: string | null; mosi: string | null; miso: string | null } | null = null;

  constructor(private gpio: VirtualGpio) {}

  open(clk: string | null, mosi: string | null, miso: string | null, _config: SpiConfig): void {
    this.pins = { clk, mosi, miso };
  }

  close(): void {
    this.pins = null;
  }

  transfer(tx: Uint8Array): Uint8Array {
    const p = this.pins;
    if (p === null || p.miso === null) return new Uint8Array(tx.length);
    if (p.mosi !== null && this.gpio.netOf(p.mosi).includes(p.miso)) return tx.slice();
    return new Uint8Array(tx.length).fill(this.gpio.read(p.miso) ? 0xff : 0x00);
  }
}
