// A pg connection pool for Prisma's PostgreSQL driver adapter. Prisma's JavaScript schema engine reads
// catalog columns of type `name` (OID 19), which @prisma/adapter-pg cannot map (prisma/orm issue 27403),
// so `migrate deploy` fails. `name` is text of at most 63 bytes: every result here reports it as text (25).
import pg from "pg";

const NAME_OID = 19;
const TEXT_OID = 25;

function nameAsText<T>(result: T): T {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  for (const field of fields ?? []) if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  return result;
}

class CatalogFriendlyClient extends pg.Client {
  // pg calls back or returns a promise depending on whether the last argument is a function.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: Error | null, result: unknown) =>
        last(error, error ? result : nameAsText(result));
      return super.query(...(args as Parameters<pg.Client["query"]>));
    }
    const pending = super.query(...(args as Parameters<pg.Client["query"]>)) as unknown;
    return pending instanceof Promise ? pending.then(nameAsText) : pending;
  }
}

export function createPostgresPool(connectionString: string, max = 10): pg.Pool {
  return new pg.Pool({ connectionString, max, Client: CatalogFriendlyClient });
}
