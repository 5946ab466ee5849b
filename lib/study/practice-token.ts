// Practice progress travels with the page (so practice works without JavaScript and writes nothing),
// signed with the app's secret so it cannot be edited, e.g. to show an answer that was never given.
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

const practiceState = z.object({
  setId: z.string(),
  order: z.array(z.string()),
  index: z.number().int().min(0),
  score: z.number().int().min(0),
  missed: z.array(z.string()),
  last: z.object({ questionId: z.string(), given: z.string().nullable(), correct: z.boolean() }).nullable(),
});
export type PracticeState = z.infer<typeof practiceState>;

const sign = (payload: string, secret: string) => createHmac("sha256", secret).update(payload).digest("base64url");

export function encodePractice(state: PracticeState, secret: string): string {
  const payload = Buffer.from(JSON.stringify(state)).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

/** The state in a token, or null when it was tampered with or is malformed. */
export function decodePractice(token: string, secret: string): PracticeState | null {
  const [payload, signature] = token.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = practiceState.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
