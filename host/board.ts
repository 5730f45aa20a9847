/**
 * The host side of a board running in a Worker: forwards its output to our stdout/stderr,
 * answers its blocking reads from stdin, and turns Ctrl-C into its interrupt word.
 *
 * A "board" job (`wipy repl`/`daemon`) reads its REPL input from a byte queue that the
 * caller feeds (`feed`: stdin, later telnet). While the board runs Python code under the
 * REPL it arms the interrupt character: a 0x03 fed then is not queued but raises
 * KeyboardInterrupt, as the firmware's UART interrupt handler does; other bytes wait in the
 * queue. A soft reset replaces the Worker with a fresh one on the same shared memory and
 * queue, so the input stream (the "connection") survives it.
 */

import {
  HAL_SHARED_OFFSET,
  INTCHAR,
  IRQ_FLUSH,
  IRQ_KBD,
  IRQ_SCHED,
  IRQ_TIMER,
  IRQ_WORD,
  PAYLOAD_OFFSET,
  PAYLOAD_SIZE,
  PERSIST_OFFSET,
  RESP_LEN,
  RESP_REQ,
  RESP_SEQ,
  SHARED_SIZE,
  type WorkerMessage,
} from "../runtime/hostlink.ts";
import { takeWorker } from "./worker_prespawn.ts";
import type { EdgePump } from "../hal/linux/edge_pump.ts";
import { PERSIST_WDT_FEED, PERSIST_WDT_TIMEOUT } from "../hal/virtual/persist.ts";
import {
  RESET_DEEPSLEEP,
  RESET_HARD,
  RESET_SOFT,
  RESET_WDT,
  WAKE_POWER_ON,
} from "../runtime/machine/constants.ts";
import type { BoardJob } from "../runtime/worker.ts";
import type { SocketHost } from "../net/sockets.ts";
import { encodeReply } from "../runtime/network/socket.ts";

/** A running board. */
export interface BoardHandle {
  /** Resolves with the exit status when the job ends. */
  done: Promise<number>;
  /** Requests KeyboardInterrupt in the running program. */
  interrupt(): void;
  /** Feeds bytes to the board's REPL input ("board" jobs). */
  feed(data: Uint8Array): void;
  /** Ends the REPL input: the REPL ends (status 0) when it next waits for input. */
  endInput(): void;
  /** Stops the board now; `done` resolves with `status`. */
  stop(status?: number): void;
  /** True while the board runs Python code (not waiting for REPL input). */
  busy(): boolean;
  /** True while the REPL's line editor waits for input (no code running, not even input()). */
  atPrompt(): boolean;
}

/** Where a board's output goes (default: this process's stdout). */
export interface BoardIo {
  output?: (data: Uint8Array) => void;
  /** The board's WLAN/server settings changed (network.Server): JSON of runtime/network/state.ts. */
  netState?: (json: string) => void;
}

/** Writes all of `data` to a synchronous writer. */
export function writeAll(w: { writeSync(p: Uint8Array): number }, data: Uint8Array): void {
  let o = 0;
  try {
    while (o < data.length) o += w.writeSync(data.subarray(o));
  } catch (e) {
    // The reader went away (`wipy run x.py | head`): stop quietly, as a Unix tool does.
    if (e instanceof Deno.errors.BrokenPipe) Deno.exit(0);
    throw e;
  }
}

const encoder = new TextEncoder();

/** Line-oriented stdin reader shared by blocking requests. */
class StdinReader {
  private buf: Uint8Array = new Uint8Array(0);
  private eof = false;
  private reader = Deno.stdin.readable.getReader();

  private pending: Promise<boolean> | null = null;

  /** Reads one more chunk into the buffer (shared by concurrent callers). */
  fill(): Promise<boolean> {
    if (this.eof) return Promise.resolve(false);
    this.pending ??= this.reader.read().then(({ value, done }) => {
      this.pending = null;
      if (done || !value) {
        this.eof = true;
        return false;
      }
      const n = new Uint8Array(this.buf.length + value.length);
      n.set(this.buf);
      n.set(value, this.buf.length);
      this.buf = n;
      return true;
    });
    return this.pending;
  }

  /** Bytes ready now (-1: end of input); starts reading ahead so a later ask sees data. */
  available(): number {
    if (this.buf.length > 0) return this.buf.length;
    if (this.eof) return -1;
    void this.fill();
    return 0;
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
export function startBoard(job: Omit<BoardJob, "sab">, io: BoardIo = {}): BoardHandle {
  const sab = new SharedArrayBuffer(SHARED_SIZE);
  const ctl = new Int32Array(sab, 0, 16);
  const persist = new Float64Array(sab, PERSIST_OFFSET, 4);
  // Without --sd the slot holds a blank card for this run (its folder goes at the end).
  let blankCard: string | undefined;
  if (job.options.sdDir === undefined) {
    blankCard = Deno.makeTempDirSync({ prefix: "wipy-sd-" });
    job = { ...job, options: { ...job.options, sdDir: blankCard } };
  }
  const payload = new Uint8Array(sab, PAYLOAD_OFFSET, PAYLOAD_SIZE);
  // Linux pin IRQs: the pump polls the watched line fds the board publishes (edge_pump.ts).
  // Loaded only for a board with Linux pins, so other starts do not pay for it.
  let edgePump: EdgePump | undefined;
  if (Object.keys(job.options.linux?.pins ?? {}).length > 0) {
    void Promise.all([import("../hal/linux/edge_pump.ts"), import("../hal/linux/gpio.ts")])
      .then(([pump, gpio]) => {
        if (finished) return;
        const edges = new Int32Array(sab, HAL_SHARED_OFFSET, gpio.EDGE_WORDS);
        edgePump = pump.startEdgePump(ctl, IRQ_WORD, IRQ_SCHED, [RESP_SEQ], edges);
      });
  }
  Atomics.store(ctl, INTCHAR, -1);
  const output = io.output ?? ((d: Uint8Array) => writeAll(Deno.stdout, d));
  let worker: Worker;
  let stdin: StdinReader | null = null;
  // REPL input ("board" jobs)
  let queue = new Uint8Array(0);
  let inputEnded = false;
  let pendingRead = false;
  let finished = false;
  let resolveDone: (status: number) => void = () => {};

  const respond = (data: Uint8Array | null) => {
    if (data === null) Atomics.store(ctl, RESP_LEN, -1);
    else {
      payload.set(data.subarray(0, payload.length));
      Atomics.store(ctl, RESP_LEN, Math.min(data.length, payload.length));
    }
    Atomics.add(ctl, RESP_SEQ, 1);
    Atomics.notify(ctl, RESP_SEQ);
  };

  // The program's sockets (net/sockets.ts): closed when the board resets or ends.
  // Loaded on the first socket call: node:tls/dgram/dns cost ~40 ms at start-up.
  let sockets: SocketHost | null = null;
  const respondSocket = (req: number, data: Uint8Array) => {
    payload.set(data.subarray(0, payload.length));
    Atomics.store(ctl, RESP_LEN, Math.min(data.length, payload.length));
    Atomics.store(ctl, RESP_REQ, req);
    Atomics.add(ctl, RESP_SEQ, 1);
    Atomics.notify(ctl, RESP_SEQ);
  };

  const interrupt = () => {
    // A board in deep sleep hears nothing; Ctrl-C is then the reset button (a `wipy run`
    // program ends instead).
    if (asleep) {
      wakeFromDeepSleep(RESET_HARD, WAKE_POWER_ON);
      return;
    }
    Atomics.or(ctl, IRQ_WORD, IRQ_KBD);
    Atomics.notify(ctl, IRQ_WORD);
    // A board blocked in a read waits on the response word: wake it too.
    Atomics.notify(ctl, RESP_SEQ);
  };

  // The WLAN/server state the board reported last: the next board gets it after a soft reset.
  let netState: string | undefined;

  // Board timers: the worker asks to be woken at a time; we set its timer bit then.
  let wakeTimer: ReturnType<typeof setTimeout> | undefined;
  let wakeAt = Infinity;
  const requestWake = (at: number) => {
    if (at >= wakeAt) return;
    clearTimeout(wakeTimer);
    wakeAt = at;
    wakeTimer = setTimeout(() => {
      wakeAt = Infinity;
      Atomics.or(ctl, IRQ_WORD, IRQ_TIMER);
      Atomics.notify(ctl, IRQ_WORD);
      Atomics.notify(ctl, RESP_SEQ);
    }, Math.max(0, at - Date.now()));
  };
  const clearWake = () => {
    clearTimeout(wakeTimer);
    wakeAt = Infinity;
  };

  // The watchdog: the board records its timeout and last feed in `persist`.
  let wdtTimer: ReturnType<typeof setTimeout> | undefined;
  const checkWatchdog = () => {
    const timeout = persist[PERSIST_WDT_TIMEOUT];
    if (!(timeout > 0)) return;
    const left = persist[PERSIST_WDT_FEED] + timeout - Date.now();
    if (left <= 0) restart(RESET_WDT, WAKE_POWER_ON);
    else wdtTimer = setTimeout(checkWatchdog, left);
  };
  const stopWatchdog = () => {
    clearTimeout(wdtTimer);
    persist[PERSIST_WDT_TIMEOUT] = 0;
  };

  // Deep sleep: no worker runs until the wake source fires (or Ctrl-C, the reset button).
  let asleep = false;
  let sleepTimer: ReturnType<typeof setTimeout> | undefined;
  const wakeFromDeepSleep = (cause: number, wake: number) => {
    clearTimeout(sleepTimer);
    asleep = false;
    if (job.kind !== "board" && cause === RESET_HARD) {
      finish(130);
      return;
    }
    spawnFresh(cause, wake);
  };

  /** A hard reset: the old board is gone; a new one boots with `cause`. */
  const restart = (cause: number, wake: number) => {
    worker.terminate();
    stopWatchdog();
    spawnFresh(cause, wake);
  };
  const spawnFresh = (cause: number, wake: number) => {
    pendingRead = false;
    clearWake();
    Atomics.store(ctl, IRQ_WORD, 0);
    Atomics.store(ctl, INTCHAR, -1);
    // A hard reset (or a wake from deep sleep) starts the WLAN and servers afresh.
    netState = undefined;
    const options = { ...job.options, resetCause: cause, wakeReason: wake };
    spawn({
      ...job,
      options,
      boot: job.boot && { ...job.boot, softReset: false, mode: undefined },
    });
  };

  /** Answers a pending "bytes" read from the queue (or with end of input). */
  const serveRead = () => {
    if (!pendingRead) return;
    if (queue.length) {
      const n = Math.min(queue.length, payload.length);
      pendingRead = false;
      respond(queue.subarray(0, n));
      queue = queue.slice(n);
    } else if (inputEnded) {
      pendingRead = false;
      respond(null);
    }
  };

  const append = (data: Uint8Array, front = false) => {
    const n = new Uint8Array(queue.length + data.length);
    n.set(front ? data : queue);
    n.set(front ? queue : data, front ? data.length : queue.length);
    queue = n;
  };

  /** Removes the first interrupt character from the queue and raises KeyboardInterrupt. */
  const takeInterruptChar = () => {
    const c = Atomics.load(ctl, INTCHAR);
    if (c < 0) return;
    const i = queue.indexOf(c);
    if (i < 0) return;
    queue = Uint8Array.of(...queue.subarray(0, i), ...queue.subarray(i + 1));
    interrupt();
  };

  const feed = (data: Uint8Array) => {
    const c = Atomics.load(ctl, INTCHAR);
    if (c >= 0 && data.includes(c)) {
      data = data.filter((b) => b !== c);
      interrupt();
    }
    if (data.length) append(data);
    serveRead();
  };

  const finish = (status: number) => {
    if (finished) return;
    finished = true;
    clearInterval(flushTimer);
    clearWake();
    clearTimeout(wdtTimer);
    clearTimeout(sleepTimer);
    if (blankCard) {
      try {
        Deno.removeSync(blankCard, { recursive: true });
      } catch { /* already gone */ }
    }
    worker.terminate();
    sockets?.closeAll();
    edgePump?.stop();
    resolveDone(status);
  };

  // A board that spins in Python code without printing or sleeping is asked now and then
  // to post its buffered output (see IRQ_FLUSH in the poll).
  const flushTimer = setInterval(() => {
    if (!pendingRead) Atomics.or(ctl, IRQ_WORD, IRQ_FLUSH);
  }, 50);

  const spawn = (j: Omit<BoardJob, "sab">) => {
    sockets?.closeAll();
    worker = takeWorker();
    worker.onmessage = async (ev: MessageEvent<WorkerMessage>) => {
      const m = ev.data;
      switch (m.type) {
        case "out":
          output(m.data);
          break;
        case "err":
          writeAll(Deno.stderr, encoder.encode(m.text));
          break;
        case "read": {
          if (m.kind === "avail") {
            // select/poll on stdin: answer at once (1 byte = ready, 0 = not yet, end = EOF).
            let n: number;
            if (j.kind === "board") n = queue.length > 0 ? 1 : inputEnded ? -1 : 0;
            else {
              stdin ??= new StdinReader();
              n = stdin.available();
            }
            respond(n < 0 ? null : new Uint8Array(n > 0 ? 1 : 0));
            break;
          }
          if (m.kind === "bytes") {
            pendingRead = true;
            serveRead();
            break;
          }
          if (m.prompt) output(encoder.encode(m.prompt));
          stdin ??= new StdinReader();
          pendingRead = true;
          const r = m.kind === "line" ? await stdin.line() : await stdin.byte();
          pendingRead = false;
          respond(r);
          break;
        }
        case "intchar":
          takeInterruptChar();
          break;
        case "reset":
          // Soft reset: a fresh board on the same memory and input queue.
          worker.terminate();
          pendingRead = false;
          Atomics.store(ctl, IRQ_WORD, 0);
          Atomics.store(ctl, INTCHAR, -1);
          if (m.unread.length) append(m.unread, true);
          clearWake();
          spawn({
            ...j,
            options: { ...j.options, resetCause: RESET_SOFT, netState },
            boot: { ...j.boot, mode: m.mode, softReset: true },
          });
          break;
        case "sock": {
          const asker = worker;
          sockets ??= new (await import("../net/sockets.ts")).SocketHost();
          const r = await sockets.handle(m.req, m.body);
          // A reply for a board that was reset meanwhile would land on its successor.
          if (r !== null && !finished && worker === asker) respondSocket(m.req, encodeReply(r));
          break;
        }
        case "wake":
          requestWake(m.at);
          break;
        case "netstate":
          netState = m.json;
          io.netState?.(m.json);
          break;
        case "wdt":
          clearTimeout(wdtTimer);
          checkWatchdog();
          break;
        case "hardreset":
          if (m.unread.length) append(m.unread, true);
          restart(m.cause, WAKE_POWER_ON);
          break;
        case "deepsleep":
          if (m.unread.length) append(m.unread, true);
          worker.terminate();
          stopWatchdog();
          clearWake();
          asleep = true;
          if (m.wakeAt !== null) {
            sleepTimer = setTimeout(
              () => wakeFromDeepSleep(RESET_DEEPSLEEP, m.wakeReason),
              Math.max(0, m.wakeAt - Date.now()),
            );
          }
          break;
        case "exit":
          finish(m.status);
          break;
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      writeAll(Deno.stderr, encoder.encode(`wipy: board crashed: ${e.message}\n`));
      finish(1);
    };
    worker.postMessage({ ...j, sab } satisfies BoardJob);
  };

  const done = new Promise<number>((resolve) => {
    resolveDone = resolve;
  });
  spawn(job);
  return {
    done,
    interrupt,
    feed,
    endInput: () => {
      inputEnded = true;
      serveRead();
    },
    stop: (status = 0) => finish(status),
    busy: () => !pendingRead,
    atPrompt: () => pendingRead && Atomics.load(ctl, INTCHAR) < 0 && !asleep,
  };
}
