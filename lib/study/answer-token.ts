// Each rendered question carries a fresh id for its answer (so a resubmitted form is recorded once)
// and the time it was shown (for time taken). Made per request on the server, never cached.
import { randomUUID } from "node:crypto";

export type AnswerToken = { clientId: string; shownAt: number };

export function answerToken(): AnswerToken {
  return { clientId: randomUUID(), shownAt: Date.now() };
}
