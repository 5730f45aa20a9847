/**
 * `network.WLAN` on the virtual WiPy, as the 1.8.3 documentation and `modwlan.c` describe it:
 * one WLAN (`WLAN()` with no arguments returns it as it is), in AP mode after power-up
 * (SSID `wipy-wlan-XXXX` from the MAC, key `www.wipy.io`, 192.168.1.1) or STA mode; `scan()`
 * lists the access points in range (the board description's `wlan` list, or by default the
 * networks the documentation's examples use), `connect()` joins one when the security and key
 * match — it blocks until then, or raises OSError(ETIMEDOUT) after `timeout` ms — and
 * `ifconfig()` reports DHCP or static addresses. The state survives soft resets (see
 * state.ts), as the WLAN is a system feature of the board. (`wlan.irq()`, which wakes the
 * board from machine.sleep() on socket activity, comes with sockets.)
 */

import { defMethods, makeNativeType, None, type PyObj, type PyType } from "../object.ts";
import { osError, typeError, valueError } from "../errors.ts";
import { PyTuple, tuple } from "../objtuple.ts";
import { PyList } from "../objlist.ts";
import { ctx } from "../context.ts";
import { ERRNO } from "../../hal/vfs.ts";
import { asStr } from "../objstr.ts";
import { typeName } from "../ops.ts";
import { bindArgs, bufferArg, bytesOf, intArg, method } from "../modules/modutil.ts";
import { boardSleepMs } from "../modules/utime.ts";
import { boardMac } from "../modules/machine.ts";
import { attrTuple } from "../modules/uos.ts";
import { netState, saveNetState, type WlanState } from "./state.ts";

/** WLAN.STA, WLAN.AP (SimpleLink's roles). */
export const STA = 0;
export const AP = 2;
/** WLAN.WEP, WPA, WPA2 (WPA and WPA2 are one security type to SimpleLink). */
export const WEP = 1;
export const WPA = 2;
export const WPA2 = 2;
/** WLAN.INT_ANT, EXT_ANT. */
export const INT_ANT = 0;
export const EXT_ANT = 1;

/** An access point in range of the virtual WLAN. */
export interface WlanNetwork {
  ssid: string;
  /** 0 open, 1 WEP, 2 WPA/WPA2. */
  sec: number;
  key: string;
  rssi?: number;
}

/** Access points the documentation's examples connect to. */
export const DEFAULT_NETWORKS: WlanNetwork[] = [
  { ssid: "mynetwork", sec: WPA2, key: "mynetworkkey", rssi: -52 },
  { ssid: "mywifi", sec: WPA2, key: "mywifikey", rssi: -60 },
  { ssid: "your-ssid", sec: WPA2, key: "your-key", rssi: -67 },
];

/** How long joining an access point takes on the virtual board. */
const ASSOCIATE_MS = 60;
const AP_CONFIG = ["192.168.1.1", "255.255.255.0", "192.168.1.1", "192.168.1.1"];

function invalid(): never {
  throw valueError("invalid argument(s) value");
}

function networks(): WlanNetwork[] {
  return (ctx.state.wlanNetworks as WlanNetwork[] | undefined) ?? DEFAULT_NETWORKS;
}

function hex2(n: number): string {
  return n.toString(16).toUpperCase().padStart(2, "0");
}

/** The WLAN after power-up: an access point named after the MAC. */
function defaultState(): WlanState {
  const mac = [...boardMac()];
  return {
    mode: AP,
    ssid: `wipy-wlan-${hex2(mac[4])}${hex2(mac[5])}`,
    auth: WPA2,
    key: "www.wipy.io",
    channel: 1,
    antenna: INT_ANT,
    mac,
    connectedTo: null,
    connectedAt: 0,
    staticConfig: null,
    apConfig: AP_CONFIG,
  };
}

function state(): WlanState {
  const n = netState();
  return (n.wlan ??= defaultState());
}

function changed(): void {
  saveNetState();
}

/** The WLAN. */
export class PyWlan {
  declare $cls: PyType;
}

/** The `WLAN` type. */
export const wlan_type: PyType = makeNativeType("WLAN", PyWlan.prototype);
wlan_type.$module = "network";

function theWlan(): PyWlan {
  return (ctx.state.wlan ??= new PyWlan()) as PyWlan;
}

function strOf(x: PyObj): string {
  const s = asStr(x);
  if (s === undefined) throw typeError(`can't convert '${typeName(x)}' object to str implicitly`);
  return s;
}

function validSsid(x: PyObj): string {
  const s = strOf(x);
  if (s.length > 32) invalid();
  return s;
}

/** (sec, key) as the firmware checks it; None is an open network. */
function security(auth: PyObj | undefined): [number, string] {
  if (auth === undefined || auth === None) return [0, ""];
  if (!(auth instanceof PyTuple || auth instanceof PyList)) {
    throw typeError("object is not a tuple or list");
  }
  if (auth.a.length !== 2) throw valueError("tuple/list has wrong length");
  const sec = intArg(auth.a[0]);
  const key = strOf(auth.a[1]);
  if (sec !== WEP && sec !== WPA2) invalid();
  if (sec === WEP && !/^[0-9a-fA-F]*$/.test(key)) invalid();
  return [sec, key];
}

function validMode(m: PyObj): number {
  const v = intArg(m);
  return v === STA || v === AP ? v : invalid();
}

/** WLAN.init(mode=STA, *, ssid, auth, channel=1, antenna=INT_ANT). */
function initWlan(
  _self: PyWlan,
  mode?: PyObj,
  ssid?: PyObj,
  auth?: PyObj,
  channel?: PyObj,
  antenna?: PyObj,
): PyObj {
  const st = state();
  const m = mode === undefined ? STA : validMode(mode);
  const s = ssid === undefined || ssid === None ? undefined : validSsid(ssid);
  const [sec, key] = security(auth);
  const ch = channel === undefined ? 1 : intArg(channel);
  if (ch < 1 || ch > 11) invalid();
  const ant = antenna === undefined ? INT_ANT : intArg(antenna);
  if (ant !== INT_ANT && ant !== EXT_ANT) invalid();
  st.mode = m;
  if (m === AP) {
    if (s !== undefined) st.ssid = s;
    if (auth !== undefined) [st.auth, st.key] = [sec, key];
  }
  st.channel = ch;
  st.antenna = ant;
  st.connectedTo = null;
  changed();
  return None;
}

const INIT_PARAMS = ["self", "mode", "ssid", "auth", "channel", "antenna"];

wlan_type.$construct = (_c, args, kwn = [], kwv = []) => {
  const self = theWlan();
  // WLAN() (or WLAN(0)) returns the WLAN as it is, as the documentation says.
  if (args.length <= 1 && kwn.length === 0) return self;
  const [id, ...rest] = bindArgs(["id", ...INIT_PARAMS.slice(1)], args, kwn, kwv);
  if (id !== undefined && intArg(id) !== 0) throw osError(ERRNO.ENODEV);
  initWlan(self, ...rest);
  return self;
};

/** True once an association has completed. */
function isConnected(st: WlanState): boolean {
  return st.mode === STA && st.connectedTo !== null && Date.now() >= st.connectedAt;
}

function dhcpAddress(ssid: string): string[] {
  const i = networks().findIndex((n) => n.ssid === ssid);
  return [`192.168.0.${100 + Math.max(0, i)}`, "255.255.255.0", "192.168.0.1", "192.168.0.1"];
}

defMethods(wlan_type, {
  init: method(0, 5, initWlan, INIT_PARAMS),
  scan: method(0, 0, () => {
    if (state().mode === AP) throw osError(ERRNO.EPERM);
    const fields = ["ssid", "bssid", "sec", "channel", "rssi"];
    return new PyList(
      networks().map((n, i) =>
        attrTuple(fields, [
          n.ssid,
          bytesOf(Uint8Array.of(0x02, 0x1a, 0x11, 0x00, 0x00, i + 1)),
          Math.min(n.sec, 2),
          None,
          n.rssi ?? -70,
        ])
      ),
    );
  }),
  connect: method(
    1,
    4,
    (_self: PyWlan, ssid: PyObj, auth?: PyObj, bssid?: PyObj, timeout?: PyObj) => {
      const st = state();
      if (st.mode === AP) throw osError(ERRNO.EPERM);
      const name = validSsid(ssid);
      const [sec, key] = security(auth);
      if (bssid !== undefined && bssid !== None) strOf(bssid);
      const t = timeout === undefined || timeout === None ? -1 : intArg(timeout);
      st.connectedTo = null;
      changed();
      const ap = networks().find((n) => n.ssid === name);
      // Joining works when the access point is in range and the security and key match.
      const ok = ap !== undefined && Math.min(ap.sec, 2) === sec && (sec === 0 || ap.key === key);
      if (ok) {
        if (t >= 0 && t < ASSOCIATE_MS) {
          boardSleepMs(t);
          throw osError(ERRNO.ETIMEDOUT);
        }
        boardSleepMs(ASSOCIATE_MS);
        st.connectedTo = name;
        st.connectedAt = Date.now();
        changed();
        return None;
      }
      // As the firmware: without a timeout it keeps trying (Ctrl-C stops it).
      if (t < 0) { for (;;) boardSleepMs(1000); }
      boardSleepMs(t);
      throw osError(ERRNO.ETIMEDOUT);
    },
    ["self", "ssid", "auth", "bssid", "timeout"],
  ),
  disconnect: method(0, 0, () => {
    state().connectedTo = null;
    changed();
    return None;
  }),
  isconnected: method(0, 0, () => isConnected(state())),
  ifconfig: method(0, 2, (_self: PyWlan, id?: PyObj, config?: PyObj) => {
    if (id !== undefined && intArg(id) !== 0) throw osError(ERRNO.EPERM);
    const st = state();
    if (config === undefined) {
      const c = st.mode === AP
        ? st.apConfig
        : st.staticConfig ?? (isConnected(st) ? dhcpAddress(st.connectedTo!) : [
          "0.0.0.0",
          "0.0.0.0",
          "0.0.0.0",
          "0.0.0.0",
        ]);
      return tuple(c);
    }
    if (config instanceof PyTuple) {
      if (config.a.length !== 4) throw valueError("tuple/list has wrong length");
      const c = config.a.map((x) => {
        const s = strOf(x);
        const parts = s.split(".");
        if (parts.length !== 4 || parts.some((p) => !/^\d+$/.test(p) || Number(p) > 255)) invalid();
        return s;
      });
      if (st.mode === AP) st.apConfig = c;
      else st.staticConfig = c;
    } else {
      if (strOf(config) !== "dhcp") invalid();
      if (st.mode !== AP) st.staticConfig = null;
    }
    changed();
    return None;
  }, ["self", "id", "config"]),
  mode: method(0, 1, (_self: PyWlan, m?: PyObj) => {
    const st = state();
    if (m === undefined) return st.mode;
    st.mode = validMode(m);
    st.connectedTo = null;
    changed();
    return None;
  }),
  ssid: method(0, 1, (_self: PyWlan, s?: PyObj) => {
    const st = state();
    if (s === undefined) return st.ssid;
    st.ssid = validSsid(s);
    changed();
    return None;
  }),
  auth: method(0, 1, (_self: PyWlan, a?: PyObj) => {
    const st = state();
    if (a === undefined) return st.auth === 0 ? None : tuple([st.auth, st.key]);
    [st.auth, st.key] = security(a);
    changed();
    return None;
  }),
  channel: method(0, 1, (_self: PyWlan, c?: PyObj) => {
    const st = state();
    if (c === undefined) return st.channel;
    const v = intArg(c);
    if (v < 1 || v > 11) invalid();
    st.channel = v;
    changed();
    return None;
  }),
  antenna: method(0, 1, (_self: PyWlan, a?: PyObj) => {
    const st = state();
    if (a === undefined) return st.antenna;
    const v = intArg(a);
    if (v !== INT_ANT && v !== EXT_ANT) invalid();
    st.antenna = v;
    changed();
    return None;
  }),
  mac: method(0, 1, (_self: PyWlan, m?: PyObj) => {
    const st = state();
    if (m === undefined) return bytesOf(Uint8Array.from(st.mac));
    const b = bufferArg(m);
    if (b.length !== 6) invalid();
    st.mac = [...b];
    changed();
    return None;
  }),
  __repr__: () => {
    const st = state();
    return st.mode === AP
      ? `WLAN(mode=WLAN.AP, ssid='${st.ssid}', auth=${
        st.auth === 0 ? "None" : `(WLAN.WPA2, '${st.key}')`
      }, channel=${st.channel}, antenna=WLAN.${st.antenna ? "EXT_ANT" : "INT_ANT"})`
      : `WLAN(mode=WLAN.STA, antenna=WLAN.${st.antenna ? "EXT_ANT" : "INT_ANT"})`;
  },
});
Object.assign(wlan_type.$p, { STA, AP, WEP, WPA, WPA2, INT_ANT, EXT_ANT });
