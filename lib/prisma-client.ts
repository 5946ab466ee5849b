// Builds a Prisma client for a database URL. lib/db.ts holds the app's one instance; scripts and
// integration tests call this directly to open a database of their own.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { sqliteFilePath } from "./database-url";

export function createPrismaClient(url: string) {
  if (sqliteFilePath(url) === null) {
    throw new Error(`DATABASE_URL: only SQLite (file:…) is supported so far, got "${url.split(":")[0]}:"`);
  }
  // Secrets are hidden by default; the one query that checks a password asks for the hash by name.
  return new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }),
    omit: { user: { passwordHash: true } },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;
