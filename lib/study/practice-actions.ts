"use server";
// Server actions of practice mode: nothing is written; the signed state moves along in the URL.
import { redirect } from "next/navigation";
import { z } from "zod";
import { config } from "../config";
import { GRADES } from "../srs/scheduler";
import { StudyError } from "./answer";
import { answerPractice } from "./practice";
import { decodePractice, encodePractice } from "./practice-token";

const schema = z.object({
  token: z.string().min(1).max(20_000),
  questionId: z.string().min(1).max(200),
  response: z.string().max(500).default(""),
  selfGrade: z.coerce.number().refine((g) => (GRADES as readonly number[]).includes(g)).optional(),
});

export async function practiceAnswerAction(form: FormData): Promise<void> {
  const setId = encodeURIComponent(String(form.get("setId") ?? ""));
  const parsed = schema.safeParse(Object.fromEntries(form));
  const state = parsed.success ? decodePractice(parsed.data.token, config().authSecret) : null;
  if (!parsed.success || !state) redirect(`/sets/${setId}/practice?notice=${encodeURIComponent("That practice round could not be read; here is a new one.")}`);
  let next;
  try {
    next = await answerPractice(state, parsed.data.questionId, parsed.data.response, parsed.data.selfGrade as never);
  } catch (error) {
    if (!(error instanceof StudyError)) throw error;
    redirect(`/sets/${setId}/practice?s=${parsed.data.token}&notice=${encodeURIComponent(error.message)}`);
  }
  redirect(`/sets/${setId}/practice?s=${encodePractice(next, config().authSecret)}`);
}
