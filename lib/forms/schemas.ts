// The shapes every form, post and JSON body shares, written once; each action's schema is built from
// these and its types are inferred (z.infer), so a grade is a Grade and an id is checked the same way
// everywhere.
import "server-only";
import { z } from "zod";
import { canonicalZone } from "../calendar/zones";
import { returnPath } from "../http/site-return-path";
import { GRADES } from "../srs/scheduler";

/** A database id or content slug: 1 to 200 characters. */
export const id = z.string().min(1).max(200);

/** Ids from a group of checkboxes: none, one (a string) or many (FormData.getAll gives an array). */
export const idList = z.preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(id));

/** A self-grade, 1–4 (Again, Hard, Good, Easy: lib/srs/scheduler.ts), as JSON sends it. */
export const grade = z.literal(GRADES, { message: "must be 1, 2, 3 or 4" });

/** A self-grade as a form sends it: the text of a number. */
export const formGrade = z.coerce.number().pipe(grade);

/** What the learner typed or chose: at most 500 characters, empty when nothing was sent. */
export const response = z.string().max(500).default("");

/** The id a client makes for one answer, so a resubmission is recorded once. */
export const clientId = z.string().min(8).max(100);

/** The longest an answer is recorded as taking, in ms (an hour): longer means the page was left open. */
export const MAX_DURATION_MS = 3_600_000;

/** How long an answer took, in whole ms, 0 to MAX_DURATION_MS, as JSON sends it. */
export const durationMs = z.number().int().min(0).max(MAX_DURATION_MS);

/** Where to go after signing in: a path on this site, otherwise "/" (lib/http/return-path.ts). */
export const returnPathField = z.unknown().optional().transform(returnPath);

/** The browser's IANA zone from a hidden field: its canonical name, or undefined when missing or not a zone. */
export const browserZone = z
  .unknown()
  .optional()
  .transform((v) => canonicalZone(v) ?? undefined);

/** A zone a person chose from the list: its canonical name, or a message when it is not one. */
export const chosenZone = z
  .string()
  .transform(
    (zone, ctx) =>
      canonicalZone(zone) ??
      (ctx.addIssue({ code: "custom", message: "Choose a time zone from the list, such as Europe/Berlin." }), z.NEVER),
  );

/** A whole number of percent, `min` to 100, typed in a form. */
export const percent = (min: number) =>
  z.coerce.number().int().min(min, `Use ${min} to 100.`).max(100, `Use ${min} to 100.`);
