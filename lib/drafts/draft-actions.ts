"use server";
// The drafts page's forms (issue 18), through the one pipeline (lib/actions/transports.ts): plain forms, so
// they work before JavaScript loads. The domain (lib/drafts/decide.ts, start-set.ts) checks who may act.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { plainAction } from "../actions/transports";
import { toNoticePath } from "../errors/translate";
import { id } from "../forms/schemas";
import { routes } from "../routes";
import { acceptDraft, rejectDraft, undoReject } from "./decide";
import { startDraftSet } from "./start-set";

type Fields = Record<string, string | string[]>;
const draftsOf = (fields: Fields) => routes.setDrafts(String(fields.setId ?? ""));
/** The article the page showed and how many drafts, to show the same again after the post. */
const articleShown = z.string().max(200).optional();
const shown = z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(2_000).optional());

/**
 * A draft's one form: the button pressed names the step ("accept", "reject" or "undo") and its value the draft.
 * Refused (already decided, no longer offered, a check of the question failing): back to the page with a notice.
 */
export const draftDecisionAction = plainAction({
  schema: z
    .object({
      setId: id,
      article: articleShown,
      shown,
      accept: id.optional(),
      reject: id.optional(),
      undo: id.optional(),
    })
    .refine((f) => [f.accept, f.reject, f.undo].filter(Boolean).length === 1, "Choose one draft."),
  access: "anyone",
  signInReturn: draftsOf,
  refused: (error, fields) =>
    toNoticePath(
      error,
      routes.setDrafts(String(fields.setId ?? ""), { article: String(fields.article ?? "") || undefined }),
    ),
  run: async ({ setId, article, shown, accept, reject, undo }, viewer) => {
    if (accept) await acceptDraft(viewer, setId, accept, article);
    else if (reject) await rejectDraft(viewer, setId, reject, article);
    else await undoReject(viewer, setId, undo!);
    revalidatePath(routes.setDrafts(setId));
    revalidatePath(routes.editSet(setId));
    const done = accept ? "accepted" : reject ? "rejected" : "undone";
    return routes.setDrafts(setId, { article, shown, done }, "drafts-heading");
  },
});

/** "Draft questions from this article": a new draft set on it, opened on its drafts page. */
export const startDraftSetAction = plainAction({
  schema: z.object({ articleId: id }),
  access: "anyone",
  signInReturn: (fields) => routes.article(String(fields.articleId ?? "")),
  run: async ({ articleId }, viewer) => {
    const { id: setId } = await startDraftSet(viewer, articleId);
    revalidatePath(routes.home());
    return routes.setDrafts(setId);
  },
});
