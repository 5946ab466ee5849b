// For browser tests: a teacher's article (and a question to check) written into the browser suite's database
// (data/browser-test.db, the one playwright.config.ts gives the server). Through better-sqlite3, as the other
// browser tests write: Playwright's loader cannot load Prisma's generated client (an ES module it transpiles as
// CommonJS); the rows are those tests/support/teacher-article.ts writes with Prisma in the integration tests.
import { randomBytes } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import type { TeacherArticle } from "./teacher-article";

const DATABASE = path.join("data", "browser-test.db");

function withDatabase<T>(work: (db: Database.Database) => T): T {
  const db = new Database(DATABASE);
  try {
    return db.transaction(() => work(db))();
  } finally {
    db.close();
  }
}

/** Inserts `paragraphs` as an article owned by the newest teacher called `teacherName` (passages p1, p2, …); returns it. */
export function insertArticleFor(teacherName: string, title: string, paragraphs: string[]): TeacherArticle {
  return withDatabase((db) => {
    const teacher = db
      .prepare(`SELECT id FROM "User" WHERE name = ? AND role = 'TEACHER' ORDER BY "createdAt" DESC LIMIT 1`)
      .get(teacherName) as { id: string } | undefined;
    if (!teacher) throw new Error(`no teacher called ${teacherName}`);
    const id = `a${randomBytes(8).toString("hex")}`;
    const now = new Date().toISOString();
    db.prepare(
      `INSERT INTO "Article" (id, "ownerId", title, "contentHash", "createdAt", "updatedAt") VALUES (?, ?, ?, 'test', ?, ?)`,
    ).run(id, teacher.id, title, now, now);
    const passages = paragraphs.map((text, i) => ({ id: `${id}/p${i + 1}`, key: `p${i + 1}`, text }));
    const insert = db.prepare(`INSERT INTO "Passage" (id, "articleId", key, position, text) VALUES (?, ?, ?, ?, ?)`);
    passages.forEach((p, position) => insert.run(p.id, id, p.key, position, p.text));
    return { id, title, passages };
  });
}

/**
 * Adds to the set `setId` a true-or-false question citing passage p1 of `article` whose citation is marked
 * "check this citation" with a candidate, `quote` in passage p2 (as re-anchoring after an edit leaves one), held
 * from study.
 */
export function insertQuestionToCheck(setId: string, article: TeacherArticle, quote: string): void {
  withDatabase((db) => {
    const p2 = article.passages[1];
    const start = p2.text.indexOf(quote);
    const end = start + quote.length;
    const candidate = {
      passageKey: p2.key,
      quote: {
        type: "TextQuoteSelector",
        exact: quote,
        prefix: p2.text.slice(Math.max(0, start - 32), start),
        suffix: p2.text.slice(end, end + 32),
      },
      position: { type: "TextPositionSelector", start, end },
    };
    const now = new Date().toISOString();
    const questionId = `check${randomBytes(6).toString("hex")}`;
    db.prepare(
      `INSERT INTO "Question" (id, "setId", type, position, prompt, choices, answers, explanation, "contentHash", "heldAt", "createdAt", "updatedAt")
       VALUES (?, ?, 'TRUE_FALSE', 99, 'A question whose citation moved.', '["True","False"]', '["True"]', 'Moved.', 'test', ?, ?, ?)`,
    ).run(questionId, setId, now, now, now);
    db.prepare(
      `INSERT INTO "Citation" (id, "questionId", "articleId", "passageId", quote, status, candidate, position)
       VALUES (?, ?, ?, ?, ?, 'CHECK', ?, 0)`,
    ).run(`c${questionId}`, questionId, article.id, article.passages[0].id, `${quote}s`, JSON.stringify(candidate));
  });
}
