// For pages: run class work as the current viewer; a refusal becomes a sign-in redirect (back to `next`
// afterwards) or a 404, so a class that is not yours looks like no class (lib/errors/leave-if-refused.ts).
import "server-only";
import { getViewer, type Viewer } from "../auth/session";
import { leaveIfRefused } from "../errors/leave-if-refused";

export async function asCurrentViewer<T>(next: string, work: (actor: Viewer | null) => Promise<T>): Promise<T> {
  try {
    return await work(await getViewer());
  } catch (error) {
    leaveIfRefused(error, next);
    throw error;
  }
}
