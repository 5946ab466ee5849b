// Issue 19's "done when", in the browser: a teacher imports a GIFT quiz they typed (tests/fixtures/interchange/)
// attaching the library's CNN article, sees that each question needs a source, cites each with Find the
// evidence, publishes it shared by link, and a student studies it and reads the citation; the same for a CSV
// term list as typed answers. And every export format of a shipped set downloads as a non-empty file of its type.
import fs from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { checkPage } from "./page-checks";
import { signUp } from "./people";

test.describe.configure({ timeout: 300_000 });

const FIXTURES = "tests/fixtures/interchange";
const ARTICLE = "cnn-biden-xi-call";

/** Imports `file` from the Import page with `as` for term lists and the CNN article attached; lands in the editor. */
async function importFile(page: Page, file: string, as: "Flashcards" | "Typed answers") {
  await page.goto("/sets/import");
  await page.getByLabel("File").setInputFiles(`${FIXTURES}/${file}`);
  await page.getByRole("radio", { name: new RegExp(`^${as}`) }).check();
  await page.getByLabel("Attach an article (optional)").selectOption(ARTICLE);
  await page.getByRole("button", { name: "Import as a draft set" }).click();
  await expect(page).toHaveURL(/\/sets\/[^/]+\/edit\?imported=/);
}

/** Cites every question that needs a source with Find the evidence's first proposal, one press each. */
async function citeEach(page: Page, count: number) {
  const rows = page.getByRole("region", { name: /^Questions \(/ }).locator("ol > li");
  await expect(rows).toHaveCount(count);
  for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText("Needs a source");
  for (let n = 1; n <= count; n++) {
    await page.getByRole("button", { name: new RegExp(`^Cite this for question ${n}: proposal 1, `) }).click();
    await expect(page.getByRole("status").filter({ hasText: "Evidence cited" })).toBeVisible();
    await expect(rows.nth(n - 1)).not.toContainText("Needs a source");
  }
  await expect(page.getByRole("region", { name: /Citations to fix/ })).toHaveCount(0);
}

/** Publishes the set open in the editor, shared by link; returns the set's address. */
async function publishByLink(page: Page): Promise<string> {
  await page.getByRole("radio", { name: /^Shared by link/ }).check();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();
  return new URL(page.url()).pathname.replace(/\/edit$/, "");
}

/** A new student opens the set by its link and starts studying it. */
async function studentStudies(browser: Browser, address: string, name: string): Promise<Page> {
  const student = await (await browser.newContext()).newPage();
  await signUp(student, name, "Student");
  await student.goto(address);
  await student.getByRole("button", { name: "Start studying" }).click();
  await expect(student).toHaveURL(/\/study$/);
  return student;
}

test("a GIFT quiz and a CSV term list a teacher typed are imported, cited, published and studied", async ({
  page,
  browser,
}) => {
  await signUp(page, "Gia Gift", "Teacher");
  await importFile(page, "biden-xi-quiz.gift", "Flashcards");
  await expect(page.getByRole("status").filter({ hasText: /^Imported / })).toHaveText(
    "Imported 5 questions; 5 need a source: use Find the evidence on each.",
  );
  await checkPage(page, "set editor imported notice");
  await expect(page.getByRole("button", { name: "Publish" })).toBeVisible();
  await expect(
    page.getByText(/Fix questions 1 \(no citation\), 2 \(no citation\), .* and 5 \(no citation\) first\./),
  ).toBeVisible();
  await citeEach(page, 5);
  const quiz = await publishByLink(page);

  const student = await studentStudies(browser, quiz, "Sol Student");
  await student.getByRole("radio", { name: /Tuesday/ }).check();
  await student.getByRole("button", { name: "Check answer" }).click();
  await expect(student.getByRole("heading", { name: "Right!" })).toBeVisible();
  await expect(student.locator("blockquote mark")).toContainText("Tuesday");
  await student.context().close();

  // The same for a term list, as typed answers.
  await importFile(page, "biden-xi-terms.csv", "Typed answers");
  await expect(page.getByRole("status").filter({ hasText: /^Imported / })).toHaveText(
    "Imported 3 questions; 3 need a source: use Find the evidence on each.",
  );
  await citeEach(page, 3);
  const terms = await publishByLink(page);

  const learner = await studentStudies(browser, terms, "Lee Learner");
  await expect(learner.getByText("Owner of TikTok")).toBeVisible();
  await learner.getByRole("textbox").fill("ByteDance");
  await learner.getByRole("button", { name: "Check answer" }).click();
  await expect(learner.getByRole("heading", { name: "Right!" })).toBeVisible();
  await expect(learner.locator("blockquote mark")).toContainText("ByteDance");
  await learner.context().close();
});

/** Each format's file: its extension (GIFT's is ".gift.txt", which Moodle's file picker accepts) and media type. */
const FILES: Record<string, { extension: string; type: RegExp }> = {
  apkg: { extension: ".apkg", type: /^application\/(zip|x-apkg|octet-stream)/ },
  "anki-txt": { extension: ".txt", type: /^text\/plain/ },
  gift: { extension: ".gift.txt", type: /^text\/plain/ },
  qti: { extension: ".zip", type: /^application\/zip/ },
  kahoot: { extension: ".xlsx", type: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/ },
  csv: { extension: ".csv", type: /^text\/csv/ },
  footnote: { extension: ".zip", type: /^application\/zip/ },
};

test("every export format of a shipped set downloads as a non-empty file of its type", async ({ page }) => {
  await page.goto("/sets/the-call");
  const links = page.getByRole("region", { name: "Export" }).getByRole("link");
  await expect(links).toHaveCount(Object.keys(FILES).length);
  for (let i = 0; i < Object.keys(FILES).length; i++) {
    const link = links.nth(i);
    const href = (await link.getAttribute("href"))!;
    const format = href.split("/").pop()!;
    const expected = FILES[format];
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename(), format).toBe(`The call itself${expected.extension}`);
    expect(fs.statSync((await download.path())!).size, format).toBeGreaterThan(0);
    const response = await page.request.get(href);
    expect(response.status(), format).toBe(200);
    expect(response.headers()["content-type"], format).toMatch(expected.type);
    expect(response.headers()["cache-control"], format).toBe("private, no-store");
    expect((await response.body()).byteLength, format).toBeGreaterThan(0);
  }
});
