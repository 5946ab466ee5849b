// POST /api/answers/overrule – "I was right": the learner counts their own typed answer, marked wrong,
// as right. The same rules and transaction as the study page's button. Body: { reviewId }; replies
// { reviewId, correct: true, rating: 3, overruled: true }, or 422 with a message when it cannot be.
import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { HttpError } from "@/lib/http/http-error";
import { errorResponse, readJson } from "@/lib/http/json-request";
import { overruleVerdict, StudyError } from "@/lib/study/answer";
import { Rating } from "@/lib/srs/scheduler";

const overruleSchema = z.object({ reviewId: z.string().min(1).max(200) });

export async function POST(request: Request) {
  try {
    const { reviewId } = await readJson(request, overruleSchema);
    const learner = await getViewer();
    if (!learner) throw new HttpError(401, "Sign in, or start studying as a guest, first.");
    await overruleVerdict(learner.id, reviewId);
    return Response.json({ reviewId, correct: true, rating: Rating.Good, overruled: true }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof StudyError) return errorResponse(new HttpError(422, error.message));
    return errorResponse(error);
  }
}
