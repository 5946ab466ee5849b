// A teacher's article written straight into the database, for tests of what is built on articles (the set
// editor): the article with ownerId, and a Passage row per paragraph with id `${articleId}/${key}`.
import { randomBytes } from "node:crypto";
import type { Database } from "../../lib/db/prisma-client";

export type TeacherArticle = { id: string; title: string; passages: { id: string; key: string; text: string }[] };

/** Inserts an article owned by `ownerId` whose passages are `paragraphs` (keys p1, p2, …); returns it. */
export async function insertTeacherArticle(
  db: Database,
  ownerId: string | null,
  title: string,
  paragraphs: string[],
): Promise<TeacherArticle> {
  const id = `a${randomBytes(8).toString("hex")}`;
  const passages = paragraphs.map((text, i) => ({ id: `${id}/p${i + 1}`, key: `p${i + 1}`, text }));
  await db.article.create({
    data: {
      id,
      ownerId,
      title,
      contentHash: "test",
      passages: { create: passages.map((p, position) => ({ id: p.id, key: p.key, text: p.text, position })) },
    },
  });
  return { id, title, passages };
}
