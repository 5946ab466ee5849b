"use server";
// Server actions of practice mode: nothing is written; the signed state moves along in the URL.
import { z } from "zod";
import { plainAction } from "../actions/transports";
import { config } from "../config";
import { AppError } from "../errors/app-error";
import { toNoticePath } from "../errors/translate";
import { formGrade, id, response } from "../forms/schemas";
import { routes } from "../routes";
import { answerPractice } from "./practice";
import { decodePractice, encodePractice } from "./practice-token";

export const practiceAnswerAction = plainAction({
  schema: z.object({ setId: id, token: z.string().min(1).max(20_000), questionId: id, response, selfGrade: formGrade.optional() }),
  access: "anyone",
  refused: (error, fields) => {
    const setId = String(fields.setId ?? "");
    if (error.code === "invalid-input" || error.code === "practice-unreadable") return routes.practice(setId, { notice: "practice-unreadable" });
    return toNoticePath(error, routes.practice(setId, { s: String(fields.token ?? "") }));
  },
  run: async ({ setId, token, questionId, response, selfGrade }) => {
    const state = decodePractice(token, config().authSecret);
    if (!state) throw new AppError("practice-unreadable");
    const next = await answerPractice(state, questionId, response, selfGrade);
    return routes.practice(setId, { s: encodePractice(next, config().authSecret) });
  },
});
