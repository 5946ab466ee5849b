// The upload form's post (app/api/articles/upload/route.ts): a plain multipart form, with or without
// JavaScript, read here within its own limit. Why a route handler and not a server action: every other form
// is held to 64 KB (proxy.ts, lib/http/form-size.ts) and server actions to 1 MB (next.config.js, for a pasted
// article); raising either for a 5 MB file would raise it for every form. This one address reads at most
// UPLOAD_BODY_MAX_BYTES, counted as the body arrives, and nothing else changes.
import "server-only";
import type { Route } from "next";
import { z } from "zod";
import { defineAction, runAction } from "../actions/run-action";
import { AppError } from "../errors/app-error";
import { toPageOutcome } from "../errors/translate";
import { readUploadForm } from "../http/upload-form";
import { returnPath } from "../http/site-return-path";
import { routes } from "../routes";
import { createArticleFromFile } from "./article-import";
import { UPLOAD_MAX_BYTES } from "./limits";

/** The file's 5 MB and room for the multipart framing and the form's other fields. */
export const UPLOAD_BODY_MAX_BYTES = UPLOAD_MAX_BYTES + 64 * 1024;

const uploadArticle = defineAction({
  schema: z.object({
    file: z.instanceof(File, { message: "Choose a file to upload." }),
  }),
  access: "anyone",
  run: async ({ file }, viewer) =>
    createArticleFromFile(viewer, {
      name: file.name,
      contentType: file.type || undefined,
      bytes: new Uint8Array(await file.arrayBuffer()),
    }),
});

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

/**
 * Answers the upload form: 303 to the new article's editor, or back to the form with the refusal's code
 * (`?way=upload&notice=<code>`; lib/errors/notices.ts supplies its text), or to sign in.
 */
export async function postUpload(request: Request): Promise<Response> {
  const back = (code: string): Route => routes.newArticle({ way: "upload", notice: code });
  try {
    const form = await readUploadForm(request, UPLOAD_BODY_MAX_BYTES);
    const file = form.get("file");
    const { id } = await runAction(uploadArticle, { file: file instanceof File && file.size > 0 ? file : undefined });
    return seeOther(routes.editArticle(id, { added: 1 }));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const outcome = toPageOutcome(error);
    if (outcome === "sign-in") return seeOther(routes.signIn({ next: returnPath(routes.newArticle()) }));
    // A student is sent to the form, which tells them it is for teachers.
    if (outcome === "not-found") return seeOther(routes.newArticle());
    if (error.code === "invalid-input") return seeOther(back("choose-file"));
    return seeOther(back(error.code));
  }
}
