/**
 * Embedding API: create a virtual WiPy, run Python source on it and collect its output.
 *
 * @example
 * ```ts
 * import { runPython } from "./mod.ts";
 * const r = runPython("print(6 * 7)");
 * console.log(r.stdout); // "42\n"
 * ```
 *
 * @module
 */

import { runMain, setupBoard } from "./runtime/board.ts";
import type { BoardOptions } from "./runtime/board.ts";

export type { BoardOptions } from "./runtime/board.ts";

/** What running a program produced. */
export interface RunOutput {
  /** Everything the program printed. */
  stdout: string;
  /** Tracebacks and other error output. */
  stderr: string;
  /** The exit status MicroPython's unix port would give (0, 1 after an exception, or SystemExit's code). */
  status: number;
}

/**
 * Runs Python source as `__main__` on a fresh virtual board (in this JS realm) and returns
 * its output. One board runs at a time per realm.
 */
export function runPython(
  source: string,
  options: BoardOptions & { filename?: string } = {},
): RunOutput {
  let stdout = "";
  let stderr = "";
  setupBoard({
    ...options,
    host: {
      writeOut: (s) => void (stdout += s),
      writeErr: (s) => void (stderr += s),
      readLine: () => null,
      ...options.host,
    },
  });
  const { status } = runMain(source, options.filename ?? "<stdin>");
  return { stdout, stderr, status };
}
