// Reading a JSON request body safely in a route handler: JSON only (which a cross-site form cannot
// send without a CORS preflight we never grant), and within lib/http/request-body.ts's limits.
import { z } from "zod";
import { HttpError } from "./http-error";
import { checkSameSite, readLimited } from "./request-body";

export const MAX_JSON_BYTES = 16 * 1024;

export async function readJson<S extends z.ZodType>(request: Request, schema: S, maxBytes = MAX_JSON_BYTES): Promise<z.infer<S>> {
  checkSameSite(request);
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
    throw new HttpError(415, "Send the request as JSON (Content-Type: application/json).");
  }
  const text = (await readLimited(request, maxBytes)).toString("utf8");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message }));
    throw new HttpError(400, "Some fields are missing or invalid.", issues);
  }
  return parsed.data;
}

/** The JSON reply for an error: the message meant for people, never a stack or an internal detail. */
export function errorResponse(error: unknown): Response {
  if (error instanceof HttpError) {
    return Response.json({ error: error.message, ...(error.details ? { issues: error.details } : {}) }, { status: error.status });
  }
  console.error(error);
  return Response.json({ error: "Something went wrong on our side. Try again." }, { status: 500 });
}
