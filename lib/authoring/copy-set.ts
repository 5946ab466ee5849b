// "Copy to my sets": a teacher takes a library set, or one shared by link or made public, into their own
// sets to change it, with the articles it cites. The copy is theirs alone: a private draft with new ids, so
// the original (content/'s, which content sync rewrites, or another teacher's) is never touched by edits.
import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer";
import { readableSet } from "../content/set-access";
import { db } from "../db/client";
import { lockForWrite } from "../db/row-locks";
import { AppError } from "../errors/app-error";
import { newContentId } from "./ids";
import { refreshHolds } from "./question-hold";
import { selectorsAt } from "./text-quote";

const SOURCE = {
  title: true,
  description: true,
  contentHash: true,
  articles: { select: { articleId: true } },
  questions: {
    where: { archivedAt: null },
    orderBy: { position: "asc" },
    select: {
      type: true,
      position: true,
      prompt: true,
      choices: true,
      answers: true,
      explanation: true,
      contentHash: true,
      citations: {
        orderBy: { position: "asc" },
        select: {
          articleId: true,
          quote: true,
          prefix: true,
          suffix: true,
          start: true,
          end: true,
          status: true,
          candidate: true,
          position: true,
          passage: { select: { key: true, text: true } },
        },
      },
    },
  },
} as const;

const ARTICLE = {
  id: true,
  title: true,
  outlet: true,
  translationNote: true,
  sourceUrl: true,
  publishedOn: true,
  contentHash: true,
  passages: { select: { key: true, position: true, text: true, archivedAt: true } },
} as const;

type Anchor = { quote: string; prefix: string; suffix: string; start: number | null; end: number | null };

/**
 * A citation's W3C TextQuoteSelector context and TextPositionSelector, filled in where the source lacks them
 * (content/'s citations carry the quote alone): found at the quote's first place in its passage, as the
 * editor would describe it; left as it is when the quote is not found verbatim.
 */
function filledAnchor(citation: Anchor, passageText: string): Omit<Anchor, "quote"> {
  const { prefix, suffix, start, end } = citation;
  if (start !== null && end !== null) return { prefix, suffix, start, end };
  const at = citation.quote === "" ? -1 : passageText.indexOf(citation.quote);
  if (at === -1) return { prefix, suffix, start, end };
  const described = selectorsAt(passageText, at, at + citation.quote.length);
  return {
    prefix: described.quote.prefix,
    suffix: described.quote.suffix,
    start: described.position.start,
    end: described.position.end,
  };
}

/**
 * Copies the set `setId` into `viewer`'s own sets, in one transaction, and returns the copy's id. Only a
 * published set that is public (the library, content/'s sets included) or shared by link may be copied,
 * and only one the teacher may read (lib/content/set-access.ts). The copy: new ids (newContentId) for the set,
 * each article it cites and each live question; every passage, archived ones too (so their keys stay
 * retired), as `${newArticleId}/${key}`; citations with their quote, context and position (filled in with
 * the quote's first place where the source has none) and status. Owned by the teacher, a PRIVATE draft,
 * `copiedFromId` naming the originals. Throws AppError "sign-in" / "teachers-only" (lib/auth/require.ts),
 * "not-found" (no set the teacher may read), "set-unavailable" (a draft or private set: not to be copied).
 */
export async function copySet(viewer: Viewer | null, setId: string, now = new Date()): Promise<{ id: string }> {
  const teacher = requireTeacher(viewer);
  const readable = await readableSet(teacher, setId);
  if (!readable.publishedAt || readable.visibility === "PRIVATE") throw new AppError("set-unavailable");
  const source = await db.questionSet.findUniqueOrThrow({ where: { id: setId }, select: SOURCE });
  const articleIds = [
    ...new Set([
      ...source.articles.map((a) => a.articleId),
      ...source.questions.flatMap((q) => q.citations.map((c) => c.articleId)),
    ]),
  ];

  return db.$transaction(
    async (tx) => {
      await lockForWrite(tx);
      const articles = await tx.article.findMany({ where: { id: { in: articleIds } }, select: ARTICLE });
      const newArticleId = new Map(articles.map((a) => [a.id, newContentId()]));
      for (const { id, passages, ...article } of articles) {
        const copyId = newArticleId.get(id)!;
        await tx.article.create({ data: { ...article, id: copyId, ownerId: teacher.id, copiedFromId: id } });
        await tx.passage.createMany({
          data: passages.map((p) => ({ ...p, id: `${copyId}/${p.key}`, articleId: copyId })),
        });
      }
      const copy = await tx.questionSet.create({
        data: {
          id: newContentId(),
          ownerId: teacher.id,
          title: source.title,
          description: source.description,
          contentHash: source.contentHash,
          visibility: "PRIVATE",
          publishedAt: null,
          copiedFromId: setId,
          articles: { create: articles.map((a) => ({ articleId: newArticleId.get(a.id)! })) },
        },
        select: { id: true },
      });
      const questions = source.questions.map(({ citations, ...q }) => ({ ...q, id: newContentId(), citations }));
      await tx.question.createMany({
        data: questions.map(({ citations: _citations, ...q }) => ({ ...q, setId: copy.id })),
      });
      await tx.citation.createMany({
        data: questions.flatMap((q) =>
          q.citations.map(({ passage, articleId, ...citation }) => {
            const copyArticleId = newArticleId.get(articleId)!;
            return {
              ...citation,
              ...filledAnchor(citation, passage.text),
              questionId: q.id,
              articleId: copyArticleId,
              passageId: `${copyArticleId}/${passage.key}`,
            };
          }),
        ),
      });
      // A question without a sound citation is held from study in the copy as it would be anywhere.
      await refreshHolds(
        tx,
        questions.map((q) => q.id),
        now,
      );
      return copy;
    },
    { timeout: 30_000 },
  );
}
