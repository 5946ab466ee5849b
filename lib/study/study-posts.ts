// The study loop's form posts. The study page (pages/sets/[setId]/study.tsx) ships no JavaScript
// framework, so its plain forms post to a route handler (app/(study)/sets/[setId]/study/[step]/route.ts)
// rather than to server actions. Each post is an action of the one pipeline (lib/actions/): its schema,
// who may post (a visitor becomes a guest), its work, and the page to show next: the verdict, or the
// study page with a notice code (lib/errors/notices.ts).
import "server-only";
import { z } from "zod";
import { definePost, postRoute, type StepPosts } from "../actions/transports";
import type { AppError } from "../errors/app-error";
import { toNoticePath } from "../errors/translate";
import { clientId, formGrade, id, MAX_DURATION_MS, response } from "../forms/schemas";
import { routes } from "../routes";
import { readableSet } from "../content/set-access";
import { adjustConfidence, overruleVerdict, recordAnswer, undoLastAnswer } from "./answer";

// Every post is on a set the learner may read (lib/content/set-access.ts; answers and "I was right" check it
// in their own statement, lib/study/answer.ts): one they may not is refused as "not-found", and the study
// page then shows no set. The set comes from the address the form posts to (postRoute's fromUrl), never from the form.
const inSet = z.object({ setId: id });

/** A visitor becomes a guest only to study a set anybody may read (lib/actions/run-action.ts, beforeGuest). */
export const setAnybodyMayRead = ({ setId }: { setId: string }) => readableSet(null, setId);

/** A failed post shows the study page with the error's notice code. */
const backToStudy = (error: AppError, fields: Record<string, unknown>) =>
  toNoticePath(error, routes.study(String(fields.setId ?? "")));

const answer = definePost({
  schema: inSet.extend({
    questionId: id,
    clientId,
    response,
    selfGrade: formGrade.optional(),
    shownAt: z.coerce.number().int().positive().optional(),
  }),
  access: "viewer-or-new-guest",
  beforeGuest: setAnybodyMayRead,
  refused: backToStudy,
  run: async ({ shownAt, ...input }, viewer) => {
    const durationMs = shownAt ? Math.min(Math.max(Date.now() - shownAt, 0), MAX_DURATION_MS) : undefined;
    const { reviewId } = await recordAnswer({ ...input, userId: viewer.id, durationMs });
    return routes.study(input.setId, { review: reviewId });
  },
});

const adjust = definePost({
  schema: inSet.extend({ reviewId: id, confidence: z.enum(["guessed", "easy"]) }),
  access: "viewer-or-new-guest",
  beforeGuest: setAnybodyMayRead,
  refused: backToStudy,
  run: async ({ setId, reviewId, confidence }, viewer) => {
    await readableSet(viewer, setId);
    await adjustConfidence(viewer.id, reviewId, confidence);
    return routes.study(setId, { review: reviewId, marked: 1 });
  },
});

const overrule = definePost({
  schema: inSet.extend({ reviewId: id }),
  access: "viewer-or-new-guest",
  beforeGuest: setAnybodyMayRead,
  refused: backToStudy,
  run: async ({ setId, reviewId }, viewer) => {
    await overruleVerdict(viewer.id, reviewId);
    return routes.study(setId, { review: reviewId });
  },
});

const undo = definePost({
  schema: inSet,
  access: "viewer-or-new-guest",
  beforeGuest: setAnybodyMayRead,
  refused: backToStudy,
  run: async ({ setId }, viewer) => {
    await readableSet(viewer, setId);
    return routes.study(setId, { notice: (await undoLastAnswer(viewer.id, setId)) ? "undone" : "nothing-to-undo" });
  },
});

/** "Start studying" (also the set page's server action, lib/study/actions.ts): a visitor becomes a guest, in the browser's zone. */
export const startPost = definePost({
  schema: inSet,
  access: "viewer-or-new-guest",
  beforeGuest: setAnybodyMayRead,
  refused: backToStudy,
  run: async ({ setId }, viewer) => {
    await readableSet(viewer, setId);
    return routes.study(setId);
  },
});

/** The study page's posts by step (the route's [step]), each answered with a 303 to the page to show. */
export const studyPosts: StepPosts = {
  answer: (request, setId) => postRoute(request, answer, { setId }),
  adjust: (request, setId) => postRoute(request, adjust, { setId }),
  overrule: (request, setId) => postRoute(request, overrule, { setId }),
  undo: (request, setId) => postRoute(request, undo, { setId }),
  start: (request, setId) => postRoute(request, startPost, { setId }),
};
