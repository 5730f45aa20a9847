/**
 * The board's Worker entry point: sets up the runtime with a host link over shared memory,
 * runs the requested job and reports the exit status.
 */

/// <reference lib="deno.worker" />

import { IRQ_SCHED, runPendingIrqs } from "./irq.ts";
import { IRQ_TIMER, runDueTimers } from "./timers.ts";
import { ctx } from "./context.ts";
import {
  IRQ_FLUSH,
  IRQ_KBD,
  IRQ_WORD,
  LinkTerminal,
  WorkerHostLink,
  type WorkerMessage,
} from "./hostlink.ts";
import {
  type BoardOptions,
  bootBoard,
  type BootOptions,
  handleUncaught,
  runMain,
  setupBoard,
} from "./board.ts";
import { exc, KeyboardInterrupt } from "./errors.ts";
import { runModuleAsMain } from "./import.ts";
import { newMainModule } from "./interp.ts";

/** What the host asks the worker to do. */
export interface BoardJob {
  /** "board": boot like the WiPy (boot.py, main.py) and run the REPL on the host's input. */
  kind: "code" | "module" | "board";
  /** Source text (code) or module name (module). */
  target: string;
  filename: string;
  options: BoardOptions;
  /** For "board" jobs. */
  boot?: BootOptions;
  sab: SharedArrayBuffer;
}

function post(m: WorkerMessage): void {
  self.postMessage(m);
}

self.onmessage = (ev: MessageEvent<BoardJob>) => {
  const job = ev.data;
  const link = new WorkerHostLink(job.sab, post);
  const raiseInterrupt = (): never => {
    Atomics.and(link.ctl, IRQ_WORD, ~IRQ_KBD);
    throw exc(KeyboardInterrupt);
  };
  let status = 0;
  try {
    ctx.interrupt = link.ctl;
    ctx.persist = link.persist;
    setupBoard({ ...job.options, host: link.host(raiseInterrupt) });
    const runIrqs = () => {
      const w = link.ctl[IRQ_WORD];
      if ((w & IRQ_TIMER) !== 0) runDueTimers();
      if ((w & IRQ_SCHED) !== 0 || (link.ctl[IRQ_WORD] & IRQ_SCHED) !== 0) runPendingIrqs();
    };
    link.onIdleIrq = runIrqs;
    ctx.poll = () => {
      const w = link.ctl[IRQ_WORD];
      if ((w & IRQ_FLUSH) !== 0) {
        Atomics.and(link.ctl, IRQ_WORD, ~IRQ_FLUSH);
        link.flush();
      }
      if ((w & IRQ_KBD) !== 0) raiseInterrupt();
      if ((w & (IRQ_SCHED | IRQ_TIMER)) !== 0) runIrqs();
    };
    const writeErr = (s: string) => ctx.host.writeErr(s);
    if (job.kind === "board") {
      const term = new LinkTerminal(link, raiseInterrupt);
      const out = bootBoard(term, job.boot);
      if (out.kind === "softreset") {
        link.send({ type: "reset", mode: out.mode, unread: term.unread() });
        return;
      }
    } else if (job.kind === "module") {
      try {
        runModuleAsMain(job.target, newMainModule());
      } catch (e) {
        status = handleUncaught(e, writeErr).status;
      }
    } else {
      status = runMain(job.target, job.filename, writeErr).status;
    }
  } catch (e) {
    post({ type: "err", text: `wipy: internal error: ${e instanceof Error ? e.message : e}\n` });
    status = 1;
  }
  link.flush();
  post({ type: "exit", status });
};
