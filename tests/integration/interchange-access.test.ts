// Who may take a set out (the set page's Export list and /sets/<id>/export/<format>) and who may bring one in
// (the Import page's post), on a real database: the authorization matrix of the common brief, for each.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/session";
import { useAppDatabase, type TestDatabase } from "../support/test-database";
import { makeArticle, makeSet } from "../support/authored-content";

let t: TestDatabase;
let exportDownload: typeof import("../../lib/interchange/export-download");
let exportMenu: typeof import("../../lib/interchange/export-menu");
let teacherImport: typeof import("../../lib/interchange/teacher-import");
let setAccess: typeof import("../../lib/content/set-access");
let classes: typeof import("../../lib/classes/classes");
let assignments: typeof import("../../lib/classes/assignments");
let viewers: typeof import("../../lib/auth/viewer");
let n = 0;

async function person(name: string, role: "STUDENT" | "TEACHER", isGuest = false): Promise<Viewer> {
  return viewers.viewerFromRow(
    await t.db.user.create({
      data: { name, role, isGuest, email: isGuest ? null : `${name}-${++n}@example.com` },
      select: viewers.VIEWER_COLUMNS,
    }),
  );
}

const codeOf = (e: unknown) => (e as { code?: string }).code ?? String(e);

beforeAll(async () => {
  t = await useAppDatabase();
  exportDownload = await import("../../lib/interchange/export-download");
  exportMenu = await import("../../lib/interchange/export-menu");
  teacherImport = await import("../../lib/interchange/teacher-import");
  setAccess = await import("../../lib/content/set-access");
  classes = await import("../../lib/classes/classes");
  assignments = await import("../../lib/classes/assignments");
  viewers = await import("../../lib/auth/viewer");
});
afterAll(async () => {
  await t.close();
});

async function people() {
  const owner = await person("owner", "TEACHER");
  const otherTeacher = await person("other", "TEACHER");
  const classStudent = await person("member", "STUDENT");
  const otherStudent = await person("outsider", "STUDENT");
  const guest = await person("guest", "STUDENT", true);
  const classroom = await classes.createClass(owner, "Period 1");
  await classes.joinClass(classStudent, classroom.joinCode);
  return { owner, otherTeacher, classStudent, otherStudent, guest, signedOut: null, classroom };
}

describe("who may export a set", () => {
  it("the owner; others only a published set that is public or shared by link; never a class's private set", async () => {
    const { classroom, ...who } = await people();
    const { owner } = who;
    const article = await makeArticle(t.db, owner.id, { title: "Council", passages: ["The council voted 5 to 2."] });
    const cite = [{ article, passage: "p1", quote: "voted 5 to 2" }];
    const questions = [
      { type: "FLASHCARD" as const, prompt: "The vote?", answers: ["5 to 2"], explanation: "It says so.", cite },
      {
        type: "MULTIPLE_CHOICE" as const,
        prompt: "Who voted?",
        choices: ["The council", "The mayor"],
        answers: ["The council"],
        explanation: "It says so.",
        cite,
      },
    ];
    const draft = await makeSet(t.db, owner.id, { title: "Draft", visibility: "LINK", questions });
    const assigned = await makeSet(t.db, owner.id, { title: "Assigned", published: true, questions });
    const shared = await makeSet(t.db, owner.id, { title: "Shared", visibility: "LINK", published: true, questions });
    await assignments.assignSets(owner, classroom.id, {
      setIds: [assigned.id],
      dueAt: new Date(Date.now() + 86_400_000),
      timeZone: "UTC",
      goalAccuracy: 0.8,
      goalCoverage: 1,
    });

    // The route's answer (a file, or the refusal's code) and whether the set page offers the Export list.
    const outcome = async (viewer: Viewer | null, setId: string) => {
      const file = await exportDownload
        .exportDownload(viewer, setId, "csv")
        .then((d) => (d.file.bytes.byteLength > 0 ? d.file.extension : "empty"), codeOf);
      const readable = await setAccess.readableSetOrNull(viewer, setId);
      const menu = readable ? await exportMenu.exportMenu(readable) : null;
      return `${file} ${menu ? "menu" : "no menu"}`;
    };
    const table: Record<string, string[]> = {};
    for (const [name, viewer] of Object.entries(who))
      table[name] = [
        await outcome(viewer, draft.id),
        await outcome(viewer, assigned.id),
        await outcome(viewer, shared.id),
      ];
    expect(table).toEqual({
      owner: [".csv menu", ".csv menu", ".csv menu"],
      otherTeacher: ["not-found no menu", "not-found no menu", ".csv menu"],
      // The class's student reads the assigned set but may not take its answer key away.
      classStudent: ["not-found no menu", "not-found no menu", ".csv menu"],
      otherStudent: ["not-found no menu", "not-found no menu", ".csv menu"],
      guest: ["not-found no menu", "not-found no menu", ".csv menu"],
      signedOut: ["not-found no menu", "not-found no menu", ".csv menu"],
    });
    // A library set is everyone's to export.
    expect(await outcome(null, "the-call")).toBe(".csv menu");
  });

  it("refuses an unknown format before reading any set, and an archived or missing set as not-found", async () => {
    const owner = await person("archivist", "TEACHER");
    await expect(exportDownload.exportDownload(owner, "the-call", "pdf")).rejects.toMatchObject({
      code: "unknown-format",
    });
    await expect(exportDownload.exportDownload(null, "no-such-set", "pdf")).rejects.toMatchObject({
      code: "unknown-format",
    });
    await expect(exportDownload.exportDownload(owner, "no-such-set", "gift")).rejects.toMatchObject({
      code: "not-found",
    });
  });

  it("tells what Kahoot leaves out, from the set's question types", async () => {
    const readable = await setAccess.readableSet(null, "the-call");
    const menu = (await exportMenu.exportMenu(readable))!;
    expect(menu.map((e) => e.format)).toEqual(["apkg", "anki-txt", "gift", "qti", "kahoot", "csv", "footnote"]);
    const rows = await t.db.question.groupBy({
      by: ["type"],
      where: { setId: "the-call", archivedAt: null },
      _count: { _all: true },
    });
    const total = rows.reduce((sum, r) => sum + r._count._all, 0);
    const kept = rows
      .filter((r) => r.type === "MULTIPLE_CHOICE" || r.type === "TRUE_FALSE")
      .reduce((sum, r) => sum + r._count._all, 0);
    const kahoot = menu.find((e) => e.format === "kahoot")!;
    expect(kept).toBeLessThan(total);
    expect(kahoot.note).toBe(`Kahoot keeps multiple choice and true/false only: ${kept} of ${total} questions.`);
    expect(menu.filter((e) => e.note).map((e) => e.format)).toEqual(["kahoot"]);
  });
});

const GIFT = ["::q1:: The capital of France is {=Paris ~Rome ~Madrid}", "", "::q2:: The sky is green. {F}", ""].join(
  "\n",
);
const gift = (text = GIFT) => ({ name: "quiz.gift", bytes: new TextEncoder().encode(text) });

describe("who may import a set", () => {
  it("teachers only, attaching only their own articles or the library's; the set is theirs alone", async () => {
    const { classroom: _classroom, ...who } = await people();
    const { owner } = who;
    const mine = await makeArticle(t.db, owner.id, { title: "Mine", passages: ["Paris is the capital of France."] });
    const outcome = (viewer: Viewer | null, articleId?: string) =>
      teacherImport
        .importUpload(viewer, gift(), { as: "flashcard", articleId })
        .then((r) => `imported ${r.questions}, ${r.needsSource} need a source`, codeOf);
    const table: Record<string, string[]> = {};
    for (const [name, viewer] of Object.entries(who))
      table[name] = [await outcome(viewer), await outcome(viewer, mine.id), await outcome(viewer, "cnn-biden-xi-call")];
    expect(table).toEqual({
      owner: ["imported 2, 2 need a source", "imported 2, 2 need a source", "imported 2, 2 need a source"],
      // Another teacher may import, but not attach this teacher's article.
      otherTeacher: ["imported 2, 2 need a source", "invalid-input", "imported 2, 2 need a source"],
      classStudent: ["teachers-only", "teachers-only", "teachers-only"],
      otherStudent: ["teachers-only", "teachers-only", "teachers-only"],
      guest: ["sign-in", "sign-in", "sign-in"],
      signedOut: ["sign-in", "sign-in", "sign-in"],
    });

    const done = await teacherImport.importUpload(owner, gift(), { as: "flashcard", articleId: mine.id });
    const set = await t.db.questionSet.findUniqueOrThrow({
      where: { id: done.setId },
      select: { ownerId: true, publishedAt: true, visibility: true, articles: { select: { articleId: true } } },
    });
    expect(set).toMatchObject({ ownerId: owner.id, publishedAt: null, visibility: "PRIVATE" });
    expect(set.articles.map((a) => a.articleId)).toContain(mine.id);
    for (const [name, viewer] of Object.entries(who)) {
      const readable = await setAccess.readableSetOrNull(viewer, done.setId);
      expect([name, readable?.isOwner ?? "no access"]).toEqual([name, name === "owner" ? true : "no access"]);
    }
  });

  it("refuses an empty file, an archived article and a broken file, writing nothing", async () => {
    const teacher = await person("careful", "TEACHER");
    const sets = () => t.db.questionSet.count({ where: { ownerId: teacher.id } });
    await expect(
      teacherImport.importUpload(teacher, { name: "quiz.gift", bytes: new Uint8Array() }, { as: "flashcard" }),
    ).rejects.toMatchObject({ code: "empty-file" });
    const old = await makeArticle(t.db, teacher.id, { title: "Old", passages: ["Gone."] });
    await t.db.article.update({ where: { id: old.id }, data: { archivedAt: new Date() } });
    await expect(
      teacherImport.importUpload(teacher, gift(), { as: "flashcard", articleId: old.id }),
    ).rejects.toMatchObject({ code: "invalid-input", field: "article" });
    await expect(
      teacherImport.importUpload(teacher, gift("::q1:: Broken {=Paris ~Rome"), { as: "flashcard" }),
    ).rejects.toMatchObject({ code: "import-refused" });
    await expect(
      teacherImport.importUpload(teacher, { name: "notes.pdf", bytes: new Uint8Array([1]) }, { as: "flashcard" }),
    ).rejects.toMatchObject({ code: "unsupported-import" });
    expect(await sets()).toBe(0);
  });
});
