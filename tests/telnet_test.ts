/**
 * The telnet server: its option parser on its own, then the server in-process against a
 * fake REPL (login dialogue byte for byte, failures, one client, timeout, input/output).
 */

import { assertEquals, assertStringIncludes } from "@std/assert";
import {
  DO,
  DONT,
  escapeIac,
  IAC,
  INVALID_LOGIN,
  IP,
  LOGIN_SUCCESS,
  OPTIONS_PASS,
  OPTIONS_REPL,
  OPTIONS_USER,
  type ReplEndpoint,
  SB,
  SE,
  TelnetParser,
  TelnetServer,
  WILL,
  WONT,
} from "../net/telnet.ts";
import { bin, bytes, RawClient } from "./_net_client.ts";

const B = (...b: number[]) => Uint8Array.from(b);

Deno.test("telnet parser: data passes, bytes >= 128 are data (UTF-8 works)", () => {
  const p = new TelnetParser();
  const utf8 = new TextEncoder().encode("print('été ✓')\r");
  const r = p.push(utf8);
  assertEquals(r.data, utf8);
  assertEquals(r.reply, B());
});

Deno.test("telnet parser: IAC IAC is a 0xFF data byte, CR NUL is CR, CR LF stays", () => {
  const p = new TelnetParser();
  assertEquals(p.push(B(0x41, IAC, IAC, 0x42)).data, B(0x41, 0xff, 0x42));
  assertEquals(p.push(B(13, 0, 0x43, 13, 10)).data, B(13, 0x43, 13, 10));
  // CR at the end of one chunk, NUL at the start of the next
  assertEquals(p.push(B(0x44, 13)).data, B(0x44, 13));
  assertEquals(p.push(B(0, 0x45)).data, B(0x45));
});

Deno.test("telnet parser: commands split across chunks", () => {
  const p = new TelnetParser();
  assertEquals(p.push(B(0x31, IAC)).data, B(0x31));
  const r = p.push(B(WILL));
  assertEquals(r.data, B());
  const r2 = p.push(B(31, 0x32)); // WILL NAWS → refused
  assertEquals(r2.data, B(0x32));
  assertEquals(r2.reply, B(IAC, DONT, 31));
});

Deno.test("telnet parser: sub-negotiations are skipped whole, IAC IAC inside included", () => {
  const p = new TelnetParser();
  const r = p.push(B(0x61, IAC, SB, 31, 0, 80, IAC, IAC, 24, IAC, SE, 0x62));
  assertEquals(r.data, B(0x61, 0x62));
  // split inside the sub-negotiation
  assertEquals(p.push(B(IAC, SB, 24, 0, 0x78)).data, B());
  assertEquals(p.push(B(0x79, IAC)).data, B());
  assertEquals(p.push(B(SE, 0x63)).data, B(0x63));
});

Deno.test("telnet parser: negotiation answers once, acknowledgements get none", () => {
  const p = new TelnetParser();
  p.announce(OPTIONS_REPL); // WILL ECHO, WILL SGA, WONT LINEMODE
  assertEquals(p.push(B(IAC, DO, 1, IAC, DO, 3)).reply, B()); // acks of our WILLs
  assertEquals(p.push(B(IAC, DO, 24)).reply, B(IAC, WONT, 24)); // unsupported: refused
  assertEquals(p.push(B(IAC, DO, 24)).reply, B()); // ... once
  assertEquals(p.push(B(IAC, WILL, 3)).reply, B(IAC, DO, 3)); // client SGA accepted
  assertEquals(p.push(B(IAC, WILL, 3)).reply, B());
  assertEquals(p.push(B(IAC, WONT, 3)).reply, B(IAC, DONT, 3));
  assertEquals(p.push(B(IAC, DONT, 1)).reply, B(IAC, WONT, 1)); // we stop echo-announcing
  assertEquals(p.push(B(IAC, DONT, 1)).reply, B());
  assertEquals(p.push(B(IAC, WILL, 39)).reply, B(IAC, DONT, 39));
  assertEquals(p.push(B(IAC, WONT, 39)).reply, B());
});

Deno.test("telnet parser: IAC IP is Ctrl-C; other commands vanish", () => {
  const p = new TelnetParser();
  assertEquals(p.push(B(0x61, IAC, IP, IAC, 241, IAC, 249, 0x62)).data, B(0x61, 3, 0x62));
});

Deno.test("telnet: 0xFF in output is escaped", () => {
  assertEquals(escapeIac(B(1, 255, 2)), B(1, 255, 255, 2));
  const same = B(1, 2, 3);
  assertEquals(escapeIac(same), same);
});

/** A stand-in for the board's REPL: records input, lets the test produce output. */
class FakeRepl implements ReplEndpoint {
  input: number[] = [];
  sinks = new Set<(d: Uint8Array) => void>();
  prompt = true;
  feed(d: Uint8Array): void {
    this.input.push(...d);
  }
  attach(sink: (d: Uint8Array) => void): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }
  atPrompt(): boolean {
    return this.prompt;
  }
  emit(s: string | Uint8Array): void {
    const b = typeof s === "string" ? new TextEncoder().encode(s) : s;
    for (const sink of this.sinks) sink(b);
  }
}

async function withServer(
  f: (port: number, repl: FakeRepl, server: TelnetServer) => Promise<void>,
  opts: { timeoutMs?: number } = {},
): Promise<void> {
  const repl = new FakeRepl();
  const server = new TelnetServer(repl, { port: 0, hostname: "127.0.0.1", ...opts });
  const port = server.listen();
  try {
    await f(port, repl, server);
  } finally {
    await server.close();
  }
}

const BANNER = "MicroPython v1.8.3 on 2016-08-09; WiPy with CC3200\r\n";

async function waitFor(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("condition not met");
    await new Promise((r) => setTimeout(r, 5));
  }
}

Deno.test("telnet server: the firmware's login dialogue, byte for byte", async () => {
  await withServer(async (port, repl) => {
    const c = await RawClient.connect(port);
    assertEquals(await c.expect("Login as: "), BANNER + bin(OPTIONS_USER) + "Login as: ");
    await c.send("micro\r\n");
    assertEquals(await c.expect(bin(OPTIONS_PASS)), "Password: " + bin(OPTIONS_PASS));
    await c.send("python\r\n");
    assertEquals(await c.expect(LOGIN_SUCCESS), bin(OPTIONS_REPL) + LOGIN_SUCCESS);
    // At the prompt the server asks the REPL for a fresh one (a Ctrl-C cancels the line).
    await waitFor(() => repl.input.length > 0);
    assertEquals(repl.input, [3]);
    repl.input = [];
    // Output reaches the client (0xFF escaped); input reaches the REPL, UTF-8 intact.
    repl.emit(">>> ");
    await c.expect(">>> ");
    repl.emit(B(0x41, 0xff, 0x42));
    assertEquals(await c.expect("B"), "A\xff\xffB");
    await c.send("x = 'ü'\r\x00");
    await waitFor(() => repl.input.length >= 9);
    assertEquals(new TextDecoder().decode(B(...repl.input)), "x = 'ü'\r");
    await c.close();
  });
});

Deno.test("telnet server: wrong credentials three times disconnect; the password is always asked", async () => {
  await withServer(async (port, repl) => {
    const c = await RawClient.connect(port);
    await c.expect("Login as: ");
    for (const [u, p] of [["root", "python"], ["micro", "wrong"], ["micr", "pytho"]]) {
      await c.send(`${u}\r\n`);
      await c.expect("Password: ");
      await c.send(`${p}\r\n`);
      await c.expect(INVALID_LOGIN);
    }
    const rest = await c.expectEnd();
    assertEquals(rest, "");
    assertEquals(repl.input, []);
    assertEquals(repl.sinks.size, 0);
    await c.close();
  });
});

Deno.test("telnet server: a failed login asks again; the second try can succeed", async () => {
  await withServer(async (port) => {
    const c = await RawClient.connect(port);
    await c.expect("Login as: ");
    await c.send("micro\r\n");
    await c.expect("Password: ");
    await c.send("nope\r\n");
    assertEquals(
      await c.expect("Login as: "),
      bin(OPTIONS_PASS) + INVALID_LOGIN + bin(OPTIONS_USER) + "Login as: ",
    );
    await c.send("micro\r");
    await c.expect("Password: ");
    await c.send("python\r");
    await c.expect("Login succeeded!");
    await c.close();
  });
});

Deno.test("telnet server: a second client is refused while a session is open", async () => {
  await withServer(async (port) => {
    const a = await RawClient.connect(port);
    await a.expect("Login as: ");
    const b = await RawClient.connect(port);
    assertStringIncludes(await b.expectEnd(), "Only one telnet session");
    await b.close();
    await a.close();
    // once the first is gone, a new client gets in
    await new Promise((r) => setTimeout(r, 50));
    const c = await RawClient.connect(port);
    await c.expect("Login as: ");
    await c.close();
  });
});

Deno.test("telnet server: idle sessions close after the timeout", async () => {
  await withServer(async (port) => {
    const c = await RawClient.connect(port);
    await c.expect("Login as: ");
    const t0 = Date.now();
    await c.expectEnd(3000);
    const dt = Date.now() - t0;
    assertEquals(dt >= 150 && dt < 2000, true, `closed after ${dt} ms`);
    await c.close();
  }, { timeoutMs: 200 });
});

Deno.test("telnet server: binary junk and broken commands do not stop it", async () => {
  await withServer(async (port, repl) => {
    const c = await RawClient.connect(port);
    await c.expect("Login as: ");
    await c.send("micro\r\n");
    await c.expect("Password: ");
    await c.send("python\r\n");
    await c.expect("Login succeeded!");
    repl.input = [];
    const junk = new Uint8Array(100_000);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) & 0xff;
    await c.send(junk);
    await c.send(bytes("\xff\xfa\x18")); // unterminated sub-negotiation
    await c.send(bytes("\xff\xf0ok"));
    await waitFor(() => repl.input.slice(-2).join() === "111,107");
    repl.emit("still here");
    await c.expect("still here");
    await c.close();
  });
});
