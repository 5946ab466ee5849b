"use server";
// Server actions for classes and assignments. The domain functions check who may act; here a denial
// becomes a sign-in redirect, a not-found, or a message.
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { fieldErrors, keepValues, type FormState } from "../forms/form-state";
import { UTC } from "../calendar/zones";
import { getViewer } from "../auth/session";
import { db } from "../db/client";
import { hitAll, LIMITS, tryAgainIn } from "../http/rate-limit";
import { asCurrentViewer } from "./as-current-viewer";
import { readAssignForm } from "./assign-form";
import { assignSets, removeAssignment } from "./assignments";
import { ClassError, createClass, joinClass, regenerateJoinCode, removeStudent } from "./classes";

const id = z.string().min(1).max(200);

/** A form these actions cannot read names no class of yours: answer 404, never an error page. */
function readForm<S extends z.ZodType>(schema: S, form: FormData): z.infer<S> {
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) notFound();
  return parsed.data;
}
const classPath = (classId: string) => `/classes/${encodeURIComponent(classId)}`;

export async function createClassAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = z.object({ name: z.string().trim().min(1, "Give the class a name.").max(80, "Use at most 80 characters.") }).safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: keepValues(form, ["name"]) };
  const classroom = await asCurrentViewer("/classes", (actor) => createClass(actor, parsed.data.name));
  redirect(classPath(classroom.id));
}

export async function regenerateCodeAction(form: FormData): Promise<void> {
  const { classId } = readForm(z.object({ classId: id }), form);
  await asCurrentViewer(classPath(classId), (actor) => regenerateJoinCode(actor, classId));
  revalidatePath(classPath(classId));
  redirect(`${classPath(classId)}?code=new`);
}

export async function removeStudentAction(form: FormData): Promise<void> {
  const { classId, studentId } = readForm(z.object({ classId: id, studentId: id }), form);
  await asCurrentViewer(classPath(classId), (actor) => removeStudent(actor, classId, studentId));
  revalidatePath(classPath(classId));
  redirect(`${classPath(classId)}?removed=1`);
}

export async function assignAction(_previous: FormState, form: FormData): Promise<FormState> {
  // The date and time mean the teacher's own clock; the instant is what is kept and judged.
  const read = readAssignForm(form, (await getViewer())?.timeZone ?? UTC);
  if (!read.ok) return read.state;
  const { classId, input } = read;
  await asCurrentViewer(classPath(classId), (actor) => assignSets(actor, classId, input));
  revalidatePath(classPath(classId));
  redirect(`${classPath(classId)}?assigned=${input.setIds.length}`);
}

export async function removeAssignmentAction(form: FormData): Promise<void> {
  const { classId, assignmentId } = readForm(z.object({ classId: id, assignmentId: id }), form);
  await asCurrentViewer(classPath(classId), (actor) => removeAssignment(actor, classId, assignmentId));
  revalidatePath(classPath(classId));
  redirect(classPath(classId));
}

export async function joinClassAction(_previous: FormState, form: FormData): Promise<FormState> {
  const code = String(form.get("code") ?? "");
  const learner = await getViewer();
  if (learner) {
    // Codes are short; limiting attempts per person keeps them from being guessed.
    const limited = await hitAll(db, [[`join:user:${learner.id}`, LIMITS.joinPerUser]]);
    if (!limited.ok) return { errors: { code: `Too many attempts. ${tryAgainIn(limited.retryAfterSeconds)}` }, values: { code } };
  }
  try {
    const classroom = await asCurrentViewer(`/join/${encodeURIComponent(code)}`, (actor) => joinClass(actor, code));
    revalidatePath("/");
    redirect(`/?joined=${encodeURIComponent(classroom.name)}`);
  } catch (error) {
    if (error instanceof ClassError) return { errors: { code: error.message }, values: { code } };
    throw error;
  }
}
