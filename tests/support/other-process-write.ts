// Another server process's write, for tests of transactions racing across processes (`npm start` runs several,
// lib/startup/workers.ts): run with tsx and a database URL, it creates user <email> in a transaction, prints
// "writing" once the write holds the database's lock (SQLite) or the row's (PostgreSQL), and commits <ms> later.
import { createPrismaClient } from "../../lib/db/prisma-client";

async function main() {
  const [url, email, ms] = process.argv.slice(2);
  const db = createPrismaClient(url);
  await db.$transaction(async (tx) => {
    await tx.user.create({ data: { name: "Other process", role: "STUDENT", email } });
    process.stdout.write("writing\n");
    await new Promise((resolve) => setTimeout(resolve, Number(ms)));
  });
  await db.$disconnect();
}

void main();
