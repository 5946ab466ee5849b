// A set's download on a real database: the zip holds content/'s files, `content:check` (loadContent) accepts
// them with no problem, and reading them back gives the same questions, answers, citations and passage texts;
// and only its owner, or anyone once it is published and public or shared by link, gets it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/session";
import type { Content } from "../../lib/content/load";
import { useAppDatabase, type TestDatabase } from "../support/test-database";
import { makeArticle, makeSet, type TestArticle } from "../support/authored-content";

let t: TestDatabase;
let exports: typeof import("../../lib/interchange/export-download");
let classes: typeof import("../../lib/classes/classes");
let assignments: typeof import("../../lib/classes/assignments");
let load: typeof import("../../lib/content/load");
let viewers: typeof import("../../lib/auth/viewer");
const dirs: string[] = [];

/** The set page's download: the footnote export (/sets/<id>/download redirects to it). */
async function setDownload(viewer: Viewer | null, setId: string) {
  const { title, file } = await exports.exportDownload(viewer, setId, "footnote");
  return { title, zip: file.bytes };
}
let n = 0;

async function person(name: string, role: "STUDENT" | "TEACHER", isGuest = false): Promise<Viewer> {
  return viewers.viewerFromRow(
    await t.db.user.create({
      data: { name, role, isGuest, email: isGuest ? null : `${name}-${++n}@example.com` },
      select: viewers.VIEWER_COLUMNS,
    }),
  );
}

/** Downloads the set as `viewer`, unzips it into a fresh folder and runs the content checker's loader on it. */
async function downloadAndLoad(viewer: Viewer | null, setId: string): Promise<{ files: string[]; content: Content }> {
  const { zip } = await setDownload(viewer, setId);
  const archive = await JSZip.loadAsync(zip);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-download-"));
  dirs.push(dir);
  const files = Object.keys(archive.files)
    .filter((name) => !archive.files[name].dir)
    .sort();
  for (const name of files) {
    fs.mkdirSync(path.join(dir, path.dirname(name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), await archive.files[name].async("nodebuffer"));
  }
  return { files, content: load.loadContent(dir, dir) };
}

/** The set's questions as the database holds them (not archived, in order), in the content model's shape. */
async function storedQuestions(setId: string) {
  const questions = await t.db.question.findMany({
    where: { setId, archivedAt: null },
    orderBy: { position: "asc" },
    include: { citations: { orderBy: { position: "asc" }, include: { passage: true } } },
  });
  return questions.map((q) => ({
    id: q.id,
    prompt: q.prompt,
    choices: JSON.parse(q.choices) as string[],
    answers: JSON.parse(q.answers) as string[],
    explanation: q.explanation,
    citations: q.citations.map((c) => ({ article: c.articleId, passage: c.passage.key, quote: c.quote })),
  }));
}

async function storedPassages(articleId: string) {
  const passages = await t.db.passage.findMany({
    where: { articleId, archivedAt: null },
    orderBy: { position: "asc" },
  });
  return passages.map((p) => ({ id: p.key, text: p.text }));
}

beforeAll(async () => {
  t = await useAppDatabase();
  exports = await import("../../lib/interchange/export-download");
  classes = await import("../../lib/classes/classes");
  assignments = await import("../../lib/classes/assignments");
  load = await import("../../lib/content/load");
  viewers = await import("../../lib/auth/viewer");
});
afterAll(async () => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  await t.close();
});

describe("a library set's download", () => {
  it("is accepted by content:check and gives back the set and its articles as content/ has them", async () => {
    const { files, content } = await downloadAndLoad(null, "the-call");
    expect(content.problems).toEqual([]);
    const shipped = load.loadContent();
    const original = shipped.sets.find((s) => s.id === "the-call")!;
    const cited = new Set(original.questions.flatMap((q) => q.citations.map((c) => c.article)));
    expect(files).toEqual([...[...cited].sort().map((id) => `articles/${id}.md`), "sets/the-call.yaml"]);
    expect(content.sets).toHaveLength(1);
    const [set] = content.sets;
    expect(set).toMatchObject({
      id: original.id,
      title: original.title,
      description: original.description,
      order: original.order,
    });
    expect(set.questions).toEqual(original.questions);
    for (const article of content.articles) {
      const theirs = shipped.articles.find((a) => a.id === article.id)!;
      expect(article.title).toBe(theirs.title);
      expect(article.outlet).toBe(theirs.outlet);
      expect(article.translation).toBe(theirs.translation);
      expect(article.passages.map((p) => ({ id: p.id, text: p.text }))).toEqual(
        theirs.passages.map((p) => ({ id: p.id, text: p.text })),
      );
    }
  });
});

// Passages and quotes that Markdown or YAML would read as something else if written carelessly.
const HOSTILE_PASSAGES = [
  "# Not a heading: the council met on Tuesday.",
  "- A leading dash, as a list item would start.",
  "---",
  "<!-- passage: fake --> is not a marker here.",
  "1. Numbered like a list, and 2024. was the year.",
  "> Quoted like a block quote: \"double\" and 'single'.",
  "```not a code fence```",
  "\\backslash first, then *stars* and _underscores_.",
  "<div>Markup written as text</div> & ampersands &amp; entities",
  "[ref]: http://example.com looks like a link definition",
  "Zoë Ñúñez said: «Ça va» — ok? #hashtag {{braces}} key: value",
  "Spaces\u00a0and\u2009thin spaces inside",
  "===",
  "* star item",
  "+ plus item",
  "2) another list",
  "<script>alert(1)</script>",
  "| a | table | row |",
];

describe("a teacher's set's download", () => {
  let teacher: Viewer;
  let article: TestArticle;
  let second: TestArticle;
  let set: { id: string; questionIds: string[] };

  beforeAll(async () => {
    teacher = await person("rivera", "TEACHER");
    article = await makeArticle(t.db, teacher.id, {
      title: 'Zoë\'s report: "the call" # 1 --- <!-- x -->',
      outlet: "- Le Monde: édition #2",
      translationNote: "Machine translation: from French",
      sourceUrl: "https://example.com/a?b=c#d",
      publishedOn: "2024-04-02",
      passages: ["An old first paragraph.", ...HOSTILE_PASSAGES],
      archived: [0],
    });
    second = await makeArticle(t.db, teacher.id, { title: "---", passages: ["Plain: the second article's text."] });
    const at = (i: number, quote = HOSTILE_PASSAGES[i]) => ({ article, passage: `p${i + 2}`, quote });
    set = await makeSet(t.db, teacher.id, {
      title: 'Zoë: "quotes", #hash & --- <!-- x -->',
      description: "",
      published: true,
      questions: [
        {
          type: "MULTIPLE_CHOICE",
          prompt: "What did the council do: meet, or vote?",
          choices: ["- met", "voted: 5 to 2", "#none", "yes", "null", "~"],
          answers: ["- met"],
          explanation: "It met: see the first passage.",
          cite: [at(0, "# Not a heading: the council met"), at(2)],
        },
        {
          type: "TRUE_FALSE",
          prompt: "The passage is a list: true?",
          answers: ["False"],
          explanation: "No --- it is text.",
          cite: [at(1), at(3, "<!-- passage: fake -->")],
        },
        {
          type: "SHORT_ANSWER",
          prompt: "Who said «Ça va»?",
          answers: ["Zoë Ñúñez", "Zoe Nunez", "'Zoë'"],
          explanation: "Her words: quoted.",
          cite: [at(10, "Zoë Ñúñez said: «Ça va»"), at(4), at(5)],
        },
        {
          type: "CLOZE",
          prompt: "Written as text: _____ in the div.",
          answers: ["Markup", "markup: yes"],
          explanation: "#: the div",
          cite: [at(8, "<div>Markup written as text</div>"), at(6), at(7), at(9)],
        },
        {
          type: "FLASHCARD",
          prompt: "--- front: #1",
          answers: ['back: "two" <!-- x -->'],
          explanation: "Thin\u00a0and\u2009spaces.",
          cite: [
            at(11, "and\u2009thin"),
            ...[12, 13, 14, 15, 16, 17].map((i) => at(i)),
            { article: second, passage: "p1", quote: "Plain: the second" },
          ],
        },
        {
          type: "FLASHCARD",
          prompt: "Removed",
          answers: ["x"],
          explanation: "x",
          cite: [at(0, "council")],
          archived: true,
        },
      ],
    });
  });

  it("is accepted by content:check, with all five types, special characters and both articles read back the same", async () => {
    const { files, content } = await downloadAndLoad(teacher, set.id);
    expect(content.problems).toEqual([]);
    expect(files).toEqual(
      [`articles/${article.id}.md`, `articles/${second.id}.md`].sort().concat(`sets/${set.id}.yaml`),
    );

    const [read] = content.sets;
    expect(read.id).toBe(set.id);
    expect(read.title).toBe('Zoë: "quotes", #hash & --- <!-- x -->');
    // content/ requires a description: a set without one is described by its title.
    expect(read.description).toBe(read.title);
    const stored = await storedQuestions(set.id);
    expect(stored).toHaveLength(5);
    expect(read.questions.map((q) => q.type)).toEqual([
      "multiple-choice",
      "true-false",
      "short-answer",
      "cloze",
      "flashcard",
    ]);
    expect(read.questions.map(({ type: _type, ...q }) => q)).toEqual(stored);

    const readArticle = content.articles.find((a) => a.id === article.id)!;
    expect(readArticle.passages.map((p) => ({ id: p.id, text: p.text }))).toEqual(await storedPassages(article.id));
    expect(readArticle.passages.map((p) => p.text)).toEqual(HOSTILE_PASSAGES);
    expect(readArticle).toMatchObject({
      title: 'Zoë\'s report: "the call" # 1 --- <!-- x -->',
      outlet: "- Le Monde: édition #2",
      translation: "Machine translation: from French",
      note: "Dated 2024-04-02. Source: https://example.com/a?b=c#d",
    });
    const readSecond = content.articles.find((a) => a.id === second.id)!;
    expect(readSecond.title).toBe("---");
    expect(readSecond.passages.map((p) => p.text)).toEqual(["Plain: the second article's text."]);
  });

  it("names the file after the set's title", async () => {
    expect((await setDownload(teacher, set.id)).title).toBe('Zoë: "quotes", #hash & --- <!-- x -->');
  });
});

describe("who may download a set", () => {
  it("the owner, and no one else while it is private, even a student it is assigned to; everyone else gets not-found", async () => {
    const owner = await person("owner", "TEACHER");
    const otherTeacher = await person("other", "TEACHER");
    const classStudent = await person("member", "STUDENT");
    const otherStudent = await person("outsider", "STUDENT");
    const guest = await person("guest", "STUDENT", true);
    const classroom = await classes.createClass(owner, "Period 1");
    await classes.joinClass(classStudent, classroom.joinCode);
    const article = await makeArticle(t.db, owner.id, { title: "Private", passages: ["Only for the class."] });
    const questions = [
      {
        type: "FLASHCARD" as const,
        prompt: "For whom?",
        answers: ["The class"],
        explanation: "It says so.",
        cite: [{ article, passage: "p1", quote: "Only for the class" }],
      },
    ];
    const draft = await makeSet(t.db, owner.id, { title: "Draft", questions });
    const published = await makeSet(t.db, owner.id, { title: "Published", published: true, questions });
    await assignments.assignSets(owner, classroom.id, {
      setIds: [published.id],
      dueAt: new Date(Date.now() + 86_400_000),
      timeZone: "UTC",
      goalAccuracy: 0.8,
      goalCoverage: 1,
    });
    // A draft assigned before it could be (a stale row) still stays its owner's alone.
    await t.db.assignment.create({ data: { classroomId: classroom.id, setId: draft.id, dueAt: new Date() } });

    const outcome = async (viewer: Viewer | null, setId: string) =>
      setDownload(viewer, setId).then(
        (d) => (d.zip.length > 0 ? "zip" : "empty"),
        (e: { code?: string }) => e.code ?? String(e),
      );
    const who = { owner, otherTeacher, classStudent, otherStudent, guest, signedOut: null };
    const table: Record<string, [string, string]> = {};
    for (const [name, viewer] of Object.entries(who)) {
      table[name] = [await outcome(viewer, draft.id), await outcome(viewer, published.id)];
    }
    expect(table).toEqual({
      owner: ["zip", "zip"],
      otherTeacher: ["not-found", "not-found"],
      // The file holds the answer key: a student who reads a private set through a class may study it, not take it.
      classStudent: ["not-found", "not-found"],
      otherStudent: ["not-found", "not-found"],
      guest: ["not-found", "not-found"],
      signedOut: ["not-found", "not-found"],
    });

    // An archived or unknown set is nobody's.
    await t.db.questionSet.update({ where: { id: published.id }, data: { archivedAt: new Date() } });
    expect(await outcome(owner, published.id)).toBe("not-found");
    expect(await outcome(owner, "no-such-set")).toBe("not-found");
  });

  it("anyone may download a set shared by link or public once published", async () => {
    const owner = await person("sharer", "TEACHER");
    const article = await makeArticle(t.db, owner.id, { title: "Shared", passages: ["Shared text."] });
    const cite = [{ article, passage: "p1", quote: "Shared text" }];
    const q = [{ type: "FLASHCARD" as const, prompt: "Q", answers: ["A"], explanation: "E", cite }];
    const link = await makeSet(t.db, owner.id, { title: "By link", visibility: "LINK", published: true, questions: q });
    const pub = await makeSet(t.db, owner.id, { title: "Public", visibility: "PUBLIC", published: true, questions: q });
    const linkDraft = await makeSet(t.db, owner.id, { title: "Link draft", visibility: "LINK", questions: q });
    const stranger = await person("stranger", "STUDENT");
    for (const viewer of [stranger, null]) {
      expect((await setDownload(viewer, link.id)).title).toBe("By link");
      expect((await setDownload(viewer, pub.id)).title).toBe("Public");
      await expect(setDownload(viewer, linkDraft.id)).rejects.toMatchObject({ code: "not-found" });
    }
  });
});
