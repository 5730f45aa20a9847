/**
 * The system calls the Linux HAL makes, as an interface (`Sys`) so unit tests can put a fake
 * kernel behind it, and its real implementation: libc's open/close/ioctl/read/write/poll
 * through Deno FFI (`--allow-ffi`), called synchronously from the board's Worker — one ioctl
 * is ~0.5 µs, so `Pin.value()` never crosses threads. A failed call throws `SysError` with
 * the errno libc left (read right after the call, on the same thread).
 */

/** A failed system call. */
export class SysError extends Error {
  constructor(public errno: number, public call: string) {
    super(`${call}: errno ${errno}`);
  }
}

/** The system calls the HAL needs (each throws SysError on failure). */
export interface Sys {
  open(path: string, flags: number): number;
  close(fd: number): void;
  /** `ioctl(fd, req, arg)` with a pointer to `arg` (a struct) or an integer `arg`. */
  ioctl(fd: number, req: number, arg: Uint8Array | number): number;
  read(fd: number, buf: Uint8Array): number;
  write(fd: number, buf: Uint8Array): number;
  /** `poll(fds, n, timeoutMs)` over a packed `struct pollfd[]`. */
  poll(fds: Uint8Array, timeoutMs: number): number;
  /** The address of a buffer, for structs that point at other buffers (i2c_msg, spi transfers). */
  address(buf: Uint8Array): bigint;
  /** The target of `/proc/self/fd/N` for each open fd (to find what a previous board left). */
  openFds(): Map<number, string>;
}

const SYMBOLS = {
  open: { parameters: ["buffer", "i32", "i32"], result: "i32" },
  close: { parameters: ["i32"], result: "i32" },
  ioctl: { parameters: ["i32", "u64", "buffer"], result: "i32" },
  read: { parameters: ["i32", "buffer", "usize"], result: "isize" },
  write: { parameters: ["i32", "buffer", "usize"], result: "isize" },
  poll: { parameters: ["buffer", "u64", "i32"], result: "i32" },
  readlink: { parameters: ["buffer", "buffer", "usize"], result: "isize" },
  __errno_location: { parameters: [], result: "pointer" },
} as const;

/** fds scanned for leftovers of a previous board (Deno's own stay far below). */
const MAX_FD_SCAN = 1024;

type Libc = Deno.DynamicLibrary<typeof SYMBOLS>;
// ioctl with an integer argument is a second binding of the same (variadic) symbol.
const INT_IOCTL = { ioctl: { parameters: ["i32", "u64", "u64"], result: "i32" } } as const;

/** libc through Deno FFI. */
export class LibcSys implements Sys {
  private lib: Libc;
  private intIoctl: Deno.DynamicLibrary<typeof INT_IOCTL>;
  private errnoView: Deno.UnsafePointerView;

  constructor() {
    this.lib = Deno.dlopen("libc.so.6", SYMBOLS);
    this.intIoctl = Deno.dlopen("libc.so.6", INT_IOCTL);
    this.errnoView = new Deno.UnsafePointerView(this.lib.symbols.__errno_location()!);
  }

  private check(r: number | bigint, call: string): number {
    if (Number(r) < 0) throw new SysError(this.errnoView.getInt32(), call);
    return Number(r);
  }

  open(path: string, flags: number): number {
    return this.check(
      this.lib.symbols.open(new TextEncoder().encode(path + "\0"), flags, 0),
      "open",
    );
  }
  close(fd: number): void {
    this.lib.symbols.close(fd);
  }
  ioctl(fd: number, req: number, arg: Uint8Array | number): number {
    if (typeof arg === "number") {
      return this.check(this.intIoctl.symbols.ioctl(fd, BigInt(req), BigInt(arg)), "ioctl");
    }
    return this.check(this.lib.symbols.ioctl(fd, BigInt(req), arg), "ioctl");
  }
  read(fd: number, buf: Uint8Array): number {
    return this.check(this.lib.symbols.read(fd, buf, BigInt(buf.length)), "read");
  }
  write(fd: number, buf: Uint8Array): number {
    return this.check(this.lib.symbols.write(fd, buf, BigInt(buf.length)), "write");
  }
  poll(fds: Uint8Array, timeoutMs: number): number {
    return this.check(this.lib.symbols.poll(fds, BigInt(fds.length / 8), timeoutMs), "poll");
  }
  address(buf: Uint8Array): bigint {
    return BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(buf)));
  }
  openFds(): Map<number, string> {
    // readlink through libc: Deno's own file API wants --allow-all for /proc/self.
    const out = new Map<number, string>();
    const buf = new Uint8Array(4096);
    const dec = new TextDecoder();
    for (let fd = 3; fd < MAX_FD_SCAN; fd++) {
      const n = Number(
        this.lib.symbols.readlink(
          new TextEncoder().encode(`/proc/self/fd/${fd}\0`),
          buf,
          BigInt(buf.length),
        ),
      );
      if (n > 0) out.set(fd, dec.decode(buf.subarray(0, n)));
    }
    return out;
  }
}

let libc: LibcSys | undefined;
/** The process's libc binding (opened once per Worker). */
export function libcSys(): LibcSys {
  return libc ??= new LibcSys();
}
