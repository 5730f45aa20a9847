/**
 * End to end: `./wipy daemon --flash DIR --telnet-port P --ftp-port Q` as a user starts it,
 * then a telnet client at its REPL and an FTP client at its filesystem (free ports only;
 * nothing here needs 21, 23 or 2024).
 */

import { assert, assertEquals, assertStringIncludes } from "@std/assert";
import { getAvailablePort } from "@std/net";
import { bin, bytes, FtpClient, RawClient } from "./_net_client.ts";

const ROOT = new URL("..", import.meta.url).pathname;

class Daemon {
  child: Deno.ChildProcess;
  stderr = "";
  private errDone: Promise<void>;

  constructor(public flash: string, public telnetPort: number, public ftpPort: number) {
    this.child = new Deno.Command(`${ROOT}wipy`, {
      args: [
        "daemon",
        "--flash",
        flash,
        "--telnet-port",
        String(telnetPort),
        "--ftp-port",
        String(ftpPort),
      ],
      stdin: "null",
      stdout: "null",
      stderr: "piped",
      cwd: ROOT,
    }).spawn();
    const stderr = this.child.stderr;
    this.errDone = (async () => {
      const dec = new TextDecoder();
      for await (const chunk of stderr) this.stderr += dec.decode(chunk);
    })();
  }

  /** Waits until both servers announced themselves and the board has set up its flash. */
  async ready(): Promise<void> {
    const end = Date.now() + 15_000;
    const booted = () => {
      try {
        return Deno.statSync(`${this.flash}/boot.py`).isFile;
      } catch {
        return false;
      }
    };
    while (
      !(this.stderr.includes("telnet on port") && this.stderr.includes("ftp on port") && booted())
    ) {
      if (Date.now() > end) throw new Error(`daemon did not start: ${this.stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async stop(): Promise<number> {
    try {
      this.child.kill("SIGTERM");
    } catch { /* already gone */ }
    const { code } = await this.child.status;
    await this.errDone;
    return code;
  }
}

async function withDaemon(f: (d: Daemon) => Promise<void>): Promise<void> {
  const flash = Deno.makeTempDirSync({ prefix: "wipy-net-e2e-" });
  const telnetPort = getAvailablePort();
  let ftpPort = getAvailablePort();
  while (ftpPort === telnetPort) ftpPort = getAvailablePort();
  const d = new Daemon(flash, telnetPort, ftpPort);
  try {
    await d.ready();
    await f(d);
  } finally {
    assertEquals(await d.stop(), 0);
    Deno.removeSync(flash, { recursive: true });
  }
}

/** Logs in over telnet and waits for the prompt. */
async function telnetLogin(port: number, user = "micro", password = "python"): Promise<RawClient> {
  const c = await RawClient.connect(port);
  await c.expect("Login as: ");
  await c.send(`${user}\r\n`);
  await c.expect("Password: ");
  await new Promise((r) => setTimeout(r, 50)); // as pyboard.py pauses before the password
  await c.send(`${password}\r\n`);
  await c.expect('Type "help()" for more information.\r\n');
  await c.expect(">>> ");
  return c;
}

Deno.test("e2e telnet: login, print(1+1), Ctrl-C, soft reset keeps the session", async () => {
  await withDaemon(async (d) => {
    assertStringIncludes(d.stderr, `wipy: telnet on port ${d.telnetPort}\n`);
    assertStringIncludes(d.stderr, `wipy: ftp on port ${d.ftpPort}\n`);
    const c = await telnetLogin(d.telnetPort);
    await c.send("print(1+1)\r\n");
    assertEquals(await c.expect(">>> "), "print(1+1)\r\n2\r\n>>> ");
    // UTF-8 in and out
    await c.send("print('h\u00e9')\r\n");
    const utf8 = (t: string) => bin(new TextEncoder().encode(t));
    assertEquals(await c.expect(">>> "), utf8("print('h\u00e9')\r\nh\u00e9\r\n>>> "));
    // A loop is interrupted by Ctrl-C from the client.
    await c.send("while True: pass\r\n");
    await c.expect("... ");
    await c.send("\r\n");
    await new Promise((r) => setTimeout(r, 300));
    await c.send("\x03");
    const tb = await c.expect(">>> ");
    assertStringIncludes(tb, "KeyboardInterrupt: \r\n");
    // Soft reset: the session stays, state is gone.
    await c.send("x = 5\r\n");
    await c.expect(">>> ");
    await c.send("\x04");
    assertStringIncludes(await c.expect(">>> "), "PYB: soft reboot\r\n");
    await c.send("print(x)\r\n");
    assertStringIncludes(await c.expect(">>> "), "NameError");
    await c.send("print(2+2)\r\n");
    assertEquals(await c.expect(">>> "), "print(2+2)\r\n4\r\n>>> ");
    // A hard reset keeps it too.
    await c.send("import machine; machine.reset()\r");
    await c.expect("WiPy with CC3200\r\n");
    await c.expect(">>> ");
    await c.send("print(3+3)\r");
    assertStringIncludes(await c.expect("6\r\n>>> "), "print(3+3)\r\n");
    await c.close();
  });
});

Deno.test("e2e ftp: LIST, STOR/RETR seen by the board, cut-off STOR, no escape, junk", async () => {
  await withDaemon(async (d) => {
    const f = await FtpClient.connect(d.ftpPort);
    await f.login();
    // LIST / and /flash
    const root = await f.get("LIST");
    assertEquals(root.replies, ["150 ", "226 "]);
    assertEquals(root.data.split("\r\n").filter((l) => l).map((l) => l.slice(49)), ["flash"]);
    assertEquals(await f.cmd("CWD /flash"), "250 ");
    const names = (await f.get("LIST")).data.split("\r\n").filter((l) => l).map((l) => l.slice(49));
    for (const n of ["boot.py", "main.py", "lib", "sys", "cert"]) assert(names.includes(n), n);
    // STOR then RETR, and the board sees the file
    const src = "def hello():\n    return 'hi from ftp'\n";
    assertEquals(await f.put("STOR ftpmod.py", src), ["150 ", "226 "]);
    const back = await f.get("RETR /flash/ftpmod.py");
    assertEquals(back.data, src);
    const t = await telnetLogin(d.telnetPort);
    await t.send("import ftpmod; print(ftpmod.hello())\r\n");
    assertStringIncludes(await t.expect(">>> "), "hi from ftp\r\n");
    // ... and FTP sees what the board writes
    await t.send("f = open('/flash/fromboard.txt', 'w'); f.write('board'); f.close()\r\n");
    await t.expect(">>> ");
    assertEquals((await f.get("RETR fromboard.txt")).data, "board");
    // a STOR cut off mid-transfer leaves the old file intact
    {
      const g = await FtpClient.connect(d.ftpPort);
      assertStringIncludes(await g.reply(), "421 "); // one control connection at a time
      await g.close();
    }
    const { data } = await f.pasv();
    assertEquals(await f.cmd("STOR ftpmod.py"), "150 ");
    await data.send("def broken(");
    await f.close(); // the client dies: control first
    await new Promise((r) => setTimeout(r, 100));
    await data.close();
    await new Promise((r) => setTimeout(r, 100));
    assertEquals(Deno.readTextFileSync(`${d.flash}/ftpmod.py`), src);
    // CWD .. out of /flash reaches only the virtual root
    const h = await FtpClient.connect(d.ftpPort);
    await h.login();
    assertEquals(await h.cmd("CWD /flash"), "250 ");
    assertEquals(await h.cmd("CWD .."), "250 ");
    assertEquals(await h.cmd("PWD"), "257 /");
    assertEquals(await h.cmd("CWD ../.."), "250 ");
    assertEquals(await h.cmd("PWD"), "257 /");
    assertEquals(await h.cmd("CWD /flash/../../etc"), "550 ");
    assertEquals(await h.cmd("CWD ../../../../../../../../etc"), "550 ");
    assertEquals((await h.get("RETR ../../../../etc/passwd")).replies, ["550 "]);
    assertEquals((await h.get("RETR /etc/passwd")).replies, ["550 "]);
    assertEquals((await h.get("LIST")).data.split("\r\n").filter((l) => l).length, 1);
    // junk gets replies and the server keeps serving
    await h.ctl.send(bytes("\x00\xff\xfe\x01\x80garbage\r\n"));
    assertEquals(await h.reply(), "502 ");
    await h.ctl.send("X".repeat(50_000) + "\r\n");
    assertEquals(await h.reply(), "500 line too long");
    assertEquals(await h.cmd("RNTO nowhere"), "550 ");
    assertEquals(await h.cmd("LIST"), "425 ");
    assertEquals(await h.cmd("NOOP"), "200 ");
    await h.quit();
    // and the REPL is still fine
    await t.send("print(1+1)\r\n");
    assertEquals(await t.expect(">>> "), "print(1+1)\r\n2\r\n>>> ");
    await t.close();
  });
});

Deno.test("e2e cli: a port in use is a one-line error", async () => {
  const blocker = Deno.listen({ port: 0, hostname: "0.0.0.0" });
  const port = (blocker.addr as Deno.NetAddr).port;
  const flash = Deno.makeTempDirSync({ prefix: "wipy-net-e2e-" });
  try {
    const r = await new Deno.Command(`${ROOT}wipy`, {
      args: ["daemon", "--flash", flash, "--telnet-port", String(port), "--ftp-port", "0"],
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
    assertEquals(r.code, 2);
    assertEquals(new TextDecoder().decode(r.stderr), `wipy: telnet: port ${port} is in use\n`);
    const bad = await new Deno.Command(`${ROOT}wipy`, {
      args: ["daemon", "--flash", flash, "--ftp-port", "99999"],
      stdin: "null",
      stderr: "piped",
    }).output();
    assertEquals(bad.code, 2);
    assertStringIncludes(new TextDecoder().decode(bad.stderr), "--ftp-port needs a port number");
  } finally {
    blocker.close();
    Deno.removeSync(flash, { recursive: true });
  }
});

Deno.test("e2e network.Server: the board sets the login and stops the servers", async () => {
  await withDaemon(async (d) => {
    const c = await telnetLogin(d.telnetPort);
    await c.send("from network import Server; s = Server(); s.isrunning()\r\n");
    assertStringIncludes(await c.expect(">>> "), "True\r\n");
    // New credentials apply to the next login; this session stays.
    await c.send("s.init(login=('ada', 'lovelace'), timeout=60)\r\n");
    await c.expect(">>> ");
    await c.close();
    await new Promise((r) => setTimeout(r, 100));
    const ftp = await FtpClient.connect(d.ftpPort);
    assertStringIncludes(await ftp.reply(), "220");
    assertStringIncludes(await ftp.cmd("USER micro"), "331");
    assertStringIncludes(await ftp.cmd("PASS python"), "530");
    assertStringIncludes(await ftp.cmd("USER ada"), "331");
    assertStringIncludes(await ftp.cmd("PASS lovelace"), "230");
    await ftp.cmd("QUIT");
    await ftp.close();
    const c2 = await telnetLogin(d.telnetPort, "ada", "lovelace");
    // deinit() stops both servers: nothing listens any more.
    await c2.send("s.deinit()\r\n");
    await new Promise((r) => setTimeout(r, 300));
    let refused = false;
    try {
      const probe = await Deno.connect({ port: d.ftpPort });
      probe.close();
    } catch {
      refused = true;
    }
    assert(refused, "the FTP port still accepts connections after Server.deinit()");
  });
});
