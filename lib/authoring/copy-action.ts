"use server";
// "Copy to my sets" (the set page and the library), through the one pipeline (lib/actions/transports.ts): a
// plain form, so it works before JavaScript loads. The copy opens on its own set page, a private draft.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { plainAction } from "../actions/transports";
import { id } from "../forms/schemas";
import { routes } from "../routes";
import { copySet } from "./copy-set";

/**
 * Copies the set named by the form's `setId` into the teacher's own sets and opens the copy. Signed out, a
 * guest: sign in, back to the set; a student or a set they may not read: 404; a set not to be copied
 * (a draft or a private set): back to its page with ?copy=refused.
 */
export const copySetAction = plainAction({
  schema: z.object({ setId: id }),
  access: "anyone",
  signInReturn: (fields) => routes.set(String(fields.setId ?? "")),
  refused: (_error, fields) => routes.set(String(fields.setId ?? ""), { copy: "refused" }),
  run: async ({ setId }, viewer) => {
    const copy = await copySet(viewer, setId);
    revalidatePath(routes.home());
    return routes.set(copy.id, { copy: "made" });
  },
});
