// Bytes to text for the formats that are text (.txt, .md, .html): which encoding, and whether it is text at all.
import { assertUploadSize } from "./limits";
import { AppError } from "../errors/app-error";

/**
 * Decodes `bytes`: a byte-order mark decides (UTF-8, UTF-16 LE or BE) and is dropped; else `charset` (from a
 * Content-Type header or a <meta> tag) when the platform knows it; else UTF-8 when the bytes are valid
 * UTF-8; else Windows-1252, what older Windows editors write. Throws AppError("file-too-large") past 5 MB
 * and AppError("binary-file") for bytes that are no text (a NUL byte outside UTF-16, or many control bytes).
 */
export function decodeText(bytes: Uint8Array, charset?: string): string {
  assertUploadSize(bytes.byteLength);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode("utf-8", bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode("utf-16be", bytes.subarray(2));
  refuseBinary(bytes);
  const declared = charset && labelKnown(charset) ? charset : undefined;
  if (declared && /^(windows-1252|cp1252|iso-8859-1|latin1|us-ascii|ascii)$/i.test(declared.trim()))
    return windows1252(bytes);
  if (declared && !/^utf-?8$/i.test(declared.trim())) return decode(declared, bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}

// Node 20's TextDecoder reads "windows-1252" as ISO-8859-1 (nodejs/node issue 56542), which turns the curly
// quotes and dashes of old Windows files into invisible C1 controls: these are the 32 code points that differ,
// from the WHATWG Encoding Standard's index-windows-1252 (0x81, 0x8D, 0x8F, 0x90 and 0x9D map to themselves).
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function windows1252(bytes: Uint8Array): string {
  return decode("latin1", bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function decode(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label).decode(bytes);
}

function labelKnown(label: string): boolean {
  try {
    new TextDecoder(label.trim());
    return true;
  } catch {
    return false;
  }
}

function refuseBinary(bytes: Uint8Array): void {
  let controls = 0;
  const sample = bytes.subarray(0, 65_536);
  for (const byte of sample) {
    if (byte === 0) throw new AppError("binary-file");
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) controls++;
  }
  // Text has the odd stray control byte from copy and paste; images and archives have them everywhere.
  if (controls > sample.length / 100 + 8) throw new AppError("binary-file");
}
