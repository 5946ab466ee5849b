// What a teacher says about an article besides its text: title, author or outlet, date, source address
// and a note. One cleaning for every way in (the form, an upload's or a page's own metadata), so a value
// read from a file is held to the same lengths as a typed one.
import { z } from "zod";
import { AppError } from "../errors/app-error";

/** An article's details as stored: `title` required, the rest null when not given. */
export type ArticleDetails = {
  title: string;
  outlet: string | null;
  publishedOn: string | null;
  sourceUrl: string | null;
  translationNote: string | null;
};

/** Longest each detail may be, in characters. */
export const DETAIL_MAX = { title: 300, outlet: 200, publishedOn: 100, sourceUrl: 2000, translationNote: 300 } as const;

const optional = (max: number, what: string) =>
  z
    .string()
    .optional()
    .transform((v) => v?.replace(/\s+/g, " ").trim() || null)
    .refine((v) => v === null || v.length <= max, `Use at most ${max} characters for the ${what}.`);

/** The form fields of an article's details (names as the forms send them), cleaned: blank becomes null. */
export const articleDetailsSchema = z.object({
  title: z
    .string()
    .optional()
    .transform((v) => v?.replace(/\s+/g, " ").trim() ?? "")
    .pipe(
      z
        .string()
        .min(1, "Give the article a title.")
        .max(DETAIL_MAX.title, `Use at most ${DETAIL_MAX.title} characters for the title.`),
    ),
  outlet: optional(DETAIL_MAX.outlet, "author or outlet"),
  publishedOn: optional(DETAIL_MAX.publishedOn, "date"),
  sourceUrl: optional(DETAIL_MAX.sourceUrl, "source address").refine(
    (v) => v === null || /^https?:\/\/[^\s]+$/i.test(v),
    "Give the source address as a web address starting with https:// or http://.",
  ),
  translationNote: optional(DETAIL_MAX.translationNote, "note"),
});

/** The form fields articleDetailsSchema reads, for keeping their values when a form is refused. */
export const DETAIL_FIELDS = ["title", "outlet", "publishedOn", "sourceUrl", "translationNote"];

/**
 * Details as the domain stores them, from anything (a form's fields, an upload's metadata). Throws
 * AppError("invalid-input") with the problem by field, as a refused form shows it.
 */
export function cleanDetails(input: Record<string, unknown>): ArticleDetails {
  const parsed = articleDetailsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? "form"), message: i.message }));
  throw new AppError("invalid-input", { issues, field: issues[0]?.field, message: issues[0]?.message });
}

/** A detail read from a file or page, cut to `max` characters (on a word when it can), so it never refuses the import. */
export function clip(value: string | undefined, max: number): string | undefined {
  if (!value || value.length <= max) return value;
  const cut = value.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
