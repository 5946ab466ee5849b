// The first two steps of every study action, in one place: parse the form with zod, then find who
// is asking (starting a guest session when nobody is signed in yet).
import "server-only";
import { z } from "zod";
import { rememberBrowserZone } from "../auth/accounts";
import { viewerOrGuest, type Viewer } from "../auth/session";
import { canonicalZone } from "../calendar/zones";

export class InvalidInput extends Error {}

export async function parseAndIdentify<S extends z.ZodType>(schema: S, form: FormData): Promise<{ input: z.infer<S>; learner: Viewer }> {
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) throw new InvalidInput(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  // A form that starts studying carries the browser's zone (components/browser-time-zone-input.tsx): a new
  // guest starts in it, and someone whose zone is still unknown (no JavaScript before, or signed up by
  // email link) gets it. Answer forms carry none, so answering does no extra work.
  const zone = canonicalZone(form.get("timeZone")) ?? undefined;
  const learner = await viewerOrGuest(zone);
  if (zone && !learner.timeZoneChosen) {
    await rememberBrowserZone(learner.id, zone);
    return { input: parsed.data, learner: { ...learner, timeZone: zone, timeZoneChosen: true } };
  }
  return { input: parsed.data, learner };
}
