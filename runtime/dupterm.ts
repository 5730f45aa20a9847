/**
 * `os.dupterm(stream)`: the REPL's output is copied to `stream.write()` and its input is
 * also taken from `stream.read()` (which returns None or b"" when it has nothing), as the
 * WiPy does for a UART or a socket. The REPL's terminal calls these hooks only while a
 * stream is set, so the plain terminal path is unchanged.
 */

import { None, type PyObj } from "./object.ts";
import { ctx } from "./context.ts";
import { callMethod } from "./ops.ts";
import { bytesFromArray } from "./objbytes.ts";
import { termHooks } from "./hostlink.ts";
import { isInstanceExc, KeyboardInterrupt } from "./errors.ts";

const encoder = new TextEncoder();
let busy = false;

function stream(): PyObj | undefined {
  const s = ctx.state.dupterm;
  return s === undefined || s === None ? undefined : s;
}

/** A failing stream is detached, as the firmware does, so the REPL keeps working. */
function detach(e: unknown): void {
  if (isInstanceExc(e, KeyboardInterrupt)) throw e;
  ctx.state.dupterm = undefined;
}

termHooks.active = () => stream() !== undefined;

termHooks.write = (data) => {
  const s = stream();
  if (s === undefined || busy) return;
  busy = true;
  try {
    const bytes = typeof data === "string" ? encoder.encode(data) : data;
    callMethod(s, "write", [bytesFromArray(bytes.slice())]);
  } catch (e) {
    detach(e);
  } finally {
    busy = false;
  }
};

termHooks.read = () => {
  const s = stream();
  if (s === undefined || busy) return undefined;
  busy = true;
  try {
    const r = callMethod(s, "read", [1]);
    if (r === None || r === undefined) return undefined;
    const b: Uint8Array | undefined = r?.$buf?.();
    if (b !== undefined && b.length > 0) return b[0];
    if (typeof r === "string" && r.length > 0) return r.charCodeAt(0);
    return undefined;
  } catch (e) {
    detach(e);
    return undefined;
  } finally {
    busy = false;
  }
};
