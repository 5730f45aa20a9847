/**
 * The Linux user-space ABI the Linux HAL speaks: ioctl numbers and the structs they take,
 * packed by hand into byte buffers (little-endian, 64-bit: x86_64 and aarch64, the targets
 * Deno runs on — a Raspberry Pi needs a 64-bit OS). Every struct names its kernel header and
 * gives its byte offsets; `tests/linux_uapi_test.ts` checks sizes and offsets.
 */

// ---- <asm-generic/ioctl.h> ----------------------------------------------------------------

const IOC_WRITE = 1;
const IOC_READ = 2;

/** `_IOC(dir, type, nr, size)`: dir << 30 | size << 16 | type << 8 | nr (as an unsigned number). */
export function ioc(dir: number, type: number, nr: number, size: number): number {
  return ((dir << 30) | (size << 16) | (type << 8) | nr) >>> 0;
}
/** `_IOR(type, nr, size)` */
export const ior = (type: number, nr: number, size: number) => ioc(IOC_READ, type, nr, size);
/** `_IOW(type, nr, size)` */
export const iow = (type: number, nr: number, size: number) => ioc(IOC_WRITE, type, nr, size);
/** `_IOWR(type, nr, size)` */
export const iowr = (type: number, nr: number, size: number) =>
  ioc(IOC_READ | IOC_WRITE, type, nr, size);

// ---- <fcntl.h>, <poll.h> ---------------------------------------------------------------------

export const O_RDONLY = 0;
export const O_WRONLY = 1;
export const O_RDWR = 2;
export const O_NONBLOCK = 0o4000;
export const O_CLOEXEC = 0o2000000;

export const POLLIN = 0x001;
export const POLLERR = 0x008;
export const POLLHUP = 0x010;
export const POLLNVAL = 0x020;

/** `struct pollfd { int fd; short events; short revents; }`: 8 bytes. */
export const POLLFD_SIZE = 8;

/** Packs `struct pollfd[]` for `fds`, each asking for POLLIN. */
export function packPollFds(fds: number[]): Uint8Array {
  const b = new Uint8Array(fds.length * POLLFD_SIZE);
  const v = new DataView(b.buffer);
  fds.forEach((fd, i) => {
    v.setInt32(i * 8, fd, true);
    v.setInt16(i * 8 + 4, POLLIN, true);
  });
  return b;
}

/** `revents` of entry `i` of a packed `struct pollfd[]`. */
export function pollRevents(b: Uint8Array, i: number): number {
  return new DataView(b.buffer, b.byteOffset).getInt16(i * 8 + 6, true);
}

// ---- errno ------------------------------------------------------------------------------

export const EPERM = 1;
export const ENOENT = 2;
export const EIO = 5;
export const ENXIO = 6;
export const EAGAIN = 11;
export const EACCES = 13;
export const EBUSY = 16;
export const ENODEV = 19;
export const EINVAL = 22;
export const ENOTTY = 25;
export const EOPNOTSUPP = 95;
export const EREMOTEIO = 121;
/** The kernel-internal ENOTSUPP some drivers leak (524). */
export const ENOTSUPP = 524;

// ---- <linux/gpio.h>: the GPIO character device, uAPI v2 ----------------------------------

export const GPIO_MAX_NAME_SIZE = 32;
export const GPIO_V2_LINES_MAX = 64;
export const GPIO_V2_LINE_NUM_ATTRS_MAX = 10;

/** enum gpio_v2_line_flag */
export const GPIO_V2_LINE_FLAG_USED = 1 << 0;
export const GPIO_V2_LINE_FLAG_ACTIVE_LOW = 1 << 1;
export const GPIO_V2_LINE_FLAG_INPUT = 1 << 2;
export const GPIO_V2_LINE_FLAG_OUTPUT = 1 << 3;
export const GPIO_V2_LINE_FLAG_EDGE_RISING = 1 << 4;
export const GPIO_V2_LINE_FLAG_EDGE_FALLING = 1 << 5;
export const GPIO_V2_LINE_FLAG_OPEN_DRAIN = 1 << 6;
export const GPIO_V2_LINE_FLAG_OPEN_SOURCE = 1 << 7;
export const GPIO_V2_LINE_FLAG_BIAS_PULL_UP = 1 << 8;
export const GPIO_V2_LINE_FLAG_BIAS_PULL_DOWN = 1 << 9;
export const GPIO_V2_LINE_FLAG_BIAS_DISABLED = 1 << 10;

/** enum gpio_v2_line_attr_id */
export const GPIO_V2_LINE_ATTR_ID_FLAGS = 1;
export const GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES = 2;
export const GPIO_V2_LINE_ATTR_ID_DEBOUNCE = 3;

/** enum gpio_v2_line_event_id */
export const GPIO_V2_LINE_EVENT_RISING_EDGE = 1;
export const GPIO_V2_LINE_EVENT_FALLING_EDGE = 2;

/**
 * `struct gpio_v2_line_attribute { __u32 id; __u32 padding; union { __aligned_u64 flags;
 * __aligned_u64 values; __u32 debounce_period_us; }; }`: 16 bytes.
 * `struct gpio_v2_line_config_attribute { struct gpio_v2_line_attribute attr;
 * __aligned_u64 mask; }`: 24 bytes.
 * `struct gpio_v2_line_config { __aligned_u64 flags; __u32 num_attrs; __u32 padding[5];
 * struct gpio_v2_line_config_attribute attrs[10]; }`: 8 + 4 + 20 + 240 = 272 bytes, attrs at 32.
 */
export const GPIO_V2_LINE_CONFIG_SIZE = 272;
/**
 * `struct gpio_v2_line_request { __u32 offsets[64]; char consumer[32];
 * struct gpio_v2_line_config config; __u32 num_lines; __u32 event_buffer_size;
 * __u32 padding[5]; __s32 fd; }`: offsets at 0, consumer at 256, config at 288, num_lines at
 * 560, event_buffer_size at 564, fd at 588; 592 bytes.
 */
export const GPIO_V2_LINE_REQUEST_SIZE = 592;
export const REQ_CONSUMER = 256;
export const REQ_CONFIG = 288;
export const REQ_NUM_LINES = 560;
export const REQ_EVENT_BUFFER_SIZE = 564;
export const REQ_FD = 588;
/** `struct gpio_v2_line_values { __aligned_u64 bits; __aligned_u64 mask; }`: 16 bytes. */
export const GPIO_V2_LINE_VALUES_SIZE = 16;
/**
 * `struct gpio_v2_line_event { __aligned_u64 timestamp_ns; __u32 id; __u32 offset; __u32 seqno;
 * __u32 line_seqno; __u32 padding[6]; }`: id at 8, offset at 12; 48 bytes.
 */
export const GPIO_V2_LINE_EVENT_SIZE = 48;
/** `struct gpiochip_info { char name[32]; char label[32]; __u32 lines; }`: 68 bytes. */
export const GPIOCHIP_INFO_SIZE = 68;

export const GPIO_GET_CHIPINFO_IOCTL = ior(0xb4, 0x01, GPIOCHIP_INFO_SIZE);
export const GPIO_V2_GET_LINE_IOCTL = iowr(0xb4, 0x07, GPIO_V2_LINE_REQUEST_SIZE);
export const GPIO_V2_LINE_SET_CONFIG_IOCTL = iowr(0xb4, 0x0d, GPIO_V2_LINE_CONFIG_SIZE);
export const GPIO_V2_LINE_GET_VALUES_IOCTL = iowr(0xb4, 0x0e, GPIO_V2_LINE_VALUES_SIZE);
export const GPIO_V2_LINE_SET_VALUES_IOCTL = iowr(0xb4, 0x0f, GPIO_V2_LINE_VALUES_SIZE);

/** A one-line configuration: its flags and, for an output, the value it drives. */
export interface LineConfig {
  flags: number;
  /** Output value (only sent for outputs, as a GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES attribute). */
  value?: 0 | 1;
}

/** Writes a `struct gpio_v2_line_config` for one line at `off` of `v`. */
function packLineConfig(v: DataView, off: number, c: LineConfig): void {
  v.setBigUint64(off, BigInt(c.flags), true);
  if (c.value !== undefined) {
    v.setUint32(off + 8, 1, true); // num_attrs
    const a = off + 32; // attrs[0]
    v.setUint32(a, GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES, true);
    v.setBigUint64(a + 8, BigInt(c.value), true); // values: bit 0 = line 0 of the request
    v.setBigUint64(a + 16, 1n, true); // mask: line 0
  }
}

/** Packs a `struct gpio_v2_line_config` (GPIO_V2_LINE_SET_CONFIG_IOCTL). */
export function packLineConfigStruct(c: LineConfig): Uint8Array {
  const b = new Uint8Array(GPIO_V2_LINE_CONFIG_SIZE);
  packLineConfig(new DataView(b.buffer), 0, c);
  return b;
}

/** Packs a `struct gpio_v2_line_request` for one line (GPIO_V2_GET_LINE_IOCTL). */
export function packLineRequest(offset: number, consumer: string, c: LineConfig): Uint8Array {
  const b = new Uint8Array(GPIO_V2_LINE_REQUEST_SIZE);
  const v = new DataView(b.buffer);
  v.setUint32(0, offset, true);
  b.set(new TextEncoder().encode(consumer).subarray(0, GPIO_MAX_NAME_SIZE - 1), REQ_CONSUMER);
  packLineConfig(v, REQ_CONFIG, c);
  v.setUint32(REQ_NUM_LINES, 1, true);
  v.setUint32(REQ_EVENT_BUFFER_SIZE, 0, true); // the kernel's default (16 per line)
  return b;
}

/** The fd the kernel wrote into a `struct gpio_v2_line_request`. */
export function lineRequestFd(b: Uint8Array): number {
  return new DataView(b.buffer, b.byteOffset).getInt32(REQ_FD, true);
}

/** Packs a `struct gpio_v2_line_values` for line 0 of a request. */
export function packLineValues(value: 0 | 1 = 0): Uint8Array {
  const b = new Uint8Array(GPIO_V2_LINE_VALUES_SIZE);
  const v = new DataView(b.buffer);
  v.setBigUint64(0, BigInt(value), true);
  v.setBigUint64(8, 1n, true);
  return b;
}

/** Line 0's value in a `struct gpio_v2_line_values`. */
export function lineValue(b: Uint8Array): 0 | 1 {
  return (b[0] & 1) as 0 | 1;
}

/** One `struct gpio_v2_line_event`. */
export interface LineEvent {
  id: number;
  offset: number;
  timestampNs: bigint;
}

/** Unpacks the `struct gpio_v2_line_event`s in the first `n` bytes of `b`. */
export function unpackLineEvents(b: Uint8Array, n: number): LineEvent[] {
  const v = new DataView(b.buffer, b.byteOffset);
  const out: LineEvent[] = [];
  for (let o = 0; o + GPIO_V2_LINE_EVENT_SIZE <= n; o += GPIO_V2_LINE_EVENT_SIZE) {
    out.push({
      timestampNs: v.getBigUint64(o, true),
      id: v.getUint32(o + 8, true),
      offset: v.getUint32(o + 12, true),
    });
  }
  return out;
}

// ---- <linux/i2c-dev.h>, <linux/i2c.h> --------------------------------------------------

export const I2C_SLAVE = 0x0703;
export const I2C_SLAVE_FORCE = 0x0706;
export const I2C_FUNCS = 0x0705;
export const I2C_RDWR = 0x0707;
export const I2C_SMBUS = 0x0720;

export const I2C_M_RD = 0x0001;

export const I2C_FUNC_I2C = 0x00000001;
export const I2C_FUNC_SMBUS_QUICK = 0x00010000;
export const I2C_FUNC_SMBUS_READ_BYTE = 0x00020000;
export const I2C_FUNC_SMBUS_WRITE_BYTE = 0x00040000;
export const I2C_FUNC_SMBUS_READ_BYTE_DATA = 0x00080000;
export const I2C_FUNC_SMBUS_WRITE_BYTE_DATA = 0x00100000;
export const I2C_FUNC_SMBUS_READ_I2C_BLOCK = 0x04000000;
export const I2C_FUNC_SMBUS_WRITE_I2C_BLOCK = 0x08000000;

export const I2C_SMBUS_WRITE = 0;
export const I2C_SMBUS_READ = 1;
export const I2C_SMBUS_QUICK = 0;
export const I2C_SMBUS_BYTE = 1;
export const I2C_SMBUS_BYTE_DATA = 2;
export const I2C_SMBUS_WORD_DATA = 3;
export const I2C_SMBUS_I2C_BLOCK_DATA = 8;
export const I2C_SMBUS_BLOCK_MAX = 32;

/**
 * `struct i2c_msg { __u16 addr; __u16 flags; __u16 len; __u8 *buf; }`: addr at 0, flags at 2,
 * len at 4, buf at 8 (pointer alignment); 16 bytes.
 */
export const I2C_MSG_SIZE = 16;
/** `struct i2c_rdwr_ioctl_data { struct i2c_msg *msgs; __u32 nmsgs; }`: 16 bytes. */
export const I2C_RDWR_DATA_SIZE = 16;
/**
 * `struct i2c_smbus_ioctl_data { __u8 read_write; __u8 command; __u32 size;
 * union i2c_smbus_data *data; }`: read_write at 0, command at 1, size at 4, data at 8; 16 bytes.
 * `union i2c_smbus_data { __u8 byte; __u16 word; __u8 block[34]; }`: 34 bytes (block[0] is the
 * length).
 */
export const I2C_SMBUS_DATA_SIZE = 16;
export const I2C_SMBUS_UNION_SIZE = 34;

/** One message of an I2C_RDWR transfer. */
export interface I2cMsg {
  addr: number;
  flags: number;
  buf: Uint8Array;
}

/** Packs `struct i2c_msg[]` and the `struct i2c_rdwr_ioctl_data` pointing at them. */
export function packI2cRdwr(
  msgs: I2cMsg[],
  address: (b: Uint8Array) => bigint,
): { data: Uint8Array; msgs: Uint8Array } {
  const m = new Uint8Array(msgs.length * I2C_MSG_SIZE);
  const mv = new DataView(m.buffer);
  msgs.forEach((msg, i) => {
    const o = i * I2C_MSG_SIZE;
    mv.setUint16(o, msg.addr, true);
    mv.setUint16(o + 2, msg.flags, true);
    mv.setUint16(o + 4, msg.buf.length, true);
    mv.setBigUint64(o + 8, address(msg.buf), true);
  });
  const d = new Uint8Array(I2C_RDWR_DATA_SIZE);
  const dv = new DataView(d.buffer);
  dv.setBigUint64(0, address(m), true);
  dv.setUint32(8, msgs.length, true);
  return { data: d, msgs: m };
}

/** Packs a `struct i2c_smbus_ioctl_data` pointing at `union` (an `i2c_smbus_data`). */
export function packSmbus(
  readWrite: number,
  command: number,
  size: number,
  union: Uint8Array,
  address: (b: Uint8Array) => bigint,
): Uint8Array {
  const d = new Uint8Array(I2C_SMBUS_DATA_SIZE);
  const v = new DataView(d.buffer);
  v.setUint8(0, readWrite);
  v.setUint8(1, command);
  v.setUint32(4, size, true);
  v.setBigUint64(8, address(union), true);
  return d;
}

// ---- <linux/spi/spidev.h> ------------------------------------------------------------------

const SPI_IOC_MAGIC = 0x6b; // 'k'
export const SPI_CPHA = 0x01;
export const SPI_CPOL = 0x02;
export const SPI_IOC_WR_MODE = iow(SPI_IOC_MAGIC, 1, 1);
export const SPI_IOC_RD_MODE = ior(SPI_IOC_MAGIC, 1, 1);
export const SPI_IOC_WR_BITS_PER_WORD = iow(SPI_IOC_MAGIC, 3, 1);
export const SPI_IOC_WR_MAX_SPEED_HZ = iow(SPI_IOC_MAGIC, 4, 4);
/**
 * `struct spi_ioc_transfer { __u64 tx_buf; __u64 rx_buf; __u32 len; __u32 speed_hz;
 * __u16 delay_usecs; __u8 bits_per_word; __u8 cs_change; __u8 tx_nbits; __u8 rx_nbits;
 * __u8 word_delay_usecs; __u8 pad; }`: tx_buf 0, rx_buf 8, len 16, speed_hz 20,
 * delay_usecs 24, bits_per_word 26, cs_change 27; 32 bytes.
 */
export const SPI_IOC_TRANSFER_SIZE = 32;
/** `SPI_IOC_MESSAGE(n)`: `_IOW('k', 0, char[SPI_MSGSIZE(n)])`. */
export const spiIocMessage = (n: number) => iow(SPI_IOC_MAGIC, 0, n * SPI_IOC_TRANSFER_SIZE);

/** Packs one `struct spi_ioc_transfer`. */
export function packSpiTransfer(
  tx: Uint8Array,
  rx: Uint8Array,
  speedHz: number,
  bits: number,
  address: (b: Uint8Array) => bigint,
): Uint8Array {
  const b = new Uint8Array(SPI_IOC_TRANSFER_SIZE);
  const v = new DataView(b.buffer);
  v.setBigUint64(0, address(tx), true);
  v.setBigUint64(8, address(rx), true);
  v.setUint32(16, tx.length, true);
  v.setUint32(20, speedHz, true);
  v.setUint8(26, bits);
  return b;
}

// ---- <linux/watchdog.h> ------------------------------------------------------------------

const WATCHDOG_IOCTL_BASE = 0x57; // 'W'
export const WDIOC_KEEPALIVE = ior(WATCHDOG_IOCTL_BASE, 5, 4);
export const WDIOC_SETTIMEOUT = iowr(WATCHDOG_IOCTL_BASE, 6, 4);
export const WDIOC_GETTIMEOUT = ior(WATCHDOG_IOCTL_BASE, 7, 4);
