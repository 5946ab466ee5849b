// Brings the database in line with content/, idempotently. Rows are matched by their stable ids, so
// editing a question keeps every learner's progress on it; a question or passage that leaves content
// is archived (hidden from study, kept for reports), never deleted. Only the library (rows with no owner) is
// read and written: teachers' articles and sets are never touched.
import { createHash } from "node:crypto";
import type { Database } from "../db/prisma-client";
import type { Content } from "./load";
import type { Question, QuestionType } from "./types";
import { moveQuestionCards } from "../db/direct/move-question-cards";

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];
export type Tally = { created: number; updated: number; archived: number; unchanged: number };
export type SyncReport = { articles: Tally; passages: Tally; sets: Tally; questions: Tally };

export const DB_TYPE = {
  "multiple-choice": "MULTIPLE_CHOICE",
  "true-false": "TRUE_FALSE",
  "short-answer": "SHORT_ANSWER",
  cloze: "CLOZE",
  flashcard: "FLASHCARD",
} as const satisfies Record<QuestionType, string>;

const hash = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 32);
/** content/'s rows: no owner, and not imported into the library by `content:import` (issue 19), which sync leaves alone. */
const LIBRARY = { ownerId: null, importedFrom: null };
const tally = (): Tally => ({ created: 0, updated: 0, archived: 0, unchanged: 0 });

/** Upserts `wanted` rows by id and archives the existing rows that are no longer wanted. */
async function reconcile<R extends { id: string; archivedAt: Date | null }, T extends { id: string }>(
  existing: R[],
  wanted: T[],
  same: (row: R, item: T) => boolean,
  write: { create: (item: T) => Promise<unknown>; update: (item: T) => Promise<unknown>; archive: (ids: string[]) => Promise<unknown> },
): Promise<Tally> {
  const result = tally();
  const byId = new Map(existing.map((row) => [row.id, row]));
  for (const item of wanted) {
    const row = byId.get(item.id);
    if (!row) {
      await write.create(item);
      result.created++;
    } else if (row.archivedAt !== null || !same(row, item)) {
      await write.update(item);
      result.updated++;
    } else result.unchanged++;
  }
  const wantedIds = new Set(wanted.map((item) => item.id));
  const gone = existing.filter((row) => !wantedIds.has(row.id) && row.archivedAt === null).map((row) => row.id);
  if (gone.length > 0) await write.archive(gone);
  result.archived = gone.length;
  return result;
}

export async function syncContent(db: Database, content: Pick<Content, "articles" | "sets">, now = new Date()): Promise<SyncReport> {
  return db.$transaction(async (tx) => ({
    articles: await syncArticles(tx, content, now),
    passages: await syncPassages(tx, content, now),
    sets: await syncSets(tx, content, now),
    questions: await syncQuestions(tx, content, now),
  }), { timeout: 60_000 });
}

async function syncArticles(tx: Tx, { articles }: Pick<Content, "articles">, now: Date) {
  const wanted = articles.map(({ passages: _passages, ...meta }) => ({ ...meta, contentHash: hash(meta) }));
  const data = (a: (typeof wanted)[number]) => ({
    title: a.title, outlet: a.outlet ?? null, translationNote: a.translation ?? null, contentHash: a.contentHash, archivedAt: null,
  });
  return reconcile(await tx.article.findMany({ where: LIBRARY, select: { id: true, contentHash: true, archivedAt: true } }), wanted, (r, a) => r.contentHash === a.contentHash, {
    create: (a) => tx.article.create({ data: { id: a.id, ...data(a) } }),
    update: (a) => tx.article.update({ where: { id: a.id }, data: data(a) }),
    archive: (ids) => tx.article.updateMany({ where: { id: { in: ids } }, data: { archivedAt: now } }),
  });
}

async function syncPassages(tx: Tx, { articles }: Pick<Content, "articles">, now: Date) {
  const wanted = articles.flatMap((a) =>
    a.passages.map((p, position) => ({ id: `${a.id}/${p.id}`, articleId: a.id, key: p.id, position, text: p.text })),
  );
  const existing = await tx.passage.findMany({ where: { article: LIBRARY }, select: { id: true, text: true, position: true, archivedAt: true } });
  return reconcile(existing, wanted, (r, p) => r.text === p.text && r.position === p.position, {
    create: (p) => tx.passage.create({ data: p }),
    update: (p) => tx.passage.update({ where: { id: p.id }, data: { position: p.position, text: p.text, archivedAt: null } }),
    archive: (ids) => tx.passage.updateMany({ where: { id: { in: ids } }, data: { archivedAt: now } }),
  });
}

async function syncSets(tx: Tx, { sets }: Pick<Content, "sets">, now: Date) {
  const wanted = sets.map((s) => {
    const articleIds = [...new Set(s.questions.flatMap((q) => q.citations.map((c) => c.article)))].sort();
    const meta = { id: s.id, title: s.title, description: s.description, position: s.order, articleIds };
    return { ...meta, contentHash: hash(meta) };
  });
  const links = async (s: (typeof wanted)[number]) => {
    await tx.setArticle.deleteMany({ where: { setId: s.id } });
    await tx.setArticle.createMany({ data: s.articleIds.map((articleId) => ({ setId: s.id, articleId })) });
  };
  const data = (s: (typeof wanted)[number]) => ({
    title: s.title, description: s.description, position: s.position, contentHash: s.contentHash, archivedAt: null,
    visibility: "PUBLIC" as const, publishedAt: now,
  });
  return reconcile(await tx.questionSet.findMany({ where: LIBRARY, select: { id: true, contentHash: true, archivedAt: true } }), wanted, (r, s) => r.contentHash === s.contentHash, {
    create: async (s) => (await tx.questionSet.create({ data: { id: s.id, ...data(s) } }), links(s)),
    update: async (s) => (await tx.questionSet.update({ where: { id: s.id }, data: data(s) }), links(s)),
    archive: (ids) => tx.questionSet.updateMany({ where: { id: { in: ids } }, data: { archivedAt: now } }),
  });
}

async function syncQuestions(tx: Tx, { sets }: Pick<Content, "sets">, now: Date) {
  const wanted = sets.flatMap((s) =>
    s.questions.map((q, position) => ({ ...q, setId: s.id, position, contentHash: hash({ ...q, setId: s.id, position }) })),
  );
  const fields = (q: Question & { setId: string; position: number; contentHash: string }) => ({
    setId: q.setId, type: DB_TYPE[q.type], position: q.position, prompt: q.prompt, choices: JSON.stringify(q.choices),
    answers: JSON.stringify(q.answers), explanation: q.explanation, contentHash: q.contentHash, archivedAt: null,
  });
  const citations = (q: Question) => ({
    create: q.citations.map((c, position) => ({ articleId: c.article, passageId: `${c.article}/${c.passage}`, quote: c.quote, position })),
  });
  return reconcile(await tx.question.findMany({ where: { set: LIBRARY }, select: { id: true, contentHash: true, archivedAt: true } }), wanted, (r, q) => r.contentHash === q.contentHash, {
    create: (q) => tx.question.create({ data: { id: q.id, ...fields(q), citations: citations(q) } }),
    update: async (q) => {
      await tx.citation.deleteMany({ where: { questionId: q.id } });
      await tx.question.update({ where: { id: q.id }, data: { ...fields(q), citations: citations(q) } });
      // A question moved to another set takes its learners' scheduling cards along.
      await moveQuestionCards(tx, q.id, q.setId);
    },
    archive: (ids) => tx.question.updateMany({ where: { id: { in: ids } }, data: { archivedAt: now } }),
  });
}
