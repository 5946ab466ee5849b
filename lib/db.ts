// The one Prisma client, created with the driver adapter for DATABASE_URL.
import "server-only";
import { createPrismaClient, type Database } from "./prisma-client";
import { config } from "./config";

const globalForPrisma = globalThis as unknown as { footnoteDb?: Database };

export const db: Database = globalForPrisma.footnoteDb ?? createPrismaClient(config().DATABASE_URL);

// Outside production, hot reloads would otherwise open a new connection on every edit.
if (process.env.NODE_ENV !== "production") globalForPrisma.footnoteDb = db;
