/**
 * usocket/ussl end to end: `./wipy run` programs talking to local servers started here
 * (TCP echo, UDP echo, a TLS echo with a certificate made by openssl), a program that is
 * the server with this test as its client, timeouts, non-blocking EAGAIN, select/poll,
 * makefile/readline, the firmware's errors, Ctrl-C in a blocking call, and the embedding
 * (no host: OSError).
 */

import { assert, assertEquals, assertMatch, assertStringIncludes } from "@std/assert";
import { getAvailablePort } from "@std/net";
import dgram from "node:dgram";
import { runPython } from "../mod.ts";

const wipy = new URL("../wipy", import.meta.url).pathname;
const dec = new TextDecoder();
const enc = new TextEncoder();

interface Run {
  out: string;
  err: string;
  code: number;
  ms: number;
}

/** Runs `code` as /flash/main.py (extra files beside it); SIGINT after `interruptOn` shows. */
async function runPy(
  code: string,
  opts: { files?: Record<string, string>; args?: string[]; interruptOn?: string } = {},
): Promise<Run> {
  const dir = Deno.makeTempDirSync({ prefix: "wipy-sock-" });
  for (const [name, text] of Object.entries(opts.files ?? {})) {
    const path = `${dir}/${name}`;
    Deno.mkdirSync(path.slice(0, path.lastIndexOf("/")), { recursive: true });
    Deno.writeTextFileSync(path, text);
  }
  Deno.writeTextFileSync(`${dir}/main.py`, code);
  const start = performance.now();
  const child = new Deno.Command(wipy, {
    args: [...(opts.args ?? []), "run", `${dir}/main.py`],
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let out = "";
  const reading = (async () => {
    for await (const chunk of child.stdout) {
      out += dec.decode(chunk);
      if (opts.interruptOn && out.includes(opts.interruptOn)) {
        opts.interruptOn = undefined;
        child.kill("SIGINT");
      }
    }
  })();
  const errText = new Response(child.stderr).text();
  const status = await child.status;
  await reading;
  const err = await errText;
  Deno.removeSync(dir, { recursive: true });
  return { out, err, code: status.code, ms: performance.now() - start };
}

/** A TCP echo server on a free port; `hold` connections are read but never answered. */
function tcpEcho(opts: { silent?: boolean } = {}): { port: number; close: () => void } {
  const port = getAvailablePort();
  const l = Deno.listen({ hostname: "127.0.0.1", port });
  const conns = new Set<Deno.Conn>();
  (async () => {
    try {
      for await (const c of l) {
        conns.add(c);
        (async () => {
          const b = new Uint8Array(65536);
          try {
            for (;;) {
              const n = await c.read(b);
              if (n === null) break;
              if (opts.silent) continue;
              let o = 0;
              while (o < n) o += await c.write(b.subarray(o, n));
            }
          } catch { /* reset */ }
          conns.delete(c);
          try {
            c.close();
          } catch { /* closed */ }
        })();
      }
    } catch { /* closed */ }
  })();
  return {
    port,
    close: () => {
      l.close();
      for (const c of conns) {
        try {
          c.close();
        } catch { /* closed */ }
      }
    },
  };
}

const expectOk = (r: Run) => assertEquals(r.err + (r.code ? `(status ${r.code})` : ""), "");

Deno.test("TCP client: getaddrinfo, connect, send/recv, sendall, readline, makefile, close", async () => {
  const srv = tcpEcho();
  try {
    const r = await runPy(`
import socket
s = socket.socket()
print(repr(s))
ai = socket.getaddrinfo('localhost', ${srv.port})
print(ai)
print(socket.getaddrinfo('127.0.0.1', ${srv.port}))
s.connect(ai[0][-1])
print(s.send(b'hello\\n'))
print(s.recv(100))
s.sendall(b'line1\\nline2\\n')
print(s.readline(), s.readline())
f = s.makefile('rwb')
print(f is s)
print(f.write(b'abc'), f.read(3))
big = bytes(range(256)) * 600
s.sendall(big)
got = b''
while len(got) < len(big):
    got += s.recv(16000)
print(len(got), got == big)
buf = bytearray(4)
s.write(b'wxyz')
print(s.readinto(buf), buf)
s.close()
s.close()
try:
    s.recv(1)
except OSError as e:
    print('closed', e.args[0])
with socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP) as t:
    t.connect(('127.0.0.1', ${srv.port}))
    t.send(b'ctx')
    print(t.recv(3))
try:
    t.send(b'x')
except OSError as e:
    print('after with', e.args[0])
print(socket.error is OSError, issubclass(socket.timeout, OSError))
print(socket.AF_INET, socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.IPPROTO_TCP, socket.IPPROTO_UDP, socket.IPPROTO_SEC)
`);
    expectOk(r);
    assertEquals(
      r.out,
      [
        "<socket>",
        `[(2, 1, 0, '', ('127.0.0.1', ${srv.port}))]`,
        `[(2, 1, 0, '', ('127.0.0.1', ${srv.port}))]`,
        "6",
        "b'hello\\n'",
        "b'line1\\n' b'line2\\n'",
        "True",
        "3 b'abc'",
        "153600 True",
        "4 bytearray(b'wxyz')",
        "closed 9",
        "b'ctx'",
        "after with 9",
        "True True",
        "2 1 2 6 17 100",
        "",
      ].join("\n"),
    );
  } finally {
    srv.close();
  }
});

Deno.test("UDP: sendto/recvfrom against an echo, connect + send/recv, bind", async () => {
  const echo = dgram.createSocket("udp4");
  await new Promise<void>((r) => echo.bind(0, "127.0.0.1", () => r()));
  const port = echo.address().port;
  echo.on("message", (m, ri) => echo.send(m, ri.port, ri.address));
  const myPort = getAvailablePort();
  try {
    const r = await runPy(`
import socket
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
u.settimeout(5)
print(u.sendto(b'ping', ('127.0.0.1', ${port})))
data, addr = u.recvfrom(100)
print(data, addr)
u.close()
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.bind(('127.0.0.1', ${myPort}))
v.connect(('127.0.0.1', ${port}))
v.send(b'again')
d, a = v.recvfrom(3)
print(d, a)
v.setblocking(False)
try:
    v.recv(10)
except OSError as e:
    print('EAGAIN', e.args[0])
v.close()
`);
    expectOk(r);
    assertEquals(
      r.out,
      `4\nb'ping' ('127.0.0.1', ${port})\nb'aga' ('127.0.0.1', ${port})\nEAGAIN 11\n`,
    );
  } finally {
    echo.close();
  }
});

Deno.test("a program that is the server: bind, listen, accept, echo to this test's client", async () => {
  const port = getAvailablePort();
  const run = runPy(`
import socket
s = socket.socket()
s.setsockopt(1, 2, 1)
s.bind(('', ${port}))
s.listen(1)
print('listening')
c, addr = s.accept()
print(repr(c), addr[0])
line = c.readline()
c.send(b'echo:' + line)
c.close()
s.close()
`);
  let conn: Deno.Conn | undefined;
  for (let i = 0; i < 100 && !conn; i++) {
    try {
      conn = await Deno.connect({ hostname: "127.0.0.1", port });
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  assert(conn, "the program never listened");
  await conn.write(enc.encode("hi there\n"));
  const b = new Uint8Array(100);
  let got = "";
  for (;;) {
    const n = await conn.read(b);
    if (n === null) break;
    got += dec.decode(b.subarray(0, n));
  }
  conn.close();
  const r = await run;
  expectOk(r);
  assertEquals(got, "echo:hi there\n");
  assertEquals(r.out, "listening\n<socket> 127.0.0.1\n");
});

Deno.test("timeouts raise socket.timeout; non-blocking raises EAGAIN; float timeouts with --float", async () => {
  const srv = tcpEcho({ silent: true });
  const lport = getAvailablePort();
  try {
    const r = await runPy(`
import socket, time
s = socket.socket()
s.connect(('127.0.0.1', ${srv.port}))
s.settimeout(1)
t = time.ticks_ms()
try:
    s.recv(10)
except socket.timeout as e:
    print('timeout', type(e).__name__, e.args[0], 900 <= time.ticks_diff(t, time.ticks_ms()) < 3000)
s.setblocking(False)
try:
    s.recv(10)
except OSError as e:
    print('EAGAIN', e.args[0])
print(s.read(5), s.readline())
s.setblocking(True)
try:
    s.settimeout('1')
except TypeError as e:
    print('TypeError', e)
l = socket.socket()
l.bind(('127.0.0.1', ${lport}))
l.listen()
l.settimeout(0)
try:
    l.accept()
except OSError as e:
    print('accept EAGAIN', e.args[0])
n = socket.socket()
n.settimeout(0)
try:
    n.connect(('127.0.0.1', ${srv.port}))
except OSError as e:
    print('connect', e.args[0])
`);
    expectOk(r);
    assertEquals(
      r.out,
      [
        "timeout TimeoutError 110 True",
        "EAGAIN 11",
        "None None",
        "TypeError can't convert str to int",
        "accept EAGAIN 11",
        "connect 115",
        "",
      ].join("\n"),
    );
    const f = await runPy(
      `
import socket
s = socket.socket()
s.connect(('127.0.0.1', ${srv.port}))
s.settimeout(0.3)
try:
    s.recv(1)
except socket.timeout:
    print('timed out')
`,
      { args: ["--float"] },
    );
    expectOk(f);
    assertEquals(f.out, "timed out\n");
    assert(f.ms < 5000);
  } finally {
    srv.close();
  }
});

Deno.test("select.poll and select.select report socket readiness", async () => {
  const srv = tcpEcho();
  try {
    const r = await runPy(`
import socket, select
s = socket.socket()
s.connect(('127.0.0.1', ${srv.port}))
p = select.poll()
p.register(s, select.POLLIN)
print(p.poll(50))
s.send(b'x')
ev = p.poll(2000)
print(len(ev), ev[0][0] is s, ev[0][1] & select.POLLIN)
print(select.select([s], [s], [], 1) == ([s], [s], []))
s.recv(1)
print(select.select([s], [], [], 0))
l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen(1)
print(select.select([l], [], [], 0))
s.close()
try:
    p.poll(0)
except OSError as e:
    print('closed', e.args[0])
`);
    expectOk(r);
    assertEquals(
      r.out,
      "[]\n1 True 1\nTrue\n([], [], [])\n([], [], [])\nclosed 9\n",
    );
  } finally {
    srv.close();
  }
});

Deno.test("errors: refused, bad addresses, unknown names, closed sockets, wrong arguments", async () => {
  const closedPort = getAvailablePort();
  const r = await runPy(`
import socket
s = socket.socket()
try:
    s.connect(('127.0.0.1', ${closedPort}))
except OSError as e:
    print('refused', e.args[0])
for addr in [('localhost', 80), ('1.2.3', 80), ('1.2.3.999', 80), ('127.0.0.1',)]:
    try:
        socket.socket().connect(addr)
    except ValueError as e:
        print('ValueError', e)
try:
    socket.getaddrinfo('no-such-host.invalid', 80)
except OSError as e:
    print('unresolved', e.args[0])
try:
    s.recv(1)
except OSError as e:
    print('not connected', e.args[0])
s.close()
for f in (lambda: s.send(b'x'), lambda: s.connect(('127.0.0.1', 1)), lambda: s.bind(('', 0)), lambda: s.listen(), lambda: s.settimeout(1)):
    try:
        f()
    except OSError as e:
        print('EBADF', e.args[0])
try:
    socket.socket().send('text')
except TypeError as e:
    print('TypeError', e)
`);
  expectOk(r);
  assertEquals(
    r.out,
    [
      "refused 111",
      "ValueError invalid arguments",
      "ValueError invalid arguments",
      "ValueError invalid arguments",
      "ValueError requested length 2 but object has length 1",
      "unresolved 113",
      "not connected 107",
      "EBADF 9",
      "EBADF 9",
      "EBADF 9",
      "EBADF 9",
      "EBADF 9",
      "TypeError object with buffer protocol required",
      "",
    ].join("\n"),
  );
});

Deno.test("Ctrl-C interrupts a blocking recv and accept at once", async () => {
  const srv = tcpEcho({ silent: true });
  try {
    const r = await runPy(
      `
import socket
s = socket.socket()
s.connect(('127.0.0.1', ${srv.port}))
print('waiting')
s.recv(10)
`,
      { interruptOn: "waiting" },
    );
    assertStringIncludes(r.out + r.err, "KeyboardInterrupt");
    assert(r.ms < 5000, `took ${r.ms} ms`);
    const a = await runPy(
      `
import socket
l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen(1)
print('waiting')
try:
    l.accept()
except KeyboardInterrupt:
    print('interrupted')
print('still works', socket.getaddrinfo('127.0.0.1', 1)[0][-1])
`,
      { interruptOn: "waiting" },
    );
    assertEquals(a.out, "waiting\ninterrupted\nstill works ('127.0.0.1', 1)\n");
  } finally {
    srv.close();
  }
});

Deno.test("embedded without a board Worker, sockets raise a clear OSError", () => {
  const r = runPython(
    "import socket\ntry:\n    socket.socket()\nexcept OSError as e:\n    print(e)\n",
  );
  assertMatch(r.stdout, /sockets need the board's host/);
});

/** A CA and a leaf certificate for localhost/127.0.0.1 made by openssl (null without it). */
function makeCerts(): { ca: string; cert: string; key: string } | null {
  const dir = Deno.makeTempDirSync({ prefix: "wipy-tls-" });
  const sh = (args: string[]) =>
    new Deno.Command("openssl", { args, cwd: dir, stdout: "null", stderr: "null" }).outputSync()
      .success;
  try {
    Deno.writeTextFileSync(
      `${dir}/ext.cnf`,
      "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n",
    );
    const ok = sh([
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      "ca.key",
      "-out",
      "ca.pem",
      "-days",
      "30",
      "-subj",
      "/CN=wipy-test-ca",
    ]) &&
      sh([
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "key.pem",
        "-out",
        "leaf.csr",
        "-subj",
        "/CN=localhost",
      ]) &&
      sh([
        "x509",
        "-req",
        "-in",
        "leaf.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "cert.pem",
        "-days",
        "30",
        "-extfile",
        "ext.cnf",
      ]);
    if (!ok) return null;
    const read = (f: string) => Deno.readTextFileSync(`${dir}/${f}`);
    return { ca: read("ca.pem"), cert: read("cert.pem"), key: read("key.pem") };
  } catch {
    return null; // no openssl
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
}

const certs = makeCerts();

Deno.test("ssl.wrap_socket: argument errors, constants, wrap after connect", async () => {
  const srv = tcpEcho();
  try {
    const r = await runPy(`
import socket, ssl
print(ssl.CERT_NONE, ssl.CERT_OPTIONAL, ssl.CERT_REQUIRED, ssl.SSLError is OSError)
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_SEC)
ss = ssl.wrap_socket(s)
print(repr(ss), isinstance(ss, socket.socket))
for kw in ({'cert_reqs': ssl.CERT_REQUIRED}, {'server_side': True}, {'server_side': True, 'keyfile': '/flash/k'}):
    try:
        ssl.wrap_socket(socket.socket(), **kw)
    except ValueError as e:
        print('ValueError', e)
try:
    ssl.wrap_socket(1)
except TypeError as e:
    print('TypeError')
c = socket.socket()
c.connect(('127.0.0.1', ${srv.port}))
try:
    ssl.wrap_socket(c)
except OSError as e:
    print(e)
`);
    expectOk(r);
    assertEquals(
      r.out,
      [
        "0 1 2 True",
        "<ssl> True",
        "ValueError invalid argument(s) value",
        "ValueError invalid argument(s) value",
        "ValueError invalid argument(s) value",
        "TypeError",
        "ssl: wrap the socket before connect() (TLS starts at connect)",
        "",
      ].join("\n"),
    );
  } finally {
    srv.close();
  }
});

Deno.test({
  name: "TLS client against a local Deno.listenTls echo: CERT_REQUIRED, CERT_NONE, wrong CA",
  ignore: certs === null,
  fn: async () => {
    const port = getAvailablePort();
    const l = Deno.listenTls({ hostname: "127.0.0.1", port, cert: certs!.cert, key: certs!.key });
    (async () => {
      for await (const c of l) {
        (async () => {
          const b = new Uint8Array(4096);
          try {
            for (;;) {
              const n = await c.read(b);
              if (n === null) break;
              await c.write(b.subarray(0, n));
            }
          } catch { /* handshake refused */ }
          try {
            c.close();
          } catch { /* closed */ }
        })();
      }
    })().catch(() => {});
    // A CA that did not sign the server's certificate.
    const other = makeCerts()!;
    try {
      const r = await runPy(
        `
import socket, ssl
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_SEC)
ss = ssl.wrap_socket(s, cert_reqs=ssl.CERT_REQUIRED, ca_certs='/flash/cert/ca.pem')
ss.connect(socket.getaddrinfo('localhost', ${port})[0][-1])
ss.write(b'secret\\n')
print(ss.readline())
ss.close()
n = ssl.wrap_socket(socket.socket())
n.connect(('127.0.0.1', ${port}))
n.send(b'unverified')
print(n.recv(100))
n.close()
w = ssl.wrap_socket(socket.socket(), cert_reqs=ssl.CERT_REQUIRED, ca_certs='/flash/cert/other.pem')
try:
    w.connect(('127.0.0.1', ${port}))
except ssl.SSLError as e:
    print('refused', 'TLS' in str(e))
`,
        { files: { "cert/ca.pem": certs!.ca, "cert/other.pem": other.ca } },
      );
      expectOk(r);
      assertEquals(r.out, "b'secret\\n'\nb'unverified'\nrefused True\n");
    } finally {
      l.close();
    }
  },
});

Deno.test({
  name: "TLS server side: a wrapped socket bound, listening and accepting a Deno TLS client",
  ignore: certs === null,
  fn: async () => {
    const port = getAvailablePort();
    const run = runPy(
      `
import socket, ssl
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_SEC)
ss = ssl.wrap_socket(s, server_side=True, keyfile='/flash/cert/private.key', certfile='/flash/cert/cert.pem')
ss.bind(('127.0.0.1', ${port}))
ss.listen(1)
c, a = ss.accept()
print(repr(c))
c.send(b'tls:' + c.readline())
c.close()
`,
      { files: { "cert/cert.pem": certs!.cert, "cert/private.key": certs!.key } },
    );
    let conn: Deno.TlsConn | undefined;
    for (let i = 0; i < 100 && !conn; i++) {
      try {
        conn = await Deno.connectTls({ hostname: "localhost", port, caCerts: [certs!.ca] });
        await conn.handshake();
      } catch {
        conn = undefined;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    assert(conn, "no TLS server");
    await conn.write(enc.encode("hello\n"));
    const b = new Uint8Array(100);
    let got = "";
    for (;;) {
      const n = await conn.read(b).catch(() => null);
      if (n === null) break;
      got += dec.decode(b.subarray(0, n));
    }
    conn.close();
    const r = await run;
    expectOk(r);
    assertEquals(got, "tls:hello\n");
    assertEquals(r.out, "<ssl>\n");
  },
});

Deno.test("a reset closes the program's sockets (the port can be bound again)", async () => {
  const port = getAvailablePort();
  const r = await runPy(`
import socket, machine
s = socket.socket()
s.bind(('127.0.0.1', ${port}))
s.listen(1)
if machine.reset_cause() != machine.HARD_RESET:
    print('bound, resetting')
    machine.reset()
print('bound again')
`);
  expectOk(r);
  assertEquals(r.out, "bound, resetting\nbound again\n");
});

Deno.test("readline: long lines, a limit, partial lines on a non-blocking socket", async () => {
  const srv = tcpEcho();
  try {
    const r = await runPy(`
import socket, time
s = socket.socket()
s.connect(('127.0.0.1', ${srv.port}))
s.send(b'a\\nbb\\n' + b'x' * 40000 + b'\\nend')
print(s.readline(), s.readline())
l = s.readline()
print(len(l), l[-1:])
print(s.readline(2))
s.setblocking(False)
time.sleep_ms(200)
print(s.readline(), s.readline())
s.setblocking(True)
s.send(b'a\\r\\n')
print(s.makefile().readline())
`);
    expectOk(r);
    assertEquals(r.out, "b'a\\n' b'bb\\n'\n40001 b'\\n'\nb'en'\nb'd' None\nb'a\\r\\n'\n");
  } finally {
    srv.close();
  }
});

Deno.test("IRQ handlers run while a socket call waits; they cannot start another one", async () => {
  const srv = tcpEcho({ silent: true });
  try {
    const r = await runPy(`
import socket
from machine import Timer
n = [0]
def tick(t):
    n[0] += 1
tim = Timer(1, mode=Timer.PERIODIC)
ch = tim.channel(Timer.A, freq=100)
ch.irq(handler=tick, trigger=Timer.TIMEOUT)
s = socket.socket()
s.connect(('127.0.0.1', ${srv.port}))
s.settimeout(1)
try:
    s.recv(10)
except socket.timeout:
    pass
print(n[0] > 50)
def nested(t):
    ch.irq(handler=None)
    try:
        s.send(b'x')
    except OSError as e:
        print(e)
ch.irq(handler=nested, trigger=Timer.TIMEOUT)
try:
    s.recv(10)
except socket.timeout:
    pass
tim.deinit()
`);
    expectOk(r);
    assertEquals(r.out, "True\nsocket call from an IRQ handler while another call waits\n");
  } finally {
    srv.close();
  }
});
