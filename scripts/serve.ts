// Serves the production build as `npm start` does, without preparing first (no migration, content sync
// or build): for the benchmark, whose synthetic school a content sync would archive.
import { config } from "../lib/config";
import { runMain } from "../lib/startup/run-main";
import { serve } from "../lib/startup/serve";

runMain(async () => serve("start", config()));
