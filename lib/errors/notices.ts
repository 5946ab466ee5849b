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

/** The text for a notice code from a URL, or null for anything that is not one (which is then not shown). */
export function noticeText(code: unknown): string | null {
  if (typeof code !== "string") return null;
  if (Object.hasOwn(NOTICES, code)) return NOTICES[code as keyof typeof NOTICES];
  return isErrorCode(code) ? ERRORS[code].message : null;
}
