// `npm run db:migrate`: apply the committed migrations to DATABASE_URL (or the default SQLite file).
import { config } from "../lib/config";
import { migrateDatabase } from "../lib/startup/migrate";
import { runMain } from "../lib/startup/run-main";

runMain(() => migrateDatabase(config().DATABASE_URL));
