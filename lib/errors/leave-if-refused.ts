// What a refusal becomes where the request is for a page or a file (lib/errors/translate.ts decides which
// refusal is which): a page sends the person to sign in, returning to `next`, or shows a 404; a download
// answers 401 or 404 with a line of text. Either way a class that is not yours looks like no class.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { returnPath } from "../http/site-return-path";
import { routes } from "../routes";
import { AppError } from "./app-error";
import { toPageOutcome } from "./translate";

/**
 * For pages and page forms: redirects to sign in (back to `next`, a same-site path) when `error` says
 * to sign in, or shows the 404 page when it says not found / not yours. Returns for any other error
 * (or a value that is not an AppError), which the caller then handles.
 */
export function leaveIfRefused(error: unknown, next: string): void {
  const outcome = error instanceof AppError ? toPageOutcome(error) : null;
  if (outcome === "sign-in") redirect(routes.signIn({ next: returnPath(next) }));
  if (outcome === "not-found") notFound();
}

/**
 * For downloads (a link, not a page): 401 "Sign in first." or 404 "Not found" as plain text, for the
 * same refusals leaveIfRefused handles; null for any other error.
 */
export function refusedResponse(error: unknown): Response | null {
  const outcome = error instanceof AppError ? toPageOutcome(error) : null;
  if (outcome === "sign-in") return new Response("Sign in first.", { status: 401 });
  if (outcome === "not-found") return new Response("Not found", { status: 404 });
  return null;
}
