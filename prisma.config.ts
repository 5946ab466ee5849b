// Prisma CLI configuration. The JavaScript schema engine (engine: "js") runs migrations through the
// better-sqlite3 driver adapter, so no engine binary is downloaded; see ../shared/STACK.md.
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, sqliteFilePath } from "./lib/database-url";

// With engine "js" the CLI does not read .env; the schema's env("DATABASE_URL") must still resolve.
const url = databaseUrl(process.env);
process.env.DATABASE_URL = url;

// Every CLI command opens the database, even `migrate diff`; SQLite cannot create the file's folder.
const file = sqliteFilePath(url);
if (file) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaBetterSQLite3({ url }),
});
