// Changing a teacher's article's text: the whole text at once, or one passage joined with the next or split
// in two. Each keeps the keys of unchanged and similar paragraphs, archives the passages that are gone
// (their keys retired, never given out again), re-anchors every citation into the article and refreshes
// its questions' holds, all in one transaction: a refused edit leaves the article as it was.
import "server-only";
import type { Viewer } from "../auth/viewer";
import { db } from "../db/client";
import { lockArticleRow } from "../db/row-locks";
import { articleHash } from "./articles";
import { reanchorArticleCitations, type ReanchorSummary } from "./article-citations";
import { ownedArticle } from "./owned";
import { joinPassages, splitPassage, splitPassages, type AuthoredPassage } from "./passages";
import { AppError } from "../errors/app-error";

type Rewrite = (current: readonly AuthoredPassage[], retiredKeys: readonly string[]) => AuthoredPassage[];

/**
 * Replaces the article's text with `text` (passages separated by blank lines), keeping the keys of
 * unchanged and similar paragraphs (splitPassages). Returns what re-anchoring its citations did. Throws
 * AppError "sign-in" / "teachers-only" / "not-found", "empty-file" (no words left), "article-too-long" /
 * "too-many-passages"; nothing is saved then.
 */
export function replaceArticleText(viewer: Viewer | null, articleId: string, text: string): Promise<ReanchorSummary> {
  return rewriteArticle(viewer, articleId, (previous, retiredKeys) => {
    const passages = splitPassages(text, { previous, retiredKeys });
    if (passages.length === 0)
      throw new AppError("empty-file", {
        field: "text",
        message: "An article needs some text: to remove the whole article, ask us; to change it, edit the words.",
      });
    return passages;
  });
}

/**
 * Joins passage `key` with the one after it (joinPassages; the second key is retired). Returns the
 * re-anchoring summary. Throws as replaceArticleText, and AppError "unknown-passage" / "no-next-passage".
 */
export function joinArticlePassages(viewer: Viewer | null, articleId: string, key: string): Promise<ReanchorSummary> {
  return rewriteArticle(viewer, articleId, (current) => joinPassages(current, key));
}

/**
 * Splits passage `key` at `offset` (UTF-16 code units into its text, as a browser selection counts;
 * splitPassage): the second half gets a new key. Returns the re-anchoring summary. Throws as
 * replaceArticleText, and AppError "unknown-passage" / "offset-out-of-range" / "empty-half".
 */
export function splitArticlePassage(
  viewer: Viewer | null,
  articleId: string,
  key: string,
  offset: number,
): Promise<ReanchorSummary> {
  return rewriteArticle(viewer, articleId, (current, retiredKeys) => splitPassage(current, key, offset, retiredKeys));
}

async function rewriteArticle(viewer: Viewer | null, articleId: string, rewrite: Rewrite): Promise<ReanchorSummary> {
  const owned = await ownedArticle(viewer, articleId);
  return db.$transaction(
    async (tx) => {
      await lockArticleRow(tx, owned.id, "update");
      const rows = await tx.passage.findMany({
        where: { articleId: owned.id },
        orderBy: { position: "asc" },
        select: { id: true, key: true, text: true, position: true, archivedAt: true },
      });
      const before = rows.filter((r) => r.archivedAt === null).map(({ key, text }) => ({ key, text }));
      const retiredKeys = rows.filter((r) => r.archivedAt !== null).map((r) => r.key);
      const after = rewrite(before, retiredKeys);

      const byKey = new Map(rows.map((r) => [r.key, r]));
      const kept = new Set(after.map((p) => p.key));
      const now = new Date();
      const gone = before.filter((p) => !kept.has(p.key)).map((p) => byKey.get(p.key)!.id);
      if (gone.length > 0) await tx.passage.updateMany({ where: { id: { in: gone } }, data: { archivedAt: now } });
      const fresh: { id: string; articleId: string; key: string; position: number; text: string }[] = [];
      for (const [position, p] of after.entries()) {
        const row = byKey.get(p.key);
        if (!row) fresh.push({ id: `${owned.id}/${p.key}`, articleId: owned.id, key: p.key, position, text: p.text });
        else if (row.archivedAt !== null) throw new Error(`Retired passage key ${p.key} given out again`);
        else if (row.text !== p.text || row.position !== position)
          await tx.passage.update({ where: { id: row.id }, data: { text: p.text, position } });
      }
      if (fresh.length > 0) await tx.passage.createMany({ data: fresh });

      const summary = await reanchorArticleCitations(tx, owned.id, before, after);
      const details = await tx.article.findUniqueOrThrow({
        where: { id: owned.id },
        select: { title: true, outlet: true, publishedOn: true, sourceUrl: true, translationNote: true },
      });
      await tx.article.update({ where: { id: owned.id }, data: { contentHash: articleHash(details, after) } });
      return summary;
      // A 2,000-passage article re-numbered and 500 citations re-anchored take longer than Prisma's 5 s default on a busy machine.
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
