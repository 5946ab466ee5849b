// Odd text in a teacher's article, in the browser: a line of no-break spaces between paragraphs, right-to-left
// text with an emoji cited by selection (UTF-16 offsets), a selection across two passages refused with a
// message, and the same words in an earlier passage than the one cited: "Read in context" must land on the
// cited one, not on the first place in the article where the words stand.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { checkPage } from "./page-checks";
import { signUp } from "./people";
import { chooseType, select } from "./set-editor-steps";

test.describe.configure({ timeout: 180_000 });

const DATABASE = path.join("data", "browser-test.db");

const FILLER = Array.from(
  { length: 14 },
  (_, i) => `Paragraph ${i + 3} of the minutes records routine business: apologies, the accounts and the next date.`,
);
const RTL = "قال الرئيس 👩🏽‍🏫 إن المحادثة كانت صريحة وبناءة.";
const TEXT = [
  "Last year the harbour wall was repaired, and the council paid for it in full.",
  `${RTL}\n\u00a0\nThe mayor’s “plan” was approved on Tuesday.`,
  ...FILLER,
  "In the storm of 2024 the harbour wall held, as the engineers had promised it would.",
].join("\n\n");

test("odd text: cited by selection, a two-passage selection refused, and Read in context lands on the cited place", async ({
  page,
  browser,
}) => {
  await signUp(page, "Ms Odd", "Teacher");
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill("Harbour minutes");
  await page.getByLabel("The article's text").fill(TEXT);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Harbour minutes" })).toBeVisible();
  // The no-break-space line separated the Arabic paragraph from the next: 18 passages, not 17.
  await expect(page.getByRole("region", { name: /^Passages/ }).getByRole("listitem")).toHaveCount(18);
  const articleId = /\/articles\/([^/]+)\/edit/.exec(page.url())![1];
  const direction = (locator: ReturnType<typeof page.locator>) =>
    locator.evaluate((e) => getComputedStyle(e).direction);
  // The Arabic paragraph reads right to left wherever it is shown, its full stop at its own end.
  expect(await direction(page.locator("#passage-text-p2"))).toBe("rtl");
  expect(await direction(page.locator("#passage-text-p3"))).toBe("ltr");

  await page.goto(`/sets/new?article=${articleId}`);
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Harbour questions");
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Harbour questions" })).toBeVisible();
  expect(await direction(page.locator('[data-passage-key="p2"]'))).toBe("rtl");

  // A selection from one passage into the next is refused with a message, and fills in nothing.
  await chooseType(page, "True or false");
  await page.locator('[data-passage-key="p1"]').evaluate((first) => {
    const second = first.nextElementSibling!;
    const range = document.createRange();
    range.setStart(first.firstChild!, 10);
    range.setEnd(second.firstChild!, 5);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await page.getByRole("button", { name: "Cite", exact: true }).click();
  await expect(page.getByText("Select words within one passage.")).toBeVisible();

  // Right-to-left words around an emoji (surrogate pairs and a zero-width joiner), cited by selection.
  await page.getByRole("textbox", { name: "Statement", exact: true }).fill("The president called the talks frank.");
  await page.getByRole("textbox", { name: "Explanation", exact: true }).fill("He said so.");
  await select(page, "p2", "👩🏽‍🏫 إن المحادثة");
  await page.getByRole("button", { name: "Cite", exact: true }).click();
  await expect(page.getByText(/^Cited “/)).toContainText("👩🏽‍🏫 إن المحادثة");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question saved." })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Questions \(/ })).toContainText("👩🏽‍🏫 إن المحادثة");
  await checkPage(page, "set editor with right-to-left text");

  // The same words stand in passage 1; the question cites them in the last passage.
  await chooseType(page, "True or false");
  await page.getByRole("textbox", { name: "Statement", exact: true }).fill("The harbour wall held in the storm.");
  await page.getByRole("textbox", { name: "Explanation", exact: true }).fill("The minutes say it held.");
  await select(page, "p18", "the harbour wall");
  await page.getByRole("button", { name: "Cite", exact: true }).click();
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question saved." })).toBeVisible();
  await page.getByRole("button", { name: "Remove question 1" }).click();
  await expect(page.getByText("Question removed (kept in reports).")).toBeVisible();
  await page.getByRole("radio", { name: /Shared by link/ }).check();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();
  const setId = /\/sets\/([^/]+)\/edit/.exec(page.url())![1];

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/sets/${setId}`);
  await visitor.getByRole("button", { name: "Start studying" }).click();
  await visitor.getByRole("radio", { name: "True" }).check();
  await visitor.getByRole("button", { name: "Check answer" }).click();
  await expect(visitor.locator("blockquote mark")).toHaveText("the harbour wall");
  await visitor.getByRole("link", { name: /^Read in context/ }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: "Harbour minutes" })).toBeVisible();
  const cited = visitor.locator("mark#highlight");
  await expect(cited).toHaveText("the harbour wall");
  await expect(cited).toBeInViewport();
  await expect(visitor.getByText("Last year the harbour wall was repaired")).not.toBeInViewport();
  expect(await visitor.locator("section#p2 p").evaluate((e) => getComputedStyle(e).direction)).toBe("rtl");
  await visitor.context().close();
});

// The editor's forms name their set in a hidden field; a teacher who rewrites it to another teacher's set (the
// browser's developer tools are enough) reaches that set's server actions, which must refuse it.
test("a teacher who rewrites the editor's hidden set id to another teacher's set changes nothing there", async ({
  page,
}) => {
  const victim = JSON.parse(
    execFileSync(
      process.execPath,
      [
        "node_modules/tsx/dist/cli.mjs",
        "tests/support/teacher-content-cli.ts",
        JSON.stringify({ op: "set", ownerName: "Mr Victim", title: "Harbour, not yours" }),
      ],
      { env: { ...process.env, DATABASE_URL: `file:${DATABASE}` }, encoding: "utf8" },
    ),
  ) as { setId: string };
  const row = () => {
    const db = new Database(DATABASE, { readonly: true });
    try {
      return db.prepare(`SELECT title, visibility FROM "QuestionSet" WHERE id = ?`).get(victim.setId);
    } finally {
      db.close();
    }
  };
  const before = row();

  await signUp(page, "Ms Forger", "Teacher");
  await page.goto("/sets/new?article=cnn-biden-xi-call");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("My own set");
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My own set" })).toBeVisible();
  await page.locator('input[type="hidden"][name="setId"]').evaluateAll((inputs, id) => {
    for (const input of inputs) (input as HTMLInputElement).value = id;
  }, victim.setId);

  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Taken over");
  await page.getByRole("button", { name: "Save details" }).click();
  await page.waitForLoadState("networkidle");
  await page.goto(page.url());
  await page.locator('input[type="hidden"][name="setId"]').evaluateAll((inputs, id) => {
    for (const input of inputs) (input as HTMLInputElement).value = id;
  }, victim.setId);
  await page.getByRole("radio", { name: /Public in the library/ }).check();
  await page.getByRole("button", { name: "Publish" }).click();
  await page.waitForLoadState("networkidle");
  expect(row()).toEqual(before);
});
