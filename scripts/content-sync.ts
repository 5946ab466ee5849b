// `npm run content:sync`: load content/ into DATABASE_URL (npm start does this too).
import { config } from "../lib/config";
import { syncContentFromDisk } from "../lib/startup/content";
import { migrateDatabase } from "../lib/startup/migrate";
import { runMain } from "../lib/startup/run-main";

runMain(async () => {
  const url = config().DATABASE_URL;
  await migrateDatabase(url);
  await syncContentFromDisk(url);
});
