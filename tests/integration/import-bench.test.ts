// The bench's import timer (bench/import.ts) on a real migrated database: a 500-row term list goes in through
// importFile (three times), the timer gives the median milliseconds, and the sets are there with their 500 questions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { timeImport } from "../../bench/import";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe("timeImport", () => {
  it("imports a 500-row CSV into the bench's database and says how long it took", async () => {
    const rows = Array.from({ length: 500 }, (_, i) => `term ${i},definition ${i}`).join("\n");
    const ms = timeImport(new TextEncoder().encode(rows), "bench-list.csv", t.url);
    expect(ms).toBeGreaterThan(0);
    // The budget (≤ 2 s for 500 questions) is npm run bench's to check; this only catches a runaway.
    expect(ms).toBeLessThan(20_000);
    const sets = await t.db.questionSet.findMany({ where: { importedFrom: "csv: bench-list.csv" } });
    expect(sets).toHaveLength(3); // three runs, the median counts
    expect(await t.db.question.count({ where: { setId: sets[0].id } })).toBe(500);
    expect(() => timeImport(new TextEncoder().encode("one column only\n"), "bad.csv", t.url)).toThrow(
      /row 1: holds one column/,
    );
  });
});
