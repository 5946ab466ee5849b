// Names a GIFT file gives: a question's title as its id, the last $CATEGORY as the set's title.
import { ID_PATTERN } from "../../content/slug";

const MAX_ID = 60;

/**
 * `title` as a content id (lower-case words joined by hyphens, accents dropped, at most 60 characters cut at
 * a hyphen), or undefined when nothing of it fits ID_PATTERN.
 */
export function titleId(title: string | null | undefined): string | undefined {
  if (!title) return undefined;
  let id = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (id.length > MAX_ID) id = id.slice(0, MAX_ID).replace(/-[^-]*$/, "");
  return ID_PATTERN.test(id) ? id : undefined;
}

/**
 * A Moodle category path ("$course$/top/History/Rome") as a set title: its last part, unless that is empty,
 * a Moodle placeholder ("$course$", "$system$"…) or "top".
 */
export function categoryTitle(path: string): string | undefined {
  const last = path.split("/").at(-1)?.trim() ?? "";
  if (last === "" || /^\$[a-z]+\$$/i.test(last) || last.toLowerCase() === "top") return undefined;
  return last;
}

/** A file's name without its folders and extension, for a title ("quiz.gift" → "quiz"); "" when nothing is left. */
export function fileTitle(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? "";
  return base.replace(/\.[^.]*$/, "").trim();
}
