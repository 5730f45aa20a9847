/**
 * The `wipy` launcher's entry: starts the board Worker first, then loads and runs the command
 * line (cli.ts), so the Worker's start-up overlaps the host's (see worker_prespawn.ts).
 */

import { prespawnWorker } from "./worker_prespawn.ts";

prespawnWorker();
const { main } = await import("../cli.ts");
Deno.exit(await main(Deno.args));
