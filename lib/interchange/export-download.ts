// A set as a file in one of the export formats, for whoever may export it (exported-set.ts exportableSet): the
// set page's Export list links here through app/(study)/sets/[setId]/export/[format]/route.ts.
import "server-only";
import type { Viewer } from "../auth/viewer";
import { AppError } from "../errors/app-error";
import { EXPORT_FORMAT_INFO } from "./export-formats";
import { exportableSet } from "./exported-set";
import { EXPORT_FORMATS, type ExportFile, type ExportFormat } from "./types";

export const isExportFormat = (format: string): format is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(format);

/**
 * The set `setId` as `viewer` may export it, in `format`: the file (its bytes, extension, media type and what was
 * left out) and the set's title, for the file's name. Throws AppError "unknown-format" for a format not in
 * EXPORT_FORMATS (checked first, so no set is read), and exportableSet's "not-found" for a set the viewer may not
 * export (a student reading a private set through a class: the file holds the answer key).
 */
export async function exportDownload(
  viewer: Viewer | null,
  setId: string,
  format: string,
): Promise<{ title: string; file: ExportFile }> {
  if (!isExportFormat(format)) throw new AppError("unknown-format");
  const set = await exportableSet(viewer, setId);
  const exporter = await EXPORT_FORMAT_INFO[format].load();
  return { title: set.title, file: await exporter(set) };
}
