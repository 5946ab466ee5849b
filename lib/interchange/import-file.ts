// A file in, a draft set out: the one way the Import page and `content:import` bring a set in (issue 19).
import "server-only";
import { detectImportFormat, IMPORTERS } from "./import-formats";
import { importSet, type ImportResult, type ImportSetOptions } from "./import-set";
import type { ImportFormat, ReadOptions } from "./types";

/** How to read the file (ReadOptions: `as`, `title`) and what to link to the new set (ImportSetOptions). */
export type ImportFileOptions = ReadOptions & ImportSetOptions;

/** What importFile wrote, the format it read, and the records its parser skipped (each with why). */
export type ImportFileResult = ImportResult & { format: ImportFormat; skipped: { where: string; reason: string }[] };

/**
 * Reads the file `fileName` (`bytes`) in its format (import-formats.ts detectImportFormat) and writes it as a
 * draft set (import-set.ts importSet) owned by `ownerId`, or the library's when null. `options.title`, when
 * not blank, replaces the title the file gives. Throws AppError "unsupported-import", "import-refused" with
 * a message naming the record or line at fault, "teachers-only" (an owner who is no teacher), "not-found" (an
 * attached article the owner may not use); nothing is written when it throws.
 */
export async function importFile(
  ownerId: string | null,
  bytes: Uint8Array,
  fileName: string,
  options: ImportFileOptions = {},
  now: Date = new Date(),
): Promise<ImportFileResult> {
  const format = detectImportFormat(fileName, bytes);
  const read = await IMPORTERS[format]();
  const { as, title, attachArticleIds } = options;
  const imported = await read(bytes, fileName, { as, title });
  const titled = title?.trim() ? { ...imported, title: title.trim() } : imported;
  const result = await importSet(ownerId, titled, `${format}: ${fileName}`, now, { attachArticleIds });
  return { ...result, format, skipped: imported.skipped ?? [] };
}
