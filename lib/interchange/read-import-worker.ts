// The worker thread that reads one imported file (lib/interchange/read-import-bounded.ts starts it): the
// parsers (gift-pegjs, papaparse, an Anki collection in SQLite, content's YAML and Markdown) run here, off the
// server's event loop. Loaded by Node with tsx, never bundled, so it imports nothing server-only.
import { serveBounded } from "../workers/worker-side";
import { IMPORTERS } from "./import-formats";
import type { ImportFormat, ReadOptions } from "./types";

serveBounded(
  async ({
    format,
    bytes,
    fileName,
    options,
  }: {
    format: ImportFormat;
    bytes: Uint8Array;
    fileName: string;
    options: ReadOptions;
  }) => IMPORTERS[format](bytes, fileName, options),
);
