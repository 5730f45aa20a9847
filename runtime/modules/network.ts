/** The `network` module: the WiPy's WLAN and its telnet/FTP server settings. */

import { nativeModule } from "../objobject.ts";
import { builtinModules } from "../import.ts";
import { wlan_type } from "../network/wlan.ts";
import { server_type } from "../network/server.ts";

builtinModules.set(
  "network",
  () => nativeModule("network", { WLAN: wlan_type, Server: server_type }),
);
