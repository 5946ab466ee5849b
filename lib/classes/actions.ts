"use server";
// Server actions for classes and assignments, through the one pipeline (lib/actions/transports.ts). The
// domain functions check who may act; a refusal becomes a sign-in redirect or a not-found (signInReturn),
// and a form these actions cannot read names no class of yours: 404, never an error page.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, plainAction } from "../actions/transports";
import { UTC } from "../calendar/zones";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { id } from "../forms/schemas";
import { hitAll, LIMITS, tryAgainIn } from "../http/rate-limit";
import { routes } from "../routes";
import { ASSIGN_FIELDS, assignInput, assignSchema } from "./assign-form";
import { assignSets, removeAssignment } from "./assignments";
import { createClass, joinClass, regenerateJoinCode, removeStudent } from "./classes";

const classPage = (fields: Record<string, unknown>) => routes.classroom(String(fields.classId ?? ""));

export const createClassAction = formAction({
  schema: z.object({ name: z.string().trim().min(1, "Give the class a name.").max(80, "Use at most 80 characters.") }),
  access: "anyone",
  keep: ["name"],
  signInReturn: () => routes.classes(),
  run: async ({ name }, viewer) => redirect(routes.classroom((await createClass(viewer, name)).id)),
});

export const regenerateCodeAction = plainAction({
  schema: z.object({ classId: id }),
  access: "anyone",
  signInReturn: classPage,
  run: async ({ classId }, viewer) => {
    await regenerateJoinCode(viewer, classId);
    revalidatePath(routes.classroom(classId));
    return routes.classroom(classId, { code: "new" });
  },
});

export const removeStudentAction = plainAction({
  schema: z.object({ classId: id, studentId: id }),
  access: "anyone",
  signInReturn: classPage,
  run: async ({ classId, studentId }, viewer) => {
    await removeStudent(viewer, classId, studentId);
    revalidatePath(routes.classroom(classId));
    return routes.classroom(classId, { removed: 1 });
  },
});

// A set archived after the page loaded is refused with a message under the sets (AppError "set-unavailable"),
// not the error page; any other refusal of the class leaves as for its page.
export const assignAction = formAction({
  schema: assignSchema,
  access: "anyone",
  keep: ASSIGN_FIELDS,
  signInReturn: classPage,
  run: async (form, viewer) => {
    // The date and time mean the teacher's own clock; the instant is what is kept and judged.
    const input = assignInput(form, viewer?.timeZone ?? UTC);
    await assignSets(viewer, form.classId, input);
    revalidatePath(routes.classroom(form.classId));
    redirect(routes.classroom(form.classId, { assigned: input.setIds.length }));
  },
});

export const removeAssignmentAction = plainAction({
  schema: z.object({ classId: id, assignmentId: id }),
  access: "anyone",
  signInReturn: classPage,
  run: async ({ classId, assignmentId }, viewer) => {
    await removeAssignment(viewer, classId, assignmentId);
    revalidatePath(routes.classroom(classId));
    return routes.classroom(classId);
  },
});

export const joinClassAction = formAction({
  schema: z.object({ code: z.string().default("") }),
  access: "anyone",
  keep: ["code"],
  signInReturn: (fields) => routes.joinCode(String(fields.code ?? "")),
  run: async ({ code }, viewer) => {
    if (viewer) {
      // Codes are short; limiting attempts per person keeps them from being guessed.
      const limited = await hitAll(db, [[`join:user:${viewer.id}`, LIMITS.joinPerUser]]);
      if (!limited.ok)
        throw new AppError("rate-limited", {
          field: "code",
          message: `Too many attempts. ${tryAgainIn(limited.retryAfterSeconds)}`,
        });
    }
    const classroom = await joinClass(viewer, code);
    revalidatePath(routes.home());
    // The class's id, not its name: the home page looks the name up and shows it only to a member.
    redirect(routes.home({ joined: classroom.id }));
  },
});
