// For pages: run class work as the current viewer; a refusal becomes a sign-in redirect (back to `next`
// afterwards) or a 404, so a class that is not yours looks like no class (lib/errors/translate.ts).
import "server-only";
import { notFound, redirect } from "next/navigation";
import { getViewer, type Viewer } from "../auth/session";
import { AppError } from "../errors/app-error";
import { toPageOutcome } from "../errors/translate";
import { returnPath } from "../http/site-return-path";
import { routes } from "../routes";

export async function asCurrentViewer<T>(next: string, work: (actor: Viewer | null) => Promise<T>): Promise<T> {
  try {
    return await work(await getViewer());
  } catch (error) {
    const outcome = error instanceof AppError ? toPageOutcome(error) : null;
    if (outcome === "sign-in") redirect(routes.signIn({ next: returnPath(next) }));
    if (outcome === "not-found") notFound();
    throw error;
  }
}
