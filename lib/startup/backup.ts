// A consistent snapshot of the SQLite database through SQLite's online backup API: safe while the
// server keeps reading and writing, unlike copying the file (which can catch a write half-done).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { sqliteFilePath } from "../db/database-url";

export function backupFileName(now = new Date()): string {
  return `footnote-${now.toISOString().replace(/[:.]/g, "-")}.db`;
}

export async function backupDatabase(url: string, destination: string): Promise<{ file: string; bytes: number }> {
  const source = sqliteFilePath(url);
  if (!source) throw new Error("db:backup copies SQLite databases; for PostgreSQL use pg_dump");
  if (!fs.existsSync(source)) throw new Error(`there is no database at ${source}`);
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    // One step for all pages: a single read snapshot (WAL lets writers go on meanwhile). In small
    // steps, SQLite restarts the copy whenever another connection writes, and under steady
    // traffic it would never finish.
    await db.backup(destination, { progress: ({ totalPages }) => Math.max(totalPages, 1) });
  } finally {
    db.close();
  }
  return { file: destination, bytes: fs.statSync(destination).size };
}
