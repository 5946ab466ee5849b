// Row locks for the authoring editors' read-then-write transactions (lib/authoring/, lib/interchange/). On SQLite,
// Prisma runs one transaction at a time on a process's one connection, but `npm start` runs several processes
// (lib/startup/workers.ts), each with its own: a transaction that reads and then writes, while another process
// commits a write in between, fails at its first write with SQLITE_BUSY_SNAPSHOT (a 500), since SQLite cannot
// move a reader's snapshot forward. Taking the database's write lock first (what BEGIN IMMEDIATE does, which
// Prisma's adapter cannot be asked for) makes it wait for the other writer instead. PostgreSQL runs them side by side
// at READ COMMITTED, where two tabs could each read a set's questions or an article's passages and then both
// write from what they read (three new questions at one place, a question's last two citations both removed,
// a citation saved into a passage an edit was archiving). Taking the row's lock first makes the second wait
// for the first to commit, then read what it wrote.
import { config } from "../config";
import { databaseProvider } from "./database-url";
import type { Database } from "./prisma-client";

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

const onSqlite = () => databaseProvider(config().DATABASE_URL) === "sqlite";

/**
 * Inside `tx`, on SQLite, takes the database's write lock until the transaction ends (a write that changes no
 * row), waiting up to the connection's busy timeout (5 s) while another process holds it. Call it first, before
 * any read, in a transaction that reads and then writes. On PostgreSQL it does nothing: lock the rows instead.
 */
export async function lockForWrite(tx: Tx): Promise<void> {
  if (onSqlite()) await tx.$executeRawUnsafe(`UPDATE "QuestionSet" SET "id" = "id" WHERE 0`);
}

/**
 * Inside `tx`, locks question set `setId`'s row until the transaction ends: taken by every write that reads a
 * set's questions and writes from what it read (lib/authoring/questions.ts). Waits while another holds it.
 */
export async function lockSetRow(tx: Tx, setId: string): Promise<void> {
  if (onSqlite()) return lockForWrite(tx);
  await tx.$queryRaw`SELECT "id" FROM "QuestionSet" WHERE "id" = ${setId} FOR NO KEY UPDATE`;
}

/**
 * Inside `tx`, locks article `articleId`'s row until the transaction ends: `"update"` to change its text
 * (lib/authoring/article-text.ts), `"share"` to write a citation into it from what its passages say now (many
 * may cite at once; none while its text changes). Take it before any other write in the transaction, so a
 * text edit, which then writes citations and questions, can never wait on a citer that waits on it.
 */
export async function lockArticleRow(tx: Tx, articleId: string, mode: "update" | "share"): Promise<void> {
  if (onSqlite()) return lockForWrite(tx);
  if (mode === "update") await tx.$queryRaw`SELECT "id" FROM "Article" WHERE "id" = ${articleId} FOR NO KEY UPDATE`;
  else await tx.$queryRaw`SELECT "id" FROM "Article" WHERE "id" = ${articleId} FOR SHARE`;
}
