/**
 * The `uselect` module (importable as `select`): `poll()` objects and `select.select()`
 * over stream objects.
 *
 * Readiness protocol: a pollable object implements a JS method `$poll(mask: number): number`
 * returning the events of `mask` (POLLIN = 1, POLLOUT = 4) that are ready now, plus POLLERR
 * (8) / POLLHUP (16) when they apply (those two are always reported). Files are always
 * ready; sys.stdin/stdout/stderr report POLLIN/POLLOUT. Objects without `$poll` cannot be
 * registered (OSError, as the firmware's "stream operation not supported").
 *
 * Waiting blocks the board in short host sleeps (`ctx.host.sleepMs`), so it stays
 * interruptible (Ctrl-C, IRQ handlers run between checks).
 */

// deno-lint-ignore-file no-explicit-any
import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { exc, OSError, osError, typeError } from "../errors.ts";
import { PyList } from "../objlist.ts";
import { tuple } from "../objtuple.ts";
import { PyFloat } from "../objfloat.ts";
import { nativeModule } from "../objobject.ts";
import { ctx } from "../context.ts";
import { builtinModules } from "../import.ts";
import { toArray } from "../ops.ts";
import { ERRNO } from "../../hal/vfs.ts";
import { POLLERR, POLLHUP, POLLIN, POLLOUT } from "../objfile.ts";
import { PyStdStream } from "./sys.ts";
import { absent, fn, intArg, method } from "./modutil.ts";

// The standard streams: stdin is treated as always readable for now.
if (typeof (PyStdStream.prototype as any).$poll !== "function") {
  (PyStdStream.prototype as any).$poll = function (this: PyStdStream, mask: number) {
    if (this.which !== "stdin") return mask & POLLOUT;
    // stdin is readable when the host has input queued (or it ended), or text is pending.
    const ready = this.pending.length > 0 || (ctx.host.inputReady?.() ?? true);
    return ready ? mask & POLLIN : 0;
  };
}

function pollable(o: PyObj): boolean {
  return o !== null && typeof o === "object" && typeof o.$poll === "function";
}

function checkPollable(o: PyObj): void {
  if (!pollable(o)) throw exc(OSError, "stream operation not supported");
}

function readiness(o: PyObj, mask: number): number {
  const r = Number(o.$poll(mask)) | 0;
  return r & (mask | POLLERR | POLLHUP);
}

/** Waits until `check` returns true or `timeoutMs` passes (< 0: forever). */
function waitUntil(check: () => boolean, timeoutMs: number): void {
  const start = ctx.host.monotonicMs();
  for (;;) {
    if (check()) return;
    const elapsed = ctx.host.monotonicMs() - start;
    if (timeoutMs >= 0 && elapsed >= timeoutMs) return;
    const step = timeoutMs >= 0 ? Math.min(10, timeoutMs - elapsed) : 10;
    if (step > 0) ctx.host.sleepMs(step);
    if (ctx.interrupt[0] !== 0) ctx.poll();
  }
}

/** A poll object. */
export class PyPoll {
  declare $cls: PyType;
  /** Registered objects and their event masks, in registration order. */
  entries = new Map<PyObj, number>();
}

/** The poll type. */
export const poll_type: PyType = makeNativeType("poll", PyPoll.prototype);

defMethods(poll_type, {
  register: method(1, 2, (p: PyPoll, o: PyObj, mask?: PyObj) => {
    checkPollable(o);
    p.entries.set(o, absent(mask) ? POLLIN | POLLOUT : intArg(mask));
    return None;
  }),
  unregister: method(1, 1, (p: PyPoll, o: PyObj) => {
    p.entries.delete(o);
    return None;
  }),
  modify: method(2, 2, (p: PyPoll, o: PyObj, mask: PyObj) => {
    const m = intArg(mask);
    if (!p.entries.has(o)) throw osError(ERRNO.ENOENT);
    p.entries.set(o, m);
    return None;
  }),
  poll: method(0, 1, (p: PyPoll, timeout?: PyObj) => {
    let t = -1;
    if (!absent(timeout)) {
      t = timeout instanceof PyFloat && ctx.config.float ? timeout.v : intArg(timeout);
    }
    let ready: PyObj[] = [];
    waitUntil(() => {
      ready = [];
      for (const [o, mask] of p.entries) {
        const ev = readiness(o, mask);
        if (ev !== 0) ready.push(tuple([o, ev]));
      }
      return ready.length > 0;
    }, t);
    return new PyList(ready);
  }),
});

const select = fn("select", 3, 4, (r: PyObj, w: PyObj, x: PyObj, timeout?: PyObj) => {
  const rl = toArray(r);
  const wl = toArray(w);
  const xl = toArray(x);
  for (const o of [...rl, ...wl, ...xl]) checkPollable(o);
  let t = -1;
  if (!absent(timeout)) {
    if (timeout instanceof PyFloat && ctx.config.float) t = timeout.v * 1000;
    else if (typeof timeout === "number" || typeof timeout === "boolean") {
      t = Number(timeout) * 1000;
    } else throw typeError("timeout must be a number");
  }
  let out: PyObj[][] = [[], [], []];
  waitUntil(() => {
    out = [
      rl.filter((o) => readiness(o, POLLIN) & (POLLIN | POLLERR | POLLHUP)),
      wl.filter((o) => readiness(o, POLLOUT) & (POLLOUT | POLLERR | POLLHUP)),
      xl.filter((o) => readiness(o, 0) & (POLLERR | POLLHUP)),
    ];
    return out.some((l) => l.length > 0);
  }, t);
  return tuple(out.map((l) => new PyList(l)));
});

function makeSelect() {
  return nativeModule("uselect", {
    poll: fn("poll", 0, 0, () => new PyPoll()),
    select,
    POLLIN,
    POLLOUT,
    POLLERR,
    POLLHUP,
  });
}

builtinModules.set("uselect", makeSelect);
void (0 as any);
