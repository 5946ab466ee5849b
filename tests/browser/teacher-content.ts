// A teacher's classes, sets and articles written straight into the browser suite's database (the server's own,
// playwright.config.ts), for pages whose authoring forms are not what the test is about. Prisma's generated
// client does not load in Playwright's loader, so tsx runs the seeding (tests/support/seed-teacher.ts).
import { execFileSync } from "node:child_process";
import path from "node:path";

type Seeded = {
  article: { id: string; title: string };
  draft: { id: string; title: string };
  published: { id: string; title: string };
};

/**
 * Gives the teacher signed up as `email` a class "Period 3 Civics" of two students with the-call due in three
 * days, an article, a draft set with a question held from study, and a published set shared by link.
 */
export function seedTeacher(email: string): Seeded {
  const url = `file:${path.resolve("data", "browser-test.db")}`;
  const out = execFileSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "tests/support/seed-teacher.ts", url, email],
    { encoding: "utf8" },
  );
  return JSON.parse(out.trim().split("\n").at(-1)!) as Seeded;
}
