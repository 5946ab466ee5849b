import { expect, test, type Page } from "@playwright/test";
import { linkIn, startInbox, type Inbox } from "../support/smtp-inbox";
import { checkPage } from "./page-checks";
import { BROWSER_TEST_SMTP_PORT } from "./ports";

// The first test also runs the accessibility check on the link's two pages, in two themes.
test.describe.configure({ timeout: 60_000 });

let inbox: Inbox;
test.beforeEach(async () => {
  inbox = await startInbox(BROWSER_TEST_SMTP_PORT);
});
test.afterEach(() => inbox.close());

const unique = (who: string) => `${who}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;

/** Asks for a sign-in link on the sign-in page (`from`) and answers the link in the email that arrives. */
async function askForLink(page: Page, email: string, from = "/sign-in"): Promise<string> {
  const before = inbox.messages.length;
  await page.goto(from);
  await page.getByLabel("Email me a sign-in link").fill(email);
  await page.getByRole("button", { name: "Send link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect.poll(() => inbox.messages.length).toBeGreaterThan(before);
  const message = inbox.messages.at(-1)!;
  expect(message.to).toEqual([email]);
  return linkIn(message.raw);
}

test("a learner asks for a sign-in link, receives it by email, and is signed in by following it", async ({ page }) => {
  const email = unique("link");
  const link = await askForLink(page, email);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: `Sign in to Footnote as ${email}` })).toBeVisible();
  await checkPage(page, "sign-in link");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: "Account", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Account", exact: true }).click();
  await expect(page.getByText(/Signed in as/)).toBeVisible();
  // Arriving by link, a person starts as a student with no name, and can set both.
  await page.getByLabel("Name").fill("Mx Link");
  await page.getByRole("radio", { name: "Teacher" }).check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile was saved.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Classes" })).toBeVisible();

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This sign-in link has expired or was already used" })).toBeVisible();
  await checkPage(page, "sign-in link used");
  await page.getByRole("link", { name: "Ask for a new sign-in link" }).click();
  await expect(page.getByLabel("Email me a sign-in link")).toBeVisible();
});

test("at most 5 sign-in links an hour go to one address; the sixth request is told how long to wait", async ({
  page,
}) => {
  const flooded = unique("flood");
  for (let i = 0; i < 6; i++) {
    await page.goto("/sign-in");
    await page.getByLabel("Email me a sign-in link").fill(flooded);
    await page.getByRole("button", { name: "Send link" }).click();
    if (i < 5) await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: /Too many sign-in links were asked for\. Try again in (59|60) minutes\./ }),
  ).toBeVisible();
  expect(inbox.messages.filter((m) => m.to.includes(flooded))).toHaveLength(5);
});

test("a mail scanner that opens the link first (HEAD, then GET) does not spend it; the person then signs in with JavaScript off", async ({
  page,
  request,
  browser,
}) => {
  const email = unique("scanned");
  const link = await askForLink(page, email);

  // What Safe Links, Proofpoint and Mimecast do before the person clicks: no cookies, their own user agent.
  const scanner = {
    "User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Microsoft Office Protection (Safe Links)",
  };
  expect((await request.head(link, { headers: scanner, maxRedirects: 0 })).status()).toBe(200);
  const scanned = await request.get(link, { headers: scanner, maxRedirects: 0 });
  expect(scanned.status()).toBe(200);
  const html = await scanned.text();
  expect(html).toContain("Sign in to Footnote as");
  expect(html).toContain(email);
  expect((await request.get(link, { headers: scanner })).status()).toBe(200);

  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const person = await context.newPage();
    await person.goto(link);
    await expect(person.getByRole("heading", { level: 1, name: `Sign in to Footnote as ${email}` })).toBeVisible();
    await person.getByRole("button", { name: "Sign in" }).click();
    await expect(person.getByRole("link", { name: "Account", exact: true })).toBeVisible();
    expect(new URL(person.url()).pathname).toBe("/");

    // The same button pressed again (a second tab, a resent form) fails cleanly: the link is used up.
    const again = await context.request.post("/sign-in/link/use", {
      form: Object.fromEntries(new URL(link).searchParams),
    });
    expect(again.status()).toBe(200);
    expect(await again.text()).toContain("This sign-in link has expired or was already used");
  } finally {
    await context.close();
  }
});

test("a guest who signs in with an emailed link keeps what they studied", async ({ page }) => {
  await page.goto("/sets/the-call");
  await page.getByRole("button", { name: "Start studying" }).click();
  await page.getByRole("radio", { name: /Tuesday/ }).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "Right!" })).toBeVisible();

  const link = await askForLink(page, unique("guest-link"), "/sign-in?next=%2Fsets%2Fthe-call");
  expect(new URL(link).searchParams.get("next")).toBe("/sets/the-call");
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sets\/the-call$/);
  await expect(page.getByRole("link", { name: "Account", exact: true })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("listitem").filter({ hasText: "The call itself" })).toContainText("11 new");
});

test("a link in next-auth's own form, and a forged callbackUrl, open the confirmation page on this site", async ({
  page,
  request,
}) => {
  const email = unique("old-form");
  const link = new URL(await askForLink(page, email));
  const old = `/api/auth/callback/email?${new URLSearchParams({ callbackUrl: "https://evil.example/", token: link.searchParams.get("token")!, email })}`;
  const answer = await request.get(old, { maxRedirects: 0 });
  expect(answer.status()).toBe(303);
  const to = new URL(answer.headers().location, link.origin);
  expect(to.origin + to.pathname).toBe(`${link.origin}/sign-in/link`);
  expect(to.searchParams.get("next")).toBe("/");
  // Opening it spent nothing.
  await page.goto(to.href);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: "Account", exact: true })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(link.origin);

  // next-auth's sign-in endpoint asked directly with a hostile callbackUrl mails a link that returns home.
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const before = inbox.messages.length;
  await request.post("/api/auth/signin/email", {
    form: { email: unique("forged"), csrfToken: csrf.csrfToken, callbackUrl: "/\\evil.example", json: "true" },
  });
  await expect.poll(() => inbox.messages.length).toBeGreaterThan(before);
  expect(new URL(linkIn(inbox.messages.at(-1)!.raw)).searchParams.get("next")).toBe("/");
});
