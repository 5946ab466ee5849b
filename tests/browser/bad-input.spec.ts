// Bad input over HTTP: random and malformed requests to the answer API and to the study page's form get a clear
// refusal, never a 500 or a stack trace, and change nothing; requests have a size limit.
import http from "node:http";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import fc from "fast-check";

test.describe.configure({ mode: "serial" });

const database = path.join("data", "browser-test.db");
const reviewCount = () => {
  const db = new Database(database, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM "Review"`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

/** Signs of internals leaking: stack frames, file paths, driver and ORM names. */
const INTERNALS =
  /\n\s+at .+:\d+:\d+|node_modules|\/work\/|PrismaClient|prisma\.|SqliteError|better-sqlite3|TypeError:|ReferenceError:/;

async function startStudying(page: Page) {
  await page.goto("/sets/the-call");
  await page.getByRole("button", { name: "Start studying" }).click();
  await expect(page).toHaveURL(/study$/);
}

/**
 * Posts a body in 1 KB chunks with no Content-Length. The server may answer before it has read it all
 * (that is the point); the answer counts, and the broken upload after it does not.
 */
function postInChunks(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
        response.on("error", reject);
      },
    );
    request.on("error", (error) => (request.writableEnded ? undefined : reject(error)));
    (async () => {
      for (let i = 0; i < body.length && !request.destroyed; i += 1024) {
        if (!request.write(body.slice(i, i + 1024))) await new Promise((r) => request.once("drain", r));
      }
      request.end();
    })().catch(() => undefined);
  });
}

const postAnswer = (request: APIRequestContext, data: string, headers: Record<string, string> = {}) =>
  request.post("/api/answers", { data, headers: { "content-type": "application/json", ...headers } });

test("the answer API records a valid answer once and refuses random bodies with a clear JSON error", async ({
  page,
}) => {
  await startStudying(page);
  const request = page.request;

  const valid = JSON.stringify({
    setId: "the-call",
    questionId: "call-weekday",
    clientId: `api-valid-${test.info().project.name}-${Date.now()}`,
    response: "Tuesday",
  });
  const before = reviewCount();
  const first = await postAnswer(request, valid);
  expect(first.status()).toBe(200);
  const result = await first.json();
  expect(result).toMatchObject({ correct: true, rating: 3 });
  const again = await postAnswer(request, valid);
  expect(await again.json()).toEqual(result);
  expect(reviewCount()).toBe(before + 1);

  const field = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.constantFrom("the-call", "call-weekday", "nope"),
  );
  const body = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc
      .record(
        { setId: field, questionId: field, clientId: field, response: field, selfGrade: field },
        { requiredKeys: [] },
      )
      .map((v) => JSON.stringify(v)),
  );
  let tried = 0;
  await fc.assert(
    fc.asyncProperty(body, async (text) => {
      tried++;
      const count = reviewCount();
      const response = await postAnswer(request, text);
      const reply = await response.text();
      expect(reply).not.toMatch(INTERNALS);
      if (response.status() === 200) return; // a random body that happened to be a valid answer
      // 404: a set that does not exist, or may not be read (lib/content/set-access.ts), which looks the same.
      expect([400, 404, 422]).toContain(response.status());
      expect(JSON.parse(reply).error).toMatch(/\w{4,}/);
      expect(reviewCount()).toBe(count);
    }),
    { numRuns: 120 },
  );
  console.log(`bad input: ${tried} random bodies sent to /api/answers`);
});

test("the answer API says when a typo was accepted, and overrules a wrong typed answer once, for its learner only", async ({
  page,
  playwright,
}) => {
  await startStudying(page);
  const id = (name: string) => `api-${name}-${test.info().project.name}-${Date.now()}`;
  const typo = await postAnswer(
    page.request,
    JSON.stringify({
      setId: "diplomacy-ahead",
      questionId: "yellen-cities",
      clientId: id("typo"),
      response: "Guangzou",
    }),
  );
  expect(await typo.json()).toMatchObject({ correct: true, rating: 3, typo: "Guangzhou" });
  const wrong = await (
    await postAnswer(
      page.request,
      JSON.stringify({
        setId: "the-call",
        questionId: "last-phone-call",
        clientId: id("wrong"),
        response: "Summer 2022",
      }),
    )
  ).json();
  expect(wrong).toMatchObject({ correct: false, rating: 1, typo: null });

  const overrule = (request: APIRequestContext, data: string, headers: Record<string, string> = {}) =>
    request.post("/api/answers/overrule", { data, headers: { "content-type": "application/json", ...headers } });
  const body = JSON.stringify({ reviewId: wrong.reviewId });
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await overrule(anonymous, body)).status()).toBe(401);
  await anonymous.dispose();
  expect((await overrule(page.request, body, { origin: "https://evil.example" })).status()).toBe(403);
  for (const bad of ["", "{", "[]", JSON.stringify({ reviewId: 5 }), JSON.stringify({ reviewId: "x".repeat(300) })]) {
    const response = await overrule(page.request, bad);
    expect(response.status()).toBe(400);
    expect(await response.text()).not.toMatch(INTERNALS);
  }
  expect((await overrule(page.request, JSON.stringify({ reviewId: "no-such-review" }))).status()).toBe(422);

  const first = await overrule(page.request, body);
  expect(await first.json()).toEqual({ reviewId: wrong.reviewId, correct: true, rating: 3, overruled: true });
  const again = await overrule(page.request, body);
  expect(again.status()).toBe(422);
  expect((await again.json()).error).toMatch(/Only a typed answer marked wrong/);
});

test("the answer API refuses strangers, other sites, other formats and oversized bodies", async ({
  page,
  playwright,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const ok = JSON.stringify({
    setId: "the-call",
    questionId: "call-weekday",
    clientId: "api-stranger-1",
    response: "Tuesday",
  });
  const stranger = await postAnswer(anonymous, ok);
  expect(stranger.status()).toBe(401);
  expect((await stranger.json()).error).toMatch(/Sign in/);
  await anonymous.dispose();

  await startStudying(page);
  const before = reviewCount();
  const crossSite = await postAnswer(page.request, ok, { origin: "https://evil.example" });
  expect(crossSite.status()).toBe(403);
  const plain = await page.request.post("/api/answers", { data: ok, headers: { "content-type": "text/plain" } });
  expect(plain.status()).toBe(415);
  const big = JSON.stringify({
    setId: "the-call",
    questionId: "call-weekday",
    clientId: "api-big-1",
    response: "x".repeat(20_000),
  });
  const tooLarge = await postAnswer(page.request, big);
  expect(tooLarge.status()).toBe(413);
  expect((await tooLarge.json()).error).toMatch(/too large/);

  // Sent in chunks with no declared length: the limit still holds while reading.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const chunks = new ReadableStream({
    start(controller) {
      for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode(" ".repeat(1000)));
      controller.enqueue(new TextEncoder().encode(ok));
      controller.close();
    },
  });
  const streamed = await fetch(new URL("/api/answers", test.info().project.use.baseURL!), {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: chunks,
    duplex: "half",
  } as RequestInit);
  expect(streamed.status).toBe(413);
  expect(reviewCount()).toBe(before);
});

test.describe("the study page's answer form", () => {
  // The study page ships no framework: its forms are plain HTML posts to a route handler.
  test.use({ javaScriptEnabled: false });

  /** The answer form as the page has it: where it posts, and its hidden fields. */
  async function answerForm(page: Page) {
    const form = page.locator("form:has(button:text('Check answer'))");
    const action = new URL((await form.getAttribute("action"))!, page.url()).href;
    const fields = Object.fromEntries(
      await form
        .locator("input[type=hidden]")
        .evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((i) => [i.name, i.value] as const)),
    );
    return { action, fields, origin: new URL(page.url()).origin };
  }

  test("refuses a body over its limit, declared or streamed, and nothing changes", async ({ page }) => {
    await startStudying(page);
    const { action, fields, origin } = await answerForm(page);
    expect(action).toMatch(/\/sets\/the-call\/study\/answer$/);
    const before = reviewCount();
    const declared = await page.request.post(action, {
      multipart: { ...fields, response: "x".repeat(100_000) },
      headers: { origin },
      maxRedirects: 0,
    });
    expect(declared.status()).toBe(413);
    expect(await declared.text()).toMatch(/at most 64 KB/);
    // Sent in chunks with no Content-Length, so only the route handler's own count can stop it.
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const body = new URLSearchParams({ ...fields, response: "y".repeat(100_000) }).toString();
    const streamed = await postInChunks(action, body, {
      "content-type": "application/x-www-form-urlencoded",
      origin,
      cookie,
    });
    expect(streamed.status).toBe(413);
    expect(streamed.text).toMatch(/at most 64 KB/);
    expect(reviewCount()).toBe(before);
  });

  test("the emailed sign-in link's form is refused over its limit at once when streamed, not left waiting", async ({
    page,
  }) => {
    await page.goto("/sign-in");
    const origin = new URL(page.url()).origin;
    const body = new URLSearchParams({ email: `${"z".repeat(100_000)}@example.com` }).toString();
    const started = Date.now();
    const streamed = await postInChunks(`${origin}/api/auth/signin/email`, body, {
      "content-type": "application/x-www-form-urlencoded",
      origin,
    });
    expect(streamed.status).toBe(413);
    expect(streamed.text).toMatch(/at most 64 KB/);
    // Before it was read once, a refused copy left the original body unread until Node's request timeout.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test("answers random form fields with a message on the study page, never a 500, and records nothing", async ({
    page,
  }) => {
    await startStudying(page);
    const { action, fields, origin } = await answerForm(page);
    const junk = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom("", "the-call", "call-weekday", "0", "-1", "9", "💥", "' OR 1=1 --"),
    );
    let tried = 0;
    let noticed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({ questionId: junk, clientId: junk, selfGrade: junk, shownAt: junk }, { requiredKeys: [] }),
        async (random) => {
          tried++;
          const count = reviewCount();
          const response = await page.request.post(action, {
            form: { ...random, response: "Tuesday" },
            headers: { origin },
            maxRedirects: 0,
          });
          expect(response.status()).toBeLessThan(500);
          expect(await response.text()).not.toMatch(INTERNALS);
          expect(response.status()).toBe(303);
          expect(response.headers().location).toMatch(/^\/sets\/the-call\/study\?(notice|review)=/);
          if (/notice=/.test(response.headers().location ?? "")) noticed++;
          if (!/review=/.test(response.headers().location ?? "")) expect(reviewCount()).toBe(count);
        },
      ),
      { numRuns: 60 },
    );
    console.log(
      `bad input: ${tried} random forms posted to the answer form's handler, ${noticed} answered with a notice`,
    );
    expect(noticed).toBeGreaterThan(tried / 2);

    // The refusal reads as a message on the study page.
    const refused = await page.request.post(action, {
      form: { questionId: "no-such-question", clientId: "x" },
      headers: { origin },
      maxRedirects: 0,
    });
    await page.goto(new URL(refused.headers().location, origin).href);
    await expect(page.getByRole("status").filter({ hasText: "clientId" })).toBeVisible();

    // From another site, or as something other than a form, the same post is refused and records nothing.
    const before = reviewCount();
    const forged = await page.request.post(action, {
      form: fields,
      headers: { origin: "https://evil.example" },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
    expect(await forged.text()).toBe("Requests must come from this site.");
    const asJson = await page.request.post(action, { data: fields, headers: { origin }, maxRedirects: 0 });
    expect(asJson.status()).toBe(415);
    const elsewhere = await page.request.post(action.replace(/answer$/, "nonsense"), {
      form: fields,
      headers: { origin },
      maxRedirects: 0,
    });
    expect(elsewhere.status()).toBe(404);
    expect(reviewCount()).toBe(before);

    // The real form still works: one answer, recorded once even when sent twice.
    const first = await page.request.post(action, { form: fields, headers: { origin }, maxRedirects: 0 });
    const again = await page.request.post(action, { form: fields, headers: { origin }, maxRedirects: 0 });
    expect(first.headers().location).toMatch(/review=/);
    expect(again.headers().location).toBe(first.headers().location);
    expect(reviewCount()).toBe(before + 1);
  });
});

test("no response shows a stack trace or internals, whatever goes wrong", async ({ page, request }) => {
  await startStudying(page);
  const probes = [
    request.get("/sets/%E0%A4%A"),
    request.get("/articles/..%2F..%2Fetc%2Fpasswd"),
    request.get("/api/classes/nope/assignments/nope/report.csv"),
    request.post("/sets/the-call/study", {
      headers: { "next-action": "0".repeat(42), origin: "http://localhost:3100" },
      data: "[]",
    }),
    request.post("/", {
      headers: { "next-action": "x", "content-type": "multipart/form-data; boundary=zz" },
      data: "--zz\r\nbroken",
    }),
    page.request.post("/api/answers", { headers: { "content-type": "application/json" }, data: '{"setId": ' }),
    page.request.post("/api/answers", {
      headers: { "content-type": "application/json" },
      data: JSON.stringify({ setId: "the-call", questionId: "missing-question", clientId: "probe-missing-1" }),
    }),
  ];
  for (const response of await Promise.all(probes)) {
    expect([response.url(), response.status()]).not.toEqual([response.url(), 500]);
    expect(await response.text()).not.toMatch(INTERNALS);
  }
  // The study page (Pages Router) of a set that does not exist says so, as the other pages do.
  const missing = await page.request.get("/sets/no-such-set/study");
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("Page not found");
  // Its form posts go only where the study page sends them, and only as POSTs.
  expect((await page.request.get("/sets/the-call/study/answer")).status()).toBe(405);
});
