// POST /api/answers – records one answer for the signed-in (or guest) learner and says whether it was
// right. The same grading and transaction as the study page's form; for clients that send JSON.
// Body: { setId, questionId, clientId, response?, selfGrade?, durationMs? }. A resubmission with the
// same clientId is recorded once and gets the same reply.
import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { HttpError } from "@/lib/http/http-error";
import { errorResponse, readJson } from "@/lib/http/json-request";
import { GRADES } from "@/lib/srs/scheduler";
import { recordAnswer, StudyError } from "@/lib/study/answer";

const answerSchema = z.object({
  setId: z.string().min(1).max(200),
  questionId: z.string().min(1).max(200),
  clientId: z.string().min(8).max(100),
  response: z.string().max(500).default(""),
  selfGrade: z.number().int().refine((g) => (GRADES as readonly number[]).includes(g), "must be 1, 2, 3 or 4").optional(),
  durationMs: z.number().int().min(0).max(3_600_000).optional(),
});

export async function POST(request: Request) {
  try {
    const input = await readJson(request, answerSchema);
    const learner = await getViewer();
    if (!learner) throw new HttpError(401, "Sign in, or start studying as a guest, first.");
    const result = await recordAnswer({ ...input, selfGrade: input.selfGrade as never, userId: learner.id });
    return Response.json(result, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof StudyError) return errorResponse(new HttpError(422, error.message));
    return errorResponse(error);
  }
}
