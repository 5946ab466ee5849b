// Teachers' articles and sets written straight into a test database with Prisma, as the set editor would
// leave them (the editor is another part of issue 17): an article of the teacher's own, a set citing it
// and one passage of the library's CNN article, with a flashcard first, then multiple choice and a typed
// answer. For tests of who may read, answer, copy and assign what.
import { newContentId } from "../../lib/authoring/ids";
import { describeQuote } from "../../lib/authoring/text-quote";
import type { Database } from "../../lib/db/prisma-client";

export const LIBRARY_ARTICLE = "cnn-biden-xi-call";
export const LIBRARY_PASSAGE = `${LIBRARY_ARTICLE}/call`;
export const LIBRARY_QUOTE = "spoke by phone with Chinese President Xi Jinping on Tuesday";

export const PASSAGES = [
  { key: "harbour", text: "The harbour froze in the winter of 1947, and the ferries stopped for six weeks." },
  { key: "mayor", text: "Mayor Ilse Brandt opened the new bridge on 3 May 1952, ending the ferry service." },
];

export type TeacherSet = {
  setId: string;
  articleId: string;
  /** In the set's order: the flashcard, the multiple choice, the typed answer citing the library. */
  questionIds: { flashcard: string; choice: string; typed: string };
};

type Options = {
  ownerId: string;
  title: string;
  visibility?: "PRIVATE" | "LINK" | "PUBLIC";
  published?: boolean;
};

const anchor = (text: string, quote: string) => {
  const found = describeQuote(text, quote);
  if (!found) throw new Error(`"${quote}" is not in "${text}"`);
  return {
    quote,
    prefix: found.quote.prefix,
    suffix: found.quote.suffix,
    start: found.position.start,
    end: found.position.end,
  };
};

/** Writes a teacher's article and a set of three questions citing it and the library; returns their ids. */
export async function createTeacherSet(db: Database, options: Options): Promise<TeacherSet> {
  const articleId = newContentId();
  const setId = newContentId();
  const questionIds = { flashcard: newContentId(), choice: newContentId(), typed: newContentId() };
  await db.article.create({
    data: {
      id: articleId,
      ownerId: options.ownerId,
      title: `Notes for ${options.title}`,
      outlet: "Class handout",
      contentHash: "teacher",
      passages: {
        create: PASSAGES.map((p, position) => ({ id: `${articleId}/${p.key}`, key: p.key, position, text: p.text })),
      },
    },
  });
  const library = await db.passage.findUniqueOrThrow({ where: { id: LIBRARY_PASSAGE }, select: { text: true } });
  await db.questionSet.create({
    data: {
      id: setId,
      ownerId: options.ownerId,
      title: options.title,
      description: "A teacher's set, for tests.",
      contentHash: "teacher",
      visibility: options.visibility ?? "PRIVATE",
      publishedAt: options.published === false ? null : new Date(),
      articles: { create: [{ articleId }, { articleId: LIBRARY_ARTICLE }] },
      questions: {
        create: [
          {
            id: questionIds.flashcard,
            type: "FLASHCARD",
            position: 0,
            prompt: `${options.title}: how long did the ferries stop in 1947?`,
            answers: JSON.stringify(["Six weeks"]),
            explanation: "The harbour froze.",
            contentHash: "teacher",
            citations: {
              create: [
                {
                  articleId,
                  passageId: `${articleId}/harbour`,
                  position: 0,
                  ...anchor(PASSAGES[0].text, "the ferries stopped for six weeks"),
                },
              ],
            },
          },
          {
            id: questionIds.choice,
            type: "MULTIPLE_CHOICE",
            position: 1,
            prompt: `${options.title}: who opened the bridge?`,
            choices: JSON.stringify(["Ilse Brandt", "Karl Weber"]),
            answers: JSON.stringify(["Ilse Brandt"]),
            explanation: "The mayor opened it.",
            contentHash: "teacher",
            citations: {
              create: [
                {
                  articleId,
                  passageId: `${articleId}/mayor`,
                  position: 0,
                  ...anchor(PASSAGES[1].text, "Mayor Ilse Brandt opened the new bridge"),
                },
              ],
            },
          },
          {
            id: questionIds.typed,
            type: "SHORT_ANSWER",
            position: 2,
            prompt: `${options.title}: on which day did Biden and Xi speak?`,
            answers: JSON.stringify(["Tuesday"]),
            explanation: "The report says Tuesday.",
            contentHash: "teacher",
            citations: {
              create: [
                {
                  articleId: LIBRARY_ARTICLE,
                  passageId: LIBRARY_PASSAGE,
                  position: 0,
                  ...anchor(library.text, LIBRARY_QUOTE),
                },
              ],
            },
          },
        ],
      },
    },
  });
  return { setId, articleId, questionIds };
}
