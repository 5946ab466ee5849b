// POST /sets/[setId]/study/{answer,adjust,overrule,undo,start} – the study page's plain form posts (it ships no
// JavaScript framework, so no server actions): each is recorded, then the browser is sent on with a 303.
import { HttpError } from "@/lib/http/http-error";
import { formErrorResponse, readForm } from "@/lib/http/form-request";
import { studyPosts } from "@/lib/study/study-posts";

type Context = { params: Promise<{ setId: string; step: string }> };

export async function POST(request: Request, { params }: Context) {
  const { setId, step } = await params;
  const post = Object.hasOwn(studyPosts, step) ? studyPosts[step] : undefined;
  if (!post) return formErrorResponse(new HttpError(404, "There is nothing to post here."));
  try {
    const next = await post(setId, await readForm(request));
    return new Response(null, { status: 303, headers: { Location: next, "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof HttpError) return formErrorResponse(error);
    throw error;
  }
}
