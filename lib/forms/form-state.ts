// What an account form's server action answers: errors by field, and the values to put back, so bad
// input gets a clear message and loses nothing (passwords are never sent back).
import type { z } from "zod";

export type FormState = { errors?: Record<string, string>; values?: Record<string, string>; message?: string };

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}

export function keepValues(form: FormData, fields: string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, String(form.get(f) ?? "")]));
}
