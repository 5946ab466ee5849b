// Reading a multipart form that carries a file: the article upload's and the set import's posts. They are route
// handlers with a limit of their own because every other form is held to 64 KB (proxy.ts, lib/http/form-size.ts)
// and server actions to 1 MB; this reader counts the body as it arrives and stops at its limit.
import "server-only";
import { AppError } from "../errors/app-error";
import { checkSameSite, readLimited } from "./request-body";

/**
 * The multipart form posted in `request`, read within `maxBytes` (the file's limit plus room for the framing and
 * the other fields). Throws AppError "cross-site" (not from this site), "form-only" (not multipart),
 * "file-too-large" (past `maxBytes`), "unreadable-form" (not a readable multipart body).
 */
export async function readUploadForm(request: Request, maxBytes: number): Promise<FormData> {
  checkSameSite(request);
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type)) throw new AppError("form-only");
  let body: Buffer;
  try {
    body = await readLimited(request, maxBytes);
  } catch (error) {
    if (error instanceof AppError && error.code === "too-large") throw new AppError("file-too-large");
    throw error;
  }
  try {
    return await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("unreadable-form");
  }
}
