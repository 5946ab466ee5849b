// Recognising the database errors the app answers itself rather than letting them become a 500.
// Prisma's query builder reports them by code (P2002, P2034); a raw query fails with P2010 and the
// driver adapter's own kind of error; the drivers used directly (lib/db/direct/driver.ts) give their own codes:
// better-sqlite3 SQLITE_CONSTRAINT_…, pg the SQLSTATE.

function adapterErrorKind(error: unknown): unknown {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } } | null)?.meta;
  return meta?.driverAdapterError?.cause?.kind;
}

/** A unique key was already taken, e.g. by a request that raced this one. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === "P2002" ||
    code === "SQLITE_CONSTRAINT_UNIQUE" ||
    code === "SQLITE_CONSTRAINT_PRIMARYKEY" ||
    code === "23505" ||
    adapterErrorKind(error) === "UniqueConstraintViolation"
  );
}

/** PostgreSQL gave up a transaction because a concurrent one wrote the same rows. */
export function isWriteConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === "P2034" || code === "40001" || code === "40P01" || adapterErrorKind(error) === "TransactionWriteConflict"
  );
}
