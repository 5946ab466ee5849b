// Issue 19's "imports nothing when it refuses", as a property on a real migrated database: term lists with a
// bad row somewhere, and the-call's zip with a line of its set repeated, cut or changed, go through importFile;
// a refusal leaves the counts of sets, articles, passages, questions and citations as they were, and an
// import adds exactly one set and the questions it reports.
import fs from "node:fs";
import fc from "fast-check";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../lib/errors/app-error";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let importing: typeof import("../../lib/interchange/import-file");
let teacherId: string;
const encoder = new TextEncoder();

async function counts() {
  const [sets, articles, passages, questions, citations] = await Promise.all([
    t.db.questionSet.count(),
    t.db.article.count(),
    t.db.passage.count(),
    t.db.question.count(),
    t.db.citation.count(),
  ]);
  return { sets, articles, passages, questions, citations };
}

/** Imports the file; checks the database changed by exactly the import, or not at all when refused. */
async function importChecked(bytes: Uint8Array, fileName: string): Promise<"imported" | "refused"> {
  const before = await counts();
  try {
    const result = await importing.importFile(teacherId, bytes, fileName);
    const after = await counts();
    expect(after.sets).toBe(before.sets + 1);
    expect(after.questions).toBe(before.questions + result.questions);
    expect(after.articles).toBe(before.articles + result.articleIds.length);
    return "imported";
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "import-refused") throw error;
    expect(await counts()).toEqual(before);
    return "refused";
  }
}

// Ending in a digit, no word is a header name ("term", "answer").
const word = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,10}[0-9]$/);
const BAD_ROWS = ["just one column", "\tno term", "no definition\t", "a\tb\tc"];

beforeAll(async () => {
  t = await useAppDatabase();
  importing = await import("../../lib/interchange/import-file");
  teacherId = (await t.db.user.create({ data: { email: "rivera@example.com", role: "TEACHER" } })).id;
});
afterAll(() => t.close());

describe("a refused import writes nothing", () => {
  it("holds for term lists with a bad row anywhere", async () => {
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 12 }),
        fc.option(fc.tuple(fc.nat(), fc.constantFrom(...BAD_ROWS)), { nil: undefined }),
        async (pairs, bad) => {
          const rows = pairs.map(([term, definition]) => `${term}\t${definition}`);
          if (bad) rows.splice(bad[0] % (rows.length + 1), 0, bad[1]);
          const outcome = await importChecked(encoder.encode(rows.join("\n")), "list.txt");
          expect(outcome).toBe(bad ? "refused" : "imported");
          outcomes.add(outcome);
        },
      ),
      { numRuns: 25 },
    );
    expect(outcomes.size).toBe(2);
  });

  it("holds for the-call's zip with a line of its set repeated, cut or changed", async () => {
    const set = fs.readFileSync("content/sets/the-call.yaml", "utf8");
    const lines = set.split("\n");
    const articles = fs.readdirSync("content/articles");
    const zipOf = async (yaml: string) => {
      const zip = new JSZip();
      zip.file("sets/the-call.yaml", yaml);
      for (const name of articles) zip.file(`articles/${name}`, fs.readFileSync(`content/articles/${name}`));
      return zip.generateAsync({ type: "uint8array" });
    };
    const mutated = fc.oneof(
      fc.nat({ max: lines.length - 1 }).map((i) => [...lines.slice(0, i + 1), ...lines.slice(i)].join("\n")),
      fc.nat({ max: lines.length - 1 }).map((i) => [...lines.slice(0, i), ...lines.slice(i + 1)].join("\n")),
      fc
        .tuple(
          fc.nat({ max: lines.length - 1 }),
          fc.constantFrom("quote: not in the passage", "answer: Sunday", "  -", ""),
        )
        .map(([i, line]) =>
          [...lines.slice(0, i), `${lines[i].match(/^\s*/)![0]}${line}`, ...lines.slice(i + 1)].join("\n"),
        ),
    );
    await fc.assert(
      fc.asyncProperty(mutated, async (yaml) => {
        await importChecked(await zipOf(yaml), "the-call.zip");
      }),
      { numRuns: 25 },
    );
  });
});
