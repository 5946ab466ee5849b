// Ids for rows written with raw SQL: UUID v7, which sort by creation time as Prisma's cuids do, so
// "latest first" orderings that break ties by id keep working.
import { v7 } from "uuid";

export const newId = (): string => v7();
