/**
 * Starting the board Worker early: creating a Worker and loading the runtime bundle into it
 * takes ~25 ms, most of it on the Worker's thread. `wipy`'s entry (host/start.ts) starts one
 * before the host loads the rest of the command line, so the two overlap; the first board then
 * takes it instead of creating its own.
 */

import {
  bundleIsFresh,
  likelyWorkerModuleUrl,
  staleBundle,
  workerModuleUrl,
} from "./worker_bundle.ts";

let early: Worker | null = null;
/** The early worker runs the bundle (whose freshness is still to be checked). */
let earlyFromBundle = false;

/**
 * Starts the board Worker now (it waits for its job). It starts from the bundle if there is
 * one; whether the bundle is up to date is checked when the Worker is taken, while it loads.
 */
export function prespawnWorker(): void {
  if (early) return;
  const url = likelyWorkerModuleUrl();
  earlyFromBundle = url.pathname.endsWith(".js");
  early = new Worker(url, { type: "module" });
}

/** The worker started early (once; replaced when its bundle turned out stale), else a new one. */
export function takeWorker(): Worker {
  const w = early;
  early = null;
  if (w === null) return new Worker(workerModuleUrl(), { type: "module" });
  if (earlyFromBundle && !bundleIsFresh()) {
    w.terminate();
    return new Worker(staleBundle(), { type: "module" });
  }
  return w;
}
