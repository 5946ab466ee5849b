// Every page, signed out, as a student and as a teacher, at both widths (the two projects), in the light and
// the dark theme: axe finds no serious or critical violation, each page has an outline, nothing scrolls
// sideways, and screenshots land in tests/artifacts/screenshots for a person to look at.
import { expect, test } from "@playwright/test";
import { citeArticle, COUNCIL, COUNCIL_CITATIONS, COUNCIL_EDITED } from "./article-citations";
import { checkPage } from "./page-checks";
import { signUp, unique } from "./people";
import { insertArticleFor, insertQuestionToCheck } from "../support/browser-teacher-article";
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
    ["/library", "library"],
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

test("a teacher: the library, and the owner panel of a set they copied", async ({ page }) => {
  await signUp(page, "Lib", "Teacher");
  await page.goto("/library");
  await checkPage(page, "library as a teacher");
  await page.getByRole("button", { name: "Copy to my sets: The call itself" }).click();
  await expect(page.getByRole("region", { name: "Your set" })).toContainText("Draft");
  await checkPage(page, "set owner panel");
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

// Issue 17, articles part: adding an article three ways, and its editor before and after an edit that
// leaves citations to fix.
test("a teacher: adding an article, and its editor", async ({ page }) => {
  await signUp(page, "Theo", "Teacher");
  await page.goto("/articles/new");
  await checkPage(page, "new article paste");
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByText("Give the article a title.")).toBeVisible();
  await expect(page.getByText("Give the article's text: it has no words yet.")).toBeVisible();
  await checkPage(page, "new article paste refused");
  await page.goto("/articles/new?way=upload&notice=unsupported-file");
  await checkPage(page, "new article upload refused");
  await page.goto("/articles/new?way=address");
  await checkPage(page, "new article web address");
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill("Council meeting");
  await page.getByLabel("The article's text").fill(COUNCIL.join("\n\n"));
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Council meeting" })).toBeVisible();
  await checkPage(page, "article editor added");
  citeArticle(new URL(page.url()).pathname.split("/")[2], COUNCIL_CITATIONS);
  await page.getByLabel("Text", { exact: true }).fill(COUNCIL_EDITED);
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await checkPage(page, "article editor after an edit");
});

test("a teacher: a new set, the set editor empty, with a citation to check, and accepted", async ({ page }) => {
  await signUp(page, "Tao Editor", "Teacher");
  const article = insertArticleFor("Tao Editor", "A teacher's article", [
    "The council met on Monday and voted to repair the bridge.",
    "Repairs begin in spring, the mayor said, and will take two years.",
  ]);
  await page.goto("/sets/new");
  await checkPage(page, "new set");
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.locator("#title-error")).toHaveText("Give the set a title.");
  await checkPage(page, "new set refused");
  await page.getByLabel("Title").fill("The bridge");
  await page.getByRole("checkbox", { name: /A teacher's article/ }).check();
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The bridge" })).toBeVisible();
  await checkPage(page, "set editor empty");
  const setId = new URL(page.url()).pathname.split("/")[2];
  insertQuestionToCheck(setId, article, "two years");
  await page.reload();
  await expect(page.getByRole("heading", { name: /Citations to fix \(1\)/ })).toBeVisible();
  await checkPage(page, "set editor with a citation to check");
  await page.getByRole("button", { name: /Accept/ }).click();
  await expect(page.getByText("Citation accepted.")).toBeVisible();
  await expect(page.getByRole("heading", { name: /Citations to fix/ })).toHaveCount(0);
  await checkPage(page, "set editor after accepting");
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

// Issue 18, Find the evidence: a question typed without a citation, with proposals and with none found.
test("a teacher: a question that needs a source, with evidence found and with none", async ({ page }) => {
  await signUp(page, "Uma Evidence", "Teacher");
  const article = insertArticleFor("Uma Evidence", "The harbour", [
    "The harbour froze in the winter of 1947, and the ferries stopped for six weeks.",
    "Mayor Ilse Brandt opened the new bridge on 3 May 1952; the ferry service ended that summer.",
  ]);
  await page.goto(`/sets/new?article=${article.id}`);
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Needs sources");
  await page.getByRole("button", { name: "Create set" }).click();
  for (const [prompt, answer] of [
    ["Who opened the new bridge?", "Ilse Brandt"],
    ["Which planet has rings?", "Saturn"],
  ]) {
    await page.getByRole("navigation", { name: "Question type" }).getByRole("link", { name: "Short answer" }).click();
    await expect(page.getByRole("heading", { name: "New question: Short answer" })).toBeVisible();
    await page.getByRole("textbox", { name: "Question", exact: true }).fill(prompt);
    await page.getByRole("textbox", { name: "Answer", exact: true }).fill(answer);
    await page.getByRole("textbox", { name: "Explanation", exact: true }).fill("From the article.");
    await page.getByRole("button", { name: "Add question" }).click();
    await expect(page.getByRole("region", { name: /^Questions \(/ })).toContainText(prompt);
  }
  const fixes = page.getByRole("region", { name: /Citations to fix \(2\)/ });
  await expect(fixes.getByRole("button", { name: /^Cite this for question 1/ })).toHaveCount(1);
  await expect(fixes).toContainText("No passage of this set's articles mentions the answer");
  await checkPage(page, "set editor needs a source");
  await page.getByRole("link", { name: "Edit question 1" }).click();
  await expect(page.getByRole("heading", { name: "Edit question 1: Short answer" })).toBeVisible();
  await checkPage(page, "set editor editing a question that needs a source");
});

// Issue 18: the drafts page with drafts, a draft opened in the set editor, an article too short to draft from,
// and every draft decided.
test("a teacher: the drafts page, a draft in the editor, nothing to draft, all decided", async ({ page }) => {
  await signUp(page, "Dana Drafts", "Teacher");
  const article = insertArticleFor("Dana Drafts", "The Elbe bridge", [
    "Mayor Ilse Brandt opened the new bridge over the Elbe in Hamburg on 3 May 1952, ending a ferry service that had run for 140 years.",
    "The bridge cost 12 million marks and took 4,000 workers three years to build, according to the city council.",
    "“This bridge joins two halves of one city,” Brandt told a crowd of 20,000 people at the opening.",
  ]);
  await page.goto(`/articles/${article.id}/edit`);
  await page.getByRole("button", { name: "Draft questions from this article" }).click();
  // The first drafting loads the language library: longer than a page usually takes, on a loaded machine.
  await expect(page.getByRole("heading", { level: 1, name: /^Drafted questions: / })).toBeVisible({ timeout: 30_000 });
  await checkPage(page, "drafts page with drafts");

  await page.getByRole("link", { name: "Edit draft 1", exact: true }).click();
  await expect(page.getByRole("heading", { name: /^New question from a draft: / })).toBeVisible({ timeout: 30_000 });
  await checkPage(page, "set editor with a draft");

  await page.getByRole("link", { name: /^Back to the drafts/ }).click();
  const heading = page.getByRole("heading", { level: 2, name: /^Drafts \(\d+\)$/ });
  await expect(heading).toBeVisible({ timeout: 30_000 });
  // Reject every draft, one at a time, each time waiting for the page to count one fewer.
  for (let left = Number(/\d+/.exec((await heading.textContent())!)![0]); left > 0; left--) {
    await page.getByRole("button", { name: "Reject draft 1", exact: true }).click();
    await expect(heading).toHaveText(`Drafts (${left - 1})`, { timeout: 30_000 });
  }
  await expect(page.getByText(/^Every draft of this article is decided/)).toBeVisible({ timeout: 30_000 });
  await checkPage(page, "drafts page all decided");

  const short = insertArticleFor("Dana Drafts", "A short note", ["Thank you all for coming today."]);
  await page.goto(`/articles/${short.id}/edit`);
  await page.getByRole("button", { name: "Draft questions from this article" }).click();
  await expect(page.getByText(/^Nothing to draft: this article is short/)).toBeVisible({ timeout: 30_000 });
  await checkPage(page, "drafts page nothing to draft");
});

// Issue 19, in the app: the set page's Export list, and the Import page empty and with a refusal beside the form.
test("a teacher: the Import page, empty and refused; a set's Export list", async ({ page }) => {
  await page.goto("/sets/the-call");
  await expect(page.getByRole("heading", { name: "Export" })).toBeVisible();
  await checkPage(page, "set page with export list");
  await signUp(page, "Ines Import", "Teacher");
  await page.goto("/sets/import");
  await checkPage(page, "import page");
  await page
    .getByLabel("File")
    .setInputFiles({ name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF") });
  await page.getByRole("button", { name: "Import as a draft set" }).click();
  await expect(page.locator("#file-error")).toBeVisible();
  await checkPage(page, "import page refused");
});
