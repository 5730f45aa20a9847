/**
 * The board's Worker entry point: sets up the runtime with a host link over shared memory,
 * runs the requested job and reports the exit status.
 */

/// <reference lib="deno.worker" />

import { ctx } from "./context.ts";
import { IRQ_KBD, IRQ_WORD, WorkerHostLink, type WorkerMessage } from "./hostlink.ts";
import { type BoardOptions, handleUncaught, runMain, setupBoard } from "./board.ts";
import { exc, KeyboardInterrupt } from "./errors.ts";
import { importName } from "./import.ts";
import { newMainModule } from "./interp.ts";

/** What the host asks the worker to do. */
export interface BoardJob {
  kind: "code" | "module";
  /** Source text (code) or module name (module). */
  target: string;
  filename: string;
  options: BoardOptions;
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
    setupBoard({ ...job.options, host: link.host(raiseInterrupt) });
    ctx.interrupt = link.ctl;
    ctx.poll = () => {
      if ((link.ctl[IRQ_WORD] & IRQ_KBD) !== 0) raiseInterrupt();
    };
    const writeErr = (s: string) => ctx.host.writeErr(s);
    if (job.kind === "module") {
      try {
        importName(job.target, true, newMainModule());
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
