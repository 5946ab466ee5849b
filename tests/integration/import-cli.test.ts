// `npm run content:import -- <file> [--owner <email>] [--as short-answer] [--title T]` run as itself against a
// real migrated database: what it prints, where the set lands, and that a refusal exits 1 having written nothing.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import { syncContent } from "../../lib/content/sync";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-import-"));

/** Runs the script as package.json's content:import does (tsx with the react-server condition). */
function contentImport(args: string[]) {
  const result = spawnSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/content-import.ts", ...args],
    { encoding: "utf8", env: { ...process.env, DATABASE_URL: t.url } },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, body: string | Uint8Array): string {
  const at = path.join(tmp, name);
  fs.writeFileSync(at, body);
  return at;
}

async function counts() {
  return {
    sets: await t.db.questionSet.count(),
    articles: await t.db.article.count(),
    questions: await t.db.question.count(),
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  await syncContent(t.db, loadContent());
  await t.db.user.create({ data: { email: "rivera@example.com", name: "Rivera", role: "TEACHER" } });
  await t.db.user.create({ data: { email: "ana@example.com", name: "Ana", role: "STUDENT" } });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("content:import", () => {
  it("imports a teacher's term list as typed answers under a title, and says what it did", async () => {
    const list = file("capitals.txt", "France\tParis\nPeru\tLima\n");
    const run = contentImport([list, "--owner", "Rivera@example.com", "--as", "short-answer", "--title", "Capitals"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const setId = /as set ([a-z0-9-]+),/.exec(run.stdout)![1];
    expect(run.stdout).toBe(
      [
        `Imported "Capitals" (csv) as set ${setId}, a private draft of Rivera@example.com's.`,
        "  articles: 0",
        "  questions: 2, 2 of them needing a source",
        "  ids remapped: 0",
        "  skipped: 0",
        "",
      ].join("\n"),
    );
    const set = await t.db.questionSet.findUniqueOrThrow({
      where: { id: setId },
      include: { owner: true, questions: true },
    });
    expect(set.owner?.email).toBe("rivera@example.com");
    expect(set.publishedAt).toBeNull();
    expect(set.questions.map((q) => q.type)).toEqual(["SHORT_ANSWER", "SHORT_ANSWER"]);
  });

  it("imports a footnote zip into the library, remapping the ids the library holds; content:sync leaves it", async () => {
    const zip = new JSZip();
    zip.file("sets/the-call.yaml", fs.readFileSync("content/sets/the-call.yaml"));
    for (const name of fs.readdirSync("content/articles"))
      zip.file(`articles/${name}`, fs.readFileSync(path.join("content/articles", name)));
    const archive = file("the-call.zip", await zip.generateAsync({ type: "uint8array" }));
    const run = contentImport([archive]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const setId = /as set ([a-z0-9-]+),/.exec(run.stdout)![1];
    expect(setId).not.toBe("the-call");
    expect(run.stdout).toContain(
      `Imported "The call itself" (footnote) as set ${setId}, into the library, unpublished.`,
    );
    expect(run.stdout).toContain("  questions: 12, 0 of them needing a source\n");
    expect(run.stdout).toContain("  ids remapped: 15\n"); // the set, its 2 articles and 12 questions
    // content:sync's own step (its script also migrates, which waits on this test's open connection).
    await syncContent(t.db, loadContent());
    const set = await t.db.questionSet.findUniqueOrThrow({ where: { id: setId } });
    expect(set).toMatchObject({
      ownerId: null,
      archivedAt: null,
      publishedAt: null,
      importedFrom: "footnote: the-call.zip",
    });
    expect(await t.db.question.count({ where: { setId, archivedAt: null } })).toBe(12);
  });

  it("refuses with the record at fault, exits 1 and writes nothing", async () => {
    const before = await counts();
    const bad = contentImport([file("bad.csv", "term,definition\na,b\nc\n"), "--owner", "rivera@example.com"]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/^footnote: row 3: holds one column/);

    const unknown = contentImport([file("ok.csv", "a,b\n"), "--owner", "nobody@example.com"]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe("footnote: no account with the email nobody@example.com\n");
    const student = contentImport([file("ok.csv", "a,b\n"), "--owner", "ana@example.com"]);
    expect(student.status).toBe(1);
    expect(student.stderr).toMatch(/ana@example\.com is not a teacher's account/);

    const other = contentImport([file("slides.pdf", "%PDF-1.4")]);
    expect(other.status).toBe(1);
    expect(other.stderr).toMatch(/^footnote: Import a Footnote \.zip/);
    expect(contentImport([path.join(tmp, "nowhere.csv")]).stderr).toMatch(/no such file: .*nowhere\.csv/);
    expect(contentImport([]).stderr).toMatch(/^footnote: usage: npm run content:import/);
    expect(contentImport([file("ok.csv", "a,b\n"), "--as", "essay"]).stderr).toMatch(/--as takes "short-answer"/);
    expect(await counts()).toEqual(before);
  });
});
