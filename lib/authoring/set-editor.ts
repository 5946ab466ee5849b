// The set editor's read model: the set, the article shown beside the questions (one at a time), the
// questions with their citations, and what needs fixing, for the set's owner only.
import "server-only";
import type { Viewer } from "../auth/viewer";
import { db } from "../db/client";
import {
  countArticlePassages,
  selectArticlePassages,
  selectEditorQuestions,
  selectSetArticles,
} from "../db/direct/set-editor-rows";
import { AppError } from "../errors/app-error";
import type { Question } from "../content/types";
import { ownedSet } from "./owned";
import { passageWindow, type PassageWindow } from "./passage-window";
import { blockersOf } from "./publish";
import { typeOfDb } from "./question-types";
import { quoteInContext, type QuoteAnchor } from "./text-quote";

/**
 * Everything the editor page shows for the set `setId`: { set, articles (the set's, with `shown` the one in the
 * article pane: `articleId` if it is one of them, else the one question `near.question` first cites, else the
 * first), shown's `window` of passages (lib/authoring/passage-window.ts: starting at passage `near.start` when
 * asked, else around the first citation of question `near.question`, else around passage `near.passage`, else
 * the first; numbers from 1), those passages, and
 * `total` (how many it has), questions (not archived, in order, each with its citations and their status), fixes
 * (questions hidden from study until fixed), blockers }. Throws AppError "not-found", "sign-in", "teachers-only"
 * as ownedSet.
 */
export async function setEditor(
  viewer: Viewer | null,
  setId: string,
  articleId?: string,
  near: { start?: number; question?: string; passage?: number } = {},
) {
  const owned = await ownedSet(viewer, setId);
  const [setArticles, questionRows] = await Promise.all([selectSetArticles(owned.id), selectEditorQuestions(owned.id)]);
  const { id, title, description, visibility, publishedAt } = owned;
  const set = { id, title, description, visibility, publishedAt };
  const articles = setArticles.sort((a, b) => a.title.localeCompare(b.title));
  // Unless an article is asked for, the edited question's evidence is shown: the article of its first citation.
  const edited = questionRows.find((q) => q.id === near.question);
  const wanted = articleId ?? edited?.citations[0]?.articleId;
  const shown = articles.find((a) => a.id === wanted) ?? articles[0];
  const titleOf = new Map(articles.map((a) => [a.id, a.title]));
  // Only the shown article's texts are read; a candidate's passage (a citation to check, rare) is looked up by key.
  const candidates = questionRows.flatMap((q) =>
    q.citations.flatMap((c) =>
      c.candidate ? [{ id: c.id, articleId: c.articleId, anchor: JSON.parse(c.candidate) as QuoteAnchor }] : [],
    ),
  );
  // The window opens on the edited question's first citation into the shown article, if it has one.
  const cited = edited?.citations.find((c) => c.articleId === shown?.id && c.passagePosition !== null)?.passagePosition;
  const focus = cited === undefined || cited === null ? near.passage : cited + 1;
  const [windowed, candidatePassages] = await Promise.all([
    shown ? windowOf(shown.id, { start: near.start, focus }) : undefined,
    candidates.length > 0
      ? db.passage.findMany({
          where: {
            archivedAt: null,
            OR: candidates.map((c) => ({ articleId: c.articleId, key: c.anchor.passageKey })),
          },
          select: { articleId: true, key: true, position: true },
        })
      : [],
  ]);
  const positionOf = new Map(candidatePassages.map((p) => [`${p.articleId}/${p.key}`, p.position]));
  const candidateOf = new Map(candidates.map((c) => [c.id, c]));
  const questions = questionRows.map((q, index) => {
    const question: Omit<Question, "id" | "citations"> = {
      type: typeOfDb(q.type as Parameters<typeof typeOfDb>[0]),
      prompt: q.prompt,
      choices: JSON.parse(q.choices) as string[],
      answers: JSON.parse(q.answers) as string[],
      explanation: q.explanation,
    };
    const citations = q.citations.map((c) => {
      const candidate = candidateOf.get(c.id);
      return {
        id: c.id,
        quote: c.quote,
        status: c.status,
        articleTitle: titleOf.get(c.articleId) ?? "",
        /** The passage's number in the article as it reads now; null when an edit removed it. */
        passageNumber: c.passagePosition === null ? null : c.passagePosition + 1,
        candidate: candidate
          ? {
              inContext: quoteInContext(candidate.anchor.quote),
              passageNumber: (positionOf.get(`${c.articleId}/${candidate.anchor.passageKey}`) ?? -1) + 1,
            }
          : null,
      };
    });
    return { id: q.id, number: index + 1, held: q.held, question, citations };
  });
  const fixes = questions.filter(
    (q) =>
      q.held || q.citations.length === 0 || q.citations.some((c) => c.status === "CHECK" || c.status === "ORPHANED"),
  );
  return {
    set,
    articles,
    shown: shown && windowed && { ...shown, ...windowed },
    questions,
    fixes,
    publish: {
      questions: questions.length,
      blockers: blockersOf(questions.map((q) => ({ id: q.id, held: q.held, citations: q.citations.length }))),
    },
  };
}

/** The window of the article `articleId` asked for, its passages and how many the article has. */
async function windowOf(
  articleId: string,
  ask: { start?: number; focus?: number },
): Promise<{ window: PassageWindow; total: number; passages: Awaited<ReturnType<typeof selectArticlePassages>> }> {
  const total = await countArticlePassages(articleId);
  const window = passageWindow(total, ask);
  const passages = await selectArticlePassages(articleId, {
    offset: window.from - 1,
    count: window.to - window.from + 1,
  });
  return { window, total, passages };
}

/**
 * All the passages of the article `articleId`, one of the set `setId`'s, for the set editor's article pane once
 * its page has loaded (GET routes.editorPassages): [key, text] pairs in order, numbered from 1 by their place.
 * Only the set's owner may read them, as the editor itself. Throws AppError "not-found" (no such set of the
 * viewer's, or the article is not one of its), "sign-in", "teachers-only" as ownedSet.
 */
export async function editorPassages(viewer: Viewer | null, setId: string, articleId: string) {
  const owned = await ownedSet(viewer, setId);
  const articles = await selectSetArticles(owned.id);
  if (!articles.some((a) => a.id === articleId)) throw new AppError("not-found");
  const passages = await selectArticlePassages(articleId);
  return passages.map((p): [string, string] => [p.key, p.text]);
}

export type SetEditorView = Awaited<ReturnType<typeof setEditor>>;
