// How many files the server reads at once. Each read runs in a worker thread for up to 20 s
// (lib/authoring/read-bounded.ts), so without a bound a burst of uploads or web addresses — even from
// different teachers, each within their own hourly limit — would take every core and stall study pages.
// Reads beyond READERS_AT_ONCE wait their turn; beyond READERS_WAITING more, they are refused at once
// rather than left hanging. p-limit keeps the queue.
import "server-only";
import pLimit from "p-limit";
import { AppError } from "../errors/app-error";

/** Files read at the same time: one per core of the machines Footnote is sized for. */
export const READERS_AT_ONCE = 2;
/** Reads that may wait for a free reader before new ones are refused. */
export const READERS_WAITING = 8;

/**
 * A gate that runs at most `atOnce` tasks at a time and queues at most `waiting` more. `run(task)` resolves
 * or rejects as `task` does; throws AppError "reading-busy" (503) without starting `task` when the queue is full.
 */
export function readingGate(atOnce = READERS_AT_ONCE, waiting = READERS_WAITING) {
  const limit = pLimit(atOnce);
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      if (limit.activeCount >= atOnce && limit.pendingCount >= waiting)
        return Promise.reject(new AppError("reading-busy"));
      return limit(task);
    },
    get active() {
      return limit.activeCount;
    },
    get pending() {
      return limit.pendingCount;
    },
  };
}

/** The server's one gate, shared by uploads and web addresses. */
export const fileReaders = readingGate();
