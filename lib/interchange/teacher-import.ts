// A teacher's import from the Import page (issue 19): who may, how often, and which article they may attach,
// checked here before the file is read; then the one way in for every format (import-file.ts importFile).
import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer";
import { ARTICLE_UPLOAD_LIMIT } from "../authoring/article-import";
import { assertUploadSize } from "../authoring/limits";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { hit, tryAgainIn } from "../http/rate-limit";
import { importFile } from "./import-file";
import type { TermListAs } from "./types";

/** The Import page's choices besides the file: what a term list becomes, and an article to attach (its id, or none). */
export type ImportChoices = { as: TermListAs; articleId?: string };

/** What the editor's notice tells after an import: the new set, its questions, how many need a source, and how many of the file's records were skipped. */
export type ImportOutcome = { setId: string; questions: number; needsSource: number; skipped: number; format: string };

/**
 * Imports the file `file` (its name and bytes, at most 5 MB) as a draft set owned by `viewer`, a teacher, with
 * `choices` (term lists as flashcards or typed answers; `articleId`: one of the teacher's own articles or the
 * library's, attached so Find the evidence can propose its passages). Counts against the same hourly limit as
 * an article upload (ARTICLE_UPLOAD_LIMIT, its own key): each reads a file of up to 5 MB.
 * Throws AppError "sign-in" / "teachers-only", "file-too-large", "empty-file", "invalid-input" (on `article`: not
 * theirs nor the library's, or archived), "uploads-rate-limited", and importFile's "unsupported-import" and
 * "import-refused" (its message names the record or line at fault); nothing is written when it throws.
 */
export async function importUpload(
  viewer: Viewer | null,
  file: { name: string; bytes: Uint8Array },
  choices: ImportChoices,
): Promise<ImportOutcome> {
  const teacher = requireTeacher(viewer);
  assertUploadSize(file.bytes.byteLength);
  if (file.bytes.byteLength === 0)
    throw new AppError("empty-file", { field: "file", message: "This file is empty: choose the file to import." });
  if (choices.articleId) {
    const usable = await db.article.count({
      where: { id: choices.articleId, archivedAt: null, OR: [{ ownerId: teacher.id }, { ownerId: null }] },
    });
    if (usable === 0)
      throw new AppError("invalid-input", {
        field: "article",
        message: "That article is not available: choose one of yours or one from the library.",
      });
  }
  const limited = await hit(db, `set-import:user:${teacher.id}`, ARTICLE_UPLOAD_LIMIT);
  if (!limited.ok)
    throw new AppError("uploads-rate-limited", {
      field: "file",
      message: `You can import at most ${ARTICLE_UPLOAD_LIMIT.max} files an hour. ${tryAgainIn(limited.retryAfterSeconds)}`,
    });
  const result = await importFile(teacher.id, file.bytes, file.name, {
    as: choices.as,
    attachArticleIds: choices.articleId ? [choices.articleId] : [],
  });
  return {
    setId: result.setId,
    questions: result.questions,
    needsSource: result.needsSource,
    skipped: result.skipped.length,
    format: result.format,
  };
}
