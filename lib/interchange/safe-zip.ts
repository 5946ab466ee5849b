// Opening a zip someone else made, defensively (issue 19, "Bad files"): the entry count and the declared sizes
// are checked before anything is inflated, every entry is inflated with a running count that stops it at its
// declared size and at the cap on the whole (a zip bomb declares small sizes and inflates to gigabytes), and an
// entry whose path would leave the archive (absolute, "..", a drive letter, a backslash) refuses the whole file.
// JSZip reads the archive; only the limits are ours.
import JSZip from "jszip";
import { AppError } from "../errors/app-error";

/** Caps on a zip: entries (files and folders), and bytes once inflated, all entries together. */
export type ZipLimits = { maxEntries: number; maxTotalBytes: number };

/** The default caps: 2,000 entries and 64 MB inflated (a 500-question set with its articles is well under 5 MB). */
export const ZIP_LIMITS: ZipLimits = { maxEntries: 2000, maxTotalBytes: 64 * 1024 * 1024 };

const refuse = (message: string) => new AppError("import-refused", { message });

/** True when `name` stays inside the archive: relative, no "." or ".." segment, no backslash, no drive letter. */
export function isSafeEntryPath(name: string): boolean {
  if (name === "" || name.startsWith("/") || name.includes("\\") || /^[a-zA-Z]:/.test(name)) return false;
  if (name.includes("\0")) return false;
  const segments = name.replace(/\/$/, "").split("/");
  return segments.every((s) => s !== "" && s !== "." && s !== "..");
}

type StreamHelper = {
  on(event: "data", cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "end", cb: () => void): StreamHelper;
  on(event: "error", cb: (error: Error) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
};
type Entry = JSZip.JSZipObject & {
  _data?: { uncompressedSize?: number };
  internalStream(type: "uint8array"): StreamHelper;
};

function inflate(entry: Entry, budget: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stream = entry.internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        size += chunk.length;
        if (size > budget) {
          stream.pause();
          reject(refuse(`"${entry.name}" inflates to more than the archive's size limit allows.`));
          return;
        }
        chunks.push(chunk);
      })
      .on("error", (error) => reject(refuse(`"${entry.name}" could not be read: ${error.message}`)))
      .on("end", () => resolve(Buffer.concat(chunks)))
      .resume();
  });
}

/**
 * The files of the zip `bytes`, by path ("sets/the-call.yaml" → its bytes); folders are left out. Throws
 * AppError "import-refused" with a message naming the fault: not a zip (or a damaged one), more
 * than `limits.maxEntries` entries, an entry path that leaves the archive, or more than `limits.maxTotalBytes`
 * once inflated (counted as it inflates, whatever the sizes the archive declares).
 */
export async function openZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): Promise<Map<string, Uint8Array>> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { createFolders: false });
  } catch {
    // Not checkCRC32: JSZip would inflate every entry at load to check it, before any limit here applies.
    throw refuse("This file is not a zip archive, or it is damaged.");
  }
  const entries = Object.values(zip.files) as Entry[];
  if (entries.length > limits.maxEntries)
    throw refuse(`The archive holds ${entries.length} entries; at most ${limits.maxEntries} are read.`);
  for (const entry of entries) {
    const name = entry.unsafeOriginalName ?? entry.name;
    if (!isSafeEntryPath(name)) throw refuse(`The archive holds an entry whose path leaves it: "${name}".`);
  }
  const files = entries.filter((e) => !e.dir);
  const declared = files.reduce((sum, e) => sum + (e._data?.uncompressedSize ?? 0), 0);
  if (declared > limits.maxTotalBytes)
    throw refuse(`The archive inflates to ${declared} bytes; at most ${limits.maxTotalBytes} are read.`);
  const out = new Map<string, Uint8Array>();
  let left = limits.maxTotalBytes;
  for (const entry of files) {
    const data = await inflate(entry, left);
    left -= data.length;
    out.set(entry.name, data);
  }
  return out;
}
