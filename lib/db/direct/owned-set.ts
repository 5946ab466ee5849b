// The authoring access check's read (lib/authoring/owned.ts ownedSet), on the driver: every editor page and
// authoring action asks it first, and Prisma compiled it afresh each time (README, Performance). Served by the
// primary key.
import { directSql } from "./driver";

/** A set as its owner edits it; `publishedAt` null while it is a draft. */
export type OwnedSetRow = {
  id: string;
  title: string;
  description: string;
  visibility: "PRIVATE" | "LINK" | "PUBLIC";
  publishedAt: Date | null;
};

const SET = `SELECT "id", "title", "description", "visibility", "publishedAt" FROM "QuestionSet"
  WHERE "id" = ? AND "ownerId" = ? AND "archivedAt" IS NULL`;

/** The live (not archived) set `setId` if `ownerId` owns it, else undefined. */
export async function selectOwnedSet(ownerId: string, setId: string): Promise<OwnedSetRow | undefined> {
  const row = await directSql().one<Omit<OwnedSetRow, "publishedAt"> & { publishedAt: string | Date | null }>(
    SET,
    setId,
    ownerId,
  );
  // SQLite gives the date as ISO text, PostgreSQL as a Date (./driver.ts).
  return row && { ...row, publishedAt: row.publishedAt === null ? null : new Date(row.publishedAt) };
}
