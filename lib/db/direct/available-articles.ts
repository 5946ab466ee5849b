// The articles a teacher may put in a set (lib/authoring/sets.ts availableArticles), on the driver: the set
// editor asks on every load, and Prisma compiled it afresh each time (README, Performance).
import { directSql } from "./driver";

/** An article a set may draw on: `ownerId` null for the library's. */
export type AvailableArticleRow = { id: string; title: string; outlet: string | null; ownerId: string | null };

const ARTICLES = `SELECT "id", "title", "outlet", "ownerId" FROM "Article"
  WHERE "archivedAt" IS NULL AND ("ownerId" = ? OR "ownerId" IS NULL) ORDER BY "createdAt" DESC, "title"`;

/** The live articles `ownerId` owns and the library's, newest first (then by title). */
export function selectAvailableArticles(ownerId: string): Promise<AvailableArticleRow[]> {
  return directSql().all<AvailableArticleRow>(ARTICLES, ownerId);
}
