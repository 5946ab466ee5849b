"use server";
// Server actions for a teacher's articles, through the one pipeline (lib/actions/transports.ts). The domain
// (lib/authoring/articles.ts, article-text.ts, article-import.ts) checks who may act; a refusal of the
// article itself leaves as a class's does (sign in, or a 404). Uploads post to a route handler instead
// (app/api/articles/upload/route.ts): a 5 MB file is past the server actions' body limit.
import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, plainAction } from "../actions/transports";
import { toNoticePath } from "../errors/translate";
import { id } from "../forms/schemas";
import { routes } from "../routes";
import { DETAIL_FIELDS } from "./article-details";
import type { ReanchorSummary } from "./article-citations";
import { createArticleFromAddress } from "./article-import";
import { joinArticlePassages, replaceArticleText, splitArticlePassage } from "./article-text";
import { createArticle, updateArticleDetails } from "./articles";

const detail = z.string().optional();
const details = {
  title: detail,
  outlet: detail,
  publishedOn: detail,
  sourceUrl: detail,
  translationNote: detail,
};
const editor = (fields: Record<string, unknown>) => routes.editArticle(String(fields.articleId ?? ""));

/** The editor after a change of text, with what re-anchoring did as counts the page reads back. */
function afterEdit(articleId: string, saved: string, summary: ReanchorSummary): Route {
  return routes.editArticle(articleId, {
    saved,
    unchanged: summary.unchanged,
    moved: summary.moved,
    check: summary.check,
    orphaned: summary.orphaned,
  });
}

export const createArticleAction = formAction({
  schema: z.object({ ...details, text: z.string().default("") }),
  access: "anyone",
  keep: [...DETAIL_FIELDS, "text"],
  signInReturn: () => routes.newArticle(),
  run: async ({ text, ...fields }, viewer) => {
    const { id: articleId } = await createArticle(viewer, fields, text);
    redirect(routes.editArticle(articleId, { added: 1 }));
  },
});

export const createArticleFromAddressAction = formAction({
  schema: z.object({ address: z.string().trim().min(1, "Give the article's web address.").max(2000) }),
  access: "anyone",
  keep: ["address"],
  signInReturn: () => routes.newArticle({ way: "address" }),
  run: async ({ address }, viewer) => {
    const { id: articleId } = await createArticleFromAddress(viewer, address);
    redirect(routes.editArticle(articleId, { added: 1 }));
  },
});

export const updateArticleDetailsAction = formAction({
  schema: z.object({ articleId: id, ...details }),
  access: "anyone",
  keep: DETAIL_FIELDS,
  signInReturn: editor,
  run: async ({ articleId, ...fields }, viewer) => {
    await updateArticleDetails(viewer, articleId, fields);
    revalidatePath(routes.editArticle(articleId));
    revalidatePath(routes.article(articleId));
    return { message: "Details saved." };
  },
});

export const replaceArticleTextAction = formAction({
  schema: z.object({ articleId: id, text: z.string().default("") }),
  access: "anyone",
  keep: ["text"],
  signInReturn: editor,
  run: async ({ articleId, text }, viewer) => {
    const summary = await replaceArticleText(viewer, articleId, text);
    revalidatePath(routes.article(articleId));
    redirect(afterEdit(articleId, "text", summary));
  },
});

export const joinPassagesAction = plainAction({
  schema: z.object({ articleId: id, key: id }),
  access: "anyone",
  signInReturn: editor,
  refused: (error, fields) => toNoticePath(error, editor(fields)),
  run: async ({ articleId, key }, viewer) => {
    const summary = await joinArticlePassages(viewer, articleId, key);
    revalidatePath(routes.article(articleId));
    return afterEdit(articleId, "join", summary);
  },
});

export const splitPassageAction = plainAction({
  schema: z.object({ articleId: id, key: id, offset: z.coerce.number().int() }),
  access: "anyone",
  signInReturn: editor,
  refused: (error, fields) => toNoticePath(error, editor(fields)),
  run: async ({ articleId, key, offset }, viewer) => {
    const summary = await splitArticlePassage(viewer, articleId, key, offset);
    revalidatePath(routes.article(articleId));
    return afterEdit(articleId, "split", summary);
  },
});
