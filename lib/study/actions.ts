"use server";
// Server actions of the set page, through the one pipeline (lib/actions/transports.ts). Each posts from a
// plain <form>, so it works before JavaScript loads, and ends in a redirect to the page that shows the
// result. The study page's own posts are in lib/study/study-posts.ts.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { plainAction } from "../actions/transports";
import { id } from "../forms/schemas";
import { routes } from "../routes";
import { setNewPerDay } from "./study-settings";
import { setAnybodyMayRead, startPost } from "./study-posts";

/** The set page's "Start studying": for a visitor this also starts their guest session. */
export const startStudyAction = plainAction(startPost);

/** The set page's daily limit of new questions (0–500); a refusal comes back as ?limitError=1. */
export const newLimitAction = plainAction({
  schema: z.object({
    setId: id,
    newPerDay: z.coerce.number().int().min(0).max(500),
  }),
  access: "viewer-or-new-guest",
  beforeGuest: setAnybodyMayRead,
  refused: (_error, fields) => routes.set(String(fields.setId ?? ""), { limitError: 1 }),
  run: async ({ setId, newPerDay }, viewer) => {
    await setNewPerDay(viewer, setId, newPerDay);
    revalidatePath(routes.set(setId));
    return routes.set(setId, { saved: 1 });
  },
});
