// Teachers' articles on a real database: adding one each way, the limits (nothing half-saved), editing with
// stable passage keys, every re-anchoring outcome written to the citations with their questions' holds, and
// who may read and write an article.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/session";
import { buildDocx } from "../../lib/authoring/bench";
import type { ReanchorSummary } from "../../lib/authoring/article-citations";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let articles: typeof import("../../lib/authoring/articles");
let text: typeof import("../../lib/authoring/article-text");
let imports: typeof import("../../lib/authoring/article-import");
let learners: typeof import("../../lib/auth/viewer");
let classes: typeof import("../../lib/classes/classes");

const people: Record<"teacher" | "otherTeacher" | "student" | "otherStudent" | "guest", Viewer> = {} as never;
let server: http.Server;
let base: string;
const bytes = (s: string) => new TextEncoder().encode(s);

async function person(name: string, role: "STUDENT" | "TEACHER", isGuest = false): Promise<Viewer> {
  return learners.viewerFromRow(
    await t.db.user.create({
      data: { name, role, isGuest, email: isGuest ? null : `${name}-${Math.random()}@example.com` },
      select: learners.VIEWER_COLUMNS,
    }),
  );
}

const counts = async () => ({ articles: await t.db.article.count(), passages: await t.db.passage.count() });
const rows = (articleId: string) =>
  t.db.passage.findMany({
    where: { articleId },
    orderBy: { position: "asc" },
    select: { id: true, key: true, text: true, archivedAt: true },
  });
const live = async (articleId: string) =>
  (await rows(articleId)).filter((p) => p.archivedAt === null).map((p) => [p.key, p.text]);

beforeAll(async () => {
  t = await useAppDatabase();
  articles = await import("../../lib/authoring/articles");
  text = await import("../../lib/authoring/article-text");
  imports = await import("../../lib/authoring/article-import");
  learners = await import("../../lib/auth/viewer");
  classes = await import("../../lib/classes/classes");
  people.teacher = await person("rivera", "TEACHER");
  people.otherTeacher = await person("okafor", "TEACHER");
  people.student = await person("ana", "STUDENT");
  people.otherStudent = await person("ben", "STUDENT");
  people.guest = await person("guest", "STUDENT", true);
  const classroom = await classes.createClass(people.teacher, "Period 3");
  await classes.joinClass(people.student, classroom.joinCode);

  server = http.createServer((request, response) => {
    if (request.url === "/page")
      response
        .writeHead(200, { "Content-Type": "text/html; charset=utf-8" })
        .end(
          `<html><head><title>Harbour reopens</title><meta name="author" content="Lena Vos"></head><body><article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after three weeks of repairs to the old sea wall.</p><p>Fishing boats returned <script>document.title='pwned'</script>within the hour.</p></article></body></html>`,
        );
    else if (request.url === "/moved") response.writeHead(302, { Location: "/page" }).end();
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await t.close();
});

describe("adding an article", () => {
  it("from pasted text: passages with keys p1…, ids under the article's, and its details", async () => {
    const { id } = await articles.createArticle(
      people.teacher,
      {
        title: "  The   harbour ",
        outlet: "Gazette",
        publishedOn: "2 April 2024",
        sourceUrl: "https://example.com/harbour",
        translationNote: "Machine translation",
      },
      "First paragraph here.\r\n\r\nSecond   paragraph\nwraps.\n \nThird.",
    );
    expect(id).toMatch(/^[a-z2-7]{26}$/);
    const article = await t.db.article.findUniqueOrThrow({ where: { id } });
    expect(article).toMatchObject({
      ownerId: people.teacher.id,
      title: "The harbour",
      outlet: "Gazette",
      publishedOn: "2 April 2024",
      sourceUrl: "https://example.com/harbour",
      translationNote: "Machine translation",
    });
    expect(await rows(id)).toEqual([
      { id: `${id}/p1`, key: "p1", text: "First paragraph here.", archivedAt: null },
      { id: `${id}/p2`, key: "p2", text: "Second paragraph wraps.", archivedAt: null },
      { id: `${id}/p3`, key: "p3", text: "Third.", archivedAt: null },
    ]);
  });

  it("refuses a missing title, a bad source address or no text by field, and saves nothing", async () => {
    const before = await counts();
    await expect(articles.createArticle(people.teacher, { title: " " }, "Words.")).rejects.toMatchObject({
      code: "invalid-input",
      issues: [{ field: "title", message: "Give the article a title." }],
    });
    await expect(
      articles.createArticle(people.teacher, { title: "T", sourceUrl: "javascript:alert(1)" }, "Words."),
    ).rejects.toMatchObject({ issues: [{ field: "sourceUrl" }] });
    await expect(articles.createArticle(people.teacher, { title: "" }, " \n\n ")).rejects.toMatchObject({
      code: "invalid-input",
      issues: [
        { field: "title", message: "Give the article a title." },
        { field: "text", message: "Give the article's text: it has no words yet." },
      ],
    });
    expect(await counts()).toEqual(before);
  });

  it.each([
    [
      "notes.txt",
      bytes("Plain line one.\n\nPlain line two."),
      { title: "notes" },
      ["Plain line one.", "Plain line two."],
    ],
    [
      "story.md",
      bytes("---\ntitle: Tides\nauthor: Sam Lee\ndate: 2024-04-02\n---\n\nThe *tide* came in.\n\nThen it went out."),
      { title: "Tides", outlet: "Sam Lee", publishedOn: "2024-04-02" },
      ["The tide came in.", "Then it went out."],
    ],
    [
      "page.html",
      bytes(
        '<html><head><title>Harbour news</title></head><body><p>The harbour opened <b>today</b> at nine in the morning, as planned.</p><p>Boats <a href="javascript:alert(1)">returned</a> soon.</p></body></html>',
      ),
      { title: "Harbour news" },
      ["The harbour opened today at nine in the morning, as planned.", "Boats returned soon."],
    ],
  ])("from an uploaded %s, with its details from the file", async (name, file, details, passages) => {
    const { id } = await imports.createArticleFromFile(people.teacher, { name, bytes: file });
    expect(await t.db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({
      ownerId: people.teacher.id,
      ...details,
    });
    expect((await live(id)).map(([, p]) => p)).toEqual(passages);
  });

  it("from an uploaded .docx, titled by its file name", async () => {
    const docx = await buildDocx(["A paragraph in Word.", "<script>alert(1)</script> stays words."]);
    const { id } = await imports.createArticleFromFile(people.teacher, { name: "Word story.docx", bytes: docx });
    expect((await t.db.article.findUniqueOrThrow({ where: { id } })).title).toBe("Word story");
    expect((await live(id)).map(([, p]) => p)).toEqual([
      "A paragraph in Word.",
      "<script>alert(1)</script> stays words.",
    ]);
  });

  it("from a web address: the page's words without its script, its title and author, the address it ended at", async () => {
    const { id } = await imports.createArticleFromAddress(people.teacher, `${base}/moved`, { allowPrivate: true });
    const article = await t.db.article.findUniqueOrThrow({ where: { id } });
    expect(article).toMatchObject({ title: "Harbour reopens", sourceUrl: `${base}/page` });
    expect((await live(id)).map(([, p]) => p)).toEqual([
      "The harbour reopened on Monday after three weeks of repairs to the old sea wall.",
      "Fishing boats returned within the hour.",
    ]);
  });

  it("refuses a private address unless allowed, and the 21st web address in an hour, naming the limit", async () => {
    const teacher = await person("busy", "TEACHER");
    await expect(
      imports.createArticleFromAddress(teacher, `${base}/page`, { allowPrivate: false }),
    ).rejects.toMatchObject({ code: "blocked-address" });
    for (let i = 1; i < 20; i++)
      await expect(imports.createArticleFromAddress(teacher, "not an address")).rejects.toMatchObject({
        code: "invalid-address",
      });
    const before = await counts();
    const refused = imports.createArticleFromAddress(teacher, `${base}/page`, { allowPrivate: true });
    await expect(refused).rejects.toMatchObject({ code: "rate-limited", field: "address" });
    await expect(refused).rejects.toThrow(/at most 20 articles from web addresses an hour/);
    expect(await counts()).toEqual(before);
    // Another teacher's count is their own.
    await expect(
      imports.createArticleFromAddress(people.otherTeacher, `${base}/page`, { allowPrivate: true }),
    ).resolves.toHaveProperty("id");
  });
});

describe("limits: refused by name, nothing saved", () => {
  it.each([
    [
      "200,000 characters",
      "a".repeat(199_990) + "\n\n" + "b".repeat(20),
      "article-too-long",
      /at most 200,000 characters; this one has 200,010/,
    ],
    [
      "2,000 passages",
      Array.from({ length: 2001 }, (_, i) => `P${i}.`).join("\n\n"),
      "too-many-passages",
      /at most 2,000 passages/,
    ],
  ])("an article past %s", async (_, body, code, message) => {
    const before = await counts();
    const pasted = articles.createArticle(people.teacher, { title: "Too much" }, body);
    await expect(pasted).rejects.toMatchObject({ code });
    await expect(pasted).rejects.toThrow(message);
    await expect(
      imports.createArticleFromFile(people.teacher, { name: "big.txt", bytes: bytes(body) }),
    ).rejects.toMatchObject({ code });
    expect(await counts()).toEqual(before);
  });

  it("an upload past 5 MB", async () => {
    const before = await counts();
    const big = imports.createArticleFromFile(people.teacher, {
      name: "big.txt",
      bytes: new Uint8Array(5 * 1024 * 1024 + 1),
    });
    await expect(big).rejects.toMatchObject({ code: "file-too-large" });
    await expect(big).rejects.toThrow(/at most 5 MB/);
    expect(await counts()).toEqual(before);
  });

  it("an edit past the limit leaves the article as it was", async () => {
    const { id } = await articles.createArticle(people.teacher, { title: "Short" }, "One.\n\nTwo.");
    const before = await rows(id);
    await expect(text.replaceArticleText(people.teacher, id, "x".repeat(200_001))).rejects.toMatchObject({
      code: "article-too-long",
    });
    expect(await rows(id)).toEqual(before);
  });
});

describe("editing the text", () => {
  it("keeps the keys of unchanged and lightly edited paragraphs, archives the rest, never reuses a key", async () => {
    const { id } = await articles.createArticle(
      people.teacher,
      { title: "Keys" },
      [
        "Alpha paragraph about the harbour wall and its repairs.",
        "Beta paragraph about the fishing boats coming home.",
        "Gamma paragraph about the mayor's speech at noon.",
      ].join("\n\n"),
    );
    await text.replaceArticleText(
      people.teacher,
      id,
      [
        "A new opening paragraph.",
        "Alpha paragraph about the harbour wall and its long repairs.",
        "Gamma paragraph about the mayor's speech at noon.",
      ].join("\n\n"),
    );
    expect(await live(id)).toEqual([
      ["p4", "A new opening paragraph."],
      ["p1", "Alpha paragraph about the harbour wall and its long repairs."],
      ["p3", "Gamma paragraph about the mayor's speech at noon."],
    ]);
    const beta = (await rows(id)).find((p) => p.key === "p2")!;
    expect(beta.archivedAt).toBeInstanceOf(Date);
    // The removed paragraph put back is a new passage: an orphaned citation never attaches to it by key.
    await text.replaceArticleText(
      people.teacher,
      id,
      (await live(id)).map(([, p]) => p).join("\n\n") + "\n\nBeta paragraph about the fishing boats coming home.",
    );
    expect((await live(id)).at(-1)).toEqual(["p5", "Beta paragraph about the fishing boats coming home."]);
  });

  it("joins a passage with the next (the second key retired) and splits one at an offset", async () => {
    const { id } = await articles.createArticle(people.teacher, { title: "Join" }, "One two.\n\nThree four.\n\nFive.");
    await text.joinArticlePassages(people.teacher, id, "p1");
    expect(await live(id)).toEqual([
      ["p1", "One two. Three four."],
      ["p3", "Five."],
    ]);
    await text.splitArticlePassage(people.teacher, id, "p1", "One two.".length);
    expect(await live(id)).toEqual([
      ["p1", "One two."],
      ["p4", "Three four."],
      ["p3", "Five."],
    ]);
    await expect(text.joinArticlePassages(people.teacher, id, "p3")).rejects.toMatchObject({ code: "no-next-passage" });
    await expect(text.splitArticlePassage(people.teacher, id, "p3", 0)).rejects.toMatchObject({ code: "empty-half" });
    await expect(text.joinArticlePassages(people.teacher, id, "p2")).rejects.toMatchObject({ code: "unknown-passage" });
  });

  it("changes the details alone", async () => {
    const { id } = await articles.createArticle(people.teacher, { title: "Old" }, "Text.");
    await articles.updateArticleDetails(people.teacher, id, {
      title: "New",
      outlet: "",
      translationNote: "Machine translation",
    });
    expect(await t.db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "New",
      outlet: null,
      translationNote: "Machine translation",
    });
    expect(await live(id)).toEqual([["p1", "Text."]]);
  });
});

describe("re-anchoring the citations after an edit", () => {
  const P1 = "The council met on Tuesday evening to discuss the harbour wall and its repair budget.";
  const P2 = "Repairs will cost four million euros, the engineer told the members of the council.";
  const P3 = "Fishing crews said the delay had cost them a whole season of catches in the bay.";
  const P4 = "The mayor left early and did not answer any questions from the reporters outside.";

  async function setUp() {
    const { id } = await articles.createArticle(people.teacher, { title: "Council" }, [P1, P2, P3, P4].join("\n\n"));
    const setId = `set-${id}`;
    await t.db.questionSet.create({
      data: { id: setId, ownerId: people.teacher.id, title: "Council questions", description: "", contentHash: "x" },
    });
    const question = (n: number) =>
      t.db.question.create({
        data: {
          id: `${id}-q${n}`,
          setId,
          type: "TRUE_FALSE",
          position: n,
          prompt: `Question ${n}`,
          answers: "[true]",
          explanation: "",
          contentHash: "x",
        },
      });
    const qs = [await question(1), await question(2), await question(3), await question(4), await question(5)];
    const cite = async (q: number, key: string, passage: string, quote: string, described = true) => {
      const start = passage.indexOf(quote);
      return (
        await t.db.citation.create({
          data: {
            questionId: qs[q - 1].id,
            articleId: id,
            passageId: `${id}/${key}`,
            quote,
            position: 0,
            ...(described
              ? {
                  prefix: passage.slice(Math.max(0, start - 32), start),
                  suffix: passage.slice(start + quote.length, start + quote.length + 32),
                  start,
                  end: start + quote.length,
                }
              : {}),
          },
        })
      ).id;
    };
    const c = {
      unchanged: await cite(1, "p1", P1, "met on Tuesday evening"),
      library: await cite(1, "p1", P1, "the harbour wall", false),
      moved: await cite(2, "p2", P2, "four million euros"),
      check: await cite(3, "p3", P3, "a whole season of catches"),
      orphaned: await cite(4, "p4", P4, "did not answer any questions"),
    };
    // An archived question's citation is left as it was.
    const archived = await cite(5, "p4", P4, "The mayor left early");
    await t.db.question.update({ where: { id: qs[4].id }, data: { archivedAt: new Date() } });
    return { id, setId, qs, c, archived };
  }

  const citation = (id: string) => t.db.citation.findUniqueOrThrow({ where: { id } });
  const held = async (questionId: string) =>
    (await t.db.question.findUniqueOrThrow({ where: { id: questionId } })).heldAt !== null;

  it("writes unchanged, moved, check and orphaned to the rows, holds the questions concerned, and releases them when fixed", async () => {
    const { id, setId, qs, c, archived } = await setUp();
    // The first passage stays; the moved quote's words go to a new last paragraph; a word changes inside the
    // third passage's quote; the fourth passage is deleted.
    const edited = [
      P1,
      "The engineer spoke to the members of the council.",
      P3.replace("whole season", "full season"),
      "In all, the repairs will cost four million euros by the spring.",
    ];
    const summary: ReanchorSummary = await text.replaceArticleText(people.teacher, id, edited.join("\n\n"));
    expect(summary).toMatchObject({ unchanged: 2, moved: 1, check: 1, orphaned: 1 });

    const unchanged = await citation(c.unchanged);
    const start = P1.indexOf("met on Tuesday evening");
    expect(unchanged).toMatchObject({
      status: "ANCHORED",
      passageId: `${id}/p1`,
      start,
      end: start + "met on Tuesday evening".length,
      prefix: P1.slice(0, start),
      candidate: null,
    });
    // A library-style row (no place stored) is described, then found where it stood.
    const library = await citation(c.library);
    expect(library).toMatchObject({ status: "ANCHORED", start: P1.indexOf("the harbour wall") });
    expect(library.prefix).toBe(P1.slice(P1.indexOf("the harbour wall") - 32, P1.indexOf("the harbour wall")));

    const last = (await live(id)).at(-1)!;
    const movedStart = edited[3].indexOf("four million euros");
    expect(await citation(c.moved)).toMatchObject({
      status: "MOVED",
      quote: "four million euros",
      passageId: `${id}/${last[0]}`,
      start: movedStart,
      end: movedStart + "four million euros".length,
      candidate: null,
    });

    const check = await citation(c.check);
    expect(check).toMatchObject({ status: "CHECK", quote: "a whole season of catches", passageId: `${id}/p3` });
    expect(check.start).toBe(P3.indexOf("a whole season of catches"));
    expect(JSON.parse(check.candidate!)).toMatchObject({
      passageKey: "p3",
      quote: { exact: "a full season of catches" },
    });
    expect(await citation(c.orphaned)).toMatchObject({ status: "ORPHANED", candidate: null, passageId: `${id}/p4` });
    expect(await citation(archived)).toMatchObject({ status: "ANCHORED" });

    expect(await Promise.all(qs.slice(0, 4).map((q) => held(q.id)))).toEqual([false, false, true, true]);
    expect(summary.questions.moved.map((q) => q.id)).toEqual([qs[1].id]);
    expect(summary.questions.check.map((q) => q.id)).toEqual([qs[2].id]);
    expect(summary.questions.orphaned).toEqual([
      { id: qs[3].id, prompt: "Question 4", setId, setTitle: "Council questions" },
    ]);

    // The teacher puts the words back: the citations stand again and their questions return to study.
    await text.replaceArticleText(people.teacher, id, [P1, P2, P3].join("\n\n"));
    expect(await citation(c.check)).toMatchObject({
      status: expect.stringMatching(/^(ANCHORED|MOVED)$/),
      candidate: null,
    });
    expect(await held(qs[2].id)).toBe(false);
    // The fourth passage's text put back is a new passage: its citation moves there, still studied.
    await text.replaceArticleText(people.teacher, id, [P1, P2, P3, P4].join("\n\n"));
    const p4Again = (await live(id)).at(-1)!;
    expect(p4Again[0]).not.toBe("p4");
    expect(await citation(c.orphaned)).toMatchObject({ status: "MOVED", passageId: `${id}/${p4Again[0]}` });
    expect(await held(qs[3].id)).toBe(false);
  });

  it("moves the citations of a passage dragged elsewhere, unchanged, and leaves the others", async () => {
    const { id, qs, c } = await setUp();
    const summary = await text.replaceArticleText(people.teacher, id, [P2, P3, P4, P1].join("\n\n"));
    expect(summary).toMatchObject({ unchanged: 3, moved: 2, check: 0, orphaned: 0 });
    const start = P1.indexOf("met on Tuesday evening");
    expect(await citation(c.unchanged)).toMatchObject({ status: "MOVED", passageId: `${id}/p1`, start });
    expect(await citation(c.library)).toMatchObject({ status: "MOVED", passageId: `${id}/p1` });
    expect(await citation(c.moved)).toMatchObject({ status: "ANCHORED", passageId: `${id}/p2` });
    expect(await held(qs[0].id)).toBe(false);
  });

  it("re-anchors after a join and a split too", async () => {
    const { id, c } = await setUp();
    await text.joinArticlePassages(people.teacher, id, "p1");
    const joined = await citation(c.moved);
    expect(joined).toMatchObject({ status: "MOVED", passageId: `${id}/p1`, start: P1.length + 1 + P2.indexOf("four") });
    await text.splitArticlePassage(people.teacher, id, "p1", P1.length + 1);
    expect(await citation(c.moved)).toMatchObject({
      status: "MOVED",
      passageId: `${id}/p5`,
      start: P2.indexOf("four"),
    });
    expect(await citation(c.unchanged)).toMatchObject({ status: "ANCHORED", passageId: `${id}/p1` });
  });
});

describe("who may read and write an article", () => {
  type Who = keyof typeof people | "nobody";
  const refusals: [Who, string][] = [
    ["otherTeacher", "not-found"],
    ["student", "teachers-only"],
    ["otherStudent", "teachers-only"],
    ["guest", "sign-in"],
    ["nobody", "sign-in"],
  ];
  const as = (who: Who) => (who === "nobody" ? null : people[who]);
  let articleId: string;
  beforeAll(async () => {
    articleId = (await articles.createArticle(people.teacher, { title: "Private" }, "Mine.\n\nAlso mine.")).id;
  });

  const operations: [string, (viewer: Viewer | null) => Promise<unknown>][] = [
    ["read for editing", (v) => articles.articleForEditing(v, articleId)],
    ["change details", (v) => articles.updateArticleDetails(v, articleId, { title: "Taken" })],
    ["replace text", (v) => text.replaceArticleText(v, articleId, "Taken.")],
    ["join", (v) => text.joinArticlePassages(v, articleId, "p1")],
    ["split", (v) => text.splitArticlePassage(v, articleId, "p1", 2)],
  ];

  it.each(operations)("%s: only the owner", async (_, operation) => {
    const before = JSON.stringify([await t.db.article.findUnique({ where: { id: articleId } }), await rows(articleId)]);
    for (const [who, code] of refusals) await expect(operation(as(who)), who).rejects.toMatchObject({ code });
    expect(JSON.stringify([await t.db.article.findUnique({ where: { id: articleId } }), await rows(articleId)])).toBe(
      before,
    );
  });

  it("the owner reads and writes it", async () => {
    expect((await articles.articleForEditing(people.teacher, articleId)).text).toBe("Mine.\n\nAlso mine.");
    await articles.updateArticleDetails(people.teacher, articleId, { title: "Still mine" });
    await text.joinArticlePassages(people.teacher, articleId, "p1");
    await text.splitArticlePassage(people.teacher, articleId, "p1", 5);
    await text.replaceArticleText(people.teacher, articleId, "Mine, edited.");
    expect(await live(articleId)).toEqual([["p1", "Mine, edited."]]);
  });

  it("a library article is no teacher's to edit", async () => {
    const library = await t.db.article.findFirstOrThrow({ where: { ownerId: null } });
    await expect(articles.articleForEditing(people.teacher, library.id)).rejects.toMatchObject({ code: "not-found" });
    await expect(text.replaceArticleText(people.teacher, library.id, "Gone.")).rejects.toMatchObject({
      code: "not-found",
    });
  });

  it.each([
    ["paste", (v: Viewer | null) => articles.createArticle(v, { title: "T" }, "Words.")],
    ["upload", (v: Viewer | null) => imports.createArticleFromFile(v, { name: "a.txt", bytes: bytes("Words.") })],
    ["web address", (v: Viewer | null) => imports.createArticleFromAddress(v, `${base}/page`, { allowPrivate: true })],
  ])("adding one by %s: teachers only", async (_, create) => {
    const before = await counts();
    for (const [who, code] of [
      ["student", "teachers-only"],
      ["otherStudent", "teachers-only"],
      ["guest", "sign-in"],
      ["nobody", "sign-in"],
    ] as [Who, string][])
      await expect(create(as(who)), who).rejects.toMatchObject({ code });
    expect(await counts()).toEqual(before);
    await expect(create(people.otherTeacher)).resolves.toHaveProperty("id");
  });
});
