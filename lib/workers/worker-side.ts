// The worker thread's side of lib/workers/bounded-worker.ts: takes each job's message, runs the job, answers with its
// result or its AppError. Loaded by Node with tsx, never bundled, so it imports nothing server-only.
import { parentPort } from "node:worker_threads";
import { AppError } from "../errors/app-error";

/** What a bounded worker answers: the job's result, or the AppError it threw (any other error: code "failed"). */
export type WorkerAnswer<T> = { ok: T } | { error: { code: string; message?: string; field?: string } };

/**
 * Answers each message posted to this worker, one at a time as bounded-worker.ts posts them, with `job(message)`:
 * its result, or the AppError it threw.
 */
export function serveBounded<M, T>(job: (message: M) => Promise<T>): void {
  parentPort?.on("message", async (message: M) => {
    let answer: WorkerAnswer<T>;
    try {
      answer = { ok: await job(message) };
    } catch (error) {
      answer =
        error instanceof AppError
          ? { error: { code: error.code, message: error.message, field: error.field } }
          : { error: { code: "failed" } };
    }
    parentPort?.postMessage(answer);
  });
}
