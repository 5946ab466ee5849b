// Every page, signed out, as a student and as a teacher, at both widths (the two projects), in the light and
// the dark theme: axe finds no serious or critical violation, each page has an outline, nothing scrolls
// sideways, and screenshots land in tests/artifacts/screenshots for a person to look at.
import { expect, test } from "@playwright/test";
import { checkPage } from "./page-checks";
import { signUp, unique } from "./people";
import { seedTeacher } from "./teacher-content";

// Each test runs axe on a dozen pages in two themes and takes full-page screenshots: about 30 s on this
// machine kind when the server processes are still cold, which is the default limit.
test.describe.configure({ timeout: 90_000 });

test("signed out: home, set, article, practice, sign-in, sign-up, join, 404", async ({ page }) => {
  const pages: [string, string][] = [
    ["/", "home"],
    ["/sets/the-call", "set"],
    ["/articles/cnn-biden-xi-call?highlight=call-weekday", "article"],
    ["/sets/the-call/practice", "practice"],
    ["/sets/the-call/practice?notice=practice-unreadable", "practice notice"],
    ["/sets/the-call/study", "study start"],
    ["/progress", "progress empty"],
    ["/sign-in", "sign-in"],
    ["/sign-up", "sign-up"],
    ["/sign-in/check-email", "check your email"],
    ["/join", "join"],
    ["/join/NOSUCH", "join unknown code"],
    ["/no-such-page", "not found"],
  ];
  for (const [path, name] of pages) {
    await page.goto(path);
    await checkPage(page, name);
  }
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill("nobody@example.com");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
  await checkPage(page, "sign-in error");
});

test("signed out: after signing out everywhere, a sign-in link that does not work", async ({ page }) => {
  for (const [path, name] of [
    ["/sign-in?signedOut=everywhere", "sign-in after signing out everywhere"],
    ["/sign-in/link?token=unknown&email=ada%40example.org", "sign-in link unknown"],
  ]) {
    await page.goto(path);
    await checkPage(page, name);
  }
});

test("a student: question, feedback, shortcuts, all done, progress, account", async ({ page }) => {
  await signUp(page, "Axel", "Student");
  await page.goto("/sets/the-call/study");
  await checkPage(page, "question");
  await page.getByRole("radio", { name: /Monday/ }).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "Not quite." })).toBeVisible();
  await checkPage(page, "feedback");
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await checkPage(page, "shortcuts");
  await page.keyboard.press("Escape");
  for (const [path, name] of [
    ["/", "home signed in"],
    ["/sets/the-call", "set signed in"],
    ["/progress", "progress"],
    ["/account", "account"],
    ["/join", "join signed in"],
  ]) {
    await page.goto(path);
    await checkPage(page, name);
  }
  // A limit of 0 new questions a day leaves nothing to study: the "all done" state.
  await page.goto("/sets/flashpoints");
  await page.getByRole("spinbutton", { name: "New questions per day" }).fill("0");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.goto("/sets/flashpoints/study");
  await expect(page.getByRole("heading", { name: "All done for now" })).toBeVisible();
  await checkPage(page, "all done");
});

test("a student's typed answers: wrong with I was right, overruled, accepted with a typo", async ({ page }) => {
  await page.goto("/sets/the-call");
  await page.getByRole("button", { name: "Start studying" }).click();
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Check answer" }).click();
  for (let i = 0; i < 3; i++) {
    await page.getByRole("link", { name: "Next question" }).click();
    if (i < 2) {
      await page.getByRole("radio").first().check();
      await page.getByRole("button", { name: "Check answer" }).click();
    }
  }
  await page.getByRole("textbox").fill("Summer 2022");
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("button", { name: "I was right" })).toBeVisible();
  await checkPage(page, "feedback typed wrong, may overrule");
  await page.getByRole("button", { name: "I was right" }).click();
  await expect(page.getByRole("heading", { name: "Counted as right: you overruled the check." })).toBeVisible();
  await checkPage(page, "feedback overruled");
  await page.getByRole("link", { name: "Next question" }).click();
  await page.getByRole("textbox").fill("cnadid");
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByText("Accepted with a typo: the spelling is “candid”.")).toBeVisible();
  await checkPage(page, "feedback accepted with a typo");
});

test("a teacher: classes, a class, an assignment's report", async ({ page, browser }) => {
  await signUp(page, "Tess", "Teacher");
  await page.goto("/classes");
  await checkPage(page, "no classes yet");
  await page.getByLabel("Class name").fill("Period 5");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Period 5" })).toBeVisible();
  await checkPage(page, "class empty");
  await page.getByRole("checkbox", { name: "The call itself" }).check();
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("Assigned 1 set.")).toBeVisible();
  await checkPage(page, "class");
  // A student joins and answers, so the report has rows.
  const student = await (await browser.newContext()).newPage();
  const joinPath = new URL((await page.locator("p.font-mono").textContent())!.trim()).pathname;
  await student.goto(joinPath);
  await checkPage(student, "join with a code");
  await signUp(student, "Ana Student", "Student", `/sign-up?next=${encodeURIComponent(joinPath)}`);
  await student.getByRole("button", { name: "Join class" }).click();
  await student.getByRole("link", { name: "Study The call itself" }).click();
  await student.getByRole("radio", { name: "Monday" }).check();
  await student.getByRole("button", { name: "Check answer" }).click();
  await expect(student.getByRole("heading", { name: "Not quite." })).toBeVisible();
  for (let i = 0; i < 3; i++) {
    await student.getByRole("link", { name: "Next question" }).click();
    if (i < 2) {
      await student.getByRole("radio").first().check();
      await student.getByRole("button", { name: "Check answer" }).click();
    }
  }
  await student.getByRole("textbox").fill("Summer 2022");
  await student.getByRole("button", { name: "Check answer" }).click();
  await student.getByRole("button", { name: "I was right" }).click();
  await expect(student.getByRole("heading", { name: "Counted as right: you overruled the check." })).toBeVisible();
  await page.reload();
  await page.getByRole("link", { name: "The call itself" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The call itself" })).toBeVisible();
  await checkPage(page, "report");
  await page.goto("/classes");
  await checkPage(page, "classes");
});

// Issue 17: the teacher's home, empty and with classes, sets and articles.
test("a teacher's home: empty, then with classes, sets and articles", async ({ page }) => {
  const email = unique("home");
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Hana Teacher");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("radio", { name: "Teacher" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your teaching" })).toBeVisible();
  await checkPage(page, "teacher home empty");
  seedTeacher(email);
  await page.reload();
  await expect(page.getByRole("region", { name: "Your sets" })).toBeVisible();
  await checkPage(page, "teacher home full");
});
