// The one Prisma client, created with the driver adapter for DATABASE_URL.
// No `import "server-only"` here or in the modules the study page reads through (lib/content/sets.ts,
// lib/study/{queue,feedback,flashcard}.ts): Next refuses that import in the Pages Router, where the study
// page lives. They stay out of browsers all the same: this module loads better-sqlite3 and pg, which no
// client bundle can build.
import { createPrismaClient, type Database } from "./prisma-client";
import { config } from "../config";
import { databaseProvider } from "./database-url";
import { SQLITE_SYNCHRONOUS } from "./sqlite-synchronous";

const globalForPrisma = globalThis as unknown as { footnoteDb?: Database };

// FOOTNOTE_LOG_QUERIES=1 prints every statement the server runs, with its time: for finding work to cut.
const logQueries = process.env.FOOTNOTE_LOG_QUERIES === "1";

export const db: Database = globalForPrisma.footnoteDb ?? createPrismaClient(config().DATABASE_URL, { logQueries });

if (logQueries)
  db.$on("query", (e) => console.log(`query ${e.duration} ms: ${e.query.replace(/\s+/g, " ").slice(0, 200)}`));

// The SQLite connection Prisma's adapter keeps is set as the direct driver's is (lib/db/sqlite-synchronous.ts says why),
// once, before the app's first query reaches it.
if (databaseProvider(config().DATABASE_URL) === "sqlite" && !globalForPrisma.footnoteDb)
  void db
    .$queryRawUnsafe(`PRAGMA ${SQLITE_SYNCHRONOUS}`)
    .catch((error) => console.error("Could not set PRAGMA synchronous:", error));

// Outside production, hot reloads would otherwise open a new connection on every edit.
if (process.env.NODE_ENV !== "production") globalForPrisma.footnoteDb = db;
