// Everything `npm start` and `npm run dev` do before the server runs: check the configuration,
// bring the database up to date, load the content and, for production, make sure the build is current.
import { config, ConfigError, type Config } from "../config";
import { buildIsCurrent, sourceStamp, writeBuildStamp } from "./build-stamp";
import { syncContentFromDisk } from "./content";
import { migrateDatabase } from "./migrate";
import { bin, run } from "./run";

export async function prepare({ build }: { build: boolean }): Promise<Config> {
  let cfg: Config;
  try {
    cfg = config();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  await migrateDatabase(cfg.DATABASE_URL);
  await syncContentFromDisk(cfg.DATABASE_URL);
  if (build) await ensureBuild();
  return cfg;
}

/** Builds for production unless the last build is of the current sources. */
export async function ensureBuild(): Promise<void> {
  if (buildIsCurrent()) {
    console.log("footnote: the production build is current");
    return;
  }
  const stamp = sourceStamp();
  console.log("footnote: building for production (first start, or the sources changed)…");
  await run(bin("next"), ["build"], { ...process.env, NODE_ENV: "production" });
  writeBuildStamp(stamp);
}
