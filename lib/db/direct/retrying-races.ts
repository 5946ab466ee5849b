import { isUniqueViolation, isWriteConflict } from "../errors";

/**
 * Runs a transaction, once more (up to `attempts` in all) if a concurrent one won a race for the same row.
 * SQLite runs transactions one at a time; PostgreSQL runs them side by side, so two tabs may both find no
 * card (or no earlier answer) and both insert it. The loser's unique-key error (P2002) or write conflict
 * (P2034) is retried, and then it sees the winner's row: the same answer returns the same result, another
 * answer is scheduled after it. Any other error is thrown at once.
 */
export async function retryingRaces<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !(isUniqueViolation(error) || isWriteConflict(error))) throw error;
    }
  }
}
