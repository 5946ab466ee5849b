// PLACEHOLDER (issue 19 foundations): the writer of imported sets is being written; replace this whole file.
import "server-only";
import type { ImportedSet } from "./types";

/** What an import wrote: the new set's id, its articles and questions, and how many need a source. */
export type ImportResult = {
  setId: string;
  articleIds: string[];
  questions: number;
  /** Questions that arrived citing nothing, or citing a quote not found: held, "needs a source". */
  needsSource: number;
  /** Ids taken from the file that were already in use, and so replaced by new ones. */
  remapped: number;
};

/**
 * Writes `imported` in one transaction as a draft set with its articles: the teacher `ownerId`'s (private), or
 * the library's (null: no owner, unpublished) when imported by `content:import` without --owner. `source` names
 * the file ("gift: quiz.txt"), stored as importedFrom. Nothing is written when it throws.
 */
export async function importSet(
  _ownerId: string | null,
  _imported: ImportedSet,
  _source: string,
  _now: Date = new Date(),
): Promise<ImportResult> {
  throw new Error("importSet is not written yet");
}
