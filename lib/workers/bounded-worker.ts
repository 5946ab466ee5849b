// Running a synchronous parser on a file someone else made, off the server's event loop and within a time and a
// memory limit. Parsers of hostile input (mammoth, linkedom, micromark, gift-pegjs, an SQLite file) can be far
// slower than linear or run out of memory; in a worker thread they are stopped from outside when they pass either
// limit, and the server's other requests never wait on them. Article reading (lib/authoring/read-bounded.ts) and
// set imports (lib/interchange/read-import-bounded.ts) run here.
//
// A worker is kept between jobs: starting one loads tsx and compiles and loads every parser, which takes longer
// than reading a 500-question file once warm (README, Performance). One idle worker per module is kept; a worker that
// passed a limit, crashed or did RECYCLE_AFTER jobs is ended and the next job starts a fresh one.
import "server-only";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { AppError, isErrorCode } from "../errors/app-error";
import type { WorkerAnswer } from "./worker-side";

export type BoundedWorkerLimits = {
  /** Most time one job may take, ms. */
  timeoutMs: number;
  /** Most heap the worker may use, MB. */
  maxHeapMb: number;
  /** The error for a job past either limit. */
  tooComplex: () => AppError;
  /** The error for a job that failed otherwise (a crash, or an error that is not an AppError). */
  failed: () => AppError;
};

/** Jobs one worker runs before it is replaced, so nothing a parser leaves behind accumulates for long. */
const RECYCLE_AFTER = 50;

type Kept = { worker: Worker; jobs: number };
const idle = new Map<string, Kept>();

function startWorker(workerModule: string, maxHeapMb: number): Kept {
  const worker = new Worker(workerSource(workerModule), {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    stdout: true,
    stderr: true,
  });
  // An idle worker must not keep a script (content:import, a test) from exiting.
  worker.unref();
  const kept = { worker, jobs: 0 };
  // A kept worker that dies while idle is forgotten.
  worker.once("exit", () => {
    if (idle.get(workerModule) === kept) idle.delete(workerModule);
  });
  return kept;
}

/**
 * Runs the job `message` (structured-cloned) in a worker thread running the module `workerModule` (a path from
 * the project's root, e.g. "lib/authoring/read-worker.ts", which answers through worker-side.ts serveBounded),
 * and resolves with its answer. Rejects with the AppError the job threw (its code, message and field), with
 * `limits.tooComplex()` past `limits.timeoutMs` or `limits.maxHeapMb`, and with `limits.failed()` otherwise.
 * A worker that passed a limit or failed is terminated; a healthy one is kept for the next job.
 */
export function runBounded<T>(workerModule: string, message: unknown, limits: BoundedWorkerLimits): Promise<T> {
  const kept = idle.get(workerModule) ?? startWorker(workerModule, limits.maxHeapMb);
  idle.delete(workerModule);
  const { worker } = kept;
  worker.ref();
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (healthy: boolean, outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      kept.jobs += 1;
      if (healthy && kept.jobs < RECYCLE_AFTER && !idle.has(workerModule)) {
        worker.unref();
        idle.set(workerModule, kept);
      } else void worker.terminate();
      outcome();
    };
    const tooComplex = () => settle(false, () => reject(limits.tooComplex()));
    const onMessage = (answer: WorkerAnswer<T>) => {
      if ("ok" in answer) return settle(true, () => resolve(answer.ok));
      const { code, message: text, field } = answer.error;
      // An AppError is the job's answer and leaves the worker healthy; anything else may have left it broken.
      if (isErrorCode(code)) settle(true, () => reject(new AppError(code, { message: text, field })));
      else settle(false, () => reject(limits.failed()));
    };
    // A worker past its heap limit ends with ERR_WORKER_OUT_OF_MEMORY.
    const onError = (error: NodeJS.ErrnoException) =>
      error.code === "ERR_WORKER_OUT_OF_MEMORY" ? tooComplex() : settle(false, () => reject(limits.failed()));
    const onExit = () => settle(false, () => reject(limits.failed()));
    const timer = setTimeout(tooComplex, limits.timeoutMs);
    worker.on("message", onMessage);
    worker.once("error", onError);
    worker.once("exit", onExit);
    worker.postMessage(message);
  });
}

/** The thread id of the worker kept idle for `workerModule`, or null when none is kept (for tests and diagnostics). */
export function keptWorkerId(workerModule: string): number | null {
  return idle.get(workerModule)?.worker.threadId ?? null;
}

// The worker is TypeScript, loaded from the project's folder at run time with tsx's API, out of Next's bundle
// (a worker's execArgv cannot register tsx's loader on Node 20).
function workerSource(workerModule: string): string {
  const at = (...parts: string[]) => JSON.stringify(pathToFileURL(path.join(process.cwd(), ...parts)).href);
  return `import(${at("node_modules", "tsx", "dist", "esm", "api", "index.mjs")}).then(({ tsImport }) => tsImport(${at(...workerModule.split("/"))}, ${at("package.json")}))`;
}
