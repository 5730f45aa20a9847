/**
 * Helpers for the kernel tests: they run inside the hwrig VM (`deno task test:kernel`), where
 * gpio-sim, i2c-stub, softdog and the IIO dummy are real kernel drivers.
 */

export const ROOT = new URL("../..", import.meta.url).pathname;
export const CHIP = Deno.env.get("HWRIG_GPIOCHIP") ?? "/dev/gpiochip0";
export const SIM = Deno.env.get("HWRIG_GPIO_SIM_SYSFS") ?? "";
export const IIO = "/sys/bus/iio/devices/iio:device0";
export const I2C = "/dev/i2c-0";

/** True inside the VM (gpio-sim present). */
export const IN_VM = (() => {
  try {
    return SIM !== "" && Deno.statSync(`${SIM}/sim_gpio0`).isDirectory;
  } catch {
    return false;
  }
})();

/** What an output line drives (gpio-sim's `value`). */
export function simValue(line: number): string {
  return Deno.readTextFileSync(`${SIM}/sim_gpio${line}/value`).trim();
}

/** Drives an input line as an outside circuit would (gpio-sim's `pull`). */
export function simPull(line: number, pull: "pull-up" | "pull-down"): void {
  Deno.writeTextFileSync(`${SIM}/sim_gpio${line}/pull`, pull);
}

/** Writes a board description into a temporary folder; returns its path. */
export function boardFile(linux: Record<string, unknown>): string {
  const dir = Deno.makeTempDirSync({ prefix: "wipy-kernel-" });
  const path = `${dir}/board.json`;
  Deno.writeTextFileSync(path, JSON.stringify({ linux }));
  return path;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
