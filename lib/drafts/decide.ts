// A teacher's decision on a drafted question (issue 18): accept it as drafted, accept it after editing it in the
// set editor's form, or reject it. The draft is always re-derived on the server from its id (the set's
// articles drafted again, from the cache when their text is unchanged): nothing the browser sends about a draft
// but its id is trusted. An accepted draft becomes an ordinary question through saveQuestion, so every check of
// the editor and the citation's anchoring in the stored passage run as for a question typed by hand.
import "server-only";
import { ownedSet } from "../authoring/owned";
import { questionFormValues, type QuestionFormInput } from "../authoring/question-form";
import { saveQuestion, type SaveQuestionInput } from "../authoring/questions";
import type { Viewer } from "../auth/viewer";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { AppError } from "../errors/app-error";
import { draftPassageId, draftsOfSetArticle, setArticleSources } from "./set-drafts";
import type { Draft } from "./types";

/**
 * The draft `draftId` among the drafts of the set's articles now (`articleHint`, the article it is thought to
 * come from, looked at first). Throws AppError "draft-gone" when none has that id (an article changed, or the id
 * is made up).
 */
async function currentDraft(setId: string, draftId: string, articleHint?: string): Promise<Draft> {
  const sources = await setArticleSources(setId);
  // The article the page showed is drafted first: a set of several articles then drafts only the one needed.
  const order = [...sources].sort((a, b) => Number(b.id === articleHint) - Number(a.id === articleHint));
  for (const source of order) {
    const draft = draftsOfSetArticle(sources, source.id).find((d) => d.id === draftId);
    if (draft) return draft;
  }
  throw new AppError("draft-gone");
}

async function refuseDecided(setId: string, draftId: string) {
  const decided = await db.draftDecision.findUnique({
    where: { setId_draftId: { setId, draftId } },
    select: { decision: true },
  });
  if (decided) throw new AppError("draft-decided");
}

/**
 * Records `decision` on the draft, once: the row's primary key (setId, draftId) lets one of two racing
 * requests in, and the other gets AppError "draft-decided".
 */
async function claim(setId: string, draftId: string, decision: "ACCEPTED" | "REJECTED") {
  try {
    await db.draftDecision.create({ data: { setId, draftId, decision } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("draft-decided");
    throw error;
  }
}

/**
 * Accepts a draft through `save` (which writes the question): the decision is claimed first, so a second
 * click cannot make a second question, then given the question's id; a refused save gives the claim back.
 */
async function acceptThrough(setId: string, draftId: string, save: () => Promise<{ id: string }>) {
  await claim(setId, draftId, "ACCEPTED");
  let saved: { id: string };
  try {
    saved = await save();
  } catch (error) {
    await db.draftDecision.deleteMany({ where: { setId, draftId, questionId: null } });
    throw error;
  }
  await db.draftDecision.update({
    where: { setId_draftId: { setId, draftId } },
    data: { questionId: saved.id },
  });
  return { questionId: saved.id };
}

/**
 * The question form's fields for a draft (cloze written back with its {{answer}}) and its citation, whose passage
 * the form names by its number in the article (`passageNumber`, from 1; undefined leaves it empty).
 */
export function draftFormValues(
  draft: Draft,
  passageNumber: number | undefined,
): Required<QuestionFormInput> & {
  citePassage: string;
  citePassageId: string;
  citedNumber: string;
  citeQuote: string;
  citeStart: string;
  citeEnd: string;
} {
  return {
    ...questionFormValues(draft),
    citePassage: passageNumber === undefined ? "" : String(passageNumber),
    // As the Cite button fills them: the passage named by id while the number stays the one given here.
    citePassageId: draftPassageId(draft),
    citedNumber: passageNumber === undefined ? "" : String(passageNumber),
    citeQuote: draft.citation.quote,
    citeStart: String(draft.citation.start),
    citeEnd: String(draft.citation.end),
  };
}

/**
 * Makes the draft `draftId` a question of the set as drafted: { questionId }. `articleHint`: the article the page
 * showed, drafted first. Throws AppError "draft-decided"
 * (already accepted or rejected), "draft-gone" (not a draft of the set's articles now), saveQuestion's
 * refusals ("invalid-input", "too-many-questions"), and "sign-in", "teachers-only", "not-found" (ownedSet).
 */
export async function acceptDraft(viewer: Viewer | null, setId: string, draftId: string, articleHint?: string) {
  const set = await ownedSet(viewer, setId);
  await refuseDecided(set.id, draftId);
  const draft = await currentDraft(set.id, draftId, articleHint);
  return acceptThrough(set.id, draftId, () =>
    saveQuestion(viewer, set.id, {
      ...questionFormValues(draft),
      citation: {
        passageId: draftPassageId(draft),
        quote: draft.citation.quote,
        start: draft.citation.start,
        end: draft.citation.end,
      },
    }),
  );
}

/**
 * Saves the editor's form, prefilled from the draft `draftId` and changed by the teacher, as a new question, and
 * records the draft as accepted: { questionId }. What is saved is the form, checked as any question; the draft
 * must still be one the set is offered. Throws as acceptDraft.
 */
export async function acceptEditedDraft(
  viewer: Viewer | null,
  setId: string,
  draftId: string,
  input: Omit<SaveQuestionInput, "questionId">,
) {
  const set = await ownedSet(viewer, setId);
  await refuseDecided(set.id, draftId);
  await currentDraft(set.id, draftId);
  return acceptThrough(set.id, draftId, () => saveQuestion(viewer, set.id, { ...input, questionId: undefined }));
}

/** Rejects the draft: it is no longer offered to this set (`articleHint` as acceptDraft's). Throws as acceptDraft. */
export async function rejectDraft(
  viewer: Viewer | null,
  setId: string,
  draftId: string,
  articleHint?: string,
): Promise<void> {
  const set = await ownedSet(viewer, setId);
  await refuseDecided(set.id, draftId);
  await currentDraft(set.id, draftId, articleHint);
  await claim(set.id, draftId, "REJECTED");
}

/**
 * Offers a rejected draft again. Throws AppError "not-found" when the draft is not rejected in this set (an
 * accepted one stays: its question is in the set), and "sign-in", "teachers-only", "not-found" (ownedSet).
 */
export async function undoReject(viewer: Viewer | null, setId: string, draftId: string): Promise<void> {
  const set = await ownedSet(viewer, setId);
  const { count } = await db.draftDecision.deleteMany({ where: { setId: set.id, draftId, decision: "REJECTED" } });
  if (count === 0) throw new AppError("not-found");
}

/**
 * The draft `draftId` for the set editor's form: { draftId, articleId, type, values } (the form's fields,
 * citation included). Throws AppError "draft-decided", "draft-gone", and as ownedSet.
 */
export async function draftForEditing(viewer: Viewer | null, setId: string, draftId: string) {
  const set = await ownedSet(viewer, setId);
  await refuseDecided(set.id, draftId);
  const draft = await currentDraft(set.id, draftId);
  const passage = await db.passage.findFirst({
    where: { articleId: draft.citation.article, key: draft.citation.passage, archivedAt: null },
    select: { position: true },
  });
  // A draft is made from the article's passages as they stand, so its passage is there (else the field is left empty).
  const values = draftFormValues(draft, passage ? passage.position + 1 : undefined);
  return { draftId: draft.id, articleId: draft.citation.article, type: draft.type, values };
}

/**
 * draftForEditing for the editor page: the draft, or the AppError ("draft-decided", "draft-gone") to show on
 * the drafts page instead. Other refusals (sign-in, not-found) are thrown as ownedSet throws them.
 */
export async function draftToEdit(viewer: Viewer | null, setId: string, draftId: string) {
  try {
    return { draft: await draftForEditing(viewer, setId, draftId), refused: undefined };
  } catch (error) {
    if (error instanceof AppError && (error.code === "draft-decided" || error.code === "draft-gone"))
      return { draft: undefined, refused: error };
    throw error;
  }
}
