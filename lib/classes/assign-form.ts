// The assignment form, read: which sets, the due date and time (in the teacher's zone) as an instant,
// and the goal. Pure apart from the schema, so its refusals can be tested without a request.
import { z } from "zod";
import { AppError } from "../errors/app-error";
import { id, idList, percent } from "../forms/schemas";
import { instantFromWallClock } from "../calendar/wall-clock";
import type { AssignInput } from "./assignments";

export const assignSchema = z.object({
  classId: id,
  setIds: idList.pipe(z.array(id).min(1, "Choose at least one set.")),
  due: z.string().trim().min(1, "Choose a due date."),
  dueTime: z
    .string()
    .trim()
    .default("")
    .transform((t) => t || "23:59"),
  goalAccuracy: percent(0),
  goalCoverage: percent(1),
});

/** The fields an assignment form puts back when refused: the ticked sets too (one per line: ids have none). */
export const ASSIGN_FIELDS = ["due", "dueTime", "goalAccuracy", "goalCoverage", "setIds"];

/**
 * The assignment a parsed form asks for, with `dueAt` the instant of its date ("yyyy-mm-dd") and time
 * ("hh:mm", 11:59 PM when left empty) in `timeZone`, the teacher's IANA zone. Throws AppError
 * "invalid-input" on the date's or time's field for an impossible date or a time the zone skips.
 */
export function assignInput(parsed: z.output<typeof assignSchema>, timeZone: string): AssignInput {
  const { setIds, due, dueTime, goalAccuracy, goalCoverage } = parsed;
  const dueAt = instantFromWallClock(due, dueTime, timeZone);
  if (!dueAt.ok)
    throw new AppError("invalid-input", { field: dueAt.field === "date" ? "due" : "dueTime", message: dueAt.message });
  return { setIds, dueAt: dueAt.instant, timeZone, goalAccuracy: goalAccuracy / 100, goalCoverage: goalCoverage / 100 };
}
