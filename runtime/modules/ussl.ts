/**
 * The `ussl` module (importable as `ssl`), as the WiPy's modussl.c: `wrap_socket` returns an
 * `ssl` socket (a subtype of `socket` with all its methods) sharing the wrapped socket's
 * connection; the TLS session starts at `connect()` (client) or on each `accept()` of a
 * socket bound after wrapping (server). As on the WiPy, wrap before connecting.
 *
 * cert_reqs=CERT_REQUIRED verifies the server against `ca_certs` (a file on the board);
 * CERT_NONE and CERT_OPTIONAL do not verify (the firmware passes no CA file unless
 * CERT_REQUIRED). cert_reqs other than CERT_NONE without ca_certs, or server_side without
 * keyfile and certfile, raise ValueError("invalid argument(s) value"). SSLError is OSError.
 */

import { None, type PyObj, type PyType } from "../object.ts";
import { exc, OSError, typeError, valueError } from "../errors.ts";
import { makeNativeType } from "../object.ts";
import { nativeModule } from "../objobject.ts";
import { builtinModules } from "../import.ts";
import { PySocket, socket_type } from "./usocket.ts";
import { absent, bindKwOnly, intArg, named, strArg } from "./modutil.ts";

const CERT_NONE = 0;
const CERT_OPTIONAL = 1;
const CERT_REQUIRED = 2;

/** The ssl socket type: a subtype of socket with the same methods. */
export const ssl_type: PyType = makeNativeType("ssl", Object.create(socket_type.$p), socket_type);
ssl_type.$module = "ussl";

const PARAMS = [
  "sock",
  "keyfile",
  "certfile",
  "server_side",
  "cert_reqs",
  "ssl_version",
  "ca_certs",
];

function invalid(): never {
  throw valueError("invalid argument(s) value");
}

// deno-lint-ignore no-explicit-any
const wrapSocket: any = (...a: PyObj[]) => wrapSocket.$kwraw(a, [], []);
wrapSocket.$kwraw = (args: PyObj[], kwn: string[], kwv: PyObj[]) => {
  const [sock, keyfile, certfile, serverSide, certReqs, sslVersion, caCerts] = bindKwOnly(
    PARAMS,
    1,
    [],
    args,
    kwn,
    kwv,
  );
  if (sock === undefined) throw typeError("function missing 1 required positional arguments");
  if (!(sock instanceof PySocket)) throw typeError("expecting a socket");
  const reqs = absent(certReqs) ? CERT_NONE : intArg(certReqs);
  if (!absent(sslVersion)) intArg(sslVersion);
  if (reqs !== CERT_NONE && absent(caCerts)) invalid();
  const server = serverSide !== undefined && serverSide !== None && serverSide !== false &&
    serverSide !== 0;
  if (server && (absent(keyfile) || absent(certfile))) invalid();
  if (sock.closed) throw exc(OSError, 9);
  if (sock.udp) throw exc(OSError, "ssl: only SOCK_STREAM sockets can be wrapped");
  if (sock.connected) {
    throw exc(OSError, "ssl: wrap the socket before connect() (TLS starts at connect)");
  }
  // The SSL socket inherits everything from the original (it shares the connection).
  const s = Object.create(ssl_type.$p) as PySocket;
  Object.assign(s, sock);
  s.tlsClient = {
    certReqs: reqs,
    caCerts: absent(caCerts) || reqs !== CERT_REQUIRED ? undefined : strArg(caCerts!),
  };
  if (server) s.tlsServer = { keyfile: strArg(keyfile!), certfile: strArg(certfile!) };
  return s;
};
named("wrap_socket", wrapSocket);

function makeUssl() {
  return nativeModule("ussl", {
    wrap_socket: wrapSocket,
    SSLError: OSError,
    CERT_NONE,
    CERT_OPTIONAL,
    CERT_REQUIRED,
    PROTOCOL_SSLv3: 0,
    PROTOCOL_TLSv1: 1,
    PROTOCOL_TLSv1_1: 2,
    PROTOCOL_TLSv1_2: 3,
  });
}

builtinModules.set("ussl", makeUssl);
