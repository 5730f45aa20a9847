/**
 * The worker side of the board ⇄ host link. Output is buffered and posted; blocking calls
 * (reading stdin) post a request and wait on shared memory with `Atomics.wait`; sleeping
 * waits on the interrupt word itself, so Ctrl-C wakes it at once.
 *
 * Shared memory layout (Int32Array `ctl` over the SharedArrayBuffer):
 * - ctl[0] interrupt word: bit 0 = KeyboardInterrupt pending (polled by compiled code);
 *   IRQ_FLUSH = the host asks a busy board to post its buffered output
 * - ctl[1] response sequence number (incremented by the host when a response is ready)
 * - ctl[2] response length in bytes (-1 = end of input)
 * - ctl[3] interrupt character: 3 while Python code runs under the REPL (the host then turns
 *   an incoming 0x03 into KeyboardInterrupt instead of queuing it), -1 otherwise
 * - ctl[4] socket reply: the request number a socket reply answers (see `socketCall`)
 * - ctl[5..7]: unused
 * - bytes 32..63: `persist`, a Float64Array (see the PERSIST_* slots in context.ts): board
 *   state that outlives a reset (RTC offset, watchdog feed time and timeout)
 * - bytes 64..65599: response payload
 * - bytes from HAL_SHARED_OFFSET: words the HAL shares with the host (Linux GPIO edge slots)
 *
 * Output is kept as bytes (text is UTF-8 encoded) so the REPL can send binary protocol bytes
 * (raw-paste window sizes) in order with text.
 */

import type { Host } from "./context.ts";
import { decodeReply, type SocketReply, type SocketRequest } from "./network/socket.ts";

/** Index of the interrupt word. */
export const IRQ_WORD = 0;
/** Bit set in the interrupt word for Ctrl-C. */
export const IRQ_KBD = 1;
/** Bit in the interrupt word: IRQ handlers are waiting (see irq.ts). */
export const IRQ_SCHED = 2;
/** Bit in the interrupt word: a board timer is due (see timers.ts). */
export const IRQ_TIMER = 4;
/** Bit set by the host to make a busy board flush its output (handled in the poll). */
export const IRQ_FLUSH = 0x40000000;
/** Index of the interrupt character (-1: none). */
export const INTCHAR = 3;
/** Index of the response sequence number. */
export const RESP_SEQ = 1;
/** Index of the response length. */
export const RESP_LEN = 2;
/** Index of the request number a socket reply answers. */
export const RESP_REQ = 4;
/** Byte offset of the persistent board state (4 float64 slots). */
export const PERSIST_OFFSET = 32;
/** Byte offset of the payload area. */
export const PAYLOAD_OFFSET = 64;
/** Size of the payload area. */
export const PAYLOAD_SIZE = 65536;
/** Byte offset of the HAL's shared words (the Linux HAL's GPIO edge slots, hal/linux/gpio.ts). */
export const HAL_SHARED_OFFSET = PAYLOAD_OFFSET + PAYLOAD_SIZE;
/** Bytes of the HAL's shared words. */
export const HAL_SHARED_SIZE = 256;
/** Size of the shared buffer. */
export const SHARED_SIZE = HAL_SHARED_OFFSET + HAL_SHARED_SIZE;

/** Messages the worker posts to the host. */
export type WorkerMessage =
  | { type: "out"; data: Uint8Array }
  | { type: "err"; text: string }
  | { type: "read"; kind: "line" | "byte" | "bytes" | "avail"; prompt: string }
  /** The REPL started running code: the host scans its queued input for the interrupt char. */
  | { type: "intchar" }
  /** Soft reset: the host starts a fresh board; `unread` is input the old one had not used. */
  | { type: "reset"; mode: "friendly" | "raw"; unread: Uint8Array }
  | { type: "exit"; status: number }
  /** Set the timer bit of the interrupt word at `at` (epoch ms). */
  | { type: "wake"; at: number }
  /** Restart the board afresh with this reset cause (machine.reset(), watchdog). */
  | { type: "hardreset"; cause: number; unread: Uint8Array }
  /** Deep sleep: the board is off until `wakeAt` (epoch ms; null: no wake source). */
  | { type: "deepsleep"; wakeAt: number | null; wakeReason: number; unread: Uint8Array }
  /** The watchdog runs: timeout and last feed are in the persistent slots. */
  | { type: "wdt" }
  /** The WLAN/server state changed (JSON): kept for the next board after a soft reset. */
  | { type: "netstate"; json: string }
  /** A socket call (runtime/network/socket.ts); answered with ctl[RESP_REQ] = req. */
  | { type: "sock"; req: number; body: SocketRequest };

const encoder = new TextEncoder();

/** Worker-side host implementation over the shared buffer. */
export class WorkerHostLink {
  ctl: Int32Array;
  payload: Uint8Array;
  persist: Float64Array;
  /** Runs IRQ handlers and due timers while the board waits for input (set by the worker). */
  onIdleIrq: (() => void) | null = null;
  /** REPL input received but not used yet (set by the REPL's terminal; handed back at resets). */
  unreadInput: () => Uint8Array = () => new Uint8Array(0);
  private outBuf: (string | Uint8Array)[] = [];
  private outLen = 0;
  private lastFlush = 0;
  private seq = 0;
  /** Socket request numbers (random start, so a reset board's numbers are new). */
  private sockReq = Math.floor(Math.random() * 0x3fffffff) + 1;
  constructor(sab: SharedArrayBuffer, private post: (m: WorkerMessage) => void) {
    this.ctl = new Int32Array(sab, 0, 16);
    this.persist = new Float64Array(sab, PERSIST_OFFSET, 4);
    this.payload = new Uint8Array(sab, PAYLOAD_OFFSET, PAYLOAD_SIZE);
  }

  /** Posts buffered output now. */
  flush(): void {
    if (this.outLen) {
      const parts = this.outBuf.map((p) => typeof p === "string" ? encoder.encode(p) : p);
      const data = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let o = 0;
      for (const p of parts) {
        data.set(p, o);
        o += p.length;
      }
      this.post({ type: "out", data });
      this.outBuf = [];
      this.outLen = 0;
    }
    this.lastFlush = performance.now();
  }

  /** Queues text (UTF-8) or raw bytes for the board's output stream. */
  write(s: string | Uint8Array): void {
    if (s.length === 0) return;
    this.outBuf.push(s);
    this.outLen += s.length;
    if (this.outLen > 8192 || performance.now() - this.lastFlush > 20) this.flush();
  }

  /** Waits for the host's response to the latest request; null when interrupted. */
  private waitResponse(): number | null {
    for (;;) {
      if (Atomics.load(this.ctl, RESP_SEQ) !== this.seq) return Atomics.load(this.ctl, RESP_LEN);
      const w = Atomics.load(this.ctl, IRQ_WORD);
      if ((w & IRQ_KBD) !== 0) return null;
      // Handlers and timers run while the board waits for input, as on the WiPy.
      if ((w & (IRQ_SCHED | IRQ_TIMER)) !== 0 && this.onIdleIrq) this.onIdleIrq();
      Atomics.wait(this.ctl, RESP_SEQ, this.seq, 50);
    }
  }

  private request(
    kind: "line" | "byte" | "bytes" | "avail",
    prompt: string,
  ): Uint8Array | null | "interrupted" {
    this.flush();
    this.seq = Atomics.load(this.ctl, RESP_SEQ);
    this.post({ type: "read", kind, prompt });
    const n = this.waitResponse();
    if (n === null) return "interrupted";
    if (n < 0) return null;
    return this.payload.slice(0, n);
  }

  /**
   * A socket call: posts the request and waits for the reply that names it (ctl[RESP_REQ]).
   * Ctrl-C stops the wait: the host is told to drop the request (and answers that at once,
   * so no late reply can land on a later request), then `onInterrupt` raises.
   */
  socketCall(body: SocketRequest, onInterrupt: () => never): SocketReply {
    this.flush();
    const req = this.nextReq();
    this.post({ type: "sock", req, body });
    for (;;) {
      const seq = Atomics.load(this.ctl, RESP_SEQ);
      if (Atomics.load(this.ctl, RESP_REQ) === req) return this.takeReply();
      const w = Atomics.load(this.ctl, IRQ_WORD);
      // IRQ handlers and timers run while a socket call waits, as they do on the WiPy.
      if ((w & (IRQ_SCHED | IRQ_TIMER)) !== 0 && (w & IRQ_KBD) === 0 && this.onIdleIrq) {
        this.onIdleIrq();
        continue;
      }
      if ((w & IRQ_KBD) !== 0) {
        const c = this.nextReq();
        this.post({ type: "sock", req: c, body: { op: "cancel", req } });
        const end = performance.now() + 2000;
        while (Atomics.load(this.ctl, RESP_REQ) !== c && performance.now() < end) {
          Atomics.wait(this.ctl, RESP_SEQ, Atomics.load(this.ctl, RESP_SEQ), 20);
        }
        Atomics.store(this.ctl, RESP_REQ, 0);
        onInterrupt();
      }
      Atomics.wait(this.ctl, RESP_SEQ, seq, 50);
    }
  }

  private nextReq(): number {
    this.sockReq = this.sockReq >= 0x7ffffff0 ? 1 : this.sockReq + 1;
    return this.sockReq;
  }

  private takeReply(): SocketReply {
    const n = Atomics.load(this.ctl, RESP_LEN);
    const r = decodeReply(this.payload.subarray(0, n));
    Atomics.store(this.ctl, RESP_REQ, 0);
    return r;
  }

  /** The Host interface for the runtime. `onInterrupt` raises KeyboardInterrupt. */
  host(onInterrupt: () => never): Host {
    return {
      writeOut: (s) => this.write(s),
      writeErr: (s) => {
        this.flush();
        this.post({ type: "err", text: s });
      },
      readLine: (prompt) => {
        const r = this.request("line", prompt);
        if (r === "interrupted") onInterrupt();
        return r === null ? null : new TextDecoder().decode(r);
      },
      inputReady: () => {
        const r = this.request("avail", "");
        if (r === "interrupted") onInterrupt();
        return r === null ? true : r.length > 0;
      },
      monotonicMs: () => performance.now(),
      sleepMs: (ms) => {
        this.flush();
        const end = performance.now() + ms;
        for (;;) {
          if ((Atomics.load(this.ctl, IRQ_WORD) & IRQ_KBD) !== 0) onInterrupt();
          const left = end - performance.now();
          if (left <= 0) return;
          Atomics.wait(this.ctl, IRQ_WORD, Atomics.load(this.ctl, IRQ_WORD), left);
        }
      },
      wallSeconds: () => Date.now() / 1000,
      requestWake: (at) => this.post({ type: "wake", at }),
      hardReset: (cause) =>
        this.stopBoard({ type: "hardreset", cause, unread: this.unreadInput() }),
      deepSleep: (wakeAt, wakeReason) =>
        this.stopBoard({ type: "deepsleep", wakeAt, wakeReason, unread: this.unreadInput() }),
      watchdogStarted: () => this.post({ type: "wdt" }),
      netStateChanged: (json) => this.post({ type: "netstate", json }),
      socketCall: (req) => this.socketCall(req, onInterrupt),
    };
  }

  /** Posts the output and `m`, then waits for the host to end this Worker (a reset). */
  private stopBoard(m: WorkerMessage): never {
    this.send(m);
    const never = new Int32Array(new SharedArrayBuffer(4));
    for (;;) Atomics.wait(never, 0, 0);
  }

  /** Reads one byte (REPL input); null at end of input, "interrupted" when Ctrl-C arrived. */
  readByte(): number | null | "interrupted" {
    const r = this.request("byte", "");
    if (r === "interrupted") return r;
    return r === null || r.length === 0 ? null : r[0];
  }

  /**
   * Reads whatever REPL input the host has queued (at least one byte, waiting for it); null
   * at end of input, "interrupted" when the interrupt bit was set while waiting.
   */
  readBytes(): Uint8Array | null | "interrupted" {
    const r = this.request("bytes", "");
    if (r === "interrupted" || r === null) return r;
    return r.length === 0 ? null : r;
  }

  /** True when the host has input queued (or it ended): a read would not wait. */
  inputAvailable(): boolean {
    const r = this.request("avail", "");
    return r === "interrupted" || r === null || r.length > 0;
  }

  /** Enables (3) or disables (-1) the interrupt character the host watches for. */
  setInterruptChar(c: number): void {
    Atomics.store(this.ctl, INTCHAR, c);
    if (c >= 0) this.post({ type: "intchar" });
  }

  /** Posts a message to the host after the buffered output. */
  send(m: WorkerMessage): void {
    this.flush();
    this.post(m);
  }
}

/** A second terminal (os.dupterm) the REPL also writes to and reads from; set by dupterm.ts. */
export const termHooks: {
  active?: () => boolean;
  write?: (data: string | Uint8Array) => void;
  read?: () => number | undefined;
} = {};

/**
 * The REPL's terminal over the host link: input arrives in chunks from the host's queue
 * and is kept here; output goes to the link's buffer. While Python code runs (the interrupt
 * character armed), a Ctrl-C still waiting in the local buffer interrupts it as the host's
 * check does for input arriving later, and a read interrupted by the host raises
 * KeyboardInterrupt (when idle it reads as a 0x03 byte: Ctrl-C at the prompt).
 */
export class LinkTerminal {
  private buf: Uint8Array = new Uint8Array(0);
  private pos = 0;
  private armed = false;
  constructor(private link: WorkerHostLink, private onInterrupt: () => never) {
    link.unreadInput = () => this.unread();
  }

  readByte(): number | null {
    if (this.pos < this.buf.length) return this.buf[this.pos++];
    if (termHooks.active?.()) return this.readEither();
    return this.takeHostInput();
  }

  /**
   * Waits for the host's next chunk of input and returns its first byte (null at the end of
   * input). Ctrl-C raises KeyboardInterrupt while code runs; at the prompt it reads as 0x03.
   */
  private takeHostInput(): number | null {
    const r = this.link.readBytes();
    if (r === "interrupted") return this.ctrlC();
    if (r === null) return null;
    this.buf = r;
    this.pos = 0;
    return this.buf[this.pos++];
  }

  /** A Ctrl-C arrived: KeyboardInterrupt while code runs, else the byte 0x03. */
  private ctrlC(): number {
    if (this.armed) this.onInterrupt();
    Atomics.and(this.link.ctl, IRQ_WORD, ~IRQ_KBD);
    return 3;
  }

  /** With a dupterm stream: whichever of the host's input and the stream has a byte first. */
  private readEither(): number | null {
    for (;;) {
      if (this.link.inputAvailable()) return this.takeHostInput();
      const b = termHooks.read?.();
      if (b !== undefined) return b;
      if (!termHooks.active?.()) return this.readByte();
      // Nothing on either side yet: wait a little (Ctrl-C wakes the wait).
      Atomics.wait(this.link.ctl, IRQ_WORD, Atomics.load(this.link.ctl, IRQ_WORD), 5);
      if ((Atomics.load(this.link.ctl, IRQ_WORD) & IRQ_KBD) !== 0) return this.ctrlC();
    }
  }

  write(s: string | Uint8Array): void {
    this.link.write(s);
    termHooks.write?.(s);
  }

  setInterruptChar(on: boolean): void {
    this.armed = on;
    if (!on) {
      this.link.setInterruptChar(-1);
      return;
    }
    // A Ctrl-C left over from before the code started is stale.
    Atomics.and(this.link.ctl, IRQ_WORD, ~IRQ_KBD);
    const i = this.buf.indexOf(3, this.pos);
    if (i >= 0) {
      this.buf = Uint8Array.of(...this.buf.subarray(this.pos, i), ...this.buf.subarray(i + 1));
      this.pos = 0;
      Atomics.store(this.link.ctl, INTCHAR, 3);
      Atomics.or(this.link.ctl, IRQ_WORD, IRQ_KBD);
    } else {
      this.link.setInterruptChar(3);
    }
  }

  /** Input received but not read yet (handed back to the host at a soft reset). */
  unread(): Uint8Array {
    return this.buf.slice(this.pos);
  }
}
