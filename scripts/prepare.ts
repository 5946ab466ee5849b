// `npm run dev` runs this first: the same preparation as `npm start`, without the production build.
import { prepare } from "../lib/startup/prepare";
import { runMain } from "../lib/startup/run-main";

runMain(() => prepare({ build: false }));
