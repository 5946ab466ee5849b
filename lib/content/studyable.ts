// Which questions a learner may be asked: not removed from their set, and not held back while a citation
// needs its teacher (lib/db/direct's statements say the same in SQL: "archivedAt" IS NULL AND "heldAt" IS NULL).

/** Prisma `where` for a question a learner may study or practise: neither archived nor held. */
export const STUDYABLE_QUESTION = { archivedAt: null, heldAt: null } as const;
