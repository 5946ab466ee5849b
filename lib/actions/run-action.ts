// The one pipeline from a request to the domain: parse the input with the action's zod schema, find who
// is asking and check the action's access rule, then run the domain call. Every server action, the
// study page's and practice's form posts and the JSON API go through runAction; lib/actions/transports.ts
// turns what comes out (a value, or an AppError) into what each transport needs. Written by hand rather
// than with next-safe-action: see the note at the top of lib/actions/transports.ts.
import "server-only";
import type { z } from "zod";
import { rememberBrowserZone } from "../auth/accounts";
import { requireAccount } from "../auth/require";
import { getViewer, startGuestSession, type Viewer } from "../auth/session";
import { canonicalZone } from "../calendar/zones";
import { AppError } from "../errors/app-error";
import { parseInput } from "../forms/parse-input";

/**
 * Who may run an action. `anyone`: the viewer may be null (the domain decides, as classes do).
 * `viewer-or-new-guest`: a visitor becomes a guest (in the browser's zone, when the input carries a
 * `timeZone`). `viewer`: anyone signed in, guests too. `account`: signed in, not a guest. Teachers-only
 * work is checked in the domain (lib/classes/access.ts), so no action needs a rule for it.
 */
export type Access = "anyone" | "viewer-or-new-guest" | "viewer" | "account";

/** The person an action runs for, by its access rule: only `anyone` may run for nobody. */
export type Asker<A extends Access> = A extends "anyone" ? Viewer | null : Viewer;

export type Action<S extends z.ZodType, A extends Access, R> = {
  schema: S;
  access: A;
  /**
   * `viewer-or-new-guest` only, and required there: what must hold before a visitor is made a guest, checked
   * as nobody (e.g. that the set is one anybody may read). Throws AppError. Without it, any post naming a
   * set the visitor may not read would still leave a guest account and session behind before its refusal.
   * The domain call checks again for whoever asks.
   */
  beforeGuest?: (input: z.output<S>) => Promise<unknown>;
  /** The message when the access rule refuses, instead of its code's (e.g. "Sign in to change your password."). */
  refusal?: string;
  /** The domain call, with the parsed input and the person asking. Throws AppError for an expected failure. */
  run: (input: z.output<S>, viewer: Asker<A>) => Promise<R>;
};

/** Declares an action; only here so TypeScript infers the schema's type inside `run`. */
export function defineAction<S extends z.ZodType, A extends Access, R>(action: Action<S, A, R>): Action<S, A, R> {
  return action;
}

/**
 * Runs `action` on `raw` (a form's fields or a JSON body). Throws AppError "invalid-input" (with issues by
 * field) when the schema refuses, the access rule's code ("no-viewer", "sign-in") when
 * it refuses, or whatever AppError the domain call throws. The input is parsed before anyone is looked
 * up, so junk never starts a guest session.
 */
export async function runAction<S extends z.ZodType, A extends Access, R>(
  action: Action<S, A, R>,
  raw: unknown,
): Promise<R> {
  const input = await parseInput(action.schema, raw);
  const viewer = await asker(action, input, raw);
  return action.run(input, viewer as Asker<A>);
}

async function asker<S extends z.ZodType, A extends Access, R>(
  { access, refusal, beforeGuest }: Action<S, A, R>,
  input: z.output<S>,
  raw: unknown,
): Promise<Viewer | null> {
  const viewer = await getViewer();
  if (access === "viewer-or-new-guest") {
    if (!beforeGuest) throw new Error("An action that may start a guest session needs beforeGuest.");
    if (!viewer) await beforeGuest(input);
    return viewerOrGuestIn(viewer, canonicalZone((raw as { timeZone?: unknown } | null)?.timeZone) ?? undefined);
  }
  if (access === "anyone") return viewer;
  if (access === "account") return requireAccount(viewer, refusal);
  if (!viewer) throw new AppError("no-viewer", { message: refusal });
  return viewer;
}

// A form that starts studying carries the browser's zone (components/browser-time-zone-input.tsx): a new
// guest starts in it, and someone whose zone is still unknown (no JavaScript before, or signed up by
// email link) gets it. Answer forms carry none, so answering does no extra work.
async function viewerOrGuestIn(signedIn: Viewer | null, zone: string | undefined): Promise<Viewer> {
  const viewer = signedIn ?? (await startGuestSession(zone));
  if (!zone || viewer.timeZoneChosen) return viewer;
  await rememberBrowserZone(viewer.id, zone);
  return { ...viewer, timeZone: zone, timeZoneChosen: true };
}
