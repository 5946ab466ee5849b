// The set editor's benchmark scenario (issue 17): a teacher's set of 100 questions citing a 20,000-word
// article of their own, whose editor page is loaded at 20 requests/s. Seeded with Prisma, synthetic and the
// same every run.
import { splitPassages } from "../lib/authoring/passages";
import { describeSelection } from "../lib/authoring/text-quote";
import { createPrismaClient } from "../lib/db/prisma-client";

const WORDS = (
  "the a of and to in that said leaders talks trade China United States president call phone week officials " +
  "Taiwan security economy policy summit minister government report visit meeting agreement market tariffs"
).split(" ");

/** The id of the editor scenario's article. */
export const EDITOR_ARTICLE_ID = "bench-editor-article";

/**
 * Inserts, for the teacher `teacherId`, an article of `words` words in 50-word passages and a published set of
 * `questions` questions (the five types in turn), each citing a quote of 6 words in its own passage. Returns the set's id.
 */
export async function seedEditorSet(url: string, teacherId: string, { words = 20_000, questions = 100 } = {}) {
  const db = createPrismaClient(url);
  try {
    const paragraphs = Array.from({ length: Math.ceil(words / 50) }, (_, p) =>
      Array.from({ length: 50 }, (_, w) => WORDS[(p * 31 + w * 7 + ((p * w) % 5)) % WORDS.length]).join(" "),
    );
    const passages = splitPassages(paragraphs.join("\n\n"));
    const articleId = EDITOR_ARTICLE_ID;
    const setId = "bench-editor-set";
    await db.article.create({
      data: {
        id: articleId,
        ownerId: teacherId,
        title: "A long report",
        contentHash: "bench",
        passages: {
          create: passages.map((p, position) => ({ id: `${articleId}/${p.key}`, key: p.key, position, text: p.text })),
        },
      },
    });
    const types = ["MULTIPLE_CHOICE", "TRUE_FALSE", "SHORT_ANSWER", "CLOZE", "FLASHCARD"] as const;
    await db.questionSet.create({
      data: {
        id: setId,
        ownerId: teacherId,
        title: "The long report, in 100 questions",
        description: "Benchmark",
        contentHash: "bench",
        publishedAt: new Date(),
        articles: { create: [{ articleId }] },
        questions: {
          create: Array.from({ length: questions }, (_, i) => {
            const passage = passages[(i * 3) % passages.length];
            const text = passage.text.split(" ");
            const start = text.slice(0, 10).join(" ").length + 1;
            const end = start + text.slice(10, 16).join(" ").length;
            const anchor = describeSelection(passage.text, { start, end });
            const type = types[i % types.length];
            return {
              id: `bench-editor-q${i}`,
              type,
              position: i,
              prompt: type === "CLOZE" ? `The report says _____ in passage ${i}.` : `Question ${i} about the report?`,
              choices: JSON.stringify(
                type === "MULTIPLE_CHOICE"
                  ? ["trade", "talks", "summit"]
                  : type === "TRUE_FALSE"
                    ? ["True", "False"]
                    : [],
              ),
              answers: JSON.stringify([type === "TRUE_FALSE" ? "True" : "trade"]),
              explanation: "The passage says so.",
              contentHash: "bench",
              citations: {
                create: [
                  {
                    articleId,
                    passageId: `${articleId}/${passage.key}`,
                    quote: anchor.quote.exact,
                    prefix: anchor.quote.prefix,
                    suffix: anchor.quote.suffix,
                    start: anchor.position.start,
                    end: anchor.position.end,
                    position: 0,
                  },
                ],
              },
            };
          }),
        },
      },
    });
    return setId;
  } finally {
    await db.$disconnect();
  }
}
