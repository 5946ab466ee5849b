// `npm start`: prepare whatever is missing (database, content, production build), then serve.
import { prepare } from "../lib/startup/prepare";
import { runMain } from "../lib/startup/run-main";
import { serve } from "../lib/startup/serve";

runMain(async () => serve("start", await prepare({ build: true })));
