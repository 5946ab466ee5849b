// Steps in the set editor shared by its specs: selecting words in the article pane as a teacher's drag
// would, citing them and adding the question, and choosing a question type.
import { expect, type Page } from "@playwright/test";

/** Selects `quote` inside passage `key` of the article pane, as a teacher dragging over it would. */
export async function select(page: Page, key: string, quote: string) {
  await page.locator(`[data-passage-key="${key}"]`).evaluate((element, words) => {
    const text = element.firstChild!;
    const start = text.textContent!.indexOf(words);
    if (start === -1) throw new Error(`"${words}" is not in the passage`);
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + words.length);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, quote);
}

/**
 * Cites `quote` in passage `key` (or, when `quote` is null, the whole passage, whose text is `cited`),
 * checks the form shows the citation, and adds the question.
 */
export async function citeAndAdd(page: Page, key: string, quote: string | null, cited = quote ?? "") {
  if (quote) await select(page, key, quote);
  else await page.locator(`[data-passage-key="${key}"]`).selectText();
  await page.getByRole("button", { name: "Cite", exact: true }).click();
  await expect(page.getByText(/^Cited “/)).toContainText(cited);
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question saved." })).toBeVisible();
}

/** Switches the new-question form to the type labelled `label` ("True or false", "Flashcard", …). */
export async function chooseType(page: Page, label: string) {
  await page.getByRole("navigation", { name: "Question type" }).getByRole("link", { name: label }).click();
  await expect(page.getByRole("heading", { name: `New question: ${label}` })).toBeVisible();
}
