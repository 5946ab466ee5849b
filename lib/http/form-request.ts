// Reading a plain HTML form post in a route handler (the study page's forms, which post without
// JavaScript): from this site, at most MAX_FORM_BYTES, URL-encoded or multipart as browsers send them.
import { HttpError } from "./http-error";
import { FORM_TOO_LARGE, MAX_FORM_BYTES } from "./form-size";
import { checkSameSite, readLimited } from "./request-body";

export async function readForm(request: Request): Promise<FormData> {
  checkSameSite(request);
  const type = request.headers.get("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
    throw new HttpError(415, "Send the form as a web page does (URL-encoded or multipart).");
  }
  const body = await readLimited(request, MAX_FORM_BYTES, FORM_TOO_LARGE);
  try {
    return await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
  } catch {
    throw new HttpError(400, "The form could not be read. Go back and send it again.");
  }
}

/** A form post's refusal, as a short page of text for the person who sent it. */
export function formErrorResponse(error: HttpError): Response {
  return new Response(error.message, { status: error.status, headers: { "content-type": "text/plain; charset=utf-8" } });
}
