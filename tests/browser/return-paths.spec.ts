// Return paths never leave the site: hostile ?next= values through every entry point that takes one
// (sign-up, password sign-in, the emailed link's confirmation page), with JavaScript on and off, both as
// the page gives them to its form and as a forged form posts them.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { linkIn, startInbox } from "../support/smtp-inbox";
import { unique } from "./people";
import { BROWSER_TEST_SMTP_PORT } from "./ports";

const HOSTILE = [
  "//evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/.//evil.example",
  "/../..//evil.example",
  "/%2F%2Fevil.example",
  "/%5Cevil.example",
  "https://evil.example/",
  "javascript:alert(1)",
  "http://localhost@evil.example/",
  "／／evil.example",
];

/** Every request to another host answers a page that says so, so a test sees where a browser was sent. */
async function catchOtherHosts(context: BrowserContext, site: string) {
  await context.route(
    (url) => url.origin !== site,
    (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<title>elsewhere</title><h1>Another site</h1>" }),
  );
}

/** Submits the form after giving its hidden next field `value`, as a forged form would. */
async function submitWithNext(page: Page, value: string, button: string) {
  await page
    .locator('input[type="hidden"][name="next"]')
    .evaluate((input, v) => ((input as HTMLInputElement).value = v), value);
  await page.getByRole("button", { name: button, exact: true }).click();
}

async function expectSignedInOnSite(page: Page, site: string) {
  // With JavaScript on, the router follows the action's redirect after the header already shows the
  // account: wait until the form's page is left, or a later goto races the redirect.
  await page.waitForURL((url) => !/^\/sign-(in|up)(\/|$)/.test(url.pathname));
  await expect(page.getByRole("link", { name: "Account", exact: true })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(site);
  expect(new URL(page.url()).pathname.startsWith("//")).toBe(false);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });
    test.describe.configure({ timeout: 180_000 });

    test("sign-up and password sign-in send every hostile next back to this site", async ({
      page,
      context,
      baseURL,
    }) => {
      const site = new URL(baseURL!).origin;
      await catchOtherHosts(context, site);
      for (const value of HOSTILE) {
        const email = unique("next");
        await context.clearCookies();
        await page.goto(`/sign-up?next=${encodeURIComponent(value)}`);
        const given = await page.locator('input[type="hidden"][name="next"]').inputValue();
        expect(new URL(given, site).origin, `${JSON.stringify(value)} on the sign-up page`).toBe(site);
        await page.getByLabel("Name").fill("Nell");
        await page.getByLabel("Email", { exact: true }).fill(email);
        await page.getByLabel("Password").fill("a long enough password");
        await submitWithNext(page, value, "Create account");
        await expectSignedInOnSite(page, site);

        await context.clearCookies();
        await page.goto(`/sign-in?next=${encodeURIComponent(value)}`);
        expect(
          await page.locator('input[type="hidden"][name="next"]').inputValue(),
          `${JSON.stringify(value)} on the sign-in page`,
        ).toBe(given);
        await page.getByLabel("Email", { exact: true }).fill(email);
        await page.getByLabel("Password").fill("a long enough password");
        await submitWithNext(page, value, "Sign in");
        await expectSignedInOnSite(page, site);

        await context.clearCookies();
        await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(value)}`);
        expect(
          await page.locator('input[type="hidden"][name="next"]').inputValue(),
          `${JSON.stringify(value)} as callbackUrl`,
        ).toBe(given);
      }
    });

    test("the emailed link's confirmation page sends hostile next values back to this site", async ({
      page,
      context,
      baseURL,
      request,
    }) => {
      const site = new URL(baseURL!).origin;
      await catchOtherHosts(context, site);
      const inbox = await startInbox(BROWSER_TEST_SMTP_PORT);
      try {
        for (const value of [
          "//evil.example",
          "/\\evil.example",
          "/\t/evil.example",
          "/.//evil.example",
          "https://evil.example/",
        ]) {
          // Asked for through next-auth's endpoint, as the sign-in page's form does.
          const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
          const before = inbox.messages.length;
          await request.post("/api/auth/signin/email", {
            form: { email: unique("link-next"), csrfToken: csrf.csrfToken, callbackUrl: "/", json: "true" },
          });
          await expect.poll(() => inbox.messages.length).toBeGreaterThan(before);
          const link = new URL(linkIn(inbox.messages.at(-1)!.raw));
          link.searchParams.set("next", value);
          await context.clearCookies();
          await page.goto(link.href);
          expect(new URL(await page.locator('input[type="hidden"][name="next"]').inputValue(), site).origin).toBe(site);
          await submitWithNext(page, value, "Sign in");
          await expectSignedInOnSite(page, site);
        }
      } finally {
        await inbox.close();
      }
    });
  });
}
