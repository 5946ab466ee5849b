import { expect, test } from "@playwright/test";
import { studyKeysReady, tabTo } from "./keyboard";

test.use({ viewport: { width: 390, height: 844 } });

test("a guest studies with the keyboard alone, misses a question, and reads the evidence in context", async ({
  page,
}) => {
  await page.goto("/sets/the-call");
  await tabTo(page, page.getByRole("button", { name: "Start studying" }));
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/sets\/the-call\/study$/);
  const question = page.getByRole("group", { name: /on which day of the week did Biden and Xi speak/ });
  await expect(question).toBeVisible();
  // Nothing on the page tells the answer before one is given: no explanation, no cited quote.
  const before = await page.content();
  expect(before).not.toContain("CNN opens with the call itself");
  expect(before).not.toContain("spoke by phone with Chinese President Xi Jinping on Tuesday");

  await page.keyboard.press("1"); // Monday: wrong
  await expect(page.getByRole("radio", { name: /Monday/ })).toBeChecked();
  await page.keyboard.press("Enter");

  const verdict = page.getByRole("heading", { name: "Not quite." });
  await expect(verdict).toBeVisible();
  await expect(verdict).toBeFocused();
  await expect(page.getByText("Correct answer:")).toBeVisible();
  await expect(page.locator("dd").filter({ hasText: /^Tuesday$/ })).toBeVisible();
  await expect(page.locator("blockquote mark")).toHaveText(
    "spoke by phone with Chinese President Xi Jinping on Tuesday",
  );

  const context = page.getByRole("link", { name: /Read in context/ });
  await tabTo(page, context);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/articles\/cnn-biden-xi-call\?highlight=call-weekday/);
  const passage = page.locator("section#call");
  await expect(passage.locator("mark")).toHaveText("spoke by phone with Chinese President Xi Jinping on Tuesday");
  await expect(passage.locator("mark")).toBeInViewport();
});

test("a right answer can be marked as guessed, Enter moves on, and U undoes the last answer exactly", async ({
  page,
}) => {
  await page.goto("/sets/the-call");
  await page.getByRole("button", { name: "Start studying" }).click();
  await expect(page.getByText("0 due · 12 new left today")).toBeVisible();
  await page.getByRole("radio", { name: /Tuesday/ }).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "Right!" })).toBeVisible();
  await page.getByRole("button", { name: "I guessed" }).click();
  await expect(page.getByText("Noted: the schedule takes that into account.")).toBeVisible();

  await page.getByRole("heading", { name: "Right!" }).focus();
  await page.keyboard.press("Enter");
  const howLong = page.getByRole("group", { name: /How long did the call last/ });
  await expect(howLong).toBeVisible();
  await expect(page.getByText("0 due · 11 new left today")).toBeVisible();

  await page.getByRole("radio", { name: "An hour and 45 minutes" }).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "Right!" })).toBeVisible();
  await studyKeysReady(page);
  await page.keyboard.press("u");
  await expect(page.getByText("Your last answer was undone.")).toBeVisible();
  await expect(howLong).toBeVisible();
  await expect(page.getByText("0 due · 11 new left today")).toBeVisible();
});

test("a flashcard flips with Space and is graded with a digit, each grade showing its interval", async ({ page }) => {
  await page.goto("/sets/the-call");
  await page.getByRole("button", { name: "Start studying" }).click();
  // Answer the questions before the flashcard (position 9) right, to reach it.
  for (let i = 0; i < 8; i++) {
    await expect(page.locator("form[data-study-form]")).toBeVisible();
    const radios = page.getByRole("radio");
    if ((await radios.count()) > 0) await radios.first().check();
    else await page.getByRole("textbox").fill("x");
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("link", { name: "Next question" }).click();
  }
  await expect(page.getByRole("heading", { name: /What promise did Biden make publicly/ })).toBeVisible();
  expect(await page.content()).not.toContain("pick up the phone and call each other; the call fulfils");
  await page.keyboard.press(" ");
  await expect(page.getByText(/the call fulfils that promise/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Again/ })).toContainText(/\d+m|<1m/);
  await expect(page.getByRole("button", { name: /^Easy/ })).toContainText(/\d+d/);
  await page.keyboard.press("3");
  await expect(page.getByRole("heading", { name: "You rated this card Good." })).toBeVisible();
});

test("the progress page shows the day's reviews on the heatmap and a retention chart", async ({ page }) => {
  await page.goto("/progress");
  await expect(page.getByText("Nothing to show yet")).toBeVisible();
  await page.goto("/sets/the-call");
  await page.getByRole("button", { name: "Start studying" }).click();
  await page.getByRole("radio", { name: /Tuesday/ }).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "Right!" })).toBeVisible();
  await page.getByRole("link", { name: "Progress" }).click();
  await expect(page.getByText("1 review on 1 day in the past year")).toBeVisible();
  await expect(page.getByRole("img", { name: "Review heatmap: 1 review on 1 day in the past year" })).toBeVisible();
  await expect(
    page.getByRole("img", { name: /Retention chart\. No reviews of questions seen before yet\. Target 90%\./ }),
  ).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("listitem").filter({ hasText: "The call itself" })).toContainText(
    "0 due now · 11 new · 0 mastered · last studied",
  );
});

test("the daily limit of new questions can be changed, and bad input is refused with a message", async ({ page }) => {
  await page.goto("/sets/the-call");
  await page.getByRole("button", { name: "Start studying" }).click();
  // On the study page: the set page's Export links ("… of The call itself") would match a looser name.
  await expect(page).toHaveURL(/\/sets\/the-call\/study/);
  await page.getByRole("link", { name: "The call itself", exact: true }).click();
  const limit = page.getByRole("spinbutton", { name: "New questions per day" });
  await expect(limit).toHaveValue("20");
  await limit.fill("3");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(limit).toHaveValue("3");
  await page.getByRole("button", { name: "Start studying" }).click();
  await expect(page.getByText("0 due · 3 new left today")).toBeVisible();

  await page.goto("/sets/the-call");
  await limit.evaluate((el: HTMLInputElement) => {
    el.removeAttribute("max");
    el.value = "9999";
  });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Enter a whole number from 0 to 500." })).toBeVisible();
  await expect(limit).toHaveAttribute("aria-invalid", "true");
});

test("a typed answer accepted with a typo says so; a wrong one can be overruled with the keyboard, and undone", async ({
  page,
}) => {
  await page.goto("/sets/the-call");
  await page.getByRole("button", { name: "Start studying" }).click();
  for (let i = 0; i < 3; i++) {
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("link", { name: "Next question" }).click();
  }
  const typed = page.getByRole("textbox");
  await expect(page.getByText(/in which month and year did Biden and Xi last speak/)).toBeVisible();
  await typed.fill("Summer 2022");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Not quite." })).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "I was right" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Counted as right: you overruled the check." })).toBeVisible();
  await expect(page.locator("dd").filter({ hasText: /^Summer 2022$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "I was right" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "I guessed" })).toHaveCount(0);

  // Undo takes the overruled answer back like any other.
  await page.keyboard.press("u");
  await expect(page.getByText("Your last answer was undone.")).toBeVisible();
  await expect(page.getByText(/in which month and year did Biden and Xi last speak/)).toBeVisible();
  await typed.fill("july 2022");
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "Right!" })).toBeVisible();
  await expect(page.getByText("Accepted with a typo")).toHaveCount(0);
  await page.getByRole("link", { name: "Next question" }).click();

  await typed.fill("cnadid");
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "Right!" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Right!" })).toContainText(
    "Accepted with a typo: the spelling is “candid”.",
  );
  await expect(page.getByRole("button", { name: "I was right" })).toHaveCount(0);
});
