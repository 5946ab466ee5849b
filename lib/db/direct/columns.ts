// The columns the hand-written statements name, in one place and typed against Prisma's generated models
// (the SQLite client's; both providers are generated from the same model), so that renaming a column in the
// schema breaks the typecheck here rather than a request at run time. lib/study/snapshot.ts shares the card's
// list for the review log's snapshots, and lib/auth/viewer.ts the viewer's for Prisma's `select`.
import type { CardModel, UserModel } from "../../generated/sqlite/models";
import type { CardState } from "../../srs/scheduler";

/** A card's scheduling columns, in the order snapshots store them (changing the order changes new snapshots' text). */
export const CARD_STATE_COLUMNS = [
  "due",
  "stability",
  "difficulty",
  "elapsedDays",
  "scheduledDays",
  "learningSteps",
  "reps",
  "lapses",
  "state",
  "lastReview",
] as const satisfies readonly (keyof CardModel & keyof CardState)[];

export type CardStateColumn = (typeof CARD_STATE_COLUMNS)[number];

// Every field of CardState has a column: adding one to the scheduler's state without a column fails here.
const everyStateFieldStored: [Exclude<keyof CardState, CardStateColumn>] extends [never] ? true : never = true;
void everyStateFieldStored;

/** A card's scheduling columns as raw SQL returns them: numbers may be BigInt or float, dates Date or ISO text. */
export type CardStateRow = { [K in CardStateColumn]: CardModel[K] | string | number | bigint };

/** The columns of "User" a Viewer is made from (lib/auth/viewer.ts). */
export const VIEWER_USER_COLUMNS = [
  "id",
  "role",
  "isGuest",
  "name",
  "timeZone",
  "rolloverHour",
] as const satisfies readonly (keyof UserModel)[];

/** Prisma's `select` for `columns`. */
export function selectOf<const C extends readonly string[]>(columns: C): { [K in C[number]]: true } {
  return Object.fromEntries(columns.map((column) => [column, true])) as { [K in C[number]]: true };
}

/** `"a", "b", …`: a column list for SELECT or INSERT; `prefix` qualifies each (`c."a"`). */
export function columnList(columns: readonly string[], prefix = ""): string {
  return columns.map((column) => `${prefix}"${column}"`).join(", ");
}

/** `"a" = ?, "b" = ?, …`: the assignments of an UPDATE, values in the columns' order. */
export function assignments(columns: readonly string[]): string {
  return columns.map((column) => `"${column}" = ?`).join(", ");
}

/** `?, ?, …`: one placeholder per value. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => "?").join(", ");
}

/** A card state's values in CARD_STATE_COLUMNS' order, for the placeholders of a statement built from that list. */
export function cardStateValues(state: CardState): unknown[] {
  return CARD_STATE_COLUMNS.map((column) => state[column]);
}

/** A card row as raw SQL returns it, as the scheduler's state. */
export function cardStateFromRow(row: CardStateRow): CardState {
  return {
    due: new Date(row.due as string | Date),
    stability: Number(row.stability),
    difficulty: Number(row.difficulty),
    elapsedDays: Number(row.elapsedDays),
    scheduledDays: Number(row.scheduledDays),
    learningSteps: Number(row.learningSteps),
    reps: Number(row.reps),
    lapses: Number(row.lapses),
    state: Number(row.state),
    lastReview: row.lastReview ? new Date(row.lastReview as string | Date) : null,
  };
}
