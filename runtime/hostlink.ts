/**
 * The worker side of the board ⇄ host link. Output is buffered and posted; blocking calls
 * (reading stdin) post a request and wait on shared memory with `Atomics.wait`; sleeping
 * waits on the interrupt word itself, so Ctrl-C wakes it at once.
 *
 * Shared memory layout (Int32Array `ctl` over the SharedArrayBuffer):
 * - ctl[0] interrupt word: bit 0 = KeyboardInterrupt pending (polled by compiled code)
 * - ctl[1] response sequence number (incremented by the host when a response is ready)
 * - ctl[2] response length in bytes (-1 = end of input)
 * - bytes from offset 64: response payload
 */

import type { Host } from "./context.ts";

/** Index of the interrupt word. */
export const IRQ_WORD = 0;
/** Bit set in the interrupt word for Ctrl-C. */
export const IRQ_KBD = 1;
/** Index of the response sequence number. */
export const RESP_SEQ = 1;
/** Index of the response length. */
export const RESP_LEN = 2;
/** Byte offset of the payload area. */
export const PAYLOAD_OFFSET = 64;
/** Size of the shared buffer. */
export const SHARED_SIZE = 64 + 65536;

/** Messages the worker posts to the host. */
export type WorkerMessage =
  | { type: "out"; text: string }
  | { type: "err"; text: string }
  | { type: "read"; kind: "line" | "byte"; prompt: string }
  | { type: "exit"; status: number };

/** Worker-side host implementation over the shared buffer. */
export class WorkerHostLink {
  ctl: Int32Array;
  payload: Uint8Array;
  private outBuf = "";
  private lastFlush = 0;
  private seq = 0;
  constructor(sab: SharedArrayBuffer, private post: (m: WorkerMessage) => void) {
    this.ctl = new Int32Array(sab, 0, 16);
    this.payload = new Uint8Array(sab, PAYLOAD_OFFSET);
  }

  /** Posts buffered output now. */
  flush(): void {
    if (this.outBuf) {
      this.post({ type: "out", text: this.outBuf });
      this.outBuf = "";
    }
    this.lastFlush = performance.now();
  }

  private write(s: string): void {
    this.outBuf += s;
    if (this.outBuf.length > 8192 || performance.now() - this.lastFlush > 20) this.flush();
  }

  /** Waits for the host's response to the latest request; null when interrupted. */
  private waitResponse(): number | null {
    for (;;) {
      if (Atomics.load(this.ctl, RESP_SEQ) !== this.seq) return Atomics.load(this.ctl, RESP_LEN);
      if ((Atomics.load(this.ctl, IRQ_WORD) & IRQ_KBD) !== 0) return null;
      Atomics.wait(this.ctl, RESP_SEQ, this.seq, 50);
    }
  }

  private request(kind: "line" | "byte", prompt: string): Uint8Array | null | "interrupted" {
    this.flush();
    this.seq = Atomics.load(this.ctl, RESP_SEQ);
    this.post({ type: "read", kind, prompt });
    const n = this.waitResponse();
    if (n === null) return "interrupted";
    if (n < 0) return null;
    return this.payload.slice(0, n);
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
    };
  }

  /** Reads one byte (REPL input); null at end of input, "interrupted" when Ctrl-C arrived. */
  readByte(): number | null | "interrupted" {
    const r = this.request("byte", "");
    if (r === "interrupted") return r;
    return r === null || r.length === 0 ? null : r[0];
  }
}
