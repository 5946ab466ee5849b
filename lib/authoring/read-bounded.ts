// Reading an uploaded or fetched file within a time and a memory limit. The readers' parsers (mammoth,
// linkedom with Readability, micromark) are synchronous and, on hostile markup, far slower than linear: a
// small Markdown file of nested quotes or a .docx of tiny paragraphs could keep a server process busy for
// minutes or run it out of memory, stalling every request it served. So they run in a worker thread
// (lib/authoring/read-worker.ts, through lib/workers/bounded-worker.ts), which is terminated when it passes either limit.
import "server-only";
import { AppError } from "../errors/app-error";
import { runBounded } from "../workers/bounded-worker";
import type { ReadArticle } from "./read-result";
import { fileReaders } from "./reading-gate";

/** Most time reading one file may take, ms: a 5 MB .docx of plain paragraphs reads in under 3 s. */
export const READ_TIMEOUT_MS = 20_000;
/** Most heap the reading worker may use, MB. */
export const READ_MAX_HEAP_MB = 768;

export type ReadFile = { name?: string; contentType?: string; bytes: Uint8Array };

/**
 * Reads `file` as readArticleFile does (lib/authoring/read-upload.ts), in a worker thread. Throws the
 * readers' AppErrors as they are; AppError("file-too-complex") when reading passes `timeoutMs`
 * (READ_TIMEOUT_MS) or READ_MAX_HEAP_MB; AppError("unreadable-file") when a reader fails otherwise; AppError
 * "reading-busy" when the server is already reading as many files as it takes (lib/authoring/reading-gate.ts).
 */
export function readArticleFileBounded(file: ReadFile, { timeoutMs = READ_TIMEOUT_MS } = {}): Promise<ReadArticle> {
  return fileReaders.run(() => readInWorker(file, timeoutMs));
}

function readInWorker(file: ReadFile, timeoutMs: number): Promise<ReadArticle> {
  return runBounded<ReadArticle>("lib/authoring/read-worker.ts", file, {
    timeoutMs,
    maxHeapMb: READ_MAX_HEAP_MB,
    tooComplex: () => new AppError("file-too-complex"),
    failed: () => new AppError("unreadable-file"),
  });
}
