// Input checked against a zod schema, refused as the one error model's "invalid-input" (the first step of
// lib/actions/run-action.ts, and of the assignment form's pure reading).
import type { z } from "zod";
import { AppError } from "../errors/app-error";

/** `raw` parsed by `schema` (async refinements allowed). Throws AppError "invalid-input" with the problems by field (dotted paths). */
export async function parseInput<S extends z.ZodType>(schema: S, raw: unknown): Promise<z.output<S>> {
  const parsed = await schema.safeParseAsync(raw);
  if (parsed.success) return parsed.data;
  throw new AppError("invalid-input", {
    issues: parsed.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message })),
  });
}
