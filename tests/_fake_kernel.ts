/**
 * A fake kernel behind the Linux HAL's `Sys` interface, for unit tests that run anywhere (no
 * /dev/gpiochip*, no qemu): a gpiochip answering the v2 uAPI ioctls (line requests, config,
 * values, edge events queued by the test), i2c-dev adapters (plain I2C or SMBus-only) with
 * register-file chips, a spidev that loops MOSI back to MISO, sysfs text files and a
 * watchdog. It decodes the structs the HAL packs, so it also checks their layout.
 */

import { type Sys, SysError } from "../hal/linux/sys.ts";
import * as U from "../hal/linux/uapi.ts";

interface FakeLine {
  offset: number;
  flags: number;
  value: 0 | 1;
  /** What an outside circuit drives (inputs read it). */
  external: 0 | 1;
  events: number[];
}

type Node =
  | { kind: "chip" }
  | { kind: "line"; line: FakeLine }
  | { kind: "i2c"; plain: boolean; addr: number }
  | { kind: "spi" }
  | { kind: "file"; path: string; pos: number }
  | { kind: "watchdog" };

/** A fake kernel. */
export class FakeKernel implements Sys {
  /** Every ioctl request number the HAL made, in order. */
  calls: number[] = [];
  lines = new Map<number, FakeLine>();
  /** I2C chips: address → 256 registers (and their pointer). */
  chips = new Map<number, { regs: Uint8Array; ptr: number }>();
  files = new Map<string, string>();
  spi = { mode: -1, bits: -1, speed: -1, sent: [] as number[] };
  watchdog = { timeout: 0, keepalives: 0 };
  i2cPlain = false;
  /** Last I2C_RDWR transfer: message lengths and read flags. */
  lastRdwr: { addr: number; flags: number; len: number }[] = [];
  private fds = new Map<number, Node>();
  private nextFd = 100;
  private mem = new Map<bigint, Uint8Array>();
  private nextAddr = 0x1000n;

  constructor(private devices: Record<string, Node["kind"]> = {}) {}

  /** A line as the chip has it (created on first use). */
  line(offset: number): FakeLine {
    let l = this.lines.get(offset);
    if (!l) {
      l = { offset, flags: 0, value: 0, external: 0, events: [] };
      this.lines.set(offset, l);
    }
    return l;
  }

  /** Drives an input line from outside; queues an edge event when edge detection is on. */
  drive(offset: number, level: 0 | 1): void {
    const l = this.line(offset);
    if (l.external === level) return;
    l.external = level;
    const f = level ? U.GPIO_V2_LINE_FLAG_EDGE_RISING : U.GPIO_V2_LINE_FLAG_EDGE_FALLING;
    if (l.flags & f) {
      l.events.push(level ? U.GPIO_V2_LINE_EVENT_RISING_EDGE : U.GPIO_V2_LINE_EVENT_FALLING_EDGE);
    }
  }

  open(path: string, _flags: number): number {
    const kind = this.devices[path];
    let node: Node;
    if (kind === "chip") node = { kind };
    else if (kind === "i2c") node = { kind, plain: this.i2cPlain, addr: -1 };
    else if (kind === "spi" || kind === "watchdog") node = { kind };
    else if (this.files.has(path)) node = { kind: "file", path, pos: 0 };
    else throw new SysError(U.ENOENT, "open");
    const fd = this.nextFd++;
    this.fds.set(fd, node);
    return fd;
  }

  close(fd: number): void {
    this.fds.delete(fd);
  }

  openFds(): Map<number, string> {
    const m = new Map<number, string>();
    for (const [fd, n] of this.fds) {
      if (n.kind === "line") m.set(fd, "anon_inode:gpio-line");
    }
    return m;
  }

  address(buf: Uint8Array): bigint {
    const a = this.nextAddr;
    this.nextAddr += 0x1000n;
    this.mem.set(a, buf);
    return a;
  }

  private deref(a: bigint): Uint8Array {
    const b = this.mem.get(a);
    if (!b) throw new SysError(14, "ioctl"); // EFAULT
    return b;
  }

  read(fd: number, buf: Uint8Array): number {
    const n = this.node(fd);
    if (n.kind === "file") {
      const data = new TextEncoder().encode(this.files.get(n.path)!).subarray(n.pos);
      const k = Math.min(data.length, buf.length);
      buf.set(data.subarray(0, k));
      n.pos += k;
      return k;
    }
    if (n.kind !== "line") throw new SysError(U.EINVAL, "read");
    const v = new DataView(buf.buffer, buf.byteOffset);
    let o = 0;
    while (n.line.events.length && o + U.GPIO_V2_LINE_EVENT_SIZE <= buf.length) {
      v.setUint32(o + 8, n.line.events.shift()!, true);
      v.setUint32(o + 12, n.line.offset, true);
      o += U.GPIO_V2_LINE_EVENT_SIZE;
    }
    if (o === 0) throw new SysError(U.EAGAIN, "read");
    return o;
  }

  write(fd: number, buf: Uint8Array): number {
    const n = this.node(fd);
    if (n.kind === "watchdog") this.watchdog.keepalives++;
    return buf.length;
  }

  poll(fds: Uint8Array, _timeoutMs: number): number {
    const v = new DataView(fds.buffer, fds.byteOffset);
    let ready = 0;
    for (let i = 0; i < fds.length / 8; i++) {
      const n = this.fds.get(v.getInt32(i * 8, true));
      const r = !n ? U.POLLNVAL : n.kind === "line" && n.line.events.length ? U.POLLIN : 0;
      v.setInt16(i * 8 + 6, r, true);
      if (r) ready++;
    }
    return ready;
  }

  ioctl(fd: number, req: number, arg: Uint8Array | number): number {
    this.calls.push(req);
    const n = this.node(fd);
    const b = typeof arg === "number" ? new Uint8Array(0) : arg;
    const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
    switch (n.kind) {
      case "chip": {
        if (req !== U.GPIO_V2_GET_LINE_IOCTL) throw new SysError(U.ENOTTY, "ioctl");
        if (v.getUint32(U.REQ_NUM_LINES, true) !== 1) throw new SysError(U.EINVAL, "ioctl");
        const line = this.line(v.getUint32(0, true));
        if (line.flags & U.GPIO_V2_LINE_FLAG_USED) throw new SysError(U.EBUSY, "ioctl");
        this.configure(line, b.subarray(U.REQ_CONFIG));
        const lfd = this.nextFd++;
        this.fds.set(lfd, { kind: "line", line });
        v.setInt32(U.REQ_FD, lfd, true);
        return 0;
      }
      case "line": {
        const l = n.line;
        if (req === U.GPIO_V2_LINE_SET_CONFIG_IOCTL) this.configure(l, b);
        else if (req === U.GPIO_V2_LINE_SET_VALUES_IOCTL) {
          if (!(l.flags & U.GPIO_V2_LINE_FLAG_OUTPUT)) throw new SysError(U.EPERM, "ioctl");
          if (v.getBigUint64(8, true) & 1n) l.value = Number(v.getBigUint64(0, true) & 1n) as 0 | 1;
        } else if (req === U.GPIO_V2_LINE_GET_VALUES_IOCTL) {
          const level = l.flags & U.GPIO_V2_LINE_FLAG_OUTPUT ? l.value : l.external;
          v.setBigUint64(0, BigInt(level), true);
        } else throw new SysError(U.ENOTTY, "ioctl");
        return 0;
      }
      case "i2c":
        return this.i2c(n, req, arg, v);
      case "spi":
        return this.spidev(req, b, v);
      case "watchdog":
        if (req === U.WDIOC_SETTIMEOUT) this.watchdog.timeout = v.getInt32(0, true);
        else if (req === U.WDIOC_KEEPALIVE) this.watchdog.keepalives++;
        else throw new SysError(U.ENOTTY, "ioctl");
        return 0;
      default:
        throw new SysError(U.ENOTTY, "ioctl");
    }
  }

  private node(fd: number): Node {
    const n = this.fds.get(fd);
    if (!n) throw new SysError(9, "ioctl"); // EBADF
    return n;
  }

  /** Applies a packed `struct gpio_v2_line_config` as gpiolib validates it. */
  private configure(l: FakeLine, c: Uint8Array): void {
    const v = new DataView(c.buffer, c.byteOffset);
    const flags = Number(v.getBigUint64(0, true));
    const F = U;
    const input = flags & F.GPIO_V2_LINE_FLAG_INPUT, output = flags & F.GPIO_V2_LINE_FLAG_OUTPUT;
    const edges = flags & (F.GPIO_V2_LINE_FLAG_EDGE_RISING | F.GPIO_V2_LINE_FLAG_EDGE_FALLING);
    if ((input && output) || (edges && !input)) throw new SysError(U.EINVAL, "ioctl");
    if ((flags & F.GPIO_V2_LINE_FLAG_OPEN_DRAIN) && !output) throw new SysError(U.EINVAL, "ioctl");
    for (let i = 0; i < v.getUint32(8, true); i++) {
      const a = 32 + i * 24;
      if (v.getUint32(a, true) === U.GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES) {
        if (v.getBigUint64(a + 16, true) & 1n) {
          l.value = Number(v.getBigUint64(a + 8, true) & 1n) as 0 | 1;
        }
      }
    }
    l.flags = flags | F.GPIO_V2_LINE_FLAG_USED;
  }

  private i2c(
    n: Extract<Node, { kind: "i2c" }>,
    req: number,
    arg: Uint8Array | number,
    v: DataView,
  ): number {
    if (req === U.I2C_FUNCS) {
      const smbus = U.I2C_FUNC_SMBUS_QUICK | U.I2C_FUNC_SMBUS_READ_BYTE |
        U.I2C_FUNC_SMBUS_WRITE_BYTE | U.I2C_FUNC_SMBUS_READ_BYTE_DATA |
        U.I2C_FUNC_SMBUS_WRITE_BYTE_DATA | U.I2C_FUNC_SMBUS_READ_I2C_BLOCK |
        U.I2C_FUNC_SMBUS_WRITE_I2C_BLOCK;
      v.setBigUint64(0, BigInt((n.plain ? U.I2C_FUNC_I2C : 0) | smbus), true);
      return 0;
    }
    if (req === U.I2C_SLAVE) {
      n.addr = arg as number;
      return 0;
    }
    const chip = this.chips.get(n.addr);
    if (req === U.I2C_RDWR) {
      if (!n.plain) throw new SysError(U.EOPNOTSUPP, "ioctl");
      const msgs = this.deref(v.getBigUint64(0, true));
      const mv = new DataView(msgs.buffer, msgs.byteOffset);
      this.lastRdwr = [];
      for (let i = 0; i < v.getUint32(8, true); i++) {
        const o = i * U.I2C_MSG_SIZE;
        const addr = mv.getUint16(o, true), flags = mv.getUint16(o + 2, true);
        const len = mv.getUint16(o + 4, true);
        const buf = this.deref(mv.getBigUint64(o + 8, true));
        this.lastRdwr.push({ addr, flags, len });
        const c = this.chips.get(addr);
        if (!c) throw new SysError(U.ENXIO, "ioctl");
        if (flags & U.I2C_M_RD) {
          for (let k = 0; k < len; k++) buf[k] = c.regs[(c.ptr++) & 0xff];
        } else if (len > 0) {
          c.ptr = buf[0];
          for (let k = 1; k < len; k++) c.regs[(c.ptr++) & 0xff] = buf[k];
        }
      }
      return 0;
    }
    if (req !== U.I2C_SMBUS) throw new SysError(U.ENOTTY, "ioctl");
    if (!chip) throw new SysError(U.ENXIO, "ioctl");
    const rw = v.getUint8(0), cmd = v.getUint8(1), size = v.getUint32(4, true);
    const u = size === U.I2C_SMBUS_QUICK ? new Uint8Array(34) : this.deref(v.getBigUint64(8, true));
    const read = rw === U.I2C_SMBUS_READ;
    switch (size) {
      case U.I2C_SMBUS_QUICK:
        break;
      case U.I2C_SMBUS_BYTE:
        if (read) u[0] = chip.regs[(chip.ptr++) & 0xff];
        else chip.ptr = cmd;
        break;
      case U.I2C_SMBUS_BYTE_DATA:
        if (read) u[0] = chip.regs[cmd];
        else chip.regs[cmd] = u[0];
        break;
      case U.I2C_SMBUS_I2C_BLOCK_DATA:
        for (let k = 0; k < u[0]; k++) {
          if (read) u[1 + k] = chip.regs[(cmd + k) & 0xff];
          else chip.regs[(cmd + k) & 0xff] = u[1 + k];
        }
        break;
      default:
        throw new SysError(U.EINVAL, "ioctl");
    }
    return 0;
  }

  private spidev(req: number, b: Uint8Array, v: DataView): number {
    if (req === U.SPI_IOC_WR_MODE) this.spi.mode = b[0];
    else if (req === U.SPI_IOC_WR_BITS_PER_WORD) this.spi.bits = b[0];
    else if (req === U.SPI_IOC_WR_MAX_SPEED_HZ) this.spi.speed = v.getUint32(0, true);
    else if (req === U.spiIocMessage(1)) {
      const tx = this.deref(v.getBigUint64(0, true));
      const rx = this.deref(v.getBigUint64(8, true));
      const len = v.getUint32(16, true);
      this.spi.sent.push(...tx.subarray(0, len));
      rx.set(tx.subarray(0, len).map((x) => x ^ 0xff)); // the device answers the inverted byte
    } else throw new SysError(U.ENOTTY, "ioctl");
    return 0;
  }
}
