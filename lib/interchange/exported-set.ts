// A set as it leaves Footnote: read once here, in the shape every format's exporter takes (types.ts ExportedSet),
// so no exporter touches the database and every format carries the same questions, citations and articles.
import "server-only";
import type { Viewer } from "../auth/viewer";
import { typeOfDb } from "../authoring/question-types";
import { config } from "../config";
import { NO_SUCH_SET, readableSet, type ReadableSet } from "../content/set-access";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { routes } from "../routes";
import type { ExportedSet } from "./types";

const absolute = (path: string) => new URL(path, config().appUrl).toString();

/**
 * The set `setId` as exporters read it (types.ts ExportedSet): its live questions in order, held ones included
 * (each exporter says what it does with a question citing nothing), each citation with its passage's text and
 * an absolute link to the passage in Footnote (routes.passage on config().appUrl), and every article the set is
 * linked to or cites, with its live passages. No access check: `content:export` runs as the operator; pages go
 * through exportableSet. Throws AppError "not-found" for no such set, or an archived one.
 */
export async function exportedSet(setId: string): Promise<ExportedSet> {
  const set = await db.questionSet.findFirst({
    where: { id: setId, archivedAt: null },
    select: {
      id: true,
      title: true,
      description: true,
      position: true,
      articles: { select: { articleId: true } },
      questions: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: {
          id: true,
          type: true,
          prompt: true,
          choices: true,
          answers: true,
          explanation: true,
          heldAt: true,
          citations: {
            orderBy: { position: "asc" },
            select: {
              articleId: true,
              quote: true,
              prefix: true,
              suffix: true,
              start: true,
              end: true,
              passage: { select: { key: true, text: true } },
            },
          },
        },
      },
    },
  });
  if (!set) throw new AppError("not-found", { message: NO_SUCH_SET });
  const articleIds = new Set(set.articles.map((a) => a.articleId));
  for (const q of set.questions) for (const c of q.citations) articleIds.add(c.articleId);
  const articles = await db.article.findMany({
    where: { id: { in: [...articleIds] } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      title: true,
      outlet: true,
      translationNote: true,
      sourceUrl: true,
      publishedOn: true,
      passages: { where: { archivedAt: null }, orderBy: { position: "asc" }, select: { key: true, text: true } },
    },
  });
  return {
    id: set.id,
    title: set.title,
    description: set.description,
    order: set.position,
    link: absolute(routes.set(set.id)),
    articles,
    questions: set.questions.map((q) => ({
      id: q.id,
      type: typeOfDb(q.type),
      prompt: q.prompt,
      choices: JSON.parse(q.choices) as string[],
      answers: JSON.parse(q.answers) as string[],
      explanation: q.explanation,
      held: q.heldAt !== null,
      citations: q.citations.map((c) => ({
        article: c.articleId,
        passage: c.passage.key,
        quote: c.quote,
        prefix: c.prefix,
        suffix: c.suffix,
        start: c.start,
        end: c.end,
        passageText: c.passage.text,
        link: absolute(routes.passage(c.articleId, c.passage.key, c.quote, undefined, c)),
      })),
    })),
  };
}

/**
 * Whether the reader of `set` may export it: its owner; anyone else once it is published and public or shared by
 * link (they could copy it, answers and all); never a student who reads a private set through a class, since the
 * file holds the answer key. The set page offers the Export list by the same rule (export-menu.ts).
 */
export function mayExport(set: Pick<ReadableSet, "isOwner" | "publishedAt" | "visibility">): boolean {
  return set.isOwner || (set.publishedAt !== null && set.visibility !== "PRIVATE");
}

/**
 * The set `setId` for `viewer` to export or download: its owner may, and anyone who may read it once it is
 * published and public or shared by link (they could copy it, answers and all). A student who reads a private set
 * through an assignment may not: the file holds the answer key. Throws AppError "not-found" otherwise, in the
 * same words as a set that does not exist (lib/content/set-access.ts).
 */
export async function exportableSet(viewer: Viewer | null, setId: string): Promise<ExportedSet> {
  const readable = await readableSet(viewer, setId);
  if (!mayExport(readable)) throw new AppError("not-found", { message: NO_SUCH_SET });
  return exportedSet(readable.id);
}
