// For pages and server actions: run class work as the current learner; a denial becomes a sign-in
// redirect (back to `next` afterwards) or a 404, so a class that is not yours looks like no class.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { getViewer, type Viewer } from "../auth/session";
import { returnPath } from "../http/site-return-path";
import { AccessDenied } from "./access";

export async function asCurrentViewer<T>(next: string, work: (actor: Viewer | null) => Promise<T>): Promise<T> {
  try {
    return await work(await getViewer());
  } catch (error) {
    if (!(error instanceof AccessDenied)) throw error;
    if (error.reason === "sign-in") redirect(`/sign-in?next=${encodeURIComponent(returnPath(next))}`);
    notFound();
  }
}
