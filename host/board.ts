/**
 * The host side of a board running in a Worker: forwards its output to our stdout/stderr,
 * answers its blocking reads from stdin, and turns Ctrl-C into its interrupt word.
 */

import {
  IRQ_KBD,
  IRQ_WORD,
  PAYLOAD_OFFSET,
  RESP_LEN,
  RESP_SEQ,
  SHARED_SIZE,
  type WorkerMessage,
} from "../runtime/hostlink.ts";
import type { BoardJob } from "../runtime/worker.ts";

/** A running board. */
export interface BoardHandle {
  /** Resolves with the exit status when the job ends. */
  done: Promise<number>;
  /** Requests KeyboardInterrupt in the running program. */
  interrupt(): void;
}

const encoder = new TextEncoder();

/** Line-oriented stdin reader shared by blocking requests. */
class StdinReader {
  private buf: Uint8Array = new Uint8Array(0);
  private eof = false;
  private reader = Deno.stdin.readable.getReader();

  async fill(): Promise<boolean> {
    if (this.eof) return false;
    const { value, done } = await this.reader.read();
    if (done || !value) {
      this.eof = true;
      return false;
    }
    const n = new Uint8Array(this.buf.length + value.length);
    n.set(this.buf);
    n.set(value, this.buf.length);
    this.buf = n;
    return true;
  }

  async line(): Promise<Uint8Array | null> {
    for (;;) {
      const i = this.buf.indexOf(10);
      if (i >= 0) {
        const l = this.buf.slice(0, i);
        this.buf = this.buf.slice(i + 1);
        return l.length && l[l.length - 1] === 13 ? l.slice(0, -1) : l;
      }
      if (!(await this.fill())) {
        if (this.buf.length === 0) return null;
        const l = this.buf;
        this.buf = new Uint8Array(0);
        return l;
      }
    }
  }

  async byte(): Promise<Uint8Array | null> {
    if (this.buf.length === 0 && !(await this.fill())) return null;
    const b = this.buf.slice(0, 1);
    this.buf = this.buf.slice(1);
    return b;
  }

  cancel(): void {
    this.reader.releaseLock();
  }
}

/** Starts the board worker for a job and wires it to this process's stdio. */
export function startBoard(job: Omit<BoardJob, "sab">): BoardHandle {
  const sab = new SharedArrayBuffer(SHARED_SIZE);
  const ctl = new Int32Array(sab, 0, 16);
  const payload = new Uint8Array(sab, PAYLOAD_OFFSET);
  const worker = new Worker(new URL("../runtime/worker.ts", import.meta.url), { type: "module" });
  let stdin: StdinReader | null = null;

  const respond = (data: Uint8Array | null) => {
    if (data === null) Atomics.store(ctl, RESP_LEN, -1);
    else {
      payload.set(data.subarray(0, payload.length));
      Atomics.store(ctl, RESP_LEN, Math.min(data.length, payload.length));
    }
    Atomics.add(ctl, RESP_SEQ, 1);
    Atomics.notify(ctl, RESP_SEQ);
  };

  const interrupt = () => {
    Atomics.or(ctl, IRQ_WORD, IRQ_KBD);
    Atomics.notify(ctl, IRQ_WORD);
  };

  const done = new Promise<number>((resolve) => {
    worker.onmessage = async (ev: MessageEvent<WorkerMessage>) => {
      const m = ev.data;
      switch (m.type) {
        case "out":
          Deno.stdout.writeSync(encoder.encode(m.text));
          break;
        case "err":
          Deno.stderr.writeSync(encoder.encode(m.text));
          break;
        case "read": {
          if (m.prompt) Deno.stdout.writeSync(encoder.encode(m.prompt));
          stdin ??= new StdinReader();
          respond(m.kind === "line" ? await stdin.line() : await stdin.byte());
          break;
        }
        case "exit":
          worker.terminate();
          resolve(m.status);
          break;
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      Deno.stderr.writeSync(encoder.encode(`wipy: board crashed: ${e.message}\n`));
      worker.terminate();
      resolve(1);
    };
  });
  worker.postMessage({ ...job, sab } satisfies BoardJob);
  return { done, interrupt };
}
