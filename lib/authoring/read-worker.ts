// The worker thread that reads one uploaded or fetched file (lib/authoring/read-bounded.ts starts it): the
// parsers run here, off the server's event loop, where a file that would take them minutes or gigabytes is
// stopped from outside. Loaded by Node with tsx, never bundled, so it imports nothing server-only.
import { parentPort } from "node:worker_threads";
import { AppError } from "../errors/app-error";
import { readArticleFile } from "./read-upload";

parentPort?.once("message", async (file: { name?: string; contentType?: string; bytes: Uint8Array }) => {
  try {
    parentPort?.postMessage({ ok: await readArticleFile(file) });
  } catch (error) {
    parentPort?.postMessage(
      error instanceof AppError
        ? { error: { code: error.code, message: error.message, field: error.field } }
        : { error: { code: "unreadable-file" } },
    );
  }
});
