// The Import page's post (app/api/sets/import/route.ts): a plain multipart form, with or without JavaScript,
// read within its own 5 MB limit for the reason lib/authoring/upload-post.ts gives. A refusal names the line at
// fault, which cannot travel in the address as a code: it goes back to the page in a signed flash cookie
// (lib/http/flash.ts) with the teacher's choices, so the form shows them again.
import "server-only";
import { z } from "zod";
import { defineAction, runAction } from "../actions/run-action";
import { UPLOAD_BODY_MAX_BYTES } from "../authoring/upload-post";
import { config } from "../config";
import { AppError } from "../errors/app-error";
import { toPageOutcome } from "../errors/translate";
import { clearFlashCookie, flashCookie } from "../http/flash";
import { readUploadForm } from "../http/upload-form";
import { returnPath } from "../http/site-return-path";
import { routes } from "../routes";
import { importUpload } from "./teacher-import";
import { TERM_LIST_AS } from "./types";

/** The flash cookie the Import page reads (app/(teach)/sets/import/page.tsx), on that page's path only. */
export const IMPORT_FLASH = "footnote-import-flash";
export const importFlashOptions = () => ({ path: routes.importSet(), secure: config().appUrl.startsWith("https:") });

/** What the flash holds: the refusal's text and the choices to show again. */
export const importFlash = z.object({
  message: z.string().max(600),
  as: z.enum(TERM_LIST_AS),
  article: z.string().max(200),
});
export type ImportFlash = z.infer<typeof importFlash>;

const choicesSchema = z.object({
  as: z.enum(TERM_LIST_AS).catch("flashcard"),
  article: z.string().max(200).catch(""),
});

const importAction = defineAction({
  schema: z.object({
    file: z.instanceof(File, { message: "Choose a file to import." }),
    as: z.enum(TERM_LIST_AS),
    article: z.string().max(200),
  }),
  access: "anyone",
  run: async ({ file, as, article }, viewer) =>
    importUpload(
      viewer,
      { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      { as, articleId: article || undefined },
    ),
});

const seeOther = (location: string, cookie?: string) => {
  const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
  if (cookie) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
};

/** A refusal's words: the first field's message for a form the schema refused, else the error's own. */
const refusalText = (error: AppError) => (error.issues?.[0]?.message ?? error.message).slice(0, 600);

/**
 * Answers the Import form: 303 to the new set's editor with the bounded counts its notice shows
 * (`?imported=N&needSource=M&skipped=K`), or back to the Import page with the refusal in the flash (`?flash=<id>`), or to
 * sign in; a student goes to the page, which tells them importing is for teachers.
 */
export async function postImport(request: Request): Promise<Response> {
  let choices: z.infer<typeof choicesSchema> = { as: "flashcard", article: "" };
  try {
    const form = await readUploadForm(request, UPLOAD_BODY_MAX_BYTES);
    choices = choicesSchema.parse({ as: form.get("as") ?? undefined, article: form.get("article") ?? undefined });
    const file = form.get("file");
    // A form sent with no file chosen holds an empty part with no name; an empty file the teacher chose has its
    // name, and importUpload calls it empty.
    const chosen = file instanceof File && (file.size > 0 || file.name !== "");
    const done = await runAction(importAction, {
      file: chosen ? file : undefined,
      ...choices,
    });
    return seeOther(
      routes.editSet(done.setId, {
        imported: done.questions,
        needSource: done.needsSource,
        skipped: done.skipped || undefined,
      }),
      clearFlashCookie(IMPORT_FLASH, importFlashOptions()),
    );
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // Another site's post gets no flash (and no cookie): only this site's form is answered with one.
    if (error.code === "cross-site") return new Response(error.message, { status: 403 });
    const outcome = toPageOutcome(error);
    if (outcome === "sign-in") return seeOther(routes.signIn({ next: returnPath(routes.importSet()) }));
    if (outcome === "not-found") return seeOther(routes.importSet());
    const { header, id } = flashCookie(
      IMPORT_FLASH,
      { message: refusalText(error), ...choices } satisfies ImportFlash,
      config().authSecret,
      importFlashOptions(),
    );
    return seeOther(routes.importSet({ flash: id }), header);
  }
}
