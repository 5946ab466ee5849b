// Row locks for the authoring editors' read-then-write transactions (lib/authoring/). SQLite runs one
// transaction at a time on its one connection, so there is nothing to do; PostgreSQL runs them side by side
// at READ COMMITTED, where two tabs could each read a set's questions or an article's passages and then both
// write from what they read (three new questions at one place, a question's last two citations both removed,
// a citation saved into a passage an edit was archiving). Taking the row's lock first makes the second wait
// for the first to commit, then read what it wrote.
import { config } from "../config";
import { databaseProvider } from "./database-url";
import type { Database } from "./prisma-client";

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/**
 * Inside `tx`, locks question set `setId`'s row until the transaction ends: taken by every write that reads a
 * set's questions and writes from what it read (lib/authoring/questions.ts). Waits while another holds it.
 */
export async function lockSetRow(tx: Tx, setId: string): Promise<void> {
  if (databaseProvider(config().DATABASE_URL) === "sqlite") return;
  await tx.$queryRaw`SELECT "id" FROM "QuestionSet" WHERE "id" = ${setId} FOR NO KEY UPDATE`;
}

/**
 * Inside `tx`, locks article `articleId`'s row until the transaction ends: `"update"` to change its text
 * (lib/authoring/article-text.ts), `"share"` to write a citation into it from what its passages say now (many
 * may cite at once; none while its text changes). Take it before any other write in the transaction, so a
 * text edit, which then writes citations and questions, can never wait on a citer that waits on it.
 */
export async function lockArticleRow(tx: Tx, articleId: string, mode: "update" | "share"): Promise<void> {
  if (databaseProvider(config().DATABASE_URL) === "sqlite") return;
  if (mode === "update") await tx.$queryRaw`SELECT "id" FROM "Article" WHERE "id" = ${articleId} FOR NO KEY UPDATE`;
  else await tx.$queryRaw`SELECT "id" FROM "Article" WHERE "id" = ${articleId} FOR SHARE`;
}
