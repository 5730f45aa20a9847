/**
 * What the WiPy's telnet and FTP servers share: a TCP listener that serves one client at a
 * time (a second one gets a short refusal and is hung up on), and network.Server's settings —
 * login and idle timeout for the next sessions, and whether the server listens at all.
 */

/** A client's session as the server drives it. */
export interface Session {
  run(): Promise<void>;
  close(): void;
}

/** Settings every server has. */
export interface ServerSettings {
  hostname: string;
  user: string;
  password: string;
  timeoutMs: number;
}

const encoder = new TextEncoder();

/** A one-client TCP server; subclasses make the sessions. */
export abstract class SingleClientServer<O extends ServerSettings & { port: number }> {
  private listener: Deno.Listener | null = null;
  private session: Session | null = null;
  private accepting: Promise<void> | null = null;
  /** The port listen() bound (kept to listen again after network.Server.deinit/init). */
  private boundPort = 0;

  constructor(readonly opts: O, private busyMessage: string) {}

  /** A session for a new client. */
  protected abstract newSession(conn: Deno.Conn): Session;

  /** Binds the port (throws Deno.errors.AddrInUse etc.) and starts accepting. */
  listen(): number {
    this.start(this.opts.port);
    return this.port;
  }

  /** The bound port. */
  get port(): number {
    return (this.listener?.addr as Deno.NetAddr | undefined)?.port ?? 0;
  }

  private start(port: number): void {
    this.listener = Deno.listen({ port, hostname: this.opts.hostname });
    this.boundPort = (this.listener.addr as Deno.NetAddr).port;
    this.accepting = this.acceptLoop(this.listener);
  }

  private async acceptLoop(listener: Deno.Listener): Promise<void> {
    for (;;) {
      let conn: Deno.Conn;
      try {
        conn = await listener.accept();
      } catch {
        return; // closed
      }
      try {
        (conn as Deno.TcpConn).setNoDelay(true);
      } catch { /* not TCP */ }
      if (this.session) {
        // One client at a time: tell the second one and hang up.
        void conn.write(encoder.encode(this.busyMessage)).catch(() => {}).finally(() => {
          try {
            conn.close();
          } catch { /* gone */ }
        });
        continue;
      }
      const s = this.newSession(conn);
      this.session = s;
      s.run().catch(() => {}).finally(() => {
        if (this.session === s) this.session = null;
      });
    }
  }

  /**
   * Applies network.Server's settings: login and idle timeout for the next sessions, and
   * whether the server listens at all (deinit() stops it and ends the open session).
   */
  configure(cfg: { running: boolean; user: string; password: string; timeoutMs: number }): void {
    Object.assign(this.opts, { user: cfg.user, password: cfg.password, timeoutMs: cfg.timeoutMs });
    if (!cfg.running && this.listener) {
      try {
        this.listener.close();
      } catch { /* already closed */ }
      this.listener = null;
      this.session?.close();
    } else if (cfg.running && !this.listener && this.boundPort) {
      this.start(this.boundPort);
    }
  }

  /** Stops listening and closes the open session. */
  async close(): Promise<void> {
    try {
      this.listener?.close();
    } catch { /* already closed */ }
    this.session?.close();
    await this.accepting;
  }
}
