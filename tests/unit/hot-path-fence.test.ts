// The hot path's fence (eslint.config.mjs): outside lib/db/direct/ no module may import the hand-written
// driver or write Card and Review rows through Prisma, and raw SQL stays in lib/db/. Linted as the project's
// own config lints the tree, on source text placed at the paths named.
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.message);
}

const FENCE = /lib\/db\/direct\//;

// Loading the config (Next's plugins among it) takes seconds on a busy machine: once, before the cases.
beforeAll(() => eslint.calculateConfigForFile("lib/study/answer.ts"), 60_000);

describe("the hot path's fence", { timeout: 30_000 }, () => {
  it("refuses the driver's import outside lib/db/direct/, by alias and by relative path", async () => {
    expect(
      await problems(
        "app/example/route.ts",
        `import { directSql } from "@/lib/db/direct/driver";\nexport const x = directSql;\n`,
      ),
    ).toEqual([expect.stringMatching(FENCE)]);
    expect(
      await problems(
        "lib/study/example.ts",
        `import { directSql } from "../db/direct/driver";\nexport const x = directSql;\n`,
      ),
    ).toEqual([expect.stringMatching(FENCE)]);
    expect(
      await problems(
        "lib/db/example.ts",
        `import { directSql } from "./direct/driver";\nexport const x = directSql;\n`,
      ),
    ).toEqual([expect.stringMatching(FENCE)]);
  });

  it("refuses every kind of Prisma write to Card and Review outside lib/db/direct/, on the client and in a transaction", async () => {
    for (const write of ["create", "createMany", "update", "updateMany", "upsert", "delete", "deleteMany"]) {
      for (const model of ["card", "review"]) {
        const code = `import { db } from "../db/client";\nexport const a = () => db.${model}.${write}({} as never);\nexport const b = () => db.$transaction((tx) => tx.${model}.${write}({} as never));\n`;
        expect(await problems("lib/classes/example.ts", code)).toEqual([
          expect.stringMatching(FENCE),
          expect.stringMatching(FENCE),
        ]);
      }
    }
  });

  it("refuses the database packages outside lib/db/ and start-up, which open them", async () => {
    const code = `import pg from "pg";\nimport Database from "better-sqlite3";\nexport const x = [pg, Database];\n`;
    expect(await problems("lib/study/example.ts", code)).toEqual([
      expect.stringMatching(/opened in lib\/db\//),
      expect.stringMatching(/opened in lib\/db\//),
    ]);
    expect(await problems("lib/db/example.ts", code)).toEqual([]);
    expect(await problems("lib/startup/example.ts", code)).toEqual([]);
  });

  it("lets reads through, and other models' writes", async () => {
    const code = `import { db } from "../db/client";\nexport const a = () => db.card.findMany({});\nexport const b = () => db.review.groupBy({ by: ["setId"] });\nexport const c = () => db.user.update({} as never);\n`;
    expect(await problems("lib/study/example.ts", code)).toEqual([]);
  });

  it("refuses raw SQL outside lib/db/", async () => {
    expect(
      await problems(
        "lib/classes/example.ts",
        `import { db } from "../db/client";\nexport const a = () => db.$queryRaw\`SELECT 1\`;\nexport const b = () => db.$executeRawUnsafe("DELETE FROM \\"Card\\"");\n`,
      ),
    ).toEqual([expect.stringMatching(FENCE), expect.stringMatching(FENCE)]);
  });

  it("allows all of it in lib/db/direct/, and keeps the local-time rule everywhere it applied", async () => {
    const code = `import { directSql } from "./driver";\nimport { db } from "../client";\nexport const a = () => db.card.update({} as never);\nexport const b = directSql;\n`;
    expect(await problems("lib/db/direct/example.ts", code)).toEqual([]);
    expect(await problems("lib/db/direct/example.ts", `export const d = new Date(2020, 1, 1);\n`)).toEqual([
      expect.stringMatching(/server's zone/),
    ]);
    expect(await problems("lib/study/example.ts", `export const d = new Date(2020, 1, 1);\n`)).toEqual([
      expect.stringMatching(/server's zone/),
    ]);
  });
});
