// `npm run db:backup [-- file]`: a consistent snapshot of the SQLite database, taken while the
// server runs; by default data/backups/footnote-<time>.db. Restoring is in the README.
import path from "node:path";
import { config } from "../lib/config";
import { backupDatabase, backupFileName } from "../lib/startup/backup";
import { runMain } from "../lib/startup/run-main";

runMain(async () => {
  const destination = process.argv[2] ?? path.join(config().FOOTNOTE_DATA_DIR, "backups", backupFileName());
  const { file, bytes } = await backupDatabase(config().DATABASE_URL, destination);
  console.log(`footnote: backed up to ${file} (${(bytes / 1024).toFixed(0)} KB)`);
});
