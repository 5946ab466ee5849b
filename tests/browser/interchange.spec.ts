// Issue 19 in the browser, outside the journey: the set page's Export list (who sees it, what it says Kahoot
// leaves out, a class's student of a private set neither sees it nor downloads), and the Import page (for
// teachers; a refusal shown in an alert beside the form, in the server's words, with the choices kept).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { checkPage } from "./page-checks";
import { signUp } from "./people";

test.describe.configure({ timeout: 180_000 });

/** One step of tests/support/teacher-content-cli.ts against the test server's database; its result. */
function content<T>(step: Record<string, unknown>): T {
  const out = execFileSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "tests/support/teacher-content-cli.ts", JSON.stringify(step)],
    { env: { ...process.env, DATABASE_URL: `file:${path.join("data", "browser-test.db")}` }, encoding: "utf8" },
  );
  return JSON.parse(out) as T;
}

const FORMATS = [
  "Anki package (.apkg)",
  "Anki or Quizlet text (.txt)",
  "Moodle GIFT (.gift.txt)",
  "Canvas QTI (.zip)",
  "Kahoot spreadsheet (.xlsx)",
  "Spreadsheet (.csv)",
  "Footnote files (.zip)",
];

test("a library set's page lists every export format; a class's student of a private set gets none", async ({
  page,
  browser,
}) => {
  await page.goto("/sets/the-call");
  const exports = page.getByRole("region", { name: "Export" });
  await expect(exports.getByRole("link")).toHaveText(FORMATS.map((f) => `${f} of The call itself`));
  await expect(exports).toContainText("For a Moodle quiz, with the source quote as each question's feedback.");
  await expect(exports).toContainText(/Kahoot keeps multiple choice and true\/false only: \d+ of \d+ questions\./);
  // Reached from the keyboard: the first format's link takes focus after the Sources.
  await exports.getByRole("link").first().focus();
  await expect(exports.getByRole("link").first()).toBeFocused();
  await checkPage(page, "set page export list");
  expect((await page.request.get("/sets/the-call/export/pdf")).status()).toBe(404);

  // A private set assigned to a class: its student reads it, but the file would hold the answer key.
  const set = content<{ setId: string; ownerId: string }>({ op: "set", ownerName: "Ms Key", title: "Key kept" });
  const classroom = content<{ joinCode: string }>({ op: "assign", ownerId: set.ownerId, setId: set.setId });
  const student = await (await browser.newContext()).newPage();
  await signUp(student, "Kim Member", "Student");
  await student.goto(`/join/${classroom.joinCode}`);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("link", { name: "Study Key kept" })).toBeVisible();
  await student.goto(`/sets/${set.setId}`);
  await expect(student.getByRole("heading", { level: 1, name: "Key kept" })).toBeVisible();
  await expect(student.getByRole("heading", { name: "Export" })).toHaveCount(0);
  for (const format of ["csv", "apkg", "footnote"])
    expect((await student.request.get(`/sets/${set.setId}/export/${format}`)).status(), format).toBe(404);
  // The old download address follows the same rule.
  expect((await student.request.get(`/sets/${set.setId}/download`)).status()).toBe(404);
  await student.context().close();
});

const BROKEN_GIFT = "::q1:: Who spoke by phone on Tuesday? {=Biden and Xi ~Nobody\n\n::q2:: Next question {T}\n";

test("the Import page: for teachers, a refusal beside the form with the choices kept, once", async ({
  page,
  browser,
}) => {
  await signUp(page, "Ivo Import", "Teacher");
  await page.getByRole("link", { name: "Import a set" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Import a set" })).toBeVisible();
  await expect(page.getByLabel("File")).toHaveAttribute("accept", ".zip,.apkg,.gift,.txt,.csv,.tsv");
  await expect(page.getByText("multiple choice, true/false, short answer and missing-word questions")).toBeVisible();
  await checkPage(page, "import page");

  await page.getByLabel("File").setInputFiles({
    name: "broken.gift",
    mimeType: "text/plain",
    buffer: Buffer.from(BROKEN_GIFT),
  });
  await page.getByRole("radio", { name: /Typed answers/ }).check();
  await page.getByLabel("Attach an article (optional)").selectOption("cnn-biden-xi-call");
  await page.getByRole("button", { name: "Import as a draft set" }).click();
  // The parser's own words, naming the line at fault, in an alert tied to the file input.
  const refusal = page.getByRole("alert").filter({ hasText: /\S/ });
  await expect(refusal).toHaveText(/^Nothing was imported\. line 1: /);
  // Focus is on the file to choose again, which the refusal describes (read out by a screen reader).
  await expect(page.getByLabel("File")).toBeFocused();
  await expect(page.getByLabel("File")).toHaveAccessibleDescription(/Nothing was imported/);
  await expect(page.getByLabel("File")).toHaveAttribute("aria-describedby", "file-hint file-error");
  await expect(page).toHaveURL(/\/sets\/import\?flash=/);
  // The choices are as the teacher left them; the file must be chosen again (browsers never refill one).
  await expect(page.getByRole("radio", { name: /Typed answers/ })).toBeChecked();
  await expect(page.getByLabel("Attach an article (optional)")).toHaveValue("cnn-biden-xi-call");
  await checkPage(page, "import page refused");
  // Nothing was imported: the teacher's home is still empty, its first steps shown.
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Get started" })).toBeVisible();
  // The refusal was for that redirect only: the page opened afresh shows none.
  await page.goto("/sets/import");
  await expect(page.locator("#file-error")).toHaveCount(0);
  await expect(page.getByRole("radio", { name: /Flashcards/ })).toBeChecked();

  // A file of no known kind: the message names what may be imported.
  await page
    .getByLabel("File")
    .setInputFiles({ name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF") });
  await page.getByRole("button", { name: "Import as a draft set" }).click();
  await expect(page.locator("#file-error")).toContainText("Import a Footnote .zip, a .csv or tab-separated .txt list");

  // An empty file the teacher did choose is called empty, not "no file chosen" (found by the issue 19 tester).
  await page.getByLabel("File").setInputFiles({ name: "quiz.gift", mimeType: "text/plain", buffer: Buffer.alloc(0) });
  await page.getByRole("button", { name: "Import as a draft set" }).click();
  await expect(page.locator("#file-error")).toContainText("This file is empty");

  // A question that came in without its image is not called skipped (found by the issue 19 tester): the notice
  // says what came in short as well as what did not come in.
  await page.getByLabel("File").setInputFiles({
    name: "pictures.gift",
    mimeType: "text/plain",
    buffer: Buffer.from(
      '::p1:: [html]Which flag? <img src\\="flag.png"> {=France ~Peru}\n\n::p2:: [html]Sky blue? {T}\n',
    ),
  });
  await page.getByRole("button", { name: "Import as a draft set" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Imported / })).toHaveText(
    "Imported 2 questions; 2 need a source: use Find the evidence on each. 1 record of the file came in short or not at all: Footnote keeps text only, and not every question type.",
  );

  // A student is told it is for teachers, and their post imports nothing.
  const student = await (await browser.newContext()).newPage();
  await signUp(student, "Stu Import", "Student");
  await student.goto("/sets/import");
  await expect(student.getByText("Sets are imported by teachers")).toBeVisible();
  await expect(student.getByLabel("File")).toHaveCount(0);
  const post = await student.request.post("/api/sets/import", {
    multipart: { file: { name: "quiz.gift", mimeType: "text/plain", buffer: Buffer.from("::q:: Sky blue? {T}\n") } },
    maxRedirects: 0,
  });
  expect(post.status()).toBe(303);
  expect(post.headers().location).toBe("/sets/import");
  // Signed out: to sign in, back to the Import page after.
  const visitor = await browser.newContext();
  const signedOut = await visitor.request.post("/api/sets/import", {
    multipart: { file: { name: "quiz.gift", mimeType: "text/plain", buffer: Buffer.from("::q:: Sky blue? {T}\n") } },
    maxRedirects: 0,
  });
  expect(signedOut.headers().location).toMatch(/^\/sign-in\?next=%2Fsets%2Fimport$/);
  await visitor.close();
  await student.context().close();
});
