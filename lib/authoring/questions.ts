// A teacher's questions: written, changed, reordered and removed in the set editor, each citing its evidence
// in the set's articles. Stored exactly as content sync stores content's questions (lib/content/sync.ts), so
// study, grading and reports read them unchanged.
import "server-only";
import { createHash } from "node:crypto";
import type { Viewer } from "../auth/viewer";
import { db } from "../db/client";
import { resetQuestionCards } from "../db/direct/reset-question-cards";
import { lockArticleRow, lockSetRow } from "../db/row-locks";
import { quoteProblem } from "../content/question-checks";
import { DB_TYPE } from "../content/sync";
import type { Question } from "../content/types";
import { AppError } from "../errors/app-error";
import { newContentId } from "./ids";
import { ownedSet } from "./owned";
import { refreshHolds } from "./question-hold";
import { answerChanged, readQuestionForm, type QuestionFormInput } from "./question-form";
import { describeSelection, findQuote, verifyQuote, type QuoteAnchor } from "./text-quote";
import { typeOfDb } from "./question-types";

/** Most questions (not archived) a set may hold. */
export const SET_MAX_QUESTIONS = 500;

/**
 * A new citation: a passage, named by its id ("<article id>/<key>") or, as the editor's form names it, by its
 * article and its number there (from 1, as the article pane shows it; NaN when the form's text was not a number),
 * and either the selection's UTF-16 offsets in its text (from the Cite button) or a quote pasted without
 * JavaScript. The quote is always taken from the stored passage, never from the browser.
 */
export type CitationInput = ({ passageId: string } | { articleId: string; passageNumber: number }) & {
  quote: string;
  start?: number;
  end?: number;
};

/** What the question form sends to save a question. */
export type SaveQuestionInput = QuestionFormInput & {
  /** Set to change an existing question; absent to write a new one. */
  questionId?: string;
  citation?: CitationInput;
  /** Ids of the question's citations to drop. */
  removeCitationIds?: string[];
  /** Published sets: keep learners' progress even though the answer changed. */
  keepProgress?: boolean;
};

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
const invalid = (field: string, message: string) => new AppError("invalid-input", { issues: [{ field, message }] });
const hashOf = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 32);

/** A passage number the form may send: 1 to 100,000, else NaN. "¶12", "#12" and " 12 " are 12. */
export function passageNumberOf(text: string): number {
  const digits = /^\s*[¶#]?\s*(\d{1,6})\s*$/.exec(text)?.[1];
  const n = digits === undefined ? NaN : Number(digits);
  return n >= 1 && n <= 100_000 ? n : NaN;
}

/**
 * The passage `citation` names, checked to be one of the set's articles', and the selectors of its quote:
 * re-derived from the stored text at the offsets the browser sent when their text is the quote the form holds,
 * else found by the quote itself (findQuote: as pasted, or differing only in whitespace, quote marks or composed
 * accents; the stored quote is always the passage's own characters). Throws AppError "invalid-input" on citePassage (unknown passage) or citeQuote
 * (empty, or "quote not found in passage …", content:check's wording).
 */
async function anchorCitation(tx: Tx, setId: string, citation: CitationInput) {
  const inSet = { archivedAt: null, article: { archivedAt: null, sets: { some: { setId } } } };
  if ("passageNumber" in citation && Number.isNaN(citation.passageNumber))
    throw invalid(
      "citePassage",
      "Give the number of the passage the quote is from, as the article shows it (for example 12).",
    );
  const named =
    "passageId" in citation
      ? { id: citation.passageId }
      : { articleId: citation.articleId, position: citation.passageNumber - 1 };
  const find = () =>
    tx.passage.findFirst({
      where: { ...named, ...inSet },
      select: {
        id: true,
        key: true,
        text: true,
        position: true,
        articleId: true,
        article: { select: { title: true } },
      },
    });
  const first = await find();
  // Read again once no edit of the article's text can be under way: the citation is made from the text that stands.
  if (first) await lockArticleRow(tx, first.articleId, "share");
  const passage = first && (await find());
  if (!passage) {
    const byNumber = "passageNumber" in citation ? citation : undefined;
    const count = byNumber ? await tx.passage.count({ where: { articleId: byNumber.articleId, ...inSet } }) : 0;
    throw invalid(
      "citePassage",
      byNumber && count > 0
        ? `This article has no passage ${byNumber.passageNumber}: give a number from 1 to ${count}.`
        : "Choose a passage of one of the set's articles.",
    );
  }
  const quote = citation.quote.trim();
  let anchor: Omit<QuoteAnchor, "passageKey"> | undefined;
  if (citation.start !== undefined && citation.end !== undefined) {
    try {
      const selected = describeSelection(passage.text, { start: citation.start, end: citation.end });
      if (!quote || selected.quote.exact === quote) anchor = selected;
    } catch (error) {
      if (!(error instanceof AppError) || quote === "") throw invalid("citeQuote", (error as Error).message);
    }
  }
  if (!anchor) {
    if (!quote) throw invalid("citeQuote", "Paste the words of the passage that are the evidence.");
    const found = findQuote(passage.text, quote);
    anchor = found && describeSelection(passage.text, found);
    if (!anchor || !verifyQuote(passage.text, anchor).exact)
      throw invalid(
        "citeQuote",
        quoteProblem(passage.text, quote, `${passage.article.title}#${passage.position + 1}`)!,
      );
  }
  return { passage, anchor };
}

/** A Citation row's columns for an anchored citation, at `position` among its question's citations. */
function citationRow({ passage, anchor }: Awaited<ReturnType<typeof anchorCitation>>, position: number) {
  return {
    articleId: passage.articleId,
    passageId: passage.id,
    quote: anchor.quote.exact,
    prefix: anchor.quote.prefix,
    suffix: anchor.quote.suffix,
    start: anchor.position.start,
    end: anchor.position.end,
    position,
  };
}

/**
 * A question's columns as every writer stores them (the editor, content sync's shape, imports): the type as
 * DB_TYPE, choices and answers as JSON arrays, and a hash of the whole question.
 */
export function storedFields(question: Omit<Question, "id" | "citations">) {
  return {
    type: DB_TYPE[question.type],
    prompt: question.prompt,
    choices: JSON.stringify(question.choices),
    answers: JSON.stringify(question.answers),
    explanation: question.explanation,
    contentHash: hashOf(question),
  };
}

/**
 * Writes a new question (no `questionId`) at the end of the set, or changes one, with its citations; returns
 * { id, reset, held } (`reset`: learners' cards deleted because the answer changed in a published set; `held`:
 * hidden from study now, for want of a sound citation). A question
 * may be saved citing nothing (typed before its source is found, or imported without one: issue 18): it is
 * then held from study (refreshHolds), blocks publishing, and the editor offers "Find the evidence". Every check
 * runs with content:check's wording, by field: AppError "invalid-input" (fields of the form),
 * "too-many-questions" (SET_MAX_QUESTIONS), "not-found" (a set or question not the viewer's), "sign-in",
 * "teachers-only". In a published set a change of answer deletes that question's cards (the review log stays)
 * unless `keepProgress`; a change that keeps the answer keeps them.
 */
export async function saveQuestion(
  viewer: Viewer | null,
  setId: string,
  input: SaveQuestionInput,
): Promise<{ id: string; reset: boolean; held: boolean }> {
  const set = await ownedSet(viewer, setId);
  const form = readQuestionForm(input);
  if (!form.ok)
    throw new AppError("invalid-input", {
      issues: Object.entries(form.errors).map(([field, message]) => ({ field, message })),
    });
  const question = form.question;
  const fields = storedFields(question);
  // A citation asked for with something missing (a passage number and no quote) is refused, never dropped.
  const wantsCitation = input.citation !== undefined;

  return db.$transaction(async (tx) => {
    await lockSetRow(tx, set.id);
    const fresh = wantsCitation ? await anchorCitation(tx, set.id, input.citation!) : undefined;
    const newCitation = (position: number) => fresh && citationRow(fresh, position);

    if (!input.questionId) {
      const count = await tx.question.count({ where: { setId: set.id, archivedAt: null } });
      if (count >= SET_MAX_QUESTIONS)
        throw new AppError("too-many-questions", {
          message: `A set may have at most ${SET_MAX_QUESTIONS} questions; this one has ${count}. Remove one first.`,
        });
      const last = await tx.question.aggregate({ where: { setId: set.id }, _max: { position: true } });
      const id = newContentId();
      await tx.question.create({
        data: {
          id,
          setId: set.id,
          position: (last._max.position ?? -1) + 1,
          ...fields,
          citations: { create: fresh ? [newCitation(0)!] : [] },
        },
      });
      const held = await refreshHolds(tx, [id]);
      return { id, reset: false, held: held.length > 0 };
    }

    const before = await tx.question.findFirst({
      where: { id: input.questionId, setId: set.id, archivedAt: null },
      select: {
        id: true,
        type: true,
        choices: true,
        answers: true,
        citations: { select: { id: true, position: true } },
      },
    });
    if (!before) throw new AppError("not-found");
    const removing = new Set(input.removeCitationIds ?? []);

    const changed = answerChanged(
      { type: typeOfDb(before.type), choices: JSON.parse(before.choices), answers: JSON.parse(before.answers) },
      question,
    );
    await tx.question.update({ where: { id: before.id }, data: fields });
    if (removing.size > 0)
      await tx.citation.deleteMany({ where: { questionId: before.id, id: { in: [...removing] } } });
    if (fresh) {
      const position = Math.max(-1, ...before.citations.map((c) => c.position)) + 1;
      await tx.citation.create({ data: { questionId: before.id, ...newCitation(position)! } });
    }
    const reset = changed && set.publishedAt !== null && !input.keepProgress;
    if (reset) await resetQuestionCards(tx, before.id);
    const held = await refreshHolds(tx, [before.id]);
    return { id: before.id, reset, held: held.length > 0 };
  });
}

/**
 * Adds one citation to question `questionId` of set `setId` (the one click of "Find the evidence", issue 18),
 * through the Cite button's path: the quote is re-derived from the stored passage at `start`–`end` and must be
 * `citation.quote`, or else is found by that quote (the passage changed since the proposal); then the question's
 * hold is refreshed (released when nothing else holds it). Citing a place the question cites already changes
 * nothing (a double click). Throws AppError "invalid-input" (citePassage, citeQuote:
 * as saveQuestion), "not-found" (no such live question in the viewer's set), "sign-in", "teachers-only".
 */
export async function citeQuestion(
  viewer: Viewer | null,
  setId: string,
  questionId: string,
  citation: CitationInput,
): Promise<void> {
  const set = await ownedSet(viewer, setId);
  await db.$transaction(async (tx) => {
    await lockSetRow(tx, set.id);
    const question = await tx.question.findFirst({
      where: { id: questionId, setId: set.id, archivedAt: null },
      select: { id: true, citations: { select: { position: true, passageId: true, start: true, end: true } } },
    });
    if (!question) throw new AppError("not-found");
    const { passage, anchor } = await anchorCitation(tx, set.id, citation);
    // A double click, or the same proposal posted again from a stale tab: the place is cited already.
    const { start, end } = anchor.position;
    if (question.citations.some((c) => c.passageId === passage.id && c.start === start && c.end === end)) return;
    await tx.citation.create({
      data: {
        questionId: question.id,
        ...citationRow({ passage, anchor }, Math.max(-1, ...question.citations.map((c) => c.position)) + 1),
      },
    });
    await refreshHolds(tx, [question.id]);
  });
}

/**
 * Moves a question one place up or down among the set's questions (archived ones left out); at either end it
 * stays. Throws AppError "not-found", "sign-in", "teachers-only".
 */
export async function moveQuestion(
  viewer: Viewer | null,
  setId: string,
  questionId: string,
  direction: "up" | "down",
): Promise<void> {
  const set = await ownedSet(viewer, setId);
  await db.$transaction(async (tx) => {
    await lockSetRow(tx, set.id);
    const questions = await tx.question.findMany({
      where: { setId: set.id, archivedAt: null },
      select: { id: true, position: true },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    });
    const index = questions.findIndex((q) => q.id === questionId);
    if (index === -1) throw new AppError("not-found");
    const swapWith = direction === "up" ? index - 1 : index + 1;
    if (swapWith < 0 || swapWith >= questions.length) return;
    const order = [...questions];
    [order[index], order[swapWith]] = [order[swapWith], order[index]];
    // Positions may repeat or leave gaps (none is unique in the schema): every question whose place changed is renumbered.
    for (const [i, q] of order.entries())
      if (q.position !== i) await tx.question.update({ where: { id: q.id }, data: { position: i } });
  });
}

/**
 * Removes a question from the set: archived (hidden from study and practice, kept in reports and learners'
 * history), as content sync archives a question that leaves content/. Throws AppError "not-found", "sign-in",
 * "teachers-only".
 */
export async function archiveQuestion(viewer: Viewer | null, setId: string, questionId: string): Promise<void> {
  const set = await ownedSet(viewer, setId);
  const { count } = await db.$transaction(async (tx) => {
    await lockSetRow(tx, set.id);
    return tx.question.updateMany({
      where: { id: questionId, setId: set.id, archivedAt: null },
      data: { archivedAt: new Date() },
    });
  });
  if (count === 0) throw new AppError("not-found");
}

/**
 * Makes a citation marked "check this citation" (status CHECK, after an article edit) cite the place the
 * re-anchoring found: its candidate becomes the quote, prefix, suffix and position, status ANCHORED, and the
 * question is released when nothing else holds it. Throws AppError "candidate-stale" when the candidate's text
 * no longer stands in its passage, "not-found" (no such citation to check in the viewer's set), "sign-in",
 * "teachers-only".
 */
export async function acceptCandidate(viewer: Viewer | null, setId: string, citationId: string): Promise<void> {
  const set = await ownedSet(viewer, setId);
  await db.$transaction(async (tx) => {
    await lockSetRow(tx, set.id);
    const named = await tx.citation.findFirst({ where: { id: citationId }, select: { articleId: true } });
    if (named) await lockArticleRow(tx, named.articleId, "share");
    const citation = await tx.citation.findFirst({
      where: { id: citationId, status: "CHECK", question: { setId: set.id, archivedAt: null } },
      select: { id: true, questionId: true, articleId: true, candidate: true },
    });
    if (!citation?.candidate) throw new AppError("not-found");
    const candidate = JSON.parse(citation.candidate) as QuoteAnchor;
    const passage = await tx.passage.findFirst({
      where: { id: `${citation.articleId}/${candidate.passageKey}`, archivedAt: null },
      select: { id: true, text: true },
    });
    if (!passage || !verifyQuote(passage.text, candidate).exact) throw new AppError("candidate-stale");
    await tx.citation.update({
      where: { id: citation.id },
      data: {
        passageId: passage.id,
        quote: candidate.quote.exact,
        prefix: candidate.quote.prefix,
        suffix: candidate.quote.suffix,
        start: candidate.position.start,
        end: candidate.position.end,
        status: "ANCHORED",
        candidate: null,
      },
    });
    await refreshHolds(tx, [citation.questionId]);
  });
}
