// Odd text in teachers' articles and quotes, through the article and set editors' domain: no-break and
// zero-width lines between paragraphs, accents written decomposed (NFD, as macOS and many PDFs give them),
// a quote pasted without JavaScript with a line break, an ordinary space or straight quotes where the
// article has something else, emoji and right-to-left text cited by the selection's UTF-16 offsets.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/viewer";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let articles: typeof import("../../lib/authoring/articles");
let text: typeof import("../../lib/authoring/article-text");
let sets: typeof import("../../lib/authoring/sets");
let questions: typeof import("../../lib/authoring/questions");
let viewers: typeof import("../../lib/auth/viewer");
let teacher: Viewer;

const TF = { type: "true-false", prompt: "Is it so?", answer: "True", explanation: "The article says so." };

beforeAll(async () => {
  t = await useAppDatabase();
  articles = await import("../../lib/authoring/articles");
  text = await import("../../lib/authoring/article-text");
  sets = await import("../../lib/authoring/sets");
  questions = await import("../../lib/authoring/questions");
  viewers = await import("../../lib/auth/viewer");
  teacher = viewers.viewerFromRow(
    await t.db.user.create({
      data: { name: "rivera", role: "TEACHER", email: "rivera@example.com" },
      select: viewers.VIEWER_COLUMNS,
    }),
  );
});
afterAll(() => t.close());

const passagesOf = async (articleId: string) =>
  t.db.passage.findMany({ where: { articleId, archivedAt: null }, orderBy: { position: "asc" } });

async function setOn(body: string) {
  const { id: articleId } = await articles.createArticle(teacher, { title: "Odd" }, body);
  const { id: setId } = await sets.createSet(teacher, { title: "Odd", description: "", articleIds: [articleId] });
  return { articleId, setId, passages: await passagesOf(articleId) };
}

async function citedQuote(setId: string, citation: { passageId: string; quote: string; start?: number; end?: number }) {
  const { id } = await questions.saveQuestion(teacher, setId, { ...TF, citation });
  return t.db.citation.findFirstOrThrow({ where: { questionId: id } });
}

describe("paragraphs that only look blank", () => {
  it("a line of no-break or zero-width spaces separates paragraphs, and a passage of nothing visible is none", async () => {
    const { passages } = await setOn(
      "First one.\n\u00a0\nSecond one.\r\n\u200b\r\nThird one.\n\n\u200b\u00a0\n\nFourth.",
    );
    expect(passages.map((p) => p.text)).toEqual(["First one.", "Second one.", "Third one.", "Fourth."]);
  });
});

describe("accents written two ways", () => {
  it("an article stored from decomposed text reads as the composed one, so pasting it again changes no citation", async () => {
    const composed = "Le café est fermé, dit-il à l’entrée du marché.\n\nLa mairie n’a rien dit.";
    const { articleId, setId, passages } = await setOn(composed.normalize("NFD"));
    expect(passages[0].text).toBe("Le café est fermé, dit-il à l’entrée du marché.");
    const citation = await citedQuote(setId, { passageId: passages[0].id, quote: "café est fermé" });
    const summary = await text.replaceArticleText(teacher, articleId, composed.normalize("NFD"));
    expect(summary).toMatchObject({ unchanged: 1, check: 0, orphaned: 0 });
    expect(await t.db.citation.findUniqueOrThrow({ where: { id: citation.id } })).toMatchObject({
      status: "ANCHORED",
      quote: "café est fermé",
    });
  });
});

describe("a quote pasted without JavaScript", () => {
  it("is found across a line break, an ordinary space for a no-break one, straight quotes for curly ones and decomposed accents, and stored as the passage has it", async () => {
    const { setId, passages } = await setOn(
      "Il a dit\u00a0: «\u00a0Nous verrons\u00a0». The mayor’s “plan” was approved on Tuesday after a long café debate.",
    );
    const id = passages[0].id;
    const cases: [string, string][] = [
      ["Il a dit : « Nous verrons »", "Il a dit\u00a0: «\u00a0Nous verrons\u00a0»"],
      ['The mayor\'s "plan" was\r\napproved', "The mayor’s “plan” was approved"],
      ["long   café\tdebate".normalize("NFD"), "long café debate"],
    ];
    for (const [pasted, stored] of cases) {
      const citation = await citedQuote(setId, { passageId: id, quote: pasted });
      const passage = passages[0].text;
      expect([pasted, citation.quote]).toEqual([pasted, stored]);
      expect(passage.slice(citation.start!, citation.end!)).toBe(stored);
    }
  });

  it("is still refused, with content:check's wording, when its words are not the passage's", async () => {
    const { setId, passages } = await setOn("The mayor’s plan was approved on Tuesday.");
    await expect(citedQuote(setId, { passageId: passages[0].id, quote: "The mayors plan" })).rejects.toMatchObject({
      code: "invalid-input",
      issues: [{ field: "citeQuote", message: 'quote not found in passage "Odd#1": "The mayors plan"' }],
    });
  });
});

describe("citing by selection", () => {
  it("takes emoji, right-to-left text and combining marks at the browser's UTF-16 offsets, and refuses half an emoji", async () => {
    const body = "Sie sagte 👩🏽‍🏫 «שלום עולם» und ging. قال الرئيس إن المحادثة كانت صريحة.";
    const { setId, passages } = await setOn(body);
    const p = passages[0];
    for (const quote of ["👩🏽‍🏫 «שלום עולם»", "إن المحادثة كانت صريحة"]) {
      const start = p.text.indexOf(quote);
      const citation = await citedQuote(setId, { passageId: p.id, quote, start, end: start + quote.length });
      expect([citation.quote, citation.start]).toEqual([quote, start]);
    }
    const emoji = p.text.indexOf("👩");
    await expect(
      citedQuote(setId, { passageId: p.id, quote: "", start: emoji + 1, end: emoji + 6 }),
    ).rejects.toMatchObject({ code: "invalid-input" });
  });
});
