// Time zones in a real browser against the server (in UTC): the browser's zone is recorded at sign-up and
// on a guest's first "Start studying"; a due moment a teacher in Taipei sets reads right to students in
// New York and Auckland; an impossible date is refused at its field. Each person's zone is Chromium's own
// (Playwright's timezoneId), as a person's laptop would report it.
import { expect, test, type Browser } from "@playwright/test";
import { linkIn, startInbox } from "../support/smtp-inbox";
import { checkPage } from "./page-checks";
import { signUp } from "./people";
import { BROWSER_TEST_SMTP_PORT } from "./ports";

const personIn = async (browser: Browser, timezoneId: string, javaScriptEnabled = true) =>
  (await browser.newContext({ timezoneId, javaScriptEnabled })).newPage();

test("a teacher in Taipei sets a due date and time; students in New York and Auckland see it in theirs", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const teacher = await personIn(browser, "Asia/Taipei");
  await signUp(teacher, "Ms Lin", "Teacher");
  await teacher.goto("/account");
  await expect(teacher.getByLabel("Time zone", { exact: true })).toHaveValue("Asia/Taipei");

  await teacher.goto("/classes");
  await teacher.getByLabel("Class name").fill("Taipei Civics");
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Taipei Civics" })).toBeVisible();
  await expect(teacher.getByText("In your time zone, Asia/Taipei")).toBeVisible();
  await expect(teacher.getByLabel("Due time")).toHaveValue("23:59");

  // A browser without a date picker (or a hand-made request) can send any text: an impossible date is
  // refused at its field, never rolled over into March. The date picker cannot make one, so the request is.
  await teacher.getByRole("checkbox", { name: "The call itself" }).check();
  await teacher.getByLabel("Due date").fill("2026-12-31");
  await teacher.route(
    (url) => url.pathname.startsWith("/classes/"),
    async (route) => {
      const body = route.request().postData();
      if (route.request().method() !== "POST" || !body?.includes("2026-12-31")) return route.continue();
      await route.continue({ postData: body.replace("2026-12-31", "2026-02-30") });
    },
  );
  await teacher.getByRole("button", { name: "Assign" }).click();
  await expect(teacher.getByText("2026-02-30 is not a date on the calendar. Choose a real date.")).toBeVisible();
  await expect(teacher.getByLabel("Due date")).toHaveAttribute("aria-invalid", "true");
  await teacher.unrouteAll();
  await checkPage(teacher, "class assign impossible date");
  await expect(teacher.getByText("Nothing assigned yet.")).toBeVisible();

  await teacher.getByLabel("Due date").fill("2026-12-04");
  await teacher.getByLabel("Due time").fill("03:00");
  await teacher.getByRole("checkbox", { name: "The call itself" }).check();
  await teacher.getByRole("button", { name: "Assign" }).click();
  await expect(teacher.getByText("Assigned 1 set.")).toBeVisible();
  // The teacher's own zone: no zone named. The year shows only outside the viewer's current year.
  await expect(teacher.getByText(/^Due Fri, Dec 4, (2026, )?3:00 AM$/)).toBeVisible();
  const joinPath = new URL((await teacher.locator("p.font-mono").textContent())!.trim()).pathname;

  for (const [zone, seen] of [
    ["America/New_York", /^Due Thu, Dec 3, (2026, )?2:00 PM \(New York time\)$/],
    ["Pacific/Auckland", /^Due Fri, Dec 4, (2026, )?8:00 AM \(Auckland time\)$/],
  ] as const) {
    const student = await personIn(browser, zone);
    await signUp(student, "Sam Student", "Student", `/sign-up?next=${encodeURIComponent(joinPath)}`);
    await student.getByRole("button", { name: "Join class" }).click();
    const assignment = student.getByRole("region", { name: "Your assignments" }).getByRole("listitem");
    await expect(assignment.getByText(seen)).toBeVisible();
    await expect(assignment.locator("time")).toHaveAttribute("datetime", "2026-12-03T19:00:00.000Z");
    if (zone === "America/New_York") await checkPage(student, "home assignment due in another zone");
    await student.context().close();
  }
  await teacher.getByRole("link", { name: "The call itself" }).click();
  await expect(teacher.getByText(/Due Fri, Dec 4, (2026, )?3:00 AM/)).toBeVisible();
});

test("a guest's first Start studying records the browser's zone, on the set page and the study page", async ({
  browser,
}) => {
  for (const start of ["/sets/the-call", "/sets/the-call/study"]) {
    const guest = await personIn(browser, "Pacific/Auckland");
    await guest.goto(start);
    await guest.getByRole("button", { name: "Start studying" }).click();
    await expect(guest.getByRole("button", { name: "Check answer" })).toBeVisible();
    await guest.goto("/account");
    await expect(guest.getByLabel("Time zone", { exact: true })).toHaveValue("Pacific/Auckland");
    await guest.context().close();
  }
});

test("without JavaScript a guest starts in DEFAULT_TIME_ZONE, and chooses a zone and rollover hour on /account", async ({
  browser,
}) => {
  const guest = await personIn(browser, "America/New_York", false);
  await guest.goto("/sets/the-call");
  await guest.getByRole("button", { name: "Start studying" }).click();
  await expect(guest.getByRole("button", { name: "Check answer" })).toBeVisible();
  await guest.goto("/account");
  await expect(guest.getByText("Not chosen yet: UTC is used until you choose.")).toBeVisible();
  await guest.context().close();

  const learner = await personIn(browser, "Europe/Berlin");
  await learner.goto("/sets/the-call");
  await learner.getByRole("button", { name: "Start studying" }).click();
  await expect(learner.getByRole("button", { name: "Check answer" })).toBeVisible();
  await learner.goto("/account");
  await expect(learner.getByLabel("Time zone", { exact: true })).toHaveValue("Europe/Berlin");
  await learner.getByLabel("Time zone", { exact: true }).selectOption("America/New_York");
  await learner.getByLabel("A new study day starts at").selectOption({ label: "2 AM" });
  await learner.getByRole("button", { name: "Save time settings" }).click();
  await expect(
    learner.getByRole("status").filter({ hasText: "Saved: America/New York, new days from 2 AM." }),
  ).toBeVisible();
  await expect(learner.getByLabel("Time zone", { exact: true })).toHaveValue("America/New_York");
  await expect(learner.getByLabel("A new study day starts at")).toHaveValue("2");
  await checkPage(learner, "account time settings saved");
  await learner.goto("/account");
  await expect(learner.getByLabel("Time zone", { exact: true })).toHaveValue("America/New_York");
  await expect(learner.getByLabel("A new study day starts at")).toHaveValue("2");
});

test("signing in by emailed link or by password records the browser's zone for an account that had none", async ({
  browser,
}) => {
  const inbox = await startInbox(BROWSER_TEST_SMTP_PORT);
  try {
    // An account made by an emailed link has no zone until its browser says one.
    const byLink = await personIn(browser, "Pacific/Auckland");
    const email = `zone-link-${Date.now()}@example.com`;
    await byLink.goto("/sign-in");
    await byLink.getByLabel("Email me a sign-in link").fill(email);
    await byLink.getByRole("button", { name: "Send link" }).click();
    await expect(byLink.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await expect.poll(() => inbox.messages.filter((m) => m.to.includes(email)).length).toBe(1);
    await byLink.goto(linkIn(inbox.messages.find((m) => m.to.includes(email))!.raw));
    await byLink.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(byLink.getByRole("link", { name: "Account", exact: true })).toBeVisible();
    await byLink.goto("/account");
    await expect(byLink.getByLabel("Time zone", { exact: true })).toHaveValue("Pacific/Auckland");
    await byLink.context().close();
  } finally {
    await inbox.close();
  }

  // A password account whose sign-up had no JavaScript gets its zone at the next sign-in with it.
  const noScript = await personIn(browser, "America/New_York", false);
  const email = `zone-password-${Date.now()}@example.com`;
  await noScript.goto("/sign-up");
  await noScript.getByLabel("Name").fill("Late Zone");
  await noScript.getByLabel("Email", { exact: true }).fill(email);
  await noScript.getByLabel("Password").fill("a long enough password");
  await noScript.getByRole("button", { name: "Create account" }).click();
  await noScript.goto("/account");
  await expect(noScript.getByText(/Not chosen yet/)).toBeVisible();
  await noScript.context().close();
  const later = await personIn(browser, "America/New_York");
  await later.goto("/sign-in");
  await later.getByLabel("Email", { exact: true }).fill(email);
  await later.getByLabel("Password").fill("a long enough password");
  await later.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(later.getByRole("link", { name: "Account", exact: true })).toBeVisible();
  await later.goto("/account");
  await expect(later.getByLabel("Time zone", { exact: true })).toHaveValue("America/New_York");
  await later.context().close();
});
