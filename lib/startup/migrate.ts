// Brings a database up to date: creates the SQLite file's folder, applies the committed migrations
// with `prisma migrate deploy`, and turns on WAL so readers never wait for a writer.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { sqliteFilePath } from "../db/database-url";
import { bin, run } from "./run";

export async function migrateDatabase(url: string): Promise<void> {
  const file = sqliteFilePath(url);
  if (file) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  await run(bin("prisma"), ["migrate", "deploy"], { ...process.env, DATABASE_URL: url });
  if (file) {
    const sqlite = new Database(file);
    try {
      sqlite.pragma("journal_mode = WAL");
    } finally {
      sqlite.close();
    }
  }
}
