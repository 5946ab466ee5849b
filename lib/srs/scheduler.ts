// FSRS scheduling through ts-fsrs (FSRS-6): desired retention 0.9, fuzz on. Nothing here decides an
// interval itself; it only converts between our stored card state and ts-fsrs's Card.
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade } from "ts-fsrs";

export const DESIRED_RETENTION = 0.9;
export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];
/**
 * ts-fsrs's named values, the only way the app names a rating (Again 1, Hard 2, Good 3, Easy 4) or a card's
 * state (New 0, Learning 1, Review 2, Relearning 3), in code and in SQL text alike.
 */
export { Rating, State, type Grade };

/** What each grade is called on a button or in a sentence: FSRS's own names (ts-fsrs's Rating). */
export const GRADE_NAMES: Record<Grade, string> = {
  [Rating.Again]: "Again",
  [Rating.Hard]: "Hard",
  [Rating.Good]: "Good",
  [Rating.Easy]: "Easy",
};

/**
 * Whether a rating (an FSRS grade, 1–4, as ts-fsrs's Rating numbers them) means the learner remembered:
 * every grade but Again, which in FSRS means forgotten (a lapse). The one place the app draws that line:
 * use it wherever a grade counts as right or remembered.
 */
export function isRemembered(rating: number): boolean {
  return rating >= Rating.Hard;
}

const scheduler = fsrs(generatorParameters({ request_retention: DESIRED_RETENTION, enable_fuzz: true }));

/** A learner's scheduling state for one question, as stored in the Card table. */
export type CardState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** A State (New, Learning, Review, Relearning). */
  state: number;
  lastReview: Date | null;
};

function toFsrs(s: CardState): Card {
  return {
    due: s.due,
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    last_review: s.lastReview ?? undefined,
  };
}

function fromFsrs(c: Card): CardState {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ?? null,
  };
}

export function newCardState(now: Date): CardState {
  return fromFsrs(createEmptyCard(now));
}

export function schedule(state: CardState, grade: Grade, now: Date): CardState {
  return fromFsrs(scheduler.next(toFsrs(state), now, grade).card);
}

/** Where each self-grade would send the card, for the buttons' labels ("10m", "3d"). */
export function previewIntervals(state: CardState, now: Date): Record<Grade, string> {
  const preview = scheduler.repeat(toFsrs(state), now);
  return Object.fromEntries(
    GRADES.map((g) => [g, formatInterval(preview[g].card.due.getTime() - now.getTime())]),
  ) as Record<Grade, string>;
}

export function formatInterval(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return "<1m";
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(hours / 24);
  if (days < 30) return `${days}d`;
  if (days < 365) return `${Math.round(days / 30)}mo`;
  return `${(days / 365).toFixed(1).replace(/\.0$/, "")}y`;
}
