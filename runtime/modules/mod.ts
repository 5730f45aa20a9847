/** Registers every builtin module. */
import "./sys.ts";
import "./uerrno.ts";
import "./uheapq.ts";
import "./ubinascii.ts";
import "./ustruct.ts";
import "./ujson.ts";
import "./utime.ts";
import "./gc.ts";
import "./micropython.ts";
import "./uos.ts";
import "./array.ts";
import "./select.ts";
import "./uctypes.ts";
import "./builtins.ts";
