// The assignment form, read: which sets, the due date and time (in the teacher's zone) as an instant,
// and the goal. Pure, so its refusals can be tested without a request.
import { z } from "zod";
import { fieldErrors, keepValues, type FormState } from "../forms/form-state";
import { instantFromWallClock } from "../calendar/wall-clock";
import type { AssignInput } from "./assignments";

const id = z.string().min(1).max(200);

const assignSchema = z.object({
  classId: id,
  setIds: z.array(id).min(1, "Choose at least one set."),
  due: z.string().trim().min(1, "Choose a due date."),
  dueTime: z.string().trim().default("").transform((t) => t || "23:59"),
  goalAccuracy: z.coerce.number().int().min(0, "Use 0 to 100.").max(100, "Use 0 to 100."),
  goalCoverage: z.coerce.number().int().min(1, "Use 1 to 100.").max(100, "Use 1 to 100."),
});

/**
 * The assignment a teacher's form asks for, with `dueAt` the instant of its date ("yyyy-mm-dd") and time
 * ("hh:mm", 11:59 PM when left empty) in `timeZone`, the teacher's IANA zone. An impossible date, a
 * time the zone skips, or a goal out of range is refused with a message for its field and the values kept.
 */
export function readAssignForm(form: FormData, timeZone: string): { ok: true; classId: string; input: AssignInput } | { ok: false; state: FormState } {
  // The ticked sets too (one per line: ids have none), so a refused form comes back as the teacher left it.
  const values = { ...keepValues(form, ["due", "dueTime", "goalAccuracy", "goalCoverage"]), setIds: form.getAll("setIds").map(String).join("\n") };
  const parsed = assignSchema.safeParse({ ...Object.fromEntries(form), setIds: form.getAll("setIds") });
  if (!parsed.success) return { ok: false, state: { errors: fieldErrors(parsed.error), values } };
  const { classId, setIds, due, dueTime, goalAccuracy, goalCoverage } = parsed.data;
  const dueAt = instantFromWallClock(due, dueTime, timeZone);
  if (!dueAt.ok) return { ok: false, state: { errors: { [dueAt.field === "date" ? "due" : "dueTime"]: dueAt.message }, values } };
  return { ok: true, classId, input: { setIds, dueAt: dueAt.instant, timeZone, goalAccuracy: goalAccuracy / 100, goalCoverage: goalCoverage / 100 } };
}
