/**
 * The FTP server: its formatting helpers, then the server in-process over a VirtualFs on
 * temporary folders (commands and replies, transfers, containment, hostile input).
 */

import { assert, assertEquals, assertMatch, assertStringIncludes } from "@std/assert";
import { FtpServer, listLine, mdtm, parseCommand, pasvAddress } from "../net/ftp.ts";
import { VirtualFs } from "../hal/vfs.ts";
import { bytes, FtpClient, RawClient } from "./_net_client.ts";

Deno.test("ftp: LIST lines have the firmware's format, the name at column 49", () => {
  const now = Date.UTC(2016, 7, 9, 12, 0, 0);
  const recent = listLine("main.py", false, 34, Date.UTC(2016, 6, 3, 9, 5), now);
  assertEquals(recent, "-rw-rw-r--   1 root  root        34 Jul  3 09:05 main.py\r\n");
  assertEquals(recent.slice(49), "main.py\r\n");
  const old = listLine("lib", true, 0, Date.UTC(2015, 0, 1), now);
  assertEquals(old, "drw-rw-r--   1 root  root         0 Jan  1  2015 lib\r\n");
  assertEquals(old.slice(49), "lib\r\n");
  // a date in the future shows its year, as the firmware's unsigned arithmetic does
  assertEquals(listLine("f", false, 1, now + 1000, now).slice(43, 48), " 2016");
  // big sizes keep the column as long as they fit %9u
  assertEquals(listLine("big", false, 123456789, now, now).slice(49), "big\r\n");
});

Deno.test("ftp: MDTM, command parsing, PASV address", () => {
  assertEquals(mdtm(Date.UTC(2016, 7, 9, 1, 2, 3)), "20160809010203");
  assertEquals(parseCommand("stor my file.py"), { cmd: "STOR", arg: "my file.py" });
  assertEquals(parseCommand("NOOP"), { cmd: "NOOP", arg: "" });
  assertEquals(pasvAddress("192.168.1.1", 2024), "(192,168,1,1,7,232)");
  assertEquals(pasvAddress("::ffff:10.0.0.2", 65535), "(10,0,0,2,255,255)");
  assertEquals(pasvAddress("::1", 1), "(127,0,0,1,0,1)");
});

interface Env {
  port: number;
  flash: string;
  sd: string;
  outside: string;
  server: FtpServer;
}

async function withServer(
  f: (env: Env) => Promise<void>,
  opts: { dataPort?: number; timeoutMs?: number; dataTimeoutMs?: number } = {},
): Promise<void> {
  const flash = Deno.makeTempDirSync({ prefix: "wipy-ftp-flash-" });
  const sd = Deno.makeTempDirSync({ prefix: "wipy-ftp-sd-" });
  const outside = Deno.makeTempDirSync({ prefix: "wipy-ftp-outside-" });
  Deno.writeTextFileSync(`${flash}/main.py`, "print('main')\n");
  Deno.mkdirSync(`${flash}/lib`);
  Deno.writeTextFileSync(`${outside}/secret.txt`, "secret\n");
  const vfs = new VirtualFs();
  vfs.mount("/flash", flash);
  vfs.mount("/sd", sd);
  const server = new FtpServer(vfs, {
    port: 0,
    hostname: "127.0.0.1",
    dataPort: opts.dataPort ?? 0,
    ...opts,
  });
  const port = server.listen();
  try {
    await f({ port, flash, sd, outside, server });
  } finally {
    await server.close();
    for (const d of [flash, sd, outside]) Deno.removeSync(d, { recursive: true });
  }
}

async function client(port: number): Promise<FtpClient> {
  const c = await FtpClient.connect(port);
  await c.login();
  return c;
}

Deno.test("ftp server: greeting, 332 before login, USER/PASS", async () => {
  await withServer(async ({ port }) => {
    const c = await FtpClient.connect(port);
    assertEquals(await c.reply(), "220 Micropython FTP Server");
    assertEquals(await c.cmd("SYST"), "332 ");
    assertEquals(await c.cmd("LIST"), "332 ");
    assertEquals(await c.cmd("BOGUS"), "332 ");
    assertEquals(await c.cmd("PASS python"), "530 "); // no USER yet
    assertEquals(await c.cmd("USER root"), "331 ");
    assertEquals(await c.cmd("PASS python"), "530 ");
    assertEquals(await c.cmd("USER micro"), "331 ");
    assertEquals(await c.cmd("PASS pythonx"), "530 ");
    assertEquals(await c.cmd("PWD"), "332 ");
    assertEquals(await c.cmd("USER micro"), "331 ");
    assertEquals(await c.cmd("PASS python"), "230 ");
    assertEquals(await c.cmd("QUIT"), "221 ");
    await c.ctl.expectEnd();
    await c.close();
  });
});

Deno.test("ftp server: the simple commands and their replies", async () => {
  await withServer(async ({ port }) => {
    const c = await client(port);
    assertEquals(await c.cmd("SYST"), "215 UNIX Type: L8");
    assertEquals(await c.cmd("FEAT"), "211 no-features");
    assertEquals(await c.cmd("PWD"), "257 /");
    assertEquals(await c.cmd("TYPE I"), "200 ");
    assertEquals(await c.cmd("NOOP"), "200 ");
    assertEquals(await c.cmd("OPTS UTF8 ON"), "200 ");
    assertEquals(await c.cmd("OPTS MLST type"), "501 ");
    assertEquals(await c.cmd("SITE CHMOD 777 x"), "502 ");
    assertEquals(await c.cmd("PORT 127,0,0,1,4,1"), "502 ");
    assertEquals(await c.cmd("cwd /flash"), "250 ");
    assertEquals(await c.cmd("XPWD"), "257 /flash");
    assertEquals(await c.cmd("CWD lib"), "250 ");
    assertEquals(await c.cmd("PWD"), "257 /flash/lib");
    assertEquals(await c.cmd("CDUP"), "250 ");
    assertEquals(await c.cmd("CWD nothere"), "550 ");
    assertEquals(await c.cmd("CWD main.py"), "550 ");
    assertEquals(await c.cmd("PWD"), "257 /flash");
    assertEquals(await c.cmd("SIZE main.py"), "213 14");
    assertMatch(await c.cmd("MDTM main.py"), /^213 \d{14}$/);
    assertEquals(await c.cmd("SIZE nothere"), "550 ");
    assertEquals(await c.cmd("MKD new"), "250 ");
    assertEquals(await c.cmd("MKD new"), "550 ");
    assertEquals(await c.cmd("RNFR new"), "350 ");
    assertEquals(await c.cmd("RNTO renamed"), "250 ");
    assertEquals(await c.cmd("RNTO again"), "550 "); // RNTO needs a fresh RNFR
    assertEquals(await c.cmd("RNFR nothere"), "550 ");
    assertEquals(await c.cmd("RMD renamed"), "250 ");
    assertEquals(await c.cmd("DELE renamed"), "550 ");
    assertEquals(await c.cmd("RNFR main.py"), "350 ");
    assertEquals(await c.cmd("RNTO /sd/main.py"), "550 "); // across volumes: refused
    assertEquals(await c.cmd("RNFR /flash"), "550 "); // mount points stay
    assertEquals(await c.cmd("DELE /flash"), "550 ");
    assertEquals(await c.cmd("CWD /"), "250 ");
    assertEquals(await c.cmd("CDUP"), "250 ");
    assertEquals(await c.cmd("PWD"), "257 /");
    await c.close();
  });
});

Deno.test("ftp server: PASV, LIST of / and /flash, NLST, EPSV", async () => {
  await withServer(async ({ port }) => {
    const c = await client(port);
    const root = await c.get("LIST");
    assertEquals(root.replies, ["150 ", "226 "]);
    const lines = root.data.split("\r\n").filter((l) => l);
    assertEquals(lines.map((l) => l.slice(49)), ["flash", "sd"]);
    assert(lines.every((l) => l.startsWith("drw-rw-r--   1 root  root         0 Jan  1  2015 ")));
    assertEquals(await c.cmd("CWD /flash"), "250 ");
    const flash = await c.get("LIST");
    assertEquals(
      flash.data.split("\r\n").filter((l) => l).map((l) => l[0] + l.slice(49)),
      ["dlib", "-main.py"],
    );
    assertMatch(flash.data, /^-rw-rw-r-- {3}1 root {2}root {8}14 [A-Z][a-z]{2} [ \d]\d /m);
    assertEquals((await c.get("LIST -la /")).data.split("\r\n")[0].slice(49), "flash");
    assertEquals((await c.get("NLST")).data, "lib\r\nmain.py\r\n");
    assertEquals((await c.get("NLST /flash/main.py")).data, "main.py\r\n");
    assertEquals((await c.get("LIST /nothere")).replies, ["550 "]);
    // EPSV announces the port only
    const r = await c.cmd("EPSV");
    const m = /^229 Entering Extended Passive Mode \(\|\|\|(\d+)\|\)$/.exec(r);
    assert(m, r);
    const data = await RawClient.connect(Number(m[1]));
    assertEquals(await c.cmd("NLST /"), "150 ");
    assertEquals(await data.expectEnd(), "flash\r\nsd\r\n");
    assertEquals(await c.reply(), "226 ");
    await data.close();
    await c.close();
  });
});

Deno.test("ftp server: STOR, RETR, APPE, DELE; uploads of any size, binary intact", async () => {
  await withServer(async ({ port, flash }) => {
    const c = await client(port);
    const big = new Uint8Array(300_000);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31 + (i >> 8)) & 0xff;
    assertEquals(await c.put("STOR /flash/big.bin", big), ["150 ", "226 "]);
    assertEquals(Deno.readFileSync(`${flash}/big.bin`), big);
    const back = await c.get("RETR /flash/big.bin");
    assertEquals(back.replies, ["150 ", "226 "]);
    assertEquals(bytes(back.data), big);
    assertEquals(await c.put("STOR /flash/t.txt", "abc"), ["150 ", "226 "]);
    assertEquals(await c.put("APPE /flash/t.txt", "def"), ["150 ", "226 "]);
    assertEquals(Deno.readTextFileSync(`${flash}/t.txt`), "abcdef");
    assertEquals(await c.put("STOR /flash/empty", ""), ["150 ", "226 "]);
    assertEquals(Deno.readFileSync(`${flash}/empty`).length, 0);
    // a name with spaces and UTF-8
    assertEquals(await c.put("STOR /flash/my été.py", "x=1\n"), ["150 ", "226 "]);
    assertEquals(Deno.readTextFileSync(`${flash}/my été.py`), "x=1\n");
    assertEquals((await c.get("RETR /flash/lib")).replies, ["550 "]);
    assertEquals((await c.get("RETR /flash/nothere")).replies, ["550 "]);
    assertEquals(await c.put("STOR /flash/nodir/x.py", "x"), ["550 "]);
    assertEquals(await c.put("STOR /x.py", "x"), ["550 "]);
    assertEquals(await c.put("STOR /flash", "x"), ["550 "]);
    assertEquals(await c.put("STOR /flash/lib", "x"), ["550 "]);
    assertEquals(await c.cmd("DELE /flash/t.txt"), "250 ");
    assertEquals(await c.cmd("DELE /flash/t.txt"), "550 ");
    // no temporary files are left behind
    assertEquals(
      [...Deno.readDirSync(flash)].map((e) => e.name).filter((n) => n.includes("tmp")),
      [],
    );
    await c.close();
  });
});

Deno.test("ftp server: transfers need PASV first and a data connection in time", async () => {
  await withServer(async ({ port }) => {
    const c = await client(port);
    assertEquals(await c.cmd("LIST"), "425 ");
    assertEquals(await c.cmd("RETR /flash/main.py"), "425 ");
    assertMatch(await c.cmd("PASV"), /^227 \(127,0,0,1,\d+,\d+\)$/);
    // no data connection comes: 425 after the data timeout, and the session goes on
    assertEquals(await c.cmd("LIST"), "425 ");
    assertEquals(await c.cmd("NOOP"), "200 ");
    // PASV twice: only the last one counts
    await c.cmd("PASV");
    const { data } = await c.pasv();
    assertEquals(await c.cmd("RETR /flash/main.py"), "150 ");
    assertEquals(await data.expectEnd(), "print('main')\n");
    assertEquals(await c.reply(), "226 ");
    await c.close();
  }, { dataTimeoutMs: 300 });
});

Deno.test("ftp server: an upload cut off mid-transfer leaves the old file intact", async () => {
  await withServer(async ({ port, flash }) => {
    Deno.writeTextFileSync(`${flash}/keep.py`, "good = True\n");
    // 1. the client dies: control connection first, then the data connection
    {
      const c = await client(port);
      const { data } = await c.pasv();
      assertEquals(await c.cmd("STOR /flash/keep.py"), "150 ");
      await data.send(bytes("partial"));
      await c.close();
      await new Promise((r) => setTimeout(r, 100));
      await data.close();
    }
    // 2. ABOR during the transfer
    {
      const c = await client(port);
      const { data } = await c.pasv();
      assertEquals(await c.cmd("STOR /flash/keep.py"), "150 ");
      await data.send(bytes("half"));
      await new Promise((r) => setTimeout(r, 50));
      assertEquals(await c.cmd("ABOR"), "426 ");
      assertEquals(await c.reply(), "226 ");
      await data.close();
      assertEquals(await c.cmd("NOOP"), "200 ");
      await c.quit();
    }
    // 3. the data connection stalls past the data timeout
    {
      const c = await client(port);
      const { data } = await c.pasv();
      assertEquals(await c.cmd("STOR /flash/keep.py"), "150 ");
      await data.send(bytes("stalled"));
      assertEquals(await c.reply(), "426 ");
      await data.close();
      await c.close();
    }
    await new Promise((r) => setTimeout(r, 100));
    assertEquals(Deno.readTextFileSync(`${flash}/keep.py`), "good = True\n");
    assertEquals([...Deno.readDirSync(flash)].filter((e) => e.name.includes("tmp")), []);
  }, { dataTimeoutMs: 400 });
});

Deno.test("ftp server: no path reaches the host outside the mounted folders", async () => {
  await withServer(async ({ port, flash, outside }) => {
    Deno.symlinkSync(`${outside}/secret.txt`, `${flash}/link.txt`);
    Deno.symlinkSync(outside, `${flash}/linkdir`);
    const c = await client(port);
    assertEquals(await c.cmd("CWD /flash"), "250 ");
    assertEquals(await c.cmd("CWD .."), "250 ");
    assertEquals(await c.cmd("PWD"), "257 /");
    assertEquals(await c.cmd("CWD .."), "250 ");
    assertEquals(await c.cmd("PWD"), "257 /");
    assertEquals(await c.cmd(`CWD ../../../..${outside}`), "550 ");
    assertEquals(await c.cmd(`CWD ${outside}`), "550 ");
    assertEquals(await c.cmd("CWD /flash/linkdir"), "550 ");
    assertEquals(await c.cmd("PWD"), "257 /");
    for (
      const p of [
        "/flash/../../etc/passwd",
        "/etc/passwd",
        "/flash/link.txt",
        "/flash/linkdir/secret.txt",
      ]
    ) {
      assertEquals((await c.get(`RETR ${p}`)).replies, ["550 "], p);
    }
    assertEquals(await c.cmd("SIZE /flash/link.txt"), "550 ");
    assertEquals(await c.put("STOR /flash/linkdir/new.txt", "x"), ["550 "]);
    assertEquals(await c.put("STOR /flash/link.txt", "x"), ["550 "]);
    assertEquals(await c.cmd("DELE /flash/linkdir/secret.txt"), "550 ");
    assertEquals(await c.cmd("RNFR /flash/main.py"), "350 ");
    assertEquals(await c.cmd("RNTO /flash/linkdir/main.py"), "550 ");
    assertEquals(await c.cmd("MKD /flash/linkdir/d"), "550 ");
    const list = await c.get("LIST /flash");
    assertEquals(list.data.includes("link"), false);
    assertEquals(Deno.readTextFileSync(`${outside}/secret.txt`), "secret\n");
    assertEquals([...Deno.readDirSync(outside)].map((e) => e.name), ["secret.txt"]);
    await c.close();
  });
});

Deno.test("ftp server: junk, huge lines and out-of-order commands get replies", async () => {
  await withServer(async ({ port }) => {
    const c = await client(port);
    assertEquals(await c.cmd(""), "502 ");
    await c.ctl.send(bytes("\x00\x01\xfe\xfd\x80\x81garbage\r\n"));
    assertEquals(await c.reply(), "502 ");
    await c.ctl.send("A".repeat(200_000) + "\r\n");
    assertEquals(await c.reply(), "500 line too long");
    assertEquals(await c.cmd("RETR"), "550 ");
    assertEquals(await c.cmd("RNTO x"), "550 ");
    assertEquals(await c.cmd("STOR /flash/\x00bad"), "550 ");
    assertEquals(await c.cmd("ABOR"), "226 ");
    // many commands in one packet are answered in order
    await c.ctl.send("NOOP\r\nPWD\nSYST\r\n");
    assertEquals(await c.reply(), "200 ");
    assertEquals(await c.reply(), "257 /");
    assertEquals(await c.reply(), "215 UNIX Type: L8");
    assertEquals(await c.cmd("NOOP"), "200 ");
    await c.close();
    // a client that connects and drops at once, or mid-line, does no harm
    const d = await RawClient.connect(port);
    await d.send("USER mic");
    await d.close();
    await new Promise((r) => setTimeout(r, 50));
    const e = await client(port);
    assertEquals(await e.cmd("NOOP"), "200 ");
    await e.close();
  });
});

Deno.test("ftp server: one control connection at a time, the second told so", async () => {
  await withServer(async ({ port }) => {
    const a = await client(port);
    const b = await RawClient.connect(port);
    assertStringIncludes(await b.expectEnd(), "421 ");
    await b.close();
    assertEquals(await a.cmd("NOOP"), "200 ");
    await a.close();
    await new Promise((r) => setTimeout(r, 50));
    const c = await client(port);
    assertEquals(await c.cmd("NOOP"), "200 ");
    await c.close();
  });
});

Deno.test("ftp server: idle control connections get 221 and are closed", async () => {
  await withServer(async ({ port }) => {
    const c = await client(port);
    assertEquals(await c.reply(3000), "221 ");
    await c.ctl.expectEnd();
    await c.close();
  }, { timeoutMs: 200 });
});

Deno.test("ftp server: a taken data port falls back to a free one, announced in PASV", async () => {
  const blocker = Deno.listen({ port: 0, hostname: "127.0.0.1" });
  const taken = (blocker.addr as Deno.NetAddr).port;
  try {
    await withServer(async ({ port }) => {
      const c = await client(port);
      const { reply, dataPort, data } = await c.pasv();
      assert(dataPort !== taken, reply);
      assertEquals(await c.cmd("NLST /"), "150 ");
      assertEquals(await data.expectEnd(), "flash\r\nsd\r\n");
      assertEquals(await c.reply(), "226 ");
      await c.close();
    }, { dataPort: taken });
  } finally {
    blocker.close();
  }
});

Deno.test("ftp server: a free data port is used as asked", async () => {
  const probe = Deno.listen({ port: 0, hostname: "127.0.0.1" });
  const free = (probe.addr as Deno.NetAddr).port;
  probe.close();
  await withServer(async ({ port }) => {
    const c = await client(port);
    const { dataPort, data } = await c.pasv();
    assertEquals(dataPort, free);
    await data.close();
    await c.close();
  }, { dataPort: free });
});
