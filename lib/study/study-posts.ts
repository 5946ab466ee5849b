// The study loop's form posts. The study page (pages/sets/[setId]/study.tsx) ships no JavaScript
// framework, so its plain forms post to a route handler (app/(study)/sets/[setId]/study/[step]/route.ts)
// rather than to server actions. Each post parses its form, finds who is asking (a visitor becomes a
// guest), does its work and names the page to show next: the verdict, or the study page with a notice.
import "server-only";
import { z } from "zod";
import { GRADES } from "../srs/scheduler";
import { InvalidInput, parseAndIdentify } from "./action-helpers";
import { adjustConfidence, overruleVerdict, recordAnswer, StudyError, undoLastAnswer } from "./answer";
import { studyPath } from "./study-path";

const id = z.string().min(1).max(200);

/** Runs a step and turns an expected failure into a message on the study page. */
async function orNotice(setId: string, work: () => Promise<string>): Promise<string> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StudyError || error instanceof InvalidInput) return `${studyPath(setId)}?notice=${encodeURIComponent(error.message)}`;
    throw error;
  }
}

// The set comes from the address the form posts to, never from the form.
const answerSchema = z.object({
  questionId: id,
  clientId: z.string().min(8).max(100),
  response: z.string().max(500).default(""),
  selfGrade: z.coerce.number().refine((g) => (GRADES as readonly number[]).includes(g)).optional(),
  shownAt: z.coerce.number().int().positive().optional(),
});

const adjustSchema = z.object({ reviewId: id, confidence: z.enum(["guessed", "easy"]) });

type StudyPost = (setId: string, form: FormData) => Promise<string>;

export const studyPosts: Record<string, StudyPost> = {
  answer: (setId, form) =>
    orNotice(setId, async () => {
      const { input, learner } = await parseAndIdentify(answerSchema, form);
      const durationMs = input.shownAt ? Math.min(Math.max(Date.now() - input.shownAt, 0), 3_600_000) : undefined;
      const { reviewId } = await recordAnswer({ ...input, setId, selfGrade: input.selfGrade as never, userId: learner.id, durationMs });
      return `${studyPath(setId)}?review=${reviewId}`;
    }),

  adjust: (setId, form) =>
    orNotice(setId, async () => {
      const { input, learner } = await parseAndIdentify(adjustSchema, form);
      await adjustConfidence(learner.id, input.reviewId, input.confidence);
      return `${studyPath(setId)}?review=${encodeURIComponent(input.reviewId)}&marked=1`;
    }),

  overrule: (setId, form) =>
    orNotice(setId, async () => {
      const { input, learner } = await parseAndIdentify(z.object({ reviewId: id }), form);
      await overruleVerdict(learner.id, input.reviewId);
      return `${studyPath(setId)}?review=${encodeURIComponent(input.reviewId)}`;
    }),

  undo: (setId, form) =>
    orNotice(setId, async () => {
      const { learner } = await parseAndIdentify(z.object({}), form);
      const undone = await undoLastAnswer(learner.id, setId);
      return `${studyPath(setId)}?notice=${encodeURIComponent(undone ? "Your last answer was undone." : "There is no answer to undo.")}`;
    }),

  start: (setId, form) =>
    orNotice(setId, async () => {
      await parseAndIdentify(z.object({}), form);
      return studyPath(setId);
    }),
};
