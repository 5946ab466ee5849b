// POST /api/answers – records one answer for the signed-in (or guest) learner and says whether it was
// right. The same grading and transaction as the study page's form; for clients that send JSON.
// Body: { setId, questionId, clientId, response?, selfGrade?, durationMs? }. A resubmission with the
// same clientId is recorded once and gets the same reply.
import { z } from "zod";
import { defineAction } from "@/lib/actions/run-action";
import { jsonRoute } from "@/lib/actions/transports";
import { clientId, durationMs, grade, id, response } from "@/lib/forms/schemas";
import { recordAnswer } from "@/lib/study/answer";

export const POST = jsonRoute(
  defineAction({
    schema: z.object({
      setId: id,
      questionId: id,
      clientId,
      response,
      selfGrade: grade.optional(),
      durationMs: durationMs.optional(),
    }),
    access: "viewer",
    run: (input, viewer) => recordAnswer({ ...input, userId: viewer.id }),
  }),
);
