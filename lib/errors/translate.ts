// An AppError, translated for each way a request can come in. Pure (no Next imports), so each
// translation is unit-tested; lib/actions/transports.ts applies them.
import type { Route } from "next";
import type { FormState } from "../forms/form-state";
import { withQuery } from "../routes";
import { AppError } from "./app-error";
import { refusedFields } from "./notices";

/**
 * For a form with useActionState: the message under its field (or the whole form's when it has none),
 * or, for invalid input, the first message of each field; `values` are put back so nothing is lost.
 */
export function toFormState(error: AppError, values?: Record<string, string>): FormState {
  const errors: Record<string, string> = {};
  if (error.issues?.length)
    for (const issue of error.issues) errors[issue.field.split(".")[0] || "form"] ??= issue.message;
  else errors[error.field ?? "form"] = error.message;
  return values ? { errors, values } : { errors };
}

/**
 * For a plain form post: `path` with the error's code as `?notice=` (the page shows the code's text,
 * lib/errors/notices.ts), and for invalid input the names of the refused fields as `&fields=`.
 */
export function toNoticePath(error: AppError, path: Route): Route {
  const [base, query = ""] = path.split("?", 2);
  const params = Object.fromEntries(new URLSearchParams(query));
  // The same page without its query: still one of the app's routes.
  return withQuery(base as Route, { ...params, notice: error.code, fields: refusedFields(error.issues) });
}

/**
 * For the JSON API: the error's status and `{ error: message, issues? }`. Anything that is not an AppError
 * is a fault of ours: logged, and answered 500 with no detail.
 */
export function toJsonResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return Response.json(
      { error: error.message, ...(error.issues ? { issues: error.issues } : {}) },
      { status: error.status },
    );
  }
  console.error(error);
  return Response.json({ error: "Something went wrong on our side. Try again." }, { status: 500 });
}

/** For a plain form post refused before it could be read (wrong type, too large, from elsewhere): a short text page. */
export function toTextResponse(error: AppError): Response {
  return new Response(error.message, {
    status: error.status,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

/**
 * For pages, and forms about something only some people may see (a class): "sign-in" when the asker
 * must sign in first, "not-found" when what they asked for is not theirs (so it looks like nothing), or
 * null when the error is about the input instead.
 */
export function toPageOutcome(error: AppError): "sign-in" | "not-found" | null {
  if (error.code === "sign-in" || error.code === "no-viewer") return "sign-in";
  if (error.code === "not-found" || error.code === "teachers-only") return "not-found";
  return null;
}
