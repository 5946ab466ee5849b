// Reading an imported file within a time and a memory limit, as articles are read (lib/authoring/read-bounded.ts):
// gift-pegjs takes seconds over a 5 MB GIFT file, and a hostile one could take longer or run out of memory, which
// in the server's own thread would stall every request it serves. Through the same gate as article reading
// (lib/authoring/reading-gate.ts), so uploads of either kind share the machine's two readers.
import "server-only";
import { fileReaders } from "../authoring/reading-gate";
import { AppError } from "../errors/app-error";
import { runBounded } from "../workers/bounded-worker";
import type { ImportFormat, ImportedSet, ReadOptions } from "./types";

/** Most time reading one imported file may take, ms: a 500-question GIFT file reads in well under 1 s. */
export const IMPORT_READ_TIMEOUT_MS = 20_000;
/** The worker's module, from the project's root. */
export const IMPORT_READ_WORKER = "lib/interchange/read-import-worker.ts";
/** Most heap the reading worker may use, MB. */
export const IMPORT_READ_MAX_HEAP_MB = 768;

/**
 * The file `fileName` (`bytes`) read by `format`'s parser (import-formats.ts IMPORTERS) in a worker thread.
 * Throws the parser's AppErrors as they are ("import-refused" naming the record); "import-refused" when reading
 * passes `timeoutMs` or IMPORT_READ_MAX_HEAP_MB or the parser fails otherwise; "reading-busy" when the server is
 * already reading as many files as it takes.
 */
export function readImportBounded(
  format: ImportFormat,
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions,
  { timeoutMs = IMPORT_READ_TIMEOUT_MS } = {},
): Promise<ImportedSet> {
  return fileReaders.run(() =>
    runBounded<ImportedSet>(
      IMPORT_READ_WORKER,
      { format, bytes, fileName, options },
      {
        timeoutMs,
        maxHeapMb: IMPORT_READ_MAX_HEAP_MB,
        tooComplex: () =>
          new AppError("import-refused", {
            message: "This file took too long to read, or needed too much memory: split it into smaller files.",
          }),
        failed: () => new AppError("import-refused", { message: "This file could not be read." }),
      },
    ),
  );
}
