// Which import format a file is, and its parser. The Import page and `content:import` both go through importFile
// (import-file.ts), which tells the format here and runs its parser in a worker (read-import-bounded.ts).
import { AppError } from "../errors/app-error";
import { readApkg } from "./import/apkg";
import { readCsv } from "./import/csv";
import { readFootnoteZip } from "./import/footnote";
import { readGift } from "./import/gift";
import type { ImportFormat, Importer } from "./types";

/**
 * Each format's parser. Loaded statically: they run only in the reading worker (read-import-worker.ts), whose
 * loader (tsx's tsImport) cannot follow a dynamic import.
 */
export const IMPORTERS: Record<ImportFormat, Importer> = {
  footnote: readFootnoteZip,
  csv: readCsv,
  gift: readGift,
  apkg: readApkg,
};

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/**
 * A GIFT file as told from a term list: GIFT questions put their answers in braces ("{=Paris ~Rome}", "{T}"),
 * and a term list has no braces block with an answer mark at its start.
 */
export function looksLikeGift(text: string): boolean {
  return /\{\s*(?:[=~#]|T\b|F\b|TRUE\b|FALSE\b)[^}]*\}/i.test(text) || /^\s*::[^:]+::/m.test(text);
}

/**
 * The format of the file `fileName` holding `bytes`: by its extension (.apkg/.colpkg, .zip, .gift, .csv/.tsv),
 * and for .txt by its text (GIFT's answer braces, else a term list). Throws AppError "unsupported-import"
 * for any other file, and "import-refused" for a .zip or .apkg that is not a zip archive.
 */
export function detectImportFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (extension === "apkg" || extension === "colpkg" || extension === "zip") {
    if (!isZip(bytes)) throw new AppError("import-refused", { message: `"${fileName}" is not a zip archive.` });
    return extension === "zip" ? "footnote" : "apkg";
  }
  if (extension === "gift") return "gift";
  if (extension === "csv" || extension === "tsv") return "csv";
  if (extension === "txt") return looksLikeGift(new TextDecoder().decode(bytes.subarray(0, 200_000))) ? "gift" : "csv";
  throw new AppError("unsupported-import");
}
