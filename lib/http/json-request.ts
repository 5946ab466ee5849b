// Reading a JSON request body safely in a route handler: JSON only (which a cross-site form cannot
// send without a CORS preflight we never grant), and within lib/http/request-body.ts's limits.
import { AppError } from "../errors/app-error";
import { checkSameSite, readLimited } from "./request-body";

export const MAX_JSON_BYTES = 16 * 1024;

/** The parsed body, not yet checked. Throws AppError "cross-site", "json-only", "too-large" or "invalid-json". */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  checkSameSite(request);
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) throw new AppError("json-only");
  const text = (await readLimited(request, maxBytes)).toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid-json");
  }
}
