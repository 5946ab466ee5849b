// The zips exporters write (QTI, Footnote's files): DEFLATE, and every entry dated the same fixed day, so the same
// set gives the same bytes (exporters take no clock; a re-export that changed nothing is byte-identical).
import JSZip from "jszip";

/** 2000-01-01 00:00 UTC: any fixed date inside the zip format's 1980–2107 range would do. */
const ENTRY_DATE = new Date(Date.UTC(2000, 0, 1));

/** A zip of `files` (path → UTF-8 text), in the order given. */
export async function zipBytes(files: [path: string, text: string][]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, text] of files) zip.file(path, text, { date: ENTRY_DATE, createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
