// A teacher's articles: adding one from text, changing its details, and reading it back for its editor.
// Every function starts with the owner check (lib/authoring/owned.ts) or, to create, requireTeacher.
import "server-only";
import { createHash } from "node:crypto";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { cleanDetails, type ArticleDetails } from "./article-details";
import { newContentId } from "./ids";
import { ownedArticle } from "./owned";
import { splitPassages, type AuthoredPassage } from "./passages";

/** A hash of what an article says, so a later export or copy can tell an unchanged one. */
export function articleHash(details: ArticleDetails, passages: readonly AuthoredPassage[]): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(details));
  for (const p of passages) hash.update(`\u0000${p.key}\u0000${p.text}`);
  return hash.digest("hex");
}

/**
 * Adds an article owned by `viewer` from its details (form fields: title required; outlet, publishedOn,
 * sourceUrl, translationNote) and plain text, split into passages at blank lines. All or nothing: the
 * limits are checked before anything is written, and the article and its passages are written in one
 * transaction. Returns { id }. Throws AppError "sign-in" / "teachers-only", "invalid-input" (the details'
 * problems and a text without words, by field), "article-too-long" / "too-many-passages" (lib/authoring/limits.ts).
 */
export async function createArticle(
  viewer: Viewer | null,
  fields: Record<string, unknown>,
  text: string,
): Promise<{ id: string }> {
  const teacher = requireTeacher(viewer);
  // Every refused field at once: a missing title and missing text are both told in one go.
  const issues: { field: string; message: string }[] = [];
  let details: ArticleDetails | undefined;
  try {
    details = cleanDetails(fields);
  } catch (error) {
    if (!(error instanceof AppError) || !error.issues) throw error;
    issues.push(...error.issues);
  }
  const passages = splitPassages(text);
  if (passages.length === 0) issues.push({ field: "text", message: "Give the article's text: it has no words yet." });
  if (!details || issues.length > 0)
    throw new AppError("invalid-input", { issues, field: issues[0].field, message: issues[0].message });
  const id = newContentId();
  await db.$transaction(async (tx) => {
    await tx.article.create({
      data: { id, ownerId: teacher.id, ...details, contentHash: articleHash(details, passages) },
    });
    await tx.passage.createMany({
      data: passages.map((p, position) => ({
        id: `${id}/${p.key}`,
        articleId: id,
        key: p.key,
        position,
        text: p.text,
      })),
    });
  });
  return { id };
}

/**
 * Changes an article's details (as createArticle reads them); its text and passages are untouched.
 * Throws AppError "sign-in" / "teachers-only" / "not-found" (not the owner's), "invalid-input".
 */
export async function updateArticleDetails(
  viewer: Viewer | null,
  articleId: string,
  fields: Record<string, unknown>,
): Promise<void> {
  const article = await ownedArticle(viewer, articleId);
  const details = cleanDetails(fields);
  const passages = await currentPassages(db, article.id);
  await db.article.update({
    where: { id: article.id },
    data: { ...details, contentHash: articleHash(details, passages) },
  });
}

/** The passages of an article now, in order (archived ones left out). */
export async function currentPassages(
  client: Pick<typeof db, "passage">,
  articleId: string,
): Promise<AuthoredPassage[]> {
  return client.passage.findMany({
    where: { articleId, archivedAt: null },
    orderBy: { position: "asc" },
    select: { key: true, text: true },
  });
}

/** A citation into the article that is not sound as it stands, with its question and set, for the editor to list. */
export type CitationNeedingCare = {
  status: "MOVED" | "CHECK" | "ORPHANED";
  quote: string;
  question: { id: string; prompt: string; setId: string; setTitle: string };
};

/**
 * The article as its editor shows it: details, passages in order, the whole text as the text editor holds
 * it (passages separated by blank lines), and every citation into it from a question not archived whose
 * status is not ANCHORED. Throws AppError "sign-in" / "teachers-only" / "not-found".
 */
export async function articleForEditing(viewer: Viewer | null, articleId: string) {
  const owned = await ownedArticle(viewer, articleId);
  const [article, passages, citations] = await Promise.all([
    db.article.findUniqueOrThrow({
      where: { id: owned.id },
      select: { id: true, title: true, outlet: true, publishedOn: true, sourceUrl: true, translationNote: true },
    }),
    currentPassages(db, owned.id),
    db.citation.findMany({
      where: { articleId: owned.id, status: { not: "ANCHORED" }, question: { archivedAt: null } },
      orderBy: [{ question: { setId: "asc" } }, { question: { position: "asc" } }, { position: "asc" }],
      select: {
        status: true,
        quote: true,
        question: { select: { id: true, prompt: true, setId: true, set: { select: { title: true } } } },
      },
    }),
  ]);
  return {
    ...article,
    passages,
    text: passages.map((p) => p.text).join("\n\n"),
    citations: citations.map((c): CitationNeedingCare => ({
      status: c.status as CitationNeedingCare["status"],
      quote: c.quote,
      question: {
        id: c.question.id,
        prompt: c.question.prompt,
        setId: c.question.setId,
        setTitle: c.question.set.title,
      },
    })),
  };
}
