// Practice's form post, on the study page's mechanism (lib/study/study-posts.ts): the practice page
// (pages/sets/[setId]/practice.tsx) ships no framework, so its plain form posts to a route handler
// (app/(study)/sets/[setId]/practice/[step]/route.ts). Nothing is written: the signed state moves along
// in the URL, and a refusal comes back as a notice code.
import "server-only";
import { z } from "zod";
import { definePost, postRoute, type StepPosts } from "../actions/transports";
import { config } from "../config";
import { AppError } from "../errors/app-error";
import { toNoticePath } from "../errors/translate";
import { formGrade, id, response } from "../forms/schemas";
import { routes } from "../routes";
import { readableSet } from "../content/set-access";
import { answerPractice } from "./practice";
import { decodePractice, encodePractice } from "./practice-token";

const answer = definePost({
  // The set comes from the address the form posts to (postRoute's fromUrl), never from the form.
  schema: z.object({
    setId: id,
    token: z.string().min(1).max(20_000),
    questionId: id,
    response,
    selfGrade: formGrade.optional(),
  }),
  // Anyone who may read the set may practise it, signed in or not (lib/content/set-access.ts).
  access: "anyone",
  refused: (error, fields) => {
    const setId = String(fields.setId ?? "");
    // A round that cannot be read starts again; any other refusal keeps the round where it was.
    if (error.code === "invalid-input" || error.code === "practice-unreadable")
      return routes.practice(setId, { notice: "practice-unreadable" });
    return toNoticePath(error, routes.practice(setId, { s: String(fields.token ?? "") }));
  },
  run: async ({ setId, token, questionId, response, selfGrade }, viewer) => {
    await readableSet(viewer, setId);
    const state = decodePractice(token, config().authSecret);
    if (!state || state.setId !== setId) throw new AppError("practice-unreadable");
    const next = await answerPractice(state, questionId, response, selfGrade);
    return routes.practice(setId, { s: encodePractice(next, config().authSecret) });
  },
});

/** Practice's posts by step (the route's [step]), each answered with a 303 to the page to show. */
export const practicePosts: StepPosts = {
  answer: (request, setId) => postRoute(request, answer, { setId }),
};
