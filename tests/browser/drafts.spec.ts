// Issue 18's "done when", the drafts half: a teacher pastes an article (CNN's report of the Biden–Xi call, as
// shipped), drafts questions from it, accepts three, edits one (its prompt) and saves it, rejects one, and
// publishes the set; every question of the set cites a quote that stands verbatim in the article. The drafts
// page is checked (axe, outline, no sideways scrolling, screenshots) in the light and dark themes.
import fs from "node:fs";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { checkPage } from "./page-checks";
import { signUp } from "./people";

test.describe.configure({ timeout: 300_000 });

/** The shipped CNN article's text, as a teacher would paste it: its paragraphs, without the file's markup. */
function cnnText(): string {
  const file = fs.readFileSync("content/articles/cnn-biden-xi-call.md", "utf8");
  const body = file.replace(/^---\n[\s\S]*?\n---\n/, "");
  return body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/<!--[\s\S]*?-->/g, "").trim())
    .filter(Boolean)
    .join("\n\n");
}

const TITLE = "Biden and Xi speak by phone";
/**
 * How long a page that drafts may take: the first drafting in each server process loads the language library and
 * drafts the article (2–6 s on a machine shared with builds); later ones come from the process's cache.
 */
const DRAFTING = 30_000;
const expect = baseExpect.configure({ timeout: DRAFTING });
const drafts = (page: Page) => page.getByRole("region", { name: /^Drafts \(/ }).locator("ol > li");
const draftsHeading = (page: Page) => page.getByRole("heading", { level: 2, name: /^Drafts \(\d+\)$/ });

async function draftCount(page: Page): Promise<number> {
  const text = (await draftsHeading(page).textContent()) ?? "";
  return Number(/\((\d+)\)/.exec(text)![1]);
}

test("a teacher drafts questions from a pasted article: accepts three, edits one, rejects one, publishes", async ({
  page,
}) => {
  const article = cnnText();
  await signUp(page, "Mr Draft", "Teacher");

  // Paste the article.
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("The article's text").fill(article);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();

  // From its edit page, a new draft set on it, opened on its drafts.
  await page.getByRole("button", { name: "Draft questions from this article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Drafted questions: Questions on ${TITLE}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: TITLE })).toBeVisible();
  const setId = new URL(page.url()).pathname.split("/")[2];
  const offered = await draftCount(page);
  expect(offered).toBeGreaterThanOrEqual(5);
  // Each draft shows its evidence: a passage number and the quote marked in its passage.
  const first = drafts(page).first();
  await expect(first.getByRole("link", { name: /^¶\d+$/ })).toBeVisible();
  await expect(first.locator("mark")).not.toBeEmpty();
  await checkPage(page, "drafts page");
  // Past 20, the rest are a "Show more" away (CNN's report gives more than 20 drafts).
  if (offered > 20) {
    await expect(drafts(page)).toHaveCount(20);
    await page.getByRole("link", { name: `Show more drafts (${offered - 20} more)` }).click();
    await expect(drafts(page)).toHaveCount(Math.min(40, offered));
  }

  // Accept three: each leaves the list and becomes a question.
  const accepted: string[] = [];
  for (let i = 0; i < 3; i++) {
    accepted.push((await drafts(page).first().locator("p.font-medium").textContent())!);
    await page.getByRole("button", { name: "Accept draft 1", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft accepted" })).toBeVisible();
    await expect(draftsHeading(page)).toHaveText(`Drafts (${offered - i - 1})`);
  }

  // Edit one: the editor's form opens prefilled with the draft and its citation; change its prompt and save.
  const editedFrom = (await drafts(page).first().locator("p.font-medium").textContent())!;
  await page.getByRole("link", { name: "Edit draft 1", exact: true }).click();
  await expect(page.getByRole("heading", { name: /^New question from a draft: / })).toBeVisible();
  const prompt = page.locator('textarea[name="prompt"]');
  const before = await prompt.inputValue();
  expect(before.replace(/\{\{[^}]*\}\}/, "_____")).toBe(editedFrom);
  await expect(page.locator('textarea[name="citeQuote"]')).not.toHaveValue("");
  const edited = `In the report: ${before}`;
  await prompt.fill(edited);
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question saved from the draft." })).toBeVisible();
  await expect(draftsHeading(page)).toHaveText(`Drafts (${offered - 4})`);

  // Reject one: it leaves the list for the rejected ones, from where it can be offered again.
  const rejected = (await drafts(page).first().locator("p.font-medium").textContent())!;
  await page.getByRole("button", { name: "Reject draft 1", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft rejected." })).toBeVisible();
  await expect(draftsHeading(page)).toHaveText(`Drafts (${offered - 5})`);
  await expect(page.getByText(`Rejected drafts (1)`)).toBeVisible();
  await expect(drafts(page).filter({ hasText: rejected })).toHaveCount(0);

  // The set editor: four questions, the edited prompt among them; publish.
  await page.getByRole("link", { name: "Back to the set editor" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Questions (4)" })).toBeVisible();
  const rows = page.locator("#questions-heading ~ form ol > li");
  await expect(rows).toHaveCount(4);
  for (const text of accepted) await expect(rows.filter({ hasText: text })).toHaveCount(1);
  await expect(rows.filter({ hasText: "In the report:" })).toHaveCount(1);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();

  // Every question cites a quote that stands verbatim in the article (the page shows each citation's quote).
  await page.reload();
  const quotes = await rows.locator(".quote q").allTextContents();
  expect(quotes).toHaveLength(4);
  for (const quote of quotes) expect(article).toContain(quote);

  // And the set downloads as content/'s files (whose content:check is the editor's own checks).
  const download = await page.request.get(`/sets/${setId}/download`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("zip");
});

test("a teacher drafts from a library article, also without JavaScript; a student is not offered to", async ({
  page,
  browser,
}) => {
  await signUp(page, "Ms Library", "Teacher");
  await page.goto("/articles/cnn-biden-xi-call");
  await page.getByRole("button", { name: "Draft questions from this article" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /^Drafted questions: Questions on Biden and Xi/ }),
  ).toBeVisible();
  expect(await draftCount(page)).toBeGreaterThan(0);
  // The set editor links to the drafts.
  await page.getByRole("link", { name: "Back to the set editor" }).click();
  await page.getByRole("link", { name: "Draft questions from the articles" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Drafted questions: / })).toBeVisible();
  const drafts = page.url();

  // Without JavaScript, Accept and Reject are plain form posts.
  const plain = await (
    await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() })
  ).newPage();
  await plain.goto(drafts);
  const before = await draftCount(plain);
  await plain.getByRole("button", { name: "Accept draft 1", exact: true }).click();
  await expect(plain.getByRole("status").filter({ hasText: "Draft accepted" })).toBeVisible();
  await plain.getByRole("button", { name: "Reject draft 1", exact: true }).click();
  await expect(plain.getByRole("status").filter({ hasText: "Draft rejected." })).toBeVisible();
  expect(await draftCount(plain)).toBe(before - 2);

  const student = await (await browser.newContext()).newPage();
  await signUp(student, "Stu Dent", "Student");
  await student.goto("/articles/cnn-biden-xi-call");
  await expect(student.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(student.getByRole("button", { name: "Draft questions from this article" })).toHaveCount(0);
  const response = await student.goto(drafts);
  expect(response?.status()).toBe(404);
});
