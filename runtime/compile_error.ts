/**
 * The error the lexer, parser, scope analysis and compiler throw for bad source. It is a
 * plain JS error carrying what the Python SyntaxError needs; `interp.ts` turns it into one.
 */

/** A compile-time error: Python exception type name, message and position. */
export class CompileError extends Error {
  /** Creates a compile error for `filename` at `lineno` (1-based) and `col` (0-based). */
  constructor(
    public pyType: "SyntaxError" | "IndentationError",
    public msg: string,
    public filename: string,
    public lineno: number,
    public col: number,
  ) {
    super(`${pyType}: ${msg} (${filename}, line ${lineno})`);
  }
}
