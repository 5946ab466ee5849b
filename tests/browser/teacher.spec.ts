import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { signUp, unique } from "./people";

test("a teacher signs up, creates a class, assigns a set, and reads the class's report down to the passage", async ({
  page,
  browser,
}) => {
  const started = Date.now();
  await signUp(page, "Ms Rivera", "Teacher");
  await page.getByRole("link", { name: "Classes" }).click();
  await expect(page.getByText("No classes yet.")).toBeVisible();
  await page.getByLabel("Class name").fill("Period 3 Civics");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Period 3 Civics" })).toBeVisible();

  await page.getByRole("checkbox", { name: "The call itself" }).check();
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("Assigned 1 set.")).toBeVisible();
  const joinLink = (await page.locator("p.font-mono").textContent())!.trim();
  expect(joinLink).toMatch(/\/join\/[A-Z0-9]{6}$/);
  const journey = `${Date.now() - started} ms from sign-up to a class with an assignment and a join link`;
  test.info().annotations.push({ type: "teacher journey", description: journey });
  console.log(`teacher journey: ${journey}`);

  const student = await (await browser.newContext()).newPage();
  await student.goto(new URL(joinLink).pathname);
  await expect(student.getByRole("heading", { name: "Join Period 3 Civics" })).toBeVisible();
  await student.getByRole("link", { name: "Create an account" }).click();
  await student.getByLabel("Name").fill("Ana Student");
  await student.getByLabel("Email", { exact: true }).fill(unique("ana"));
  await student.getByLabel("Password").fill("a long enough password");
  await student.getByRole("button", { name: "Create account" }).click();
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByText("You joined Period 3 Civics.")).toBeVisible();
  const assignment = student.getByRole("region", { name: "Your assignments" }).getByRole("listitem");
  await expect(assignment).toContainText("0 of 12 answered");
  await assignment.getByRole("link", { name: "Study The call itself" }).click();
  await student.getByRole("radio", { name: "Monday" }).check();
  await student.getByRole("button", { name: "Check answer" }).click();
  await expect(student.getByRole("heading", { name: "Not quite." })).toBeVisible();
  // On to the typed question (the fourth), answered in words the set does not accept, and overruled.
  for (const right of ["An hour and 45 minutes", "Their face-to-face summit in November"]) {
    await student.getByRole("link", { name: "Next question" }).click();
    await student.getByRole("radio", { name: right }).check();
    await student.getByRole("button", { name: "Check answer" }).click();
  }
  await student.getByRole("link", { name: "Next question" }).click();
  await student.getByRole("textbox").fill("Summer 2022");
  await student.getByRole("button", { name: "Check answer" }).click();
  await student.getByRole("button", { name: "I was right" }).click();
  await expect(student.getByRole("heading", { name: "Counted as right: you overruled the check." })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("button", { name: "Remove Ana Student" })).toBeVisible();
  await page.getByRole("link", { name: "The call itself" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The call itself" })).toBeVisible();
  const students = page.getByRole("region", { name: "Students", exact: true });
  await expect(students.getByRole("row", { name: /Ana Student/ })).toContainText("4 of 12");
  const questions = page.getByRole("region", { name: "Questions", exact: true });
  await expect(questions.getByRole("row", { name: /on which day of the week/ })).toContainText("0%Monday");
  await expect(questions.getByRole("row", { name: /which month and year did Biden and Xi last speak/ })).toContainText(
    "100%–1: “Summer 2022”",
  );
  const reteach = page
    .getByRole("region", { name: "Passages to re-teach" })
    .or(page.locator("section", { has: page.getByRole("heading", { name: "Passages to re-teach" }) }));
  await expect(reteach.getByRole("listitem").first()).toContainText("50% missed · 1 of 2 latest answers");
  await expect(reteach.getByRole("listitem").first()).toContainText("President Joe Biden spoke by phone");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV of students" }).click();
  const csvFile = await download;
  expect(csvFile.suggestedFilename()).toBe("period-3-civics-the-call-itself-students.csv");
  const bytes = readFileSync(await csvFile.path());
  // A byte-order mark and CRLF, so Excel on Windows reads the names as UTF-8 (RFC 4180 line ends).
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString("utf8").slice(1);
  expect(csv.split("\r\n")[0]).toBe(
    "student,email,answered,questions,accuracy_percent,goal_met,reviews,last_active,overdue",
  );
  expect(csv).toMatch(/\r\nAna Student,[^\r\n]+,4,12,\d+,no,4,\d{4}-\d\d-\d\dT[^,]+,no\r\n/);

  const workbook = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download Excel of questions" }).click();
  const xlsxFile = await workbook;
  expect(xlsxFile.suggestedFilename()).toBe("period-3-civics-the-call-itself-questions.xlsx");
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await xlsxFile.path());
  const sheet = book.getWorksheet("Questions")!;
  expect(sheet.getRow(1).values).toContain("Overruled answers");
  const weekday = sheet
    .getColumn(2)
    .values.findIndex((v) => typeof v === "string" && v.includes("on which day of the week"));
  const right = sheet.getRow(weekday).getCell(3);
  expect([right.type, right.value, right.numFmt]).toEqual([ExcelJS.ValueType.Number, 0, "0%"]);
  expect(sheet.getRow(weekday).getCell(4).value).toBe(1);
  const lastCall = sheet.getRow(sheet.getColumn(1).values.indexOf("last-phone-call"));
  expect([lastCall.getCell(3).value, lastCall.getCell(7).value, lastCall.getCell(8).value]).toEqual([
    1,
    1,
    "Summer 2022 (1)",
  ]);
});

test("class pages and exports are closed to everyone but the class's teacher", async ({ page, request, browser }) => {
  await signUp(page, "Mr Okafor", "Teacher");
  await page.goto("/classes");
  await page.getByLabel("Class name").fill("Period 5");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Period 5" })).toBeVisible();
  const classPath = new URL(page.url()).pathname;

  // A tampered form (its class id removed) is answered with the 404 page, not an error.
  await page.locator('form:has(button:text("Make a new code")) input[name="classId"]').evaluate((el) => el.remove());
  await page.getByRole("button", { name: "Make a new code" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();

  const anonymous = await request.get(classPath, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers()["location"]).toContain("/sign-in?next=");
  expect((await request.get(`/api${classPath}/assignments/x/students.csv`)).status()).toBe(401);
  expect((await request.get(`/api${classPath}/assignments/x/questions.xlsx`)).status()).toBe(401);

  const other = await (await browser.newContext()).newPage();
  await signUp(other, "Ms Other", "Teacher");
  expect((await other.goto(classPath))?.status()).toBe(404);
  expect((await other.request.get(`/api${classPath}/assignments/x/students.csv`)).status()).toBe(404);
  expect((await other.request.get(`/api${classPath}/assignments/x/students.xlsx`)).status()).toBe(404);

  const student = await (await browser.newContext()).newPage();
  await signUp(student, "Sam Student", "Student");
  expect((await student.goto(classPath))?.status()).toBe(404);
  await student.goto("/classes");
  await expect(student.getByText("Classes are run by teachers.")).toBeVisible();
});

test("text people type is shown as text everywhere: a class and a student named like markup run nothing", async ({
  page,
  browser,
}) => {
  const markup = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signUp(page, "Mr Escape", "Teacher");
  await page.goto("/classes");
  await page.getByLabel("Class name").fill(`Class ${markup}`);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Class ${markup}`);
  // A long name wraps: the page never gets wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.getByRole("checkbox", { name: "The call itself" }).check();
  await page.getByRole("button", { name: "Assign" }).click();
  const joinLink = (await page.locator("p.font-mono").textContent())!.trim();

  const student = await (await browser.newContext()).newPage();
  await student.goto(new URL(joinLink).pathname);
  await student.getByRole("link", { name: "Create an account" }).click();
  await student.getByLabel("Name").fill(`Eve ${markup}`);
  await student.getByLabel("Email", { exact: true }).fill(unique("eve"));
  await student.getByLabel("Password").fill("a long enough password");
  await student.getByRole("button", { name: "Create account" }).click();
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByText(`You joined Class ${markup}.`)).toBeVisible();

  await page.reload();
  await expect(page.getByRole("button", { name: `Remove Eve ${markup}` })).toBeVisible();
  await page.getByRole("link", { name: "The call itself" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The call itself" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Students", exact: true }).getByRole("row", { name: /Eve/ }),
  ).toContainText(`Eve ${markup}`);
  for (const p of [page, student]) {
    expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await p.locator("img[src=x]").count()).toBe(0);
  }
  expect(dialogs).toEqual([]);
});
