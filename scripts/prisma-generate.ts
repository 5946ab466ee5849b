// `postinstall`: generate the Prisma client of each provider (lib/generated/sqlite and
// lib/generated/postgresql). prisma.config.ts picks the schema from DATABASE_URL, so each run names one.
import { bin, run } from "../lib/startup/run";
import { runMain } from "../lib/startup/run-main";

const PROVIDER_URLS = ["file:./data/footnote.db", "postgresql://localhost:5432/footnote"];

runMain(async () => {
  for (const url of PROVIDER_URLS) await run(bin("prisma"), ["generate"], { ...process.env, DATABASE_URL: url });
});
