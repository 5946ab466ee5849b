// The health check: can the app reach its database, with the schema in place?
import "server-only";
import { db } from "./client";
import type { Database } from "./prisma-client";

export type Health = { status: "ok" | "unavailable"; database: "ok" | "unreachable" };

export async function checkHealth(client: Database = db): Promise<Health> {
  try {
    await client.meta.findFirst({ select: { key: true } });
    return { status: "ok", database: "ok" };
  } catch {
    return { status: "unavailable", database: "unreachable" };
  }
}
