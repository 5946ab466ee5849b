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

  // Without JavaScript: the passage's number is typed and the quote pasted.
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
  await noJs.getByRole("textbox", { name: "Passage number", exact: true }).fill("3");
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

test("a long article: the page carries 60 passages and the rest follows; Cite numbers from the article's start, and without JavaScript links lead through it", async ({
  page,
  browser,
}) => {
  await signUp(page, "Ms Long", "Teacher");
  const paragraphs = Array.from({ length: 150 }, (_, i) => `Paragraph ${i + 1} says the count is ${i + 1}.`);
  const article = insertArticleFor("Ms Long", "A long article", paragraphs);
  await page.goto(`/sets/new?article=${article.id}`);
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Counting");
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Counting" })).toBeVisible();

  // The whole article arrives after the page, and the links to other windows go.
  const passages = page.locator("ol[data-article-id] > li");
  await expect(passages).toHaveCount(150);
  await expect(page.getByRole("link", { name: /Later passages/ })).toHaveCount(0);

  await chooseType(page, "True or false");
  await page.getByRole("textbox", { name: "Statement", exact: true }).fill("The count reaches 120.");
  await page.getByRole("textbox", { name: "Explanation", exact: true }).fill("Paragraph 120.");
  await select(page, "p120", "the count is 120");
  await page.getByRole("button", { name: "Cite", exact: true }).click();
  await expect(page.getByText(/^Cited “/)).toHaveText("Cited “the count is 120” from A long article, ¶120.");
  await expect(page.getByRole("textbox", { name: "Passage number", exact: true })).toHaveValue("120");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question saved." })).toBeVisible();
  const list = page.getByRole("region", { name: /^Questions \(/ }).locator("ol > li");
  await expect(list.nth(0)).toContainText("A long article, ¶120");

  // Editing it opens the pane at its evidence, which stays in view when the rest of the article arrives above it.
  await page.getByRole("link", { name: "Edit question 1" }).click();
  await expect(page.getByRole("heading", { name: "Edit question 1: True or false" })).toBeVisible();
  await expect(passages).toHaveCount(150);
  const inPaneView = (key: string) =>
    page.locator(`[data-passage-key="${key}"]`).evaluate((element) => {
      const pane = element.closest("[data-article-pane]")!.getBoundingClientRect();
      const own = element.getBoundingClientRect();
      return own.top >= pane.top && own.top < pane.bottom;
    });
  await expect.poll(() => inPaneView("p120")).toBe(true);
  // The same when the editor opens there: the window, then the whole article around it.
  await page.reload();
  await expect(passages).toHaveCount(150);
  await expect.poll(() => inPaneView("p120")).toBe(true);
  // Cite still numbers from the article's first passage once the whole is in.
  await select(page, "p121", "the count is 121");
  await page.getByRole("button", { name: "Cite", exact: true }).click();
  await expect(page.getByText(/^Cited “/)).toHaveText("Cited “the count is 121” from A long article, ¶121.");

  // If the rest of the article cannot be read, the window stays with its links, and says so.
  const passagesRoute = "**/api/sets/*/articles/*/passages";
  await page.route(passagesRoute, (route) => route.abort());
  await page.goto(page.url().split("?")[0] + "?passages=61");
  await expect(page.getByRole("status").filter({ hasText: "the rest did not load" })).toHaveText(
    "Showing passages 61–120 of 150: the rest did not load. Use the links, or reload the page.",
  );
  await expect(page.getByRole("link", { name: "Earlier passages (1–60)" })).toBeVisible();
  await expect(passages).toHaveCount(60);
  await checkPage(page, "set editor, a window of a long article");
  await page.unroute(passagesRoute);

  // Without JavaScript: a window of 60, links to the next, and the passage's number typed.
  const plain = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const noJs = await plain.newPage();
  await noJs.goto(page.url().split("?")[0] + "?type=short-answer");
  const windowed = noJs.locator("ol[data-article-id] > li");
  await expect(windowed).toHaveCount(60);
  await expect(noJs.getByRole("link", { name: /Earlier passages/ })).toHaveCount(0);
  await noJs.getByRole("link", { name: "Later passages (61–120)" }).click();
  await expect(windowed).toHaveCount(60);
  await expect(windowed.first()).toHaveText(paragraphs[60]);
  await expect(noJs.locator("ol[data-article-id]")).toHaveAttribute("start", "61");
  await expect(noJs.getByRole("link", { name: "Earlier passages (1–60)" })).toBeVisible();
  // The new question's type is kept by the window's links.
  await expect(noJs.getByRole("heading", { name: "New question: Short answer" })).toBeVisible();

  await noJs.getByRole("textbox", { name: "Question", exact: true }).fill("What does paragraph 100 count?");
  await noJs.getByRole("textbox", { name: "Answer", exact: true }).fill("100");
  await noJs.getByRole("textbox", { name: "Explanation", exact: true }).fill("It says so.");
  const number = noJs.getByRole("textbox", { name: "Passage number", exact: true });
  await number.fill("151");
  await noJs.getByRole("textbox", { name: "Quote", exact: true }).fill("the count is 100");
  await noJs.getByRole("button", { name: "Add question" }).click();
  await expect(number).toHaveAttribute("aria-invalid", "true");
  await expect(noJs.locator("#citePassage-error")).toHaveText(
    "This article has no passage 151: give a number from 1 to 150.",
  );
  // Nothing typed is lost.
  await expect(noJs.getByRole("textbox", { name: "Question", exact: true })).toHaveValue(
    "What does paragraph 100 count?",
  );
  await number.fill("100");
  await noJs.getByRole("button", { name: "Add question" }).click();
  await expect(noJs.getByText("Question saved.")).toBeVisible();
  await expect(
    noJs
      .getByRole("region", { name: /^Questions \(/ })
      .locator("ol > li")
      .nth(1),
  ).toContainText("A long article, ¶100");
  await plain.close();
});

test("a citation made with Cite stays with its passage when the teacher then shows another article; a number typed over it names the shown article's", async ({
  page,
}) => {
  await signUp(page, "Mr Two", "Teacher");
  const first = insertArticleFor("Mr Two", "Alpha report", ["Alpha one says red.", "Alpha two says green."]);
  const second = insertArticleFor("Mr Two", "Beta report", ["Beta one says blue.", "Beta two says the sky is grey."]);
  await page.goto(`/sets/new?article=${first.id}`);
  await page.getByRole("checkbox", { name: /Beta report/ }).check();
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Two reports");
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Two reports" })).toBeVisible();

  await chooseType(page, "True or false");
  await page
    .getByRole("navigation", { name: "Articles of this set" })
    .getByRole("link", { name: "Beta report" })
    .click();
  await expect(page.getByRole("heading", { level: 2, name: "Beta report" })).toBeVisible();
  await page.getByRole("textbox", { name: "Statement", exact: true }).fill("The sky is grey.");
  await page.getByRole("textbox", { name: "Explanation", exact: true }).fill("Beta says so.");
  await select(page, "p2", "the sky is grey");
  await page.getByRole("button", { name: "Cite", exact: true }).click();
  await expect(page.getByText(/^Cited “/)).toHaveText("Cited “the sky is grey” from Beta report, ¶2.");
  // Back to the first article before saving: the citation is still Beta's second passage.
  await page
    .getByRole("navigation", { name: "Articles of this set" })
    .getByRole("link", { name: "Alpha report" })
    .click();
  await expect(page.getByRole("heading", { level: 2, name: "Alpha report" })).toBeVisible();
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question saved." })).toBeVisible();
  const list = page.getByRole("region", { name: /^Questions \(/ }).locator("ol > li");
  await expect(list.nth(0)).toContainText("Beta report, ¶2");

  // Editing it shows the article it cites.
  await page.goto(page.url().split("?")[0]);
  await page.getByRole("link", { name: "Edit question 1" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Beta report" })).toBeVisible();

  // Cite, then a number typed over Cite's: the typed number, in the article shown, decides.
  await page.goto(page.url().split("?")[0] + `?article=${second.id}&type=true-false`);
  await page.getByRole("textbox", { name: "Statement", exact: true }).fill("Beta one says blue.");
  await page.getByRole("textbox", { name: "Explanation", exact: true }).fill("The first.");
  await select(page, "p2", "the sky is grey");
  await page.getByRole("button", { name: "Cite", exact: true }).click();
  await page.getByRole("textbox", { name: "Passage number", exact: true }).fill("1");
  await page.getByRole("textbox", { name: "Quote", exact: true }).fill("says blue");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question saved." })).toBeVisible();
  await expect(list.nth(1)).toContainText("Beta report, ¶1");
});
