/**
 * Loads the whole runtime in dependency order and re-exports what the board needs.
 * Importing this module registers every builtin type and module.
 */

import "./object.ts";
import "./objtuple.ts";
import "./errors.ts";
import "./iterator.ts";
import "./objinttype.ts";
import "./objstr.ts";
import "./objstr_methods.ts";
import "./strformat.ts";
import "./objlist.ts";
import "./objdict.ts";
import "./objset.ts";
import "./objbytes.ts";
import "./objbytearray.ts";
import "./objmemoryview.ts";
import "./objfile.ts";
import "./objnsdict.ts";
import "./irq.ts";
import "./dupterm.ts";
import "./objfun.ts";
import "./objgen.ts";
import "./objrange.ts";
import "./objslice.ts";
import "./objobject.ts";
import "./objexcept.ts";
import "./ops.ts";
import "./builtins.ts";
import "./type_extras.ts";
import "./objfloat_methods.ts";
import "./rt.ts";
import "./interp.ts";
import "./modules/mod.ts";

export { ctx } from "./context.ts";
export type { BoardConfig, Host } from "./context.ts";
export {
  compileSource,
  execSource,
  formatException,
  initModules,
  newMainModule,
} from "./interp.ts";
export {
  isInstanceExc,
  KeyboardInterrupt,
  PyBaseException,
  SystemExit,
  toPyException,
} from "./errors.ts";
export { builtinModules } from "./import.ts";
