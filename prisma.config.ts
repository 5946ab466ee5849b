// Prisma CLI configuration. The JavaScript schema engine (engine: "js") runs migrations through a driver
// adapter, so no engine binary is downloaded; see ../shared/STACK.md. DATABASE_URL picks the provider:
// a file: URL uses prisma/sqlite/, a postgresql:// URL prisma/postgresql/ (each with its own migrations).
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider, databaseUrl, prismaPaths, sqliteFilePath } from "./lib/db/database-url";
import { createPostgresPool } from "./lib/db/postgres-pool";

// With engine "js" the CLI does not read .env; the schema's env("DATABASE_URL") must still resolve.
const url = databaseUrl(process.env);
process.env.DATABASE_URL = url;
const provider = databaseProvider(url);
const paths = prismaPaths(provider);

// Every CLI command opens the database, even `migrate diff`; SQLite cannot create the file's folder.
const file = sqliteFilePath(url);
if (file) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: paths.schema,
  migrations: { path: paths.migrations },
  adapter: async () =>
    provider === "sqlite"
      ? new PrismaBetterSQLite3({ url })
      : new PrismaPg(createPostgresPool(url, 2), { disposeExternalPool: true }),
});
