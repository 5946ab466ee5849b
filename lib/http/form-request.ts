// Reading a plain HTML form post in a route handler (the study and practice pages' forms, which post
// without JavaScript): from this site, at most MAX_FORM_BYTES, URL-encoded or multipart as browsers send them.
import { AppError } from "../errors/app-error";
import { FORM_TOO_LARGE, MAX_FORM_BYTES } from "./form-size";
import { checkSameSite, readLimited } from "./request-body";

/** The posted form. Throws AppError "cross-site", "form-only", "too-large" or "unreadable-form". */
export async function readForm(request: Request): Promise<FormData> {
  checkSameSite(request);
  const type = request.headers.get("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) throw new AppError("form-only");
  const body = await readLimited(request, MAX_FORM_BYTES, FORM_TOO_LARGE);
  try {
    return await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("unreadable-form");
  }
}

/**
 * A form's fields as one object for a schema: a field sent once is its string, a field sent more than
 * once (ticked checkboxes) the array of its values. Files are left out: no form here sends one.
 */
export function formFields(form: FormData): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const name of new Set(form.keys())) {
    const values = form.getAll(name).filter((v): v is string => typeof v === "string");
    if (values.length > 0) fields[name] = values.length === 1 ? values[0] : values;
  }
  return fields;
}
