// Moodle GIFT files in (issue 19): parsed with gift-pegjs, each question mapped by gift-question.ts, each
// question's line found by gift-lines.ts. Pure: bytes in, an ImportedSet or AppError "import-refused" out.
import { parse, type GIFTQuestion } from "gift-pegjs";
import { AppError } from "../../errors/app-error";
import type { ImportedQuestion, ImportedSet, Importer } from "../types";
import { itemLines } from "./gift-lines";
import { categoryTitle, fileTitle, titleId } from "./gift-names";
import { giftQuestion } from "./gift-question";

const refuse = (message: string) => new AppError("import-refused", { message });

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw refuse("The file is not UTF-8 text: save it as UTF-8 (Moodle's GIFT files are) and import it again.");
  }
}

function parseGift(source: string): GIFTQuestion[] {
  try {
    return parse(source);
  } catch (error) {
    const at = (error as { location?: { start?: { line?: number } } }).location?.start?.line;
    const message = error instanceof Error ? error.message : String(error);
    throw refuse(at ? `line ${at}: ${message}` : `The GIFT file could not be read: ${message}`);
  }
}

/**
 * Reads a Moodle GIFT file (UTF-8; docs.moodle.org "GIFT format") into a draft set: multiple choice,
 * true/false, short answer and missing word (a cloze, or multiple choice whose prompt carries the blank).
 * Numerical, matching, essay and description items are left out and listed in `skipped` with their line, as
 * are partial credits and images dropped. No question carries a citation (GIFT has none). The title is the last
 * $CATEGORY's last part, else the file name. A question's `::title::` becomes its id when it slugs to one.
 * Throws AppError "import-refused": "line N: …" for a syntax error, for text that is not UTF-8, and for a file
 * with no question that can be imported.
 */
export const readGift: Importer = async (bytes, fileName) => {
  const source = decode(bytes);
  if (source.trim() === "") throw refuse("The GIFT file is empty.");
  const items = parseGift(source);
  const lines = itemLines(source);
  const where = (i: number) => (lines.length === items.length ? `line ${lines[i]}` : `question ${i + 1}`);
  const questions: ImportedQuestion[] = [];
  const skipped: NonNullable<ImportedSet["skipped"]> = [];
  const ids = new Set<string>();
  let category: string | undefined;
  items.forEach((item, i) => {
    if (item.type === "Category") {
      category = categoryTitle(item.title) ?? category;
      return;
    }
    const outcome = giftQuestion(item);
    if ("skipped" in outcome) {
      skipped.push({ where: where(i), reason: outcome.skipped });
      return;
    }
    const id = titleId(item.title);
    const free = id !== undefined && !ids.has(id);
    if (free) ids.add(id);
    questions.push({ ...outcome.question, ...(free ? { id } : {}), where: where(i) });
    for (const reason of outcome.lost) skipped.push({ where: where(i), reason });
    if (outcome.images > 0)
      skipped.push({ where: where(i), reason: `${outcome.images} image(s) left out: Footnote shows text only` });
  });
  if (questions.length === 0) {
    const first = skipped[0];
    throw refuse(
      first
        ? `The GIFT file holds no question Footnote can import (${first.where}: ${first.reason}).`
        : "The GIFT file holds no question.",
    );
  }
  const title = category ?? (fileTitle(fileName) || "Imported GIFT questions");
  const description = `Imported from the Moodle GIFT file "${fileName}".`;
  return { format: "gift", title, description, articles: [], questions, skipped };
};
