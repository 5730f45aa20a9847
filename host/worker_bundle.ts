/**
 * Where the board Worker's code comes from. Loading the runtime as ~70 separate modules
 * costs a Worker 15-20 ms at every start; one pre-bundled file loads in a few. So when wipy
 * runs from a source checkout with the `deno` binary, the Worker uses `.cache/worker.js`
 * if it is newer than every runtime source, and otherwise starts from the sources and
 * rebuilds the bundle in the background for the next start. `WIPY_NO_BUNDLE=1` turns it off.
 */

const root = new URL("../", import.meta.url);
const sourceUrl = new URL("runtime/worker.ts", root);
const bundleUrl = new URL(".cache/worker.js", root);
/** Folders (with their subfolders) whose TypeScript makes up the worker's module graph. */
const SOURCE_DIRS = ["runtime", "hal"];

/** The module URL to start the board Worker from. */
export function workerModuleUrl(): URL {
  const guess = likelyWorkerModuleUrl();
  return guess === bundleUrl && !bundleIsFresh() ? staleBundle() : guess;
}

/**
 * The bundle when one exists (without checking that it is up to date), else the sources: lets
 * a caller start the Worker first and check `bundleIsFresh()` while it loads.
 */
export function likelyWorkerModuleUrl(): URL {
  if (root.protocol !== "file:" || envFlag("WIPY_NO_BUNDLE") || !isDenoCli()) return sourceUrl;
  try {
    Deno.statSync(bundleUrl);
    return bundleUrl;
  } catch {
    rebuildInBackground(); // no bundle yet
    return sourceUrl;
  }
}

/** True when the bundle is newer than every runtime source. */
export function bundleIsFresh(): boolean {
  try {
    const built = Deno.statSync(bundleUrl).mtime?.getTime() ?? 0;
    return built >= newestSource();
  } catch {
    return false;
  }
}

/** A source changed since the bundle was built: rebuild it for next time, use the sources. */
export function staleBundle(): URL {
  rebuildInBackground();
  return sourceUrl;
}

function envFlag(name: string): boolean {
  try {
    return Deno.env.get(name) === "1";
  } catch {
    return false;
  }
}

/** Running under the deno CLI (not a `deno compile` binary, which embeds its modules). */
function isDenoCli(): boolean {
  try {
    return /(^|\/)deno(\.exe)?$/.test(Deno.execPath());
  } catch {
    return false;
  }
}

function newestSource(): number {
  let newest = 0;
  // String paths: turning a URL into a path for each stat costs more than the stat.
  const scan = (dir: string) => {
    for (const e of Deno.readDirSync(dir)) {
      if (e.isDirectory) scan(`${dir}${e.name}/`);
      else if (e.isFile && e.name.endsWith(".ts")) {
        const t = Deno.statSync(dir + e.name).mtime?.getTime() ?? 0;
        if (t > newest) newest = t;
      }
    }
  };
  for (const dir of SOURCE_DIRS) scan(`${root.pathname}${dir}/`);
  return newest;
}

let rebuilding = false;

/** Starts `deno bundle` detached; it writes a temp file and renames it into place. */
function rebuildInBackground(): void {
  if (rebuilding) return;
  rebuilding = true;
  try {
    const dir = new URL(".cache/", root);
    Deno.mkdirSync(dir, { recursive: true });
    // One rebuild at a time across processes (tests start many wipys at once).
    const lock = `${dir.pathname}worker.lock`;
    try {
      Deno.openSync(lock, { createNew: true, write: true }).close();
    } catch {
      const age = Date.now() - (Deno.statSync(lock).mtime?.getTime() ?? 0);
      if (age < 120_000) return;
      Deno.writeTextFileSync(lock, "");
    }
    const tmp = `${dir.pathname}worker.js.${Deno.pid}.tmp`;
    // The bundle gets the time the build started, so a source edited meanwhile is newer.
    const script = `: > "$1.stamp" && "$0" bundle --quiet -o "$1" "$2" >/dev/null 2>&1 && ` +
      `touch -r "$1.stamp" "$1" && mv -f "$1" "$3"; rm -f "$1" "$1.stamp" "$4"`;
    const child = new Deno.Command("sh", {
      args: ["-c", script, Deno.execPath(), tmp, sourceUrl.pathname, bundleUrl.pathname, lock],
      stdin: "null",
      stdout: "null",
      stderr: "null",
    }).spawn();
    child.unref();
  } catch {
    // No permission to write or spawn: keep starting from the sources.
  }
}
