// Reading a Word (.docx) file as an article, with mammoth, the maintained .docx reader.
import mammoth from "mammoth";
import { assertUploadSize } from "./limits";
import { AppError } from "../errors/app-error";
import { requireText, type ReadArticle } from "./read-result";

// A 5 MB .docx of text unpacks to a few tens of MB; far more than this is a zip bomb, not an article.
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/**
 * Reads a .docx file: its paragraphs, headings, list items and table cells as plain-text paragraphs (images
 * left out). Its title is left to the teacher: finding the Title style needs mammoth's HTML conversion and
 * a DOM to read it back, which is far slower on a large file (README, Performance). Throws AppError("file-too-large")
 * past 5 MB; AppError("old-doc") for a Word 97–2003 .doc; AppError("not-docx") for anything else that is
 * not a Word document, including a zip of other files or one that would unpack past 200 MB;
 * AppError("empty-file") for a document without words.
 */
export async function readDocx(bytes: Uint8Array): Promise<ReadArticle> {
  assertUploadSize(bytes.byteLength);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new AppError("old-doc");
  }
  const notDocx = new AppError("not-docx");
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || unpackedSize(bytes) > MAX_UNPACKED_BYTES) throw notDocx;

  let text: string;
  try {
    // Raw text, not HTML: much faster on a large document (README, Performance), and nothing is kept as markup anyway.
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }))
      .value;
  } catch {
    throw notDocx;
  }
  return { text: requireText(text.trim()) };
}

/**
 * The total unpacked size a zip's central directory declares, or Infinity when it cannot be read (not a
 * zip, or ZIP64). The directory's end record is in the last 64 KiB; its fields are little-endian.
 */
function unpackedSize(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 65_535); end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const entries = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return Infinity;
      const size = view.getUint32(at + 24, true);
      if (size === 0xffffffff) return Infinity;
      total += size;
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return total;
  }
  return Infinity;
}
