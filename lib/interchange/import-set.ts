// The writer of imported sets (issue 19): what a format's parser read, checked whole (import/prepare.ts), then
// written in one transaction as a draft set with its articles, stored exactly as the set editor stores its own.
import "server-only";
import { createHash } from "node:crypto";
import { articleHash } from "../authoring/articles";
import { newContentId } from "../authoring/ids";
import { refreshHolds } from "../authoring/question-hold";
import { storedFields } from "../authoring/questions";
import { ID_PATTERN } from "../content/slug";
import { db } from "../db/client";
import { lockForWrite } from "../db/row-locks";
import { AppError } from "../errors/app-error";
import { prepareImport } from "./import/prepare";
import type { ImportedSet } from "./types";

/** What an import wrote: the new set's id, its articles and questions, and how many need a source. */
export type ImportResult = {
  setId: string;
  /** The articles the file brought, as written (not those attached with `attachArticleIds`). */
  articleIds: string[];
  questions: number;
  /** Questions that arrived citing nothing: held from study, "needs a source" (issue 18's Find the evidence). */
  needsSource: number;
  /** Ids the file gave that were replaced by new ones: in use already, not valid content ids, or (for a teacher's import) any. */
  remapped: number;
};

/**
 * `attachArticleIds`: articles already in the database to link to the new set as well (the owner's own or the
 * library's, not archived), so Find the evidence has passages to propose for a file that brings none.
 */
export type ImportSetOptions = { attachArticleIds?: string[] };

const MAX_ID_LENGTH = 100;
const hashOf = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 32);

/**
 * Hands out ids: the file's when `keep` (the library's imports) and it is valid, free in the database and not
 * used earlier in the file; else new ones, counting each file id replaced.
 */
function idGiver(taken: ReadonlySet<string>, keep: boolean) {
  const used = new Set<string>();
  let remapped = 0;
  const give = (wanted: string | undefined): string => {
    const valid = wanted !== undefined && wanted.length <= MAX_ID_LENGTH && ID_PATTERN.test(wanted);
    if (keep && valid && !taken.has(wanted) && !used.has(wanted)) {
      used.add(wanted);
      return wanted;
    }
    if (wanted !== undefined) remapped++;
    return newContentId();
  };
  return { give, remapped: () => remapped };
}

/**
 * Writes `imported` in one transaction as a draft set with its articles: the teacher `ownerId`'s (a PRIVATE
 * draft, publishedAt null, its articles theirs), or the library's (ownerId null, unpublished) for
 * `content:import` without --owner. `source` names the file ("gift: quiz.txt"), stored as importedFrom on the
 * set and its articles (content sync leaves such library rows alone). Ids: in the library, the file's set,
 * article and question ids are kept when they are valid content ids and free; every other file id (all of them
 * for a teacher, whose rows always get new random ids, lib/authoring/ids.ts) is replaced by a new one and
 * counted in `remapped`. Passage keys are kept (a passage's id is `${articleId}/${key}`). Questions are stored as the set editor stores them (storedFields), citations
 * anchored (W3C selectors, ANCHORED), and a question citing nothing is held (refreshHolds): it needs a source.
 * Throws AppError "import-refused" naming the record at fault (import/prepare.ts), "teachers-only" when
 * `ownerId` is not a teacher's (a student, a guest, nobody), "not-found" when an attached article is not the
 * owner's or the library's live one. Nothing is written when it throws.
 */
export async function importSet(
  ownerId: string | null,
  imported: ImportedSet,
  source: string,
  now: Date = new Date(),
  options: ImportSetOptions = {},
): Promise<ImportResult> {
  const plan = prepareImport(imported);
  if (ownerId !== null) {
    const owner = await db.user.findUnique({ where: { id: ownerId }, select: { role: true, isGuest: true } });
    if (!owner || owner.role !== "TEACHER" || owner.isGuest) throw new AppError("teachers-only");
  }
  const attach = [...new Set(options.attachArticleIds ?? [])];
  const importedFrom = source.slice(0, 300);

  return db.$transaction(
    async (tx) => {
      await lockForWrite(tx);
      const attached = await tx.article.findMany({
        where: {
          id: { in: attach },
          archivedAt: null,
          OR: ownerId === null ? [{ ownerId: null }] : [{ ownerId }, { ownerId: null }],
        },
        select: { id: true },
      });
      if (attached.length !== attach.length) throw new AppError("not-found");

      // A teacher's rows get new random ids, as every teacher's row does (copy-set.ts, articles.ts): a set shared
      // by link is reached by its id alone, and a readable id taken now could be one content/ adds later, which
      // content sync could then not create. The library's import keeps the file's ids where they are free.
      const keep = ownerId === null;
      const inUse = async (table: "questionSet" | "article" | "question", ids: (string | undefined)[]) => {
        const wanted = ids.filter((id): id is string => id !== undefined);
        if (!keep || wanted.length === 0) return new Set<string>();
        const query = { where: { id: { in: wanted } }, select: { id: true } } as const;
        const rows =
          table === "questionSet"
            ? await tx.questionSet.findMany(query)
            : table === "article"
              ? await tx.article.findMany(query)
              : await tx.question.findMany(query);
        return new Set(rows.map((r) => r.id));
      };
      const setGiver = idGiver(await inUse("questionSet", [plan.id]), keep);
      const setId = setGiver.give(plan.id);
      const articleGiver = idGiver(
        await inUse(
          "article",
          plan.articles.map((a) => a.ref),
        ),
        keep,
      );
      const questionGiver = idGiver(
        await inUse(
          "question",
          plan.questions.map((q) => q.id),
        ),
        keep,
      );
      const articleId = new Map(plan.articles.map((a) => [a.ref, articleGiver.give(a.ref)]));
      const questions = plan.questions.map((q) => ({ ...q, id: questionGiver.give(q.id) }));

      await tx.article.createMany({
        data: plan.articles.map((a) => ({
          id: articleId.get(a.ref)!,
          ownerId,
          ...a.details,
          importedFrom,
          contentHash: articleHash(a.details, a.passages),
        })),
      });
      await tx.passage.createMany({
        data: plan.articles.flatMap((a) => {
          const id = articleId.get(a.ref)!;
          return a.passages.map((p, position) => ({
            id: `${id}/${p.key}`,
            articleId: id,
            key: p.key,
            position,
            text: p.text,
          }));
        }),
      });
      await tx.questionSet.create({
        data: {
          id: setId,
          ownerId,
          title: plan.title,
          description: plan.description,
          visibility: "PRIVATE",
          publishedAt: null,
          importedFrom,
          contentHash: hashOf({ title: plan.title, description: plan.description, importedFrom }),
          articles: {
            create: [...articleId.values(), ...attached.map((a) => a.id)].map((id) => ({ articleId: id })),
          },
        },
      });
      await tx.question.createMany({
        data: questions.map((q, position) => ({ id: q.id, setId, position, ...storedFields(q.question) })),
      });
      await tx.citation.createMany({
        data: questions.flatMap((q) =>
          q.citations.map(({ article, passage, ...anchor }, position) => ({
            ...anchor,
            questionId: q.id,
            articleId: articleId.get(article)!,
            passageId: `${articleId.get(article)!}/${passage}`,
            status: "ANCHORED" as const,
            position,
          })),
        ),
      });
      const held = await refreshHolds(
        tx,
        questions.map((q) => q.id),
        now,
      );
      return {
        setId,
        articleIds: [...articleId.values()],
        questions: questions.length,
        needsSource: held.length,
        remapped: setGiver.remapped() + articleGiver.remapped() + questionGiver.remapped(),
      };
    },
    { timeout: 60_000 },
  );
}
