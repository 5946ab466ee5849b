// `npm run dev`: the same preparation as `npm start` (no production build), then `next dev`.
import { prepare } from "../lib/startup/prepare";
import { runMain } from "../lib/startup/run-main";
import { serve } from "../lib/startup/serve";

runMain(async () => serve("dev", await prepare({ build: false })));
