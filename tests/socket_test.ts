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
