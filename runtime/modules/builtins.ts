/**
 * The `builtins` module: the builtins namespace itself, so assigning `builtins.abs = f`
 * changes what `abs` means in every module (module globals inherit from it).
 */

import { builtins } from "../builtins.ts";
import { PyModule } from "../objobject.ts";
import { builtinModules } from "../import.ts";

builtinModules.set("builtins", () => new PyModule(builtins, "builtins"));
