"use server";
// Server actions of the study loop. Each posts from a plain <form>, so studying works before
// JavaScript loads; each ends in a redirect to the page that shows the result.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { learnerOrGuest } from "../auth/session";
import { db } from "../db";
import { getSet } from "../sets";
import { GRADES } from "../srs/scheduler";
import { InvalidInput, parseAndIdentify } from "./action-helpers";
import { adjustConfidence, recordAnswer, StudyError, undoLastAnswer } from "./answer";

const id = z.string().min(1).max(200);
const setPath = (setId: string) => `/sets/${encodeURIComponent(setId)}`;

/** Runs a step and turns an expected failure into a message on the study page. */
async function orNotice<T>(setId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StudyError || error instanceof InvalidInput) {
      redirect(`${setPath(setId)}/study?notice=${encodeURIComponent(error.message)}`);
    }
    throw error;
  }
}

const answerSchema = z.object({
  setId: id,
  questionId: id,
  clientId: z.string().min(8).max(100),
  response: z.string().max(500).default(""),
  selfGrade: z.coerce.number().refine((g) => (GRADES as readonly number[]).includes(g)).optional(),
  shownAt: z.coerce.number().int().positive().optional(),
});

export async function answerAction(form: FormData): Promise<void> {
  const setId = String(form.get("setId") ?? "");
  const { reviewId } = await orNotice(setId, async () => {
    const { input, learner } = await parseAndIdentify(answerSchema, form);
    const durationMs = input.shownAt ? Math.min(Math.max(Date.now() - input.shownAt, 0), 3_600_000) : undefined;
    return recordAnswer({ ...input, selfGrade: input.selfGrade as never, userId: learner.id, durationMs });
  });
  revalidatePath("/");
  redirect(`${setPath(setId)}/study?review=${reviewId}`);
}

const adjustSchema = z.object({ setId: id, reviewId: id, confidence: z.enum(["guessed", "easy"]) });

export async function adjustAction(form: FormData): Promise<void> {
  const setId = String(form.get("setId") ?? "");
  const reviewId = await orNotice(setId, async () => {
    const { input, learner } = await parseAndIdentify(adjustSchema, form);
    await adjustConfidence(learner.id, input.reviewId, input.confidence);
    return input.reviewId;
  });
  redirect(`${setPath(setId)}/study?review=${reviewId}&marked=1`);
}

export async function undoAction(form: FormData): Promise<void> {
  const setId = String(form.get("setId") ?? "");
  const undone = await orNotice(setId, async () => {
    const { input, learner } = await parseAndIdentify(z.object({ setId: id }), form);
    return undoLastAnswer(learner.id, input.setId);
  });
  revalidatePath("/");
  redirect(`${setPath(setId)}/study?notice=${encodeURIComponent(undone ? "Your last answer was undone." : "There is no answer to undo.")}`);
}

export async function startStudyAction(form: FormData): Promise<void> {
  const setId = String(form.get("setId") ?? "");
  await orNotice(setId, () => parseAndIdentify(z.object({ setId: id }), form));
  redirect(`${setPath(setId)}/study`);
}

const limitSchema = z.object({ setId: id, newPerDay: z.coerce.number().int().min(0).max(500) });

export async function newLimitAction(form: FormData): Promise<void> {
  const setId = String(form.get("setId") ?? "");
  const parsed = limitSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success || !(await getSet(parsed.data.setId))) redirect(`${setPath(setId)}?limitError=1`);
  const learner = await learnerOrGuest();
  const { newPerDay } = parsed.data;
  await db.studySetting.upsert({
    where: { userId_setId: { userId: learner.id, setId } },
    create: { userId: learner.id, setId, newPerDay },
    update: { newPerDay },
  });
  revalidatePath(setPath(setId));
  redirect(`${setPath(setId)}?saved=1`);
}
