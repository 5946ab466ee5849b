// Recognising the database errors the app answers itself rather than letting them become a 500.

/** A unique key was already taken (Prisma P2002), e.g. by a request that raced this one. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

/** PostgreSQL gave up a transaction because a concurrent one wrote the same rows (Prisma P2034). */
export function isWriteConflict(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2034";
}
