// A teacher's articles in the browser: added by pasting, uploading (.docx, .html) and from a web address;
// passages joined, split at the caret and edited as text; the same without JavaScript; re-anchoring's
// outcome shown after a save; and hostile markup, every way in, shown as text that runs nothing.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { buildDocx } from "../../lib/authoring/bench";
import { HOSTILE } from "../support/hostile-markup";
import { citeArticle, COUNCIL, COUNCIL_CITATIONS, COUNCIL_EDITED } from "./article-citations";
import { signUp } from "./people";

const passages = (page: Page) => page.getByRole("region", { name: /^Passages/ }).getByRole("listitem");

async function addByPasting(page: Page, title: string, text: string) {
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("The article's text").fill(text);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/** Puts the caret in passage `key`'s text after `before`, as a click there would. */
async function caretAfter(page: Page, key: string, before: string) {
  await page.evaluate(
    ([id, length]) => {
      const node = document.getElementById(id)!.firstChild!;
      const range = document.createRange();
      range.setStart(node, length);
      range.collapse(true);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    [`passage-text-${key}`, before.length] as const,
  );
}

let server: http.Server;
let base: string;
test.beforeAll(async () => {
  server = http.createServer((request, response) => {
    const hostile = /^\/hostile$/.test(request.url ?? "");
    response
      .writeHead(200, { "Content-Type": "text/html; charset=utf-8" })
      .end(
        hostile
          ? `<html><head><title>Hostile page</title></head><body><p>Intro words before the traps.</p>${HOSTILE.map((h) => h.markup).join("")}<p>Closing words.</p></body></html>`
          : `<html><head><title>Harbour reopens</title></head><body><nav>Home | World</nav><article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after three weeks of repairs to the old sea wall, the port authority said.</p><p>Fishing boats returned within the hour, and the ferry to the islands runs again from Tuesday.</p></article><footer>Copyright</footer></body></html>`,
      );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => {
  server.closeAllConnections();
  server.close();
});

test("a teacher pastes an article, joins and splits passages, edits the text and the details, and reads it", async ({
  page,
}) => {
  await signUp(page, "Ms Okafor", "Teacher");
  await addByPasting(
    page,
    "The harbour wall",
    "The council met on Tuesday.\n\nIt discussed the harbour wall.\n\nRepairs will cost four million euros. Work starts in May.",
  );
  await expect(page.getByRole("status").filter({ hasText: "Article added, in 3 passages." })).toBeVisible();
  await expect(passages(page)).toHaveText([
    /^Passage p1The council met on Tuesday\./,
    /^Passage p2It/,
    /^Passage p3Repairs/,
  ]);

  await page.getByRole("button", { name: "Join with next (passage p1)" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Saved. No question cites this article yet." }),
  ).toBeVisible();
  await expect(passages(page)).toHaveCount(2);
  await expect(passages(page).first()).toContainText("The council met on Tuesday. It discussed the harbour wall.");

  // Split at the caret, with JavaScript: the second half gets a new key, never p2 again.
  await page.getByRole("button", { name: "Split here in passage p3" }).click();
  await expect(page.getByText("Click in the passage's text where it should split")).toBeVisible();
  await caretAfter(page, "p3", "Repairs will cost four million euros. ");
  await page.getByRole("button", { name: "Split here in passage p3" }).click();
  await expect(passages(page)).toHaveCount(3);
  await expect(passages(page).nth(1)).toContainText("p3Repairs will cost four million euros.");
  await expect(passages(page).nth(2)).toContainText("p4Work starts in May.");

  // The whole text: a new paragraph, one removed; unchanged passages keep their keys.
  const text = page.getByLabel("Text", { exact: true });
  await expect(text).toHaveValue(
    "The council met on Tuesday. It discussed the harbour wall.\n\nRepairs will cost four million euros.\n\nWork starts in May.",
  );
  await text.fill("A new first paragraph.\n\nRepairs will cost four million euros.\n\nWork starts in May.");
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(passages(page)).toHaveText([/^Passage p5A new first/, /^Passage p3Repairs/, /^Passage p4Work/]);

  await page.getByLabel("Author or outlet").fill("Harbour Gazette");
  await page.getByLabel("Note").fill("Machine translation from Dutch");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Details saved." })).toBeVisible();

  await page.getByRole("link", { name: "Read the article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The harbour wall" })).toBeVisible();
  await expect(page.getByText("Harbour Gazette · Machine translation from Dutch")).toBeVisible();
  await expect(page.getByRole("region", { name: "Passage p3" })).toHaveText("Repairs will cost four million euros.");
});

test("a teacher uploads a .docx and an .html file, and is told what a file it cannot read is", async ({ page }) => {
  await signUp(page, "Mr Vos", "Teacher");
  await page.goto("/articles/new");
  await page.getByRole("link", { name: "Upload a file" }).click();
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "Sea wall report.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(await buildDocx(["The sea wall was built in 1887.", "It was last repaired in 1953."])),
  });
  await page.getByRole("button", { name: "Upload and add" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sea wall report" })).toBeVisible();
  await expect(passages(page)).toHaveText([
    /^Passage p1The sea wall was built in 1887\./,
    /^Passage p2It was last repaired in 1953\./,
  ]);

  await page.goto("/articles/new?way=upload");
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "page.html",
    mimeType: "text/html",
    buffer: Buffer.from(
      "<html><head><title>Tide tables</title></head><body><p>High tide is at <b>six</b> tonight.</p></body></html>",
    ),
  });
  await page.getByRole("button", { name: "Upload and add" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tide tables" })).toBeVisible();
  await expect(passages(page)).toHaveText([/^Passage p1High tide is at six tonight\./]);

  await page.goto("/articles/new?way=upload");
  await page
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
  await page.getByRole("button", { name: "Upload and add" }).click();
  // Next's route announcer is an alert too.
  await expect(page.getByRole("alert").filter({ hasText: "Upload a" })).toHaveText(
    "Upload a .txt, .md, .html or .docx file.",
  );
  await expect(page.getByRole("heading", { level: 2, name: "Upload a file" })).toBeVisible();

  // Past 5 MB: refused by the upload's own limit, with the limit named, and no article added.
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "huge.txt",
    mimeType: "text/plain",
    buffer: Buffer.alloc(5 * 1024 * 1024 + 1, "a"),
  });
  await page.getByRole("button", { name: "Upload and add" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "5 MB" })).toHaveText("A file may be at most 5 MB.");
});

test("an article past 200,000 characters is refused by name, and the pasted text is kept", async ({ page }) => {
  await signUp(page, "Ms Long", "Teacher");
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill("Too long");
  const text = `${"word ".repeat(40_000)}\n\nmore`;
  await page.getByLabel("The article's text").fill(text);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByText("An article may have at most 200,000 characters; this one has 200,003.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Too long");
  expect((await page.getByLabel("The article's text").inputValue()).length).toBe(text.length);
});

test("a teacher adds an article from a web address, without the page's menus", async ({ page }) => {
  await signUp(page, "Ms Lind", "Teacher");
  await page.goto("/articles/new");
  await page.getByRole("link", { name: "From a web address" }).click();
  await page.getByLabel("Web address", { exact: true }).fill(`${base}/harbour`);
  await page.getByRole("button", { name: "Fetch and add" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Harbour reopens" })).toBeVisible();
  await expect(passages(page)).toHaveCount(2);
  await expect(page.getByText("Home | World")).toHaveCount(0);
  await expect(page.getByLabel("Source address")).toHaveValue(`${base}/harbour`);

  await page.goto("/articles/new?way=address");
  await page.getByLabel("Web address", { exact: true }).fill("ftp://example.com/file");
  await page.getByRole("button", { name: "Fetch and add" }).click();
  await expect(page.getByText("Give a web address starting with https:// or http://.")).toBeVisible();
  await expect(page.getByLabel("Web address", { exact: true })).toHaveValue("ftp://example.com/file");
});

test("after an edit, the editor says which citations moved, need checking or were orphaned, and links their questions", async ({
  page,
}) => {
  await signUp(page, "Mr Diallo", "Teacher");
  await addByPasting(page, "Council meeting", COUNCIL.join("\n\n"));
  const setId = citeArticle(new URL(page.url()).pathname.split("/")[2], COUNCIL_CITATIONS);
  await page.reload();
  await page.getByLabel("Text", { exact: true }).fill(COUNCIL_EDITED);
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toHaveText(
    "Saved. 1 citation unchanged; 1 citation moved; 1 to check.",
  );
  const held = page.getByRole("region", { name: /to fix: these questions are hidden from study until you fix them/ });
  await expect(held).toContainText("Question 3 about the council");
  await expect(held).toContainText("check this citation: “a whole season of catches”");
  await expect(held.getByRole("link", { name: "Question 3 about the council" })).toHaveAttribute(
    "href",
    `/sets/${setId}/edit#question-${setId}-q3`,
  );
  await page.getByText("1 citation moved with the text").click();
  await expect(page.getByRole("link", { name: "Question 2 about the council" })).toBeVisible();

  // Deleting the last paragraph orphans the moved citation.
  await page.getByLabel("Text", { exact: true }).fill(COUNCIL[0]);
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toHaveText(
    "Saved. 1 citation unchanged; 2 orphaned.",
  );
  await expect(held).toContainText("orphaned: its quote is gone: “four million euros”");
});

test.describe("without JavaScript", () => {
  test("a teacher pastes an article, is told what is missing without losing the text, and joins passages", async ({
    browser,
  }) => {
    const withScript = await browser.newContext();
    await signUp(await withScript.newPage(), "Ms Noscript", "Teacher");
    const context = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await withScript.storageState(),
    });
    const page = await context.newPage();
    await page.goto("/articles/new");
    const text = "First paragraph without script.\n\nSecond paragraph without script.";
    await page.getByLabel("The article's text").fill(text);
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page.getByText("Give the article a title.")).toBeVisible();
    await expect(page.getByLabel("The article's text")).toHaveValue(text);
    await page.getByLabel("Title").fill("No script");
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "No script" })).toBeVisible();
    await expect(passages(page)).toHaveCount(2);
    // Splitting at the caret needs JavaScript; without it the teacher adds a blank line in the text.
    await expect(page.getByRole("button", { name: /Split here/ })).toHaveCount(0);
    await page.getByRole("button", { name: "Join with next (passage p1)" }).click();
    await expect(passages(page)).toHaveCount(1);
    await page
      .getByLabel("Text", { exact: true })
      .fill("First paragraph\n\nwithout script. Second paragraph without script.");
    await page.getByRole("button", { name: "Save text" }).click();
    await expect(passages(page)).toHaveCount(2);
    await context.close();
    await withScript.close();
  });
});

test("hostile markup pasted, uploaded or fetched is shown as text and runs nothing", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signUp(page, "Mr Hostile", "Teacher");
  const noInjectedElements = async () => {
    const main = page.getByRole("main");
    for (const tag of ["script", "img", "iframe", "svg", "style", "a[href^='javascript']", "[onerror]", "[onclick]"])
      await expect(main.locator(tag), tag).toHaveCount(0);
  };

  // Pasted: every case, verbatim, as text, in the title too.
  await addByPasting(page, HOSTILE[1].markup, HOSTILE.map((h) => h.markup).join("\n\n"));
  for (const { markup } of HOSTILE) await expect(passages(page).filter({ hasText: markup })).toHaveCount(1);
  await noInjectedElements();
  await page.getByRole("link", { name: "Read the article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: HOSTILE[1].markup })).toBeVisible();
  await expect(page.getByRole("region", { name: "Passage p1", exact: true })).toHaveText(HOSTILE[0].markup);
  await noInjectedElements();

  // Uploaded as .html and fetched: only the words a browser shows.
  await page.goto("/articles/new?way=upload");
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "hostile.html",
    mimeType: "text/html",
    buffer: Buffer.from(
      `<p>Intro words before the traps.</p>${HOSTILE.map((h) => h.markup).join("")}<p>Closing words.</p>`,
    ),
  });
  await page.getByRole("button", { name: "Upload and add" }).click();
  await expect(passages(page).first()).toContainText("Intro words before the traps.");
  await noInjectedElements();
  await page.goto("/articles/new?way=address");
  await page.getByLabel("Web address", { exact: true }).fill(`${base}/hostile`);
  await page.getByRole("button", { name: "Fetch and add" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hostile page" })).toBeVisible();
  await noInjectedElements();
  expect(dialogs).toEqual([]);
});

test("only the article's teacher reaches its editor: a student is told, others are sent to sign in or find nothing", async ({
  page,
  browser,
}) => {
  await signUp(page, "Ms Owner", "Teacher");
  await addByPasting(page, "Mine alone", "Only mine.");
  const editor = new URL(page.url()).pathname;

  const student = await (await browser.newContext()).newPage();
  await signUp(student, "Sam Student", "Student");
  await student.goto("/articles/new");
  await expect(student.getByText("Articles are added by teachers")).toBeVisible();
  await expect(student.getByRole("button", { name: "Add article" })).toHaveCount(0);
  const refused = await student.goto(editor);
  expect(refused?.status()).toBe(404);
  await expect(student.getByText("Only mine.")).toHaveCount(0);

  const other = await (await browser.newContext()).newPage();
  await signUp(other, "Mr Other", "Teacher");
  expect((await other.goto(editor))?.status()).toBe(404);

  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(editor);
  await expect(stranger).toHaveURL(/\/sign-in\?next=/);
  await stranger.goto("/articles/new");
  await expect(stranger).toHaveURL(/\/sign-in\?next=%2Farticles%2Fnew/);
});
