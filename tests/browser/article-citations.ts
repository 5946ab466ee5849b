// Questions citing a teacher's article, written straight into the browser suite's database as the set
// editor would write them (it is built beside the article editor), for the tests of re-anchoring.
import path from "node:path";
import Database from "better-sqlite3";

const database = path.join("data", "browser-test.db");

/**
 * Adds a set owned by the article's teacher, with one true/false question per citation, each citing
 * `quote` in passage `key` (whose text is `passage`), with its W3C context and place. Returns the set's id.
 */
export function citeArticle(articleId: string, citations: { key: string; passage: string; quote: string }[]): string {
  const db = new Database(database);
  const now = new Date().toISOString();
  const setId = `set-${articleId}`;
  try {
    const owner = db.prepare(`SELECT "ownerId" FROM "Article" WHERE "id" = ?`).get(articleId) as { ownerId: string };
    db.prepare(
      `INSERT INTO "QuestionSet" ("id","ownerId","title","description","contentHash","updatedAt") VALUES (?,?,?,?,?,?)`,
    ).run(setId, owner.ownerId, "Council questions", "", "x", now);
    citations.forEach(({ key, passage, quote }, i) => {
      const n = i + 1;
      const start = passage.indexOf(quote);
      db.prepare(
        `INSERT INTO "Question" ("id","setId","type","position","prompt","answers","explanation","contentHash","updatedAt") VALUES (?,?,?,?,?,?,?,?,?)`,
      ).run(`${setId}-q${n}`, setId, "TRUE_FALSE", n, `Question ${n} about the council`, "[true]", "", "x", now);
      db.prepare(
        `INSERT INTO "Citation" ("id","questionId","articleId","passageId","quote","prefix","suffix","start","end","position") VALUES (?,?,?,?,?,?,?,?,?,?)`,
      ).run(
        `${setId}-c${n}`,
        `${setId}-q${n}`,
        articleId,
        `${articleId}/${key}`,
        quote,
        passage.slice(Math.max(0, start - 32), start),
        passage.slice(start + quote.length, start + quote.length + 32),
        start,
        start + quote.length,
        0,
      );
    });
  } finally {
    db.close();
  }
  return setId;
}

/** Three paragraphs about a council meeting, and a citation into each. */
export const COUNCIL = [
  "The council met on Tuesday evening to discuss the harbour wall and its repair budget.",
  "Repairs will cost four million euros, the engineer told the members of the council.",
  "Fishing crews said the delay had cost them a whole season of catches in the bay.",
];
export const COUNCIL_CITATIONS = [
  { key: "p1", passage: COUNCIL[0], quote: "met on Tuesday evening" },
  { key: "p2", passage: COUNCIL[1], quote: "four million euros" },
  { key: "p3", passage: COUNCIL[2], quote: "a whole season of catches" },
];
/** The council's text edited so that one citation stays, one moves, one needs checking. */
export const COUNCIL_EDITED = [
  COUNCIL[0],
  "The engineer spoke to the members of the council.",
  COUNCIL[2].replace("whole season", "full season"),
  "In all, the repairs will cost four million euros by the spring.",
].join("\n\n");
