/**
 * The numbers behind machine's constants, as the WiPy firmware defines them (`pybsleep.h`):
 * power modes (bit flags, so an irq's `wake` can name several), reset causes and wake
 * reasons.
 */

/** machine.IDLE: the board runs (irq handlers fire while code runs). */
export const PWR_ACTIVE = 0x01;
/** machine.SLEEP: `machine.sleep()`, low-power deep sleep (LPDS); execution resumes. */
export const PWR_LPDS = 0x02;
/** machine.DEEPSLEEP: `machine.deepsleep()`, hibernation; waking resets the board. */
export const PWR_HIBERNATE = 0x04;
/** Every power-mode bit. */
export const PWR_ALL = PWR_ACTIVE | PWR_LPDS | PWR_HIBERNATE;

/** machine.POWER_ON / PWRON_RESET. */
export const RESET_POWER_ON = 0;
/** machine.HARD_RESET: `machine.reset()` or the reset button. */
export const RESET_HARD = 1;
/** machine.WDT_RESET: the watchdog expired. */
export const RESET_WDT = 2;
/** machine.DEEPSLEEP_RESET: woken from deep sleep. */
export const RESET_DEEPSLEEP = 3;
/** machine.SOFT_RESET: Ctrl-D or sys.exit() at the REPL. */
export const RESET_SOFT = 4;

/** machine.wake_reason() after a power-on (no wake). */
export const WAKE_POWER_ON = 0;
/** machine.WLAN_WAKE. */
export const WAKE_WLAN = 1;
/** machine.PIN_WAKE. */
export const WAKE_PIN = 2;
/** machine.RTC_WAKE. */
export const WAKE_RTC = 3;
