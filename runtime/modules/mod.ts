/** Registers every builtin module. */
import "./sys.ts";
