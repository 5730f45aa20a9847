/**
 * What a fresh WiPy's `/flash` holds (the firmware's `mptask.c` writes these when the files
 * are missing, at every boot): `boot.py`, `main.py` and the folders `sys`, `lib`, `cert`.
 */

/** The default `/flash/boot.py`. */
export const DEFAULT_BOOT_PY = "# boot.py -- run on boot-up\r\n" +
  "# can run arbitrary Python, but best to keep it minimal\r\n";

/** The default `/flash/main.py`. */
export const DEFAULT_MAIN_PY = "# main.py -- put your code here!\r\n";

/** Folders the firmware creates in `/flash`. */
export const DEFAULT_FLASH_DIRS = ["sys", "lib", "cert"];
