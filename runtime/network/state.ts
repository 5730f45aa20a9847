/**
 * The network state the WiPy keeps across soft resets (WLAN is a system feature: its mode,
 * connection and addresses survive Ctrl-D, which is why boot.py checks the reset cause; the
 * telnet/FTP server settings too). The worker reports every change to the host, which hands
 * the last state to the next board after a soft reset; a hard reset starts from the defaults.
 */

import { ctx } from "../context.ts";

/** What survives a soft reset. */
export interface NetState {
  wlan?: WlanState;
  server?: ServerState;
}

/** The WLAN's configuration and connection. */
export interface WlanState {
  mode: number;
  ssid: string;
  auth: number;
  key: string;
  channel: number;
  antenna: number;
  mac: number[];
  /** STA: the access point we are connected to (or joining), with when it completes. */
  connectedTo: string | null;
  connectedAt: number;
  /** A static configuration (ip, mask, gateway, dns), or null for DHCP. */
  staticConfig: string[] | null;
  apConfig: string[];
}

/** The telnet/FTP servers' settings. */
export interface ServerState {
  running: boolean;
  user: string;
  password: string;
  timeout: number;
}

/** The state this board started with (from the host) and changes since. */
export function netState(): NetState {
  return (ctx.state.net ??= structuredClone(ctx.state.bootNet ?? {})) as NetState;
}

/** Reports a change to the host (kept for the next soft reset, applied to its servers). */
export function saveNetState(): void {
  ctx.host.netStateChanged?.(JSON.stringify(netState()));
}
