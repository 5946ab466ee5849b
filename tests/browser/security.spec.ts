import { expect, test } from "@playwright/test";
import { studyKeysReady } from "./keyboard";

test("pages carry a nonce-based CSP that changes per request, and the page still runs its scripts", async ({
  page,
  request,
}) => {
  const first = await request.get("/");
  const second = await request.get("/");
  const policy = first.headers()["content-security-policy"];
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(second.headers()["content-security-policy"]).not.toBe(policy);
  const nonce = /'nonce-([^']+)'/.exec(policy)![1];
  expect(await first.text()).toContain(`nonce="${nonce}"`);

  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/sets/the-call");
  await page.getByRole("button", { name: "Start studying" }).click();
  await expect(page).toHaveURL(/\/sets\/the-call\/study(\?|$)/);
  await studyKeysReady(page);
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("every response says nosniff, a referrer policy and no framing", async ({ request }) => {
  for (const path of ["/", "/api/health", "/sets/no-such-set"]) {
    const headers = (await request.get(path)).headers();
    expect([path, headers["x-content-type-options"]]).toEqual([path, "nosniff"]);
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-powered-by"]).toBeUndefined();
  }
});

test("the session cookie is HttpOnly and SameSite", async ({ page, context }) => {
  await page.goto("/sets/the-call");
  await page.getByRole("button", { name: "Start studying" }).click();
  await expect(page).toHaveURL(/study$/);
  const session = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
});
