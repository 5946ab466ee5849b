// Issue 18, "Find the evidence": a teacher types a question without a citation, saves it, sees that it needs a
// source and where its evidence is, cites it with one click, and publishes; once more without JavaScript; and
// the state where no passage mentions the answer.
import { expect, test, type Page } from "@playwright/test";
import { insertArticleFor } from "../support/browser-teacher-article";
import { checkPage } from "./page-checks";
import { signUp } from "./people";
import { chooseType } from "./set-editor-steps";

test.describe.configure({ timeout: 120_000 });

const PARAGRAPHS = [
  "The harbour froze in the winter of 1947, and the ferries stopped for six weeks.",
  "Mayor Ilse Brandt opened the new bridge on 3 May 1952; the ferry service ended that summer.",
  "Fishermen still call it Brandt’s bridge, though few remember the ferries.",
];

async function newSet(page: Page, teacher: string, title: string) {
  await signUp(page, teacher, "Teacher");
  const article = insertArticleFor(teacher, "The harbour", PARAGRAPHS);
  await page.goto(`/sets/new?article=${article.id}`);
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return article;
}

/** Writes a short-answer question with no citation and adds it. */
async function addUncited(page: Page, prompt: string, answer: string) {
  await chooseType(page, "Short answer");
  await page.getByRole("textbox", { name: "Question", exact: true }).fill(prompt);
  await page.getByRole("textbox", { name: "Answer", exact: true }).fill(answer);
  await page.getByRole("textbox", { name: "Explanation", exact: true }).fill("From the article.");
  await page.getByRole("button", { name: "Add question" }).click();
}

test("a question typed without a citation is saved, needs a source, and is cited with one click", async ({
  page,
  browser,
}) => {
  await newSet(page, "Ms Evidence", "The harbour, in questions");
  await addUncited(page, "Who opened the new bridge?", "Ilse Brandt");
  await expect(
    page.getByRole("status").filter({ hasText: "It is hidden from study until it cites its evidence" }),
  ).toBeVisible();

  const questions = page.getByRole("region", { name: /^Questions \(/ });
  const row = questions.locator("ol > li").first();
  await expect(row).toContainText("Needs a source");
  await expect(page.getByText("Fix question 1 (no citation) first.")).toBeVisible();
  const fixes = page.getByRole("region", { name: /Citations to fix \(1\)/ });
  await expect(fixes).toContainText("Needs a source");
  const proposals = fixes.getByRole("list", { name: "Evidence found for question 1" }).locator("li");
  await expect(proposals.first()).toContainText("The harbour, ¶2");
  await expect(proposals.first().locator("mark")).toHaveText("Mayor Ilse Brandt opened the new bridge on 3 May 1952");
  await expect(proposals.first()).toContainText("; the ferry service ended that summer.");
  await checkPage(page, "set editor find the evidence");

  // The row's link leads to the proposals; the first is cited with one press, from the keyboard.
  await row.getByRole("link", { name: "Find the evidence for question 1" }).click();
  await expect(page).toHaveURL(/#evidence-/);
  const cite = page.getByRole("button", { name: /^Cite this for question 1: proposal 1, The harbour, ¶2$/ });
  await cite.focus();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("status").filter({
      hasText: "Evidence cited: the question is back in study unless something else holds it.",
    }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: /Citations to fix/ })).toHaveCount(0);
  await expect(row).not.toContainText("Needs a source");
  await expect(row.locator(".quote q")).toHaveText("Mayor Ilse Brandt opened the new bridge on 3 May 1952");
  await expect(row).toContainText("The harbour, ¶2");

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();

  // Without JavaScript: the same one press, a plain form post.
  const plain = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const noJs = await plain.newPage();
  await noJs.goto(page.url().split("?")[0].split("#")[0] + "?type=short-answer");
  await noJs.getByRole("textbox", { name: "Question", exact: true }).fill("How long did the ferries stop in 1947?");
  await noJs.getByRole("textbox", { name: "Answer", exact: true }).fill("six weeks");
  await noJs.getByRole("textbox", { name: "Explanation", exact: true }).fill("The first paragraph.");
  await noJs.getByRole("button", { name: "Add question" }).click();
  await expect(noJs.getByText("It is hidden from study until it cites its evidence")).toBeVisible();
  await noJs.getByRole("button", { name: /^Cite this for question 2: proposal 1, The harbour, ¶1$/ }).click();
  await expect(noJs.getByText("Evidence cited")).toBeVisible();
  await expect(noJs.locator(`#question-${await lastQuestionId(noJs)} .quote q`)).toHaveText(
    "The harbour froze in the winter of 1947, and the ferries stopped for six weeks.",
  );
  await plain.close();
});

async function lastQuestionId(page: Page): Promise<string> {
  const id = await page
    .getByRole("region", { name: /^Questions \(/ })
    .locator("ol > li")
    .last()
    .getAttribute("id");
  return id!.replace(/^question-/, "");
}

test("when no passage mentions the answer, the editor says how to cite by hand", async ({ page }) => {
  await newSet(page, "Mr Nothing", "Nothing found");
  await addUncited(page, "Which planet has rings?", "Saturn");
  const fixes = page.getByRole("region", { name: /Citations to fix \(1\)/ });
  await expect(fixes).toContainText(
    "No passage of this set's articles mentions the answer; select the evidence in the article and press Cite.",
  );
  await expect(fixes.getByRole("button", { name: /Cite this/ })).toHaveCount(0);
  await checkPage(page, "set editor find the evidence nothing found");
});
