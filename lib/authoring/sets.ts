// A teacher's question sets: creating a draft and changing its title, description and the articles it draws
// on (their own articles and the library's). Every function takes the viewer and checks it here.
import "server-only";
import { createHash } from "node:crypto";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer";
import { db } from "../db/client";
import { selectAvailableArticles } from "../db/direct/available-articles";
import { lockSetRow } from "../db/row-locks";
import { AppError } from "../errors/app-error";
import { newContentId } from "./ids";
import { ownedSet } from "./owned";

/** What the set form sends: a title, a description and the ids of the articles the set draws on. */
export type SetInput = { title: string; description: string; articleIds: string[] };

/** Longest title and description, in characters. */
export const SET_TITLE_MAX = 120;
export const SET_DESCRIPTION_MAX = 1_000;

/**
 * The articles a teacher may build a set on: their own (not archived) and the library's, each { id, title,
 * outlet, own }. Throws AppError "sign-in" or "teachers-only".
 */
export async function availableArticles(viewer: Viewer | null) {
  const teacher = requireTeacher(viewer);
  const articles = await selectAvailableArticles(teacher.id);
  return articles
    .map(({ ownerId, ...a }) => ({ ...a, own: ownerId === teacher.id }))
    .sort((a, b) => Number(b.own) - Number(a.own));
}

async function checkInput(teacher: Viewer, input: SetInput): Promise<SetInput> {
  const title = input.title.trim();
  const description = input.description.trim();
  const issues: { field: string; message: string }[] = [];
  if (!title) issues.push({ field: "title", message: "Give the set a title." });
  if (title.length > SET_TITLE_MAX)
    issues.push({ field: "title", message: `Use at most ${SET_TITLE_MAX} characters.` });
  if (description.length > SET_DESCRIPTION_MAX)
    issues.push({ field: "description", message: `Use at most ${SET_DESCRIPTION_MAX} characters.` });
  const articleIds = [...new Set(input.articleIds)];
  if (articleIds.length === 0) issues.push({ field: "articleIds", message: new AppError("no-articles").message });
  if (issues.length > 0) throw new AppError("invalid-input", { issues });
  const usable = await db.article.count({
    where: { id: { in: articleIds }, archivedAt: null, OR: [{ ownerId: teacher.id }, { ownerId: null }] },
  });
  if (usable !== articleIds.length)
    throw new AppError("not-found", { field: "articleIds", message: "An article you chose is not available." });
  return { title, description, articleIds };
}

const hashOf = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 32);

/**
 * Creates a draft set (private, unpublished) owned by `viewer`, drawing on `input.articleIds`; returns { id }.
 * Throws AppError "sign-in", "teachers-only", "invalid-input" (title, description or no article, by field) or
 * "not-found" (an article that is neither theirs nor the library's).
 */
export async function createSet(viewer: Viewer | null, input: SetInput): Promise<{ id: string }> {
  const teacher = requireTeacher(viewer);
  const { title, description, articleIds } = await checkInput(teacher, input);
  const id = newContentId();
  await db.questionSet.create({
    data: {
      id,
      ownerId: teacher.id,
      title,
      description,
      contentHash: hashOf({ title, description, articleIds }),
      articles: { create: articleIds.map((articleId) => ({ articleId })) },
    },
  });
  return { id };
}

/**
 * Changes a set's title, description and articles. An article a question of the set still cites cannot be
 * dropped (AppError "article-in-use", on articleIds, naming it). Throws as createSet, and "not-found" for a set
 * that is not the viewer's.
 */
export async function updateSet(viewer: Viewer | null, setId: string, input: SetInput): Promise<void> {
  const set = await ownedSet(viewer, setId);
  const { title, description, articleIds } = await checkInput(requireTeacher(viewer), input);
  // The check and the change in one transaction, the set's row locked: a question saved meanwhile (which takes
  // the same lock) either cites before the check sees it, or finds the article gone from the set.
  await db.$transaction(async (tx) => {
    await lockSetRow(tx, set.id);
    const cited = await tx.citation.findFirst({
      where: { question: { setId: set.id, archivedAt: null }, articleId: { notIn: articleIds } },
      select: { article: { select: { title: true } } },
    });
    if (cited)
      throw new AppError("article-in-use", {
        field: "articleIds",
        message: `A question cites "${cited.article.title}": change its citations before you drop that article.`,
      });
    await tx.setArticle.deleteMany({ where: { setId: set.id, articleId: { notIn: articleIds } } });
    for (const articleId of articleIds)
      await tx.setArticle.upsert({
        where: { setId_articleId: { setId: set.id, articleId } },
        create: { setId: set.id, articleId },
        update: {},
      });
    await tx.questionSet.update({
      where: { id: set.id },
      data: { title, description, contentHash: hashOf({ title, description, articleIds }) },
    });
  });
}
