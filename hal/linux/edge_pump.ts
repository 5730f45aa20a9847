/**
 * The host side of Linux pin IRQs. The board (in its Worker) publishes the fds of its watched
 * GPIO lines in shared memory (`EDGE_*` slots, gpio.ts); the pump, on the host's main thread,
 * waits in `poll()` on them on an FFI helper thread (`nonblocking: true`, so the host's event
 * loop keeps serving), and when a line has events sets IRQ_SCHED in the interrupt word and
 * wakes the board (which may be sleeping or waiting for input). The board reads the events
 * itself in its poll (`LinuxGpio.drainEvents`) and bumps EDGE_DRAINED; the pump waits for that
 * before polling again, so it never spins on events the board has not taken yet (IRQs masked,
 * a long native call). The pump never reads or closes a line fd: an fd a reset board closed and
 * the number reused does no harm beyond a spurious wake-up.
 *
 * The poll times out every 100 ms to pick up a changed fd list (a new watched pin's first event
 * may wait that long) and to notice `stop()`.
 */

import {
  EDGE_ACK,
  EDGE_DRAINED,
  EDGE_FDS,
  EDGE_PUMP_ALIVE,
  EDGE_SLOTS,
  EDGE_VERSION,
} from "./gpio.ts";
import { packPollFds, POLLIN, pollRevents } from "./uapi.ts";

/** A running pump. */
export interface EdgePump {
  stop(): void;
}

/**
 * Starts the pump for a board: `ctl` is the interrupt word's array (index `irqWord`), `edges`
 * the shared EDGE_* words, `irqBit` the bit to set (IRQ_SCHED), `wake` extra words to notify.
 */
export function startEdgePump(
  ctl: Int32Array,
  irqWord: number,
  irqBit: number,
  wakeWords: number[],
  edges: Int32Array,
): EdgePump {
  const lib = Deno.dlopen("libc.so.6", {
    poll: { parameters: ["buffer", "u64", "i32"], result: "i32", nonblocking: true },
  });
  let running = true;
  Atomics.store(edges, EDGE_PUMP_ALIVE, 1);
  const loop = async () => {
    while (running) {
      const version = Atomics.load(edges, EDGE_VERSION);
      Atomics.store(edges, EDGE_ACK, version);
      Atomics.notify(edges, EDGE_ACK);
      const fds: number[] = [];
      for (let i = 0; i < EDGE_SLOTS; i++) {
        const f = Atomics.load(edges, EDGE_FDS + i);
        if (f > 0) fds.push(f - 1);
      }
      if (fds.length === 0) {
        await Atomics.waitAsync(edges, EDGE_VERSION, version, 100).value;
        continue;
      }
      const pfds = packPollFds(fds);
      const n = await lib.symbols.poll(pfds, BigInt(fds.length), 100);
      if (!running) break;
      if (n <= 0 || Atomics.load(edges, EDGE_VERSION) !== version) continue;
      let any = false;
      for (let i = 0; i < fds.length; i++) if (pollRevents(pfds, i) & POLLIN) any = true;
      if (!any) {
        // POLLERR/POLLNVAL: an fd went away; wait for the board to publish its new list.
        await Atomics.waitAsync(edges, EDGE_VERSION, version, 100).value;
        continue;
      }
      const drained = Atomics.load(edges, EDGE_DRAINED);
      Atomics.or(ctl, irqWord, irqBit);
      Atomics.notify(ctl, irqWord);
      for (const w of wakeWords) Atomics.notify(ctl, w);
      await Atomics.waitAsync(edges, EDGE_DRAINED, drained, 100).value;
    }
  };
  const done = loop().finally(() => {
    Atomics.store(edges, EDGE_PUMP_ALIVE, 0);
  });
  return {
    stop() {
      running = false;
      // The helper thread's poll returns within 100 ms; close the library after it.
      void done.then(() => lib.close());
    },
  };
}
