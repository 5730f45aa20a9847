/**
 * The slots of the float64 array shared between the board and its host (`ctx.persist`): board
 * state that outlives a reset. Kept apart so the host can name them without loading the
 * virtual board.
 */

/** RTC offset in seconds from the host clock. */
export const PERSIST_RTC_OFFSET = 0;
/** Epoch ms of the last watchdog feed. */
export const PERSIST_WDT_FEED = 1;
/** Watchdog timeout in ms (0: not running). */
export const PERSIST_WDT_TIMEOUT = 2;
