// Reading an uploaded or fetched file within a time and a memory limit. The readers' parsers (mammoth,
// linkedom with Readability, micromark) are synchronous and, on hostile markup, far slower than linear: a
// 100 KB Markdown file of nested quotes or a 5 MB .docx of tiny paragraphs kept a server process busy for
// minutes or ran it out of memory, stalling every request it served. So they run in a worker thread
// (lib/authoring/read-worker.ts), which is terminated when it passes either limit.
import "server-only";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { AppError, isErrorCode } from "../errors/app-error";
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
  const worker = new Worker(workerSource(), {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: READ_MAX_HEAP_MB },
    stdout: true,
    stderr: true,
  });
  return new Promise<ReadArticle>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const tooComplex = () => settle(() => reject(new AppError("file-too-complex")));
    const timer = setTimeout(tooComplex, timeoutMs);
    worker.once("message", (answer: { ok?: ReadArticle; error?: { code: string; message?: string; field?: string } }) =>
      settle(() => {
        if (answer.ok) return resolve(answer.ok);
        const code = answer.error?.code;
        reject(
          isErrorCode(code) && code !== "unreadable-file"
            ? new AppError(code, { message: answer.error?.message, field: answer.error?.field })
            : new AppError("unreadable-file"),
        );
      }),
    );
    // A worker past its heap limit ends with ERR_WORKER_OUT_OF_MEMORY.
    worker.once("error", (error: NodeJS.ErrnoException) =>
      error.code === "ERR_WORKER_OUT_OF_MEMORY" ? tooComplex() : settle(() => reject(new AppError("unreadable-file"))),
    );
    worker.once("exit", () => settle(() => reject(new AppError("unreadable-file"))));
    worker.postMessage(file);
  });
}

// The worker is TypeScript, loaded from the project's folder at run time with tsx's API, out of Next's bundle
// (a worker's execArgv cannot register tsx's loader on Node 20).
function workerSource(): string {
  const at = (...parts: string[]) => JSON.stringify(pathToFileURL(path.join(process.cwd(), ...parts)).href);
  return `import(${at("node_modules", "tsx", "dist", "esm", "api", "index.mjs")}).then(({ tsImport }) => tsImport(${at("lib", "authoring", "read-worker.ts")}, ${at("package.json")}))`;
}
