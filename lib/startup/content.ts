// Loads content/ and syncs it into the database; refuses to go on when the content has problems.
import { loadContent } from "../content/load";
import { syncContent, type SyncReport } from "../content/sync";
import { formatProblem } from "../content/types";
import { createPrismaClient } from "../db/prisma-client";

export function describeSync(report: SyncReport): string {
  return (Object.entries(report) as [string, SyncReport[keyof SyncReport]][])
    .map(
      ([kind, t]) => `${kind} ${t.created} new, ${t.updated} updated, ${t.archived} archived, ${t.unchanged} unchanged`,
    )
    .join("; ");
}

export async function syncContentFromDisk(url: string, dir?: string): Promise<SyncReport> {
  const content = loadContent(dir);
  if (content.problems.length > 0) {
    const list = content.problems.map((p) => `  ${formatProblem(p)}`).join("\n");
    throw new Error(`the content has ${content.problems.length} problem(s); nothing was loaded:\n${list}`);
  }
  const db = createPrismaClient(url);
  try {
    const report = await syncContent(db, content);
    console.log(`footnote: content synced: ${describeSync(report)}`);
    return report;
  } finally {
    await db.$disconnect();
  }
}
