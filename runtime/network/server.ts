/**
 * `network.Server`: the settings of the WiPy's telnet and FTP servers (one call configures
 * both): `init(*, login=('micro', 'python'), timeout=300)` starts them, `deinit()` stops them,
 * `timeout([s])`, `isrunning()`. Login strings are at most 32 characters and the timeout at
 * least 5 s, as in the firmware. The servers themselves are the host's (`wipy daemon`); the
 * board reports every change to it. Under `wipy run` the host serves nothing, so
 * `isrunning()` stays False.
 */

import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { osError, typeError, valueError } from "../errors.ts";
import { PyTuple } from "../objtuple.ts";
import { PyList } from "../objlist.ts";
import { ctx } from "../context.ts";
import { ERRNO } from "../../hal/vfs.ts";
import { asStr } from "../objstr.ts";
import { bindArgs, intArg, method } from "../modules/modutil.ts";
import { netState, saveNetState, type ServerState } from "./state.ts";

function invalid(): never {
  throw valueError("invalid argument(s) value");
}

/** The servers as the firmware starts them. */
function defaults(): ServerState {
  return { running: true, user: "micro", password: "python", timeout: 300 };
}

function state(): ServerState {
  return (netState().server ??= defaults());
}

/** The server object. */
export class PyServer {
  declare $cls: PyType;
}

/** The `Server` type. */
export const server_type: PyType = makeNativeType("Server", PyServer.prototype);
server_type.$module = "network";

function validTimeout(t: PyObj): number {
  const v = intArg(t);
  return v < 5 ? invalid() : v;
}

/** Server.init(*, login=('micro', 'python'), timeout=300). */
function initServer(_self: PyServer, login?: PyObj, timeout?: PyObj): PyObj {
  const st = state();
  let user = st.user;
  let password = st.password;
  if (login !== undefined && login !== None) {
    if (!(login instanceof PyTuple || login instanceof PyList)) {
      throw typeError("object is not a tuple or list");
    }
    if (login.a.length !== 2) throw valueError("tuple/list has wrong length");
    const [u, p] = login.a.map((x) => asStr(x));
    if (u === undefined || p === undefined) throw typeError("can't convert to str implicitly");
    if (u.length > 32 || p.length > 32) invalid();
    [user, password] = [u, p];
  }
  const t = timeout === undefined ? st.timeout : validTimeout(timeout);
  Object.assign(st, { running: true, user, password, timeout: t });
  saveNetState();
  return None;
}

server_type.$construct = (_c, args, kwn, kwv) => {
  const [id, login, timeout] = bindArgs(["id", "login", "timeout"], args, kwn, kwv);
  if (id !== undefined && intArg(id) !== 0) throw osError(ERRNO.ENODEV);
  const self = (ctx.state.server ??= new PyServer()) as PyServer;
  if (login !== undefined || timeout !== undefined) initServer(self, login, timeout);
  return self;
};

defMethods(server_type, {
  init: method(0, 2, initServer, ["self", "login", "timeout"]),
  deinit: method(0, 0, () => {
    state().running = false;
    saveNetState();
    return None;
  }),
  timeout: method(0, 1, (_self: PyServer, t?: PyObj) => {
    const st = state();
    if (t === undefined) return st.timeout;
    st.timeout = validTimeout(t);
    saveNetState();
    return None;
  }),
  isrunning: method(0, 0, () => state().running && !!ctx.state.servers),
});
