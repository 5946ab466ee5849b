// A teacher writes a set in the editor beside their article: one question of each type cited by selecting
// the evidence and pressing Cite, one without JavaScript by pasting the quote, a refused save with
// content:check's wording under its field, reordering, removing and publishing.
import { expect, test } from "@playwright/test";
import { insertArticleFor } from "../support/browser-teacher-article";
import { checkPage } from "./page-checks";
import { signUp } from "./people";
import { chooseType, citeAndAdd, select } from "./set-editor-steps";

test.describe.configure({ timeout: 120_000 });

const PARAGRAPHS = [
  "The two presidents spoke by phone for an hour and forty-five minutes on Tuesday.",
  "They discussed trade, Taiwan and the flow of fentanyl, officials said afterwards.",
  "Both sides called the conversation candid and constructive.",
];

test("a teacher writes, cites, checks, reorders, removes and publishes a set; one question without JavaScript", async ({
  page,
  browser,
}) => {
  await signUp(page, "Ms Editor", "Teacher");
  const article = insertArticleFor("Ms Editor", "The phone call", PARAGRAPHS);

  await page.goto(`/sets/new?article=${article.id}`);
  await checkPage(page, "new set from an article");
  await expect(page.getByRole("checkbox", { name: /The phone call/ })).toBeChecked();
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("The call, in questions");
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The call, in questions" })).toBeVisible();
  await checkPage(page, "set editor before the first question");

  // Multiple choice, first refused: the answer is not among the choices, in content:check's words.
  await page.getByRole("textbox", { name: "Question", exact: true }).fill("How long did the call last?");
  await page
    .getByRole("textbox", { name: "Choices", exact: true })
    .fill("An hour\nAn hour and forty-five minutes\nTwo hours");
  await page.getByRole("textbox", { name: "Correct answer", exact: true }).fill("Three hours");
  await page.getByRole("textbox", { name: "Explanation", exact: true }).fill("The report gives its length.");
  await select(page, "p1", "an hour and forty-five minutes");
  await page.getByRole("button", { name: "Cite", exact: true }).click();
  await page.getByRole("button", { name: "Add question" }).click();
  const answer = page.getByRole("textbox", { name: "Correct answer", exact: true });
  await expect(answer).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#answer-error")).toHaveText('answer "Three hours" is not among its choices');
  await expect(page.getByRole("textbox", { name: "Choices", exact: true })).toHaveValue(
    "An hour\nAn hour and forty-five minutes\nTwo hours",
  );
  await checkPage(page, "set editor refused");
  await answer.fill("An hour and forty-five minutes");
  await citeAndAdd(page, "p1", "an hour and forty-five minutes");

  await chooseType(page, "True or false");
  await page.getByRole("textbox", { name: "Statement", exact: true }).fill("They discussed Taiwan.");
  await page.getByRole("textbox", { name: "Explanation", exact: true }).fill("It is listed.");
  await citeAndAdd(page, "p2", "trade, Taiwan");

  await chooseType(page, "Short answer");
  await page.getByRole("textbox", { name: "Question", exact: true }).fill("On which day did they speak?");
  await page.getByRole("textbox", { name: "Answer", exact: true }).fill("Tuesday");
  await page.getByRole("textbox", { name: "Explanation", exact: true }).fill("The first paragraph says so.");
  await citeAndAdd(page, "p1", "on Tuesday");

  await chooseType(page, "Cloze (fill the blank)");
  await page
    .getByRole("textbox", { name: "Text with one blank", exact: true })
    .fill("Both sides called it {{candid}} and constructive.");
  await page.getByRole("textbox", { name: "Explanation", exact: true }).fill("Quoted.");
  await citeAndAdd(page, "p3", null, PARAGRAPHS[2]);

  await chooseType(page, "Flashcard");
  await page.getByRole("textbox", { name: "Front", exact: true }).fill("fentanyl");
  await page.getByRole("textbox", { name: "Back", exact: true }).fill("A topic of the call");
  await page.getByRole("textbox", { name: "Explanation", exact: true }).fill("Paragraph 2.");
  await citeAndAdd(page, "p2", "the flow of fentanyl");

  const list = page.getByRole("region", { name: /^Questions \(/ }).locator("ol > li");
  await expect(list).toHaveCount(5);
  await expect(list.nth(0)).toContainText("an hour and forty-five minutes");
  await checkPage(page, "set editor");

  // Without JavaScript: the passage is chosen and the quote pasted.
  const plain = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const noJs = await plain.newPage();
  await noJs.goto(page.url().split("?")[0] + "?type=short-answer");
  await expect(noJs.getByRole("button", { name: "Cite", exact: true })).toHaveCount(0);
  await noJs.getByRole("textbox", { name: "Question", exact: true }).fill("Who called the conversation candid?");
  await noJs.getByRole("textbox", { name: "Answer", exact: true }).fill("Both sides");
  await noJs.getByRole("textbox", { name: "Explanation", exact: true }).fill("The last paragraph.");
  await noJs.getByLabel("Passage").selectOption(`${article.id}/p3`);
  await noJs.getByRole("textbox", { name: "Quote", exact: true }).fill("Both sides called the conversation candid");
  await noJs.getByRole("button", { name: "Add question" }).click();
  await expect(noJs.getByText("Question saved.")).toBeVisible();
  await expect(noJs.getByRole("region", { name: /^Questions \(/ }).locator("ol > li")).toHaveCount(6);
  await plain.close();

  // Reorder: the sixth moves above the fifth.
  await page.reload();
  await expect(list).toHaveCount(6);
  await page.getByRole("button", { name: "Move up question 6" }).click();
  await expect(list.nth(4)).toContainText("Who called the conversation candid?");
  await expect(list.nth(5)).toContainText("fentanyl");

  // Remove the true-or-false question.
  await page.getByRole("button", { name: "Remove question 2" }).click();
  await expect(page.getByText("Question removed (kept in reports).")).toBeVisible();
  await expect(list).toHaveCount(5);
  await expect(page.getByRole("region", { name: /^Questions \(/ })).not.toContainText("They discussed Taiwan.");

  // Publish, shared by link.
  await page.getByRole("radio", { name: /Shared by link/ }).check();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();
  await page.reload();
  await expect(page.getByText("Published · Shared by link · 5 questions")).toBeVisible();
  await checkPage(page, "set editor published");

  // Editing in place: the answer changes, so learners start that question afresh.
  await page.getByRole("link", { name: "Edit question 2" }).click();
  await expect(page.getByRole("heading", { name: "Edit question 2: Short answer" })).toBeVisible();
  await checkPage(page, "set editor editing");
  await page.getByRole("textbox", { name: "Answer", exact: true }).fill("On Tuesday");
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByText("Its new answer starts it afresh for every learner.")).toBeVisible();
});

test("the editor is the owner's alone: another teacher gets a 404", async ({ page, browser }) => {
  await signUp(page, "Mr Owner", "Teacher");
  const article = insertArticleFor("Mr Owner", "Owner's article", PARAGRAPHS);
  await page.goto(`/sets/new?article=${article.id}`);
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Private draft");
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Private draft" })).toBeVisible();
  const other = await (await browser.newContext()).newPage();
  await signUp(other, "Ms Other", "Teacher");
  const response = await other.goto(page.url());
  expect(response?.status()).toBe(404);
});
