// A file in, a draft set out: the one way the Import page and `content:import` bring a set in (issue 19).
import "server-only";
import { detectImportFormat, IMPORTERS } from "./import-formats";
import { importSet, type ImportResult } from "./import-set";

/**
 * Reads the file `fileName` (`bytes`) in its format (import-formats.ts detectImportFormat) and writes it as a
 * draft set (import-set.ts importSet) owned by `ownerId`, or the library's when null. Throws AppError
 * "unsupported-import", or "import-refused" with a message naming the record or line at fault; nothing is
 * written when it throws.
 */
export async function importFile(
  ownerId: string | null,
  bytes: Uint8Array,
  fileName: string,
  now: Date = new Date(),
): Promise<ImportResult & { format: string }> {
  const format = detectImportFormat(fileName, bytes);
  const read = await IMPORTERS[format]();
  const imported = await read(bytes, fileName);
  const result = await importSet(ownerId, imported, `${format}: ${fileName}`, now);
  return { ...result, format };
}
