// Builds a Prisma client for a database URL: SQLite through better-sqlite3, PostgreSQL through pg.
// lib/db/client.ts holds the app's one instance; scripts and integration tests call this to open their own.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/postgresql/client";
import { databaseProvider } from "./database-url";
import { createPostgresPool } from "./postgres-pool";

// Secrets are hidden by default; the one query that checks a password asks for the hash by name.
const omit = { user: { passwordHash: true } } as const;

/** With logQueries, the client emits a "query" event (SQL and parameters) for every statement. */
export type ClientOptions = { logQueries?: boolean };
const queryLog = (options: ClientOptions) =>
  (options.logQueries ? [{ emit: "event", level: "query" }] : []) as { emit: "event"; level: "query" }[];

function createSqliteClient(url: string, options: ClientOptions = {}) {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }), omit, log: queryLog(options) });
}

export type Database = ReturnType<typeof createSqliteClient>;

export function createPrismaClient(url: string, options: ClientOptions = {}): Database {
  if (databaseProvider(url) === "sqlite") return createSqliteClient(url, options);
  // Both clients are generated from identical models (tests/unit/schema-drift.test.ts), so the
  // PostgreSQL client has the SQLite client's API; the app is written against that one type.
  const client = new PostgresPrismaClient({
    adapter: new PrismaPg(createPostgresPool(url), { disposeExternalPool: true }),
    omit,
    log: queryLog(options),
  });
  return client as unknown as Database;
}
