// POST /api/answers/overrule – "I was right": the learner counts their own typed answer, marked wrong,
// as right. The same rules and transaction as the study page's button. Body: { reviewId }; replies
// { reviewId, correct: true, rating: 3, overruled: true }, or 422 with a message when it cannot be.
import { z } from "zod";
import { defineAction } from "@/lib/actions/run-action";
import { jsonRoute } from "@/lib/actions/transports";
import { id } from "@/lib/forms/schemas";
import { Rating } from "@/lib/srs/scheduler";
import { overruleVerdict } from "@/lib/study/answer";

export const POST = jsonRoute(
  defineAction({
    schema: z.object({ reviewId: id }),
    access: "viewer",
    run: async ({ reviewId }, viewer) => {
      await overruleVerdict(viewer.id, reviewId);
      return { reviewId, correct: true, rating: Rating.Good, overruled: true };
    },
  }),
);
