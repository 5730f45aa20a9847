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

/**
 * Starts the board Worker now (it waits for its job). It starts from the bundle if there is
 * one; whether the bundle is up to date is checked while it loads, and a stale one is
 * replaced by a Worker on the sources.
 */
export function prespawnWorker(): void {
  if (early) return;
  const url = likelyWorkerModuleUrl();
  early = new Worker(url, { type: "module" });
  if (url.pathname.endsWith(".js") && !bundleIsFresh()) {
    early.terminate();
    early = new Worker(staleBundle(), { type: "module" });
  }
}

/** The worker started early (once), else a new one. */
export function takeWorker(): Worker {
  const w = early;
  early = null;
  return w ?? new Worker(workerModuleUrl(), { type: "module" });
}
