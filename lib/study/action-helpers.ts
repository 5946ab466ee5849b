// The first two steps of every study action, in one place: parse the form with zod, then find who
// is asking (starting a guest session when nobody is signed in yet).
import "server-only";
import { z } from "zod";
import { learnerOrGuest, type Learner } from "../auth/session";

export class InvalidInput extends Error {}

export async function parseAndIdentify<S extends z.ZodType>(schema: S, form: FormData): Promise<{ input: z.infer<S>; learner: Learner }> {
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) throw new InvalidInput(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  return { input: parsed.data, learner: await learnerOrGuest() };
}
