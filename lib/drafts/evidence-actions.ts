"use server";
// "Cite this" under Find the evidence (issue 18): one plain form post (it works before JavaScript loads)
// through the one pipeline (lib/actions/transports.ts). The domain (lib/authoring/questions.ts citeQuestion)
// checks the owner and takes the quote from the stored passage; a refusal comes back as a notice.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { plainAction } from "../actions/transports";
import { citeQuestion } from "../authoring/questions";
import { AppError } from "../errors/app-error";
import { toNoticePath } from "../errors/translate";
import { id } from "../forms/schemas";
import { routes } from "../routes";

const offset = z.coerce.number().int().min(0).max(1_000_000);

/** Adds the proposed evidence as the question's citation; back to the editor at the question, saying so. */
export const citeEvidenceAction = plainAction({
  schema: z.object({
    setId: id,
    questionId: id,
    passageId: z.string().min(1).max(300),
    start: offset,
    end: offset,
    quote: z.string().min(1).max(2_000),
    article: z.string().max(200).optional(),
  }),
  access: "anyone",
  signInReturn: (fields) => routes.editSet(String(fields.setId ?? "")),
  refused: (error, fields) =>
    toNoticePath(
      error,
      routes.editSet(String(fields.setId ?? ""), { article: String(fields.article ?? "") || undefined }),
    ),
  run: async ({ setId, questionId, passageId, start, end, quote, article }, viewer) => {
    try {
      await citeQuestion(viewer, setId, questionId, { passageId, quote, start, end });
    } catch (error) {
      // The proposal's passage was edited or removed since the page was drawn: the quote is no longer there.
      if (error instanceof AppError && error.code === "invalid-input") throw new AppError("evidence-stale");
      throw error;
    }
    revalidatePath(routes.editSet(setId));
    return routes.editSet(setId, { article, cited: 1 }, `question-${questionId}`);
  },
});
