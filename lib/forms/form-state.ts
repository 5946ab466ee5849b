// What a form's server action answers (lib/actions/transports.ts formAction): errors by field, and the
// values to put back, so bad input gets a clear message and loses nothing (passwords are never sent back).
export type FormState = { errors?: Record<string, string>; values?: Record<string, string>; message?: string };

/** The named fields' values as sent; a field sent more than once (ticked checkboxes) is its values, one per line. */
export function keepValues(form: FormData, fields: string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, form.getAll(f).map(String).join("\n")]));
}
