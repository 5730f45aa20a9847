/** Registers every builtin module. */
import "./sys.ts";
import "./uerrno.ts";
import "./uheapq.ts";
import "./ubinascii.ts";
import "./ustruct.ts";
import "./ujson.ts";
