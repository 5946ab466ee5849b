"use server";
// Server actions of the set page. Each posts from a plain <form>, so it works before JavaScript loads,
// and ends in a redirect to the page that shows the result. The study page's own posts are in
// lib/study/study-posts.ts.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { viewerOrGuest } from "../auth/session";
import { db } from "../db/client";
import { getSet } from "../content/sets";
import { studyPosts } from "./study-posts";

const id = z.string().min(1).max(200);
const setPath = (setId: string) => `/sets/${encodeURIComponent(setId)}`;

/** The set page's "Start studying": for a visitor this also starts their guest session. */
export async function startStudyAction(form: FormData): Promise<void> {
  redirect(await studyPosts.start(String(form.get("setId") ?? ""), form));
}

const limitSchema = z.object({ setId: id, newPerDay: z.coerce.number().int().min(0).max(500) });

export async function newLimitAction(form: FormData): Promise<void> {
  const setId = String(form.get("setId") ?? "");
  const parsed = limitSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success || !(await getSet(parsed.data.setId))) redirect(`${setPath(setId)}?limitError=1`);
  const learner = await viewerOrGuest();
  const { newPerDay } = parsed.data;
  await db.studySetting.upsert({
    where: { userId_setId: { userId: learner.id, setId } },
    create: { userId: learner.id, setId, newPerDay },
    update: { newPerDay },
  });
  revalidatePath(setPath(setId));
  redirect(`${setPath(setId)}?saved=1`);
}
