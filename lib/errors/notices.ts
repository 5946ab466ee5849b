// Notices carried in a URL (`?notice=<code>`) after a plain form post: the URL holds a code, and the
// text is looked up here, on the server. Nothing else in a URL is shown, so a crafted link cannot put
// its own words on a Footnote page.
import { ERRORS, isErrorCode, type ErrorCode } from "./app-error";

/** Notices that are not errors: what a plain form post did. */
export const NOTICES = {
  undone: "Your last answer was undone.",
  "nothing-to-undo": "There is no answer to undo.",
} as const;

export type NoticeCode = ErrorCode | keyof typeof NOTICES;

// The fields of the plain forms that post with a notice on failure (the study and practice pages, the set
// page): an "invalid-input" notice may name them (`&fields=clientId,questionId`), and only these names
// are ever shown.
export const FORM_FIELDS: ReadonlySet<string> = new Set([
  "setId",
  "questionId",
  "clientId",
  "response",
  "selfGrade",
  "shownAt",
  "reviewId",
  "confidence",
  "token",
  "newPerDay",
]);

/**
 * The text for a notice code from a URL, or null for anything that is not one (which is then not shown).
 * `fields`: for "invalid-input", the comma-separated names of the fields refused; names not on the
 * forms' list are left out.
 */
export function noticeText(code: unknown, fields?: unknown): string | null {
  if (typeof code !== "string") return null;
  if (Object.hasOwn(NOTICES, code)) return NOTICES[code as keyof typeof NOTICES];
  if (!isErrorCode(code)) return null;
  const named =
    code === "invalid-input" && typeof fields === "string"
      ? [...new Set(fields.split(","))].filter((f) => FORM_FIELDS.has(f))
      : [];
  return named.length > 0 ? `Some fields are missing or invalid: ${named.join(", ")}.` : ERRORS[code].message;
}

/** The names of the fields an error refused, for noticeText: top-level names, comma-separated, or undefined. */
export function refusedFields(issues: { field: string }[] | undefined): string | undefined {
  const names = [...new Set((issues ?? []).map((i) => i.field.split(".")[0]).filter((f) => FORM_FIELDS.has(f)))];
  return names.length > 0 ? names.join(",") : undefined;
}
