import type { CardState, Grade } from "../../srs/scheduler";
import { toSnapshot } from "../../study/snapshot";
import { newId } from "../ids";
import {
  CARD_STATE_COLUMNS,
  cardStateFromRow,
  cardStateValues,
  columnList,
  placeholders,
  type CardStateRow,
} from "./columns";
import { directSql, one, run, type Statement } from "./driver";
import { retryingRaces } from "./retrying-races";
import { setCardState } from "./set-card-state";

/** A graded answer to record: `rating` as graded, `answer` the text to keep (null for flashcards). */
export type AnswerToRecord = {
  userId: string;
  setId: string;
  questionId: string;
  clientId: string;
  rating: Grade;
  correct: boolean | null;
  answer: string | null;
  durationMs: number | null;
  now: Date;
};

/** An answer already recorded under the same client id, possibly by someone else. */
export type EarlierAnswer = {
  id: string;
  userId: string;
  correct: boolean | null;
  rating: number;
  answer: string | null;
};

/**
 * `earlier`: the client id was recorded before (nothing written); `recorded`: the card moved and the review
 * was logged; `card-moved`: another write moved the card on between reading and writing it (nothing written).
 */
export type RecordedAnswer =
  { kind: "earlier"; earlier: EarlierAnswer } | { kind: "recorded"; reviewId: string } | { kind: "card-moved" };

const EARLIER = `SELECT "id", "userId", "correct", "rating", "answer" FROM "Review" WHERE "clientId" = ?`;
const CARD = `SELECT "id", "version", ${columnList(CARD_STATE_COLUMNS)} FROM "Card" WHERE "userId" = ? AND "questionId" = ?`;
const INSERT_CARD = `INSERT INTO "Card" ("id", "userId", "questionId", "setId", ${columnList(CARD_STATE_COLUMNS)}, "version", "createdAt", "updatedAt")
  VALUES (?, ?, ?, ?, ${placeholders(CARD_STATE_COLUMNS.length)}, 0, ?, ?)`;
const INSERT_REVIEW = `INSERT INTO "Review" ("id", "clientId", "userId", "questionId", "setId", "mode", "rating", "correct", "answer", "durationMs",
    "stateBefore", "stateAfter", "reviewedAt")
  VALUES (?, ?, ?, ?, ?, 'SCHEDULED', ?, ?, ?, ?, ?, ?, ?)`;

type StoredCard = CardStateRow & { id: string; version: number };
type EarlierRow = Omit<EarlierAnswer, "correct"> & { correct: boolean | number | null };

/**
 * The answer's transaction, in four statements: the earlier answer with the same client id (if any, the
 * transaction ends there), the learner's card for the question, the card moved to `reschedule(before)` (or
 * created from `reschedule(null)` when the learner has none), and the review appended to the log with the
 * states before and after. Retried when a concurrent transaction won a race for the same row
 * (./retrying-races.ts), `reschedule` included.
 */
export function recordAnswer(
  answer: AnswerToRecord,
  reschedule: (before: CardState | null) => CardState,
): Promise<RecordedAnswer> {
  const { userId, setId, questionId, clientId, now } = answer;
  return retryingRaces(() =>
    directSql().transaction(function* (): Generator<Statement, RecordedAnswer, unknown> {
      const earlier = (yield one(EARLIER, clientId)) as EarlierRow | undefined;
      if (earlier) {
        return {
          kind: "earlier",
          earlier: {
            ...earlier,
            correct: earlier.correct === null ? null : Boolean(earlier.correct),
            rating: Number(earlier.rating),
          },
        };
      }
      const card = (yield one(CARD, userId, questionId)) as StoredCard | undefined;
      const before = card ? cardStateFromRow(card) : null;
      const after = reschedule(before);
      if (card) {
        const moved = (yield setCardState(after, now, { id: card.id, version: card.version })) as number;
        if (moved === 0) return { kind: "card-moved" };
      } else {
        yield run(INSERT_CARD, newId(), userId, questionId, setId, ...cardStateValues(after), now, now);
      }
      const reviewId = newId();
      yield run(
        INSERT_REVIEW,
        reviewId,
        clientId,
        userId,
        questionId,
        setId,
        answer.rating,
        answer.correct,
        answer.answer,
        answer.durationMs,
        before ? toSnapshot(before) : null,
        toSnapshot(after),
        now,
      );
      return { kind: "recorded", reviewId };
    }),
  );
}
