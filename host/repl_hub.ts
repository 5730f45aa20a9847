/**
 * The board's REPL as several terminals share it, as the WiPy duplicates its REPL on the
 * UART and on telnet: the board's output goes to every attached sink (stdout, the telnet
 * session) and input from any of them goes to the board. The board behind it may change
 * (a hard reset keeps the hub), so the hub is made first and the board set later.
 */

import type { BoardHandle } from "./board.ts";
import type { ReplEndpoint } from "../net/telnet.ts";

export class ReplHub implements ReplEndpoint {
  private sinks = new Set<(data: Uint8Array) => void>();
  board: BoardHandle | null = null;

  /** The board's output callback: copies `data` to every sink. */
  output = (data: Uint8Array): void => {
    for (const sink of this.sinks) {
      try {
        sink(data);
      } catch { /* one broken sink must not stop the others */ }
    }
  };

  attach(sink: (data: Uint8Array) => void): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  feed(data: Uint8Array): void {
    this.board?.feed(data);
  }

  atPrompt(): boolean {
    return this.board?.atPrompt() ?? false;
  }
}
