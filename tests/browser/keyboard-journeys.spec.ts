// The teacher's and the student's journeys with the keyboard alone: every step reached with Tab, arrows,
// Space, Enter and the study shortcuts; focus always visible; errors tied to their fields; the verdict
// announced in a live region and focused; no answer timed.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectFocusVisible, tabTo, typeInto } from "./keyboard";
import { unique } from "./people";

test("a teacher sets up a class and a student joins, studies and is reported on, all by keyboard", async ({
  page,
  browser,
}) => {
  // The teacher signs up; a too-short password is refused, and focus lands on the field with its error.
  await page.goto("/sign-up");
  await typeInto(page, page.getByLabel("Name"), "Ms Keys");
  await typeInto(page, page.getByLabel("Email", { exact: true }), unique("keys"));
  await typeInto(page, page.getByLabel("Password"), "short");
  await tabTo(page, page.getByRole("radio", { name: "Student" }));
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Teacher" })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Create account" }));
  await page.keyboard.press("Enter");
  const password = page.getByLabel("Password");
  await expect(password).toBeFocused();
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription("At least 8 characters. Use at least 8 characters.");
  await expect(page.getByRole("radio", { name: "Teacher" })).toBeChecked();
  await page.keyboard.type("a long enough password");
  await page.keyboard.press("Enter");

  // A class, a set assigned to it, and its join link.
  const classes = page.getByRole("link", { name: "Classes" });
  await expect(classes).toBeVisible();
  await tabTo(page, classes);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Your classes" })).toBeVisible();
  await typeInto(page, page.getByLabel("Class name"), "Period 1 Keys");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Period 1 Keys" })).toBeVisible();
  await tabTo(page, page.getByRole("checkbox", { name: "The call itself" }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name: "The call itself" })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Assign" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Assigned 1 set." })).toBeVisible();
  const joinPath = new URL((await page.locator("p.font-mono").textContent())!.trim()).pathname;

  // The student follows the link, makes an account and joins.
  const student = await (await browser.newContext({ viewport: page.viewportSize() })).newPage();
  await student.clock.install();
  await student.goto(joinPath);
  await tabTo(student, student.getByRole("link", { name: "Create an account" }));
  await student.keyboard.press("Enter");
  await typeInto(student, student.getByLabel("Name"), "Kim Keys");
  await typeInto(student, student.getByLabel("Email", { exact: true }), unique("kim"));
  await typeInto(student, student.getByLabel("Password"), "a long enough password");
  await student.keyboard.press("Enter");
  await expect(student.getByRole("heading", { level: 1, name: "Join Period 1 Keys" })).toBeVisible();
  await tabTo(student, student.getByRole("button", { name: "Join class" }));
  await student.keyboard.press("Enter");
  await expect(student.getByRole("status").filter({ hasText: "You joined Period 1 Keys." })).toBeVisible();

  // Studies the assignment: digits choose, Enter checks; the verdict is focused and in a live region.
  await tabTo(student, student.getByRole("link", { name: "Study The call itself" }));
  await student.keyboard.press("Enter");
  await expect(student.getByRole("group", { name: /on which day of the week/ })).toBeVisible();
  // No answer is timed: half an hour later the question is still there and the answer still counts.
  await student.clock.fastForward("30:00");
  await student.keyboard.press("2");
  await expect(student.getByRole("radio", { name: "Tuesday" })).toBeChecked();
  await expectFocusVisible(student.getByRole("radio", { name: "Tuesday" }));
  await student.keyboard.press("Enter");
  const right = student.getByRole("status").getByRole("heading", { name: "Right!" });
  await expect(right).toBeVisible();
  await expect(right).toBeFocused();
  await student.keyboard.press("Enter");
  await expect(student.getByRole("group", { name: /How long did the call last/ })).toBeVisible();
  await student.keyboard.press("1");
  await student.keyboard.press("Enter");
  const verdict = student.locator("#feedback-heading");
  await expect(verdict).toBeFocused();
  await expect(student.getByRole("status").filter({ has: verdict })).toBeVisible();
  // From the verdict, Tab reaches the cited passage's link before anything else on the page.
  await tabTo(student, student.getByRole("link", { name: /Read in context/ }).first(), 3);

  // The teacher opens the report and downloads it, by keyboard.
  await page.reload();
  await tabTo(page, page.getByRole("link", { name: "The call itself" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "The call itself" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Students", exact: true }).getByRole("row", { name: /Kim Keys/ }),
  ).toContainText("2 of 12");
  const table = page.getByRole("region", { name: "Students table, scrolls sideways" });
  await tabTo(page, table);
  await page.keyboard.press("End");
  const download = page.waitForEvent("download");
  await tabTo(page, page.getByRole("link", { name: "Download CSV of students" }));
  await page.keyboard.press("Enter");
  expect(readFileSync(await (await download).path(), "utf8")).toContain("Kim Keys,");
});
