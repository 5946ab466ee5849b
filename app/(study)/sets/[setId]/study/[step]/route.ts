// POST /sets/[setId]/study/{answer,adjust,overrule,undo,start} – the study page's plain form posts (it ships no
// JavaScript framework, so no server actions): each is recorded, then the browser is sent on with a 303.
import { nothingToPost } from "@/lib/actions/transports";
import { studyPosts } from "@/lib/study/study-posts";

type Context = { params: Promise<{ setId: string; step: string }> };

export async function POST(request: Request, { params }: Context) {
  const { setId, step } = await params;
  const post = Object.hasOwn(studyPosts, step) ? studyPosts[step] : undefined;
  return post ? post(request, setId) : nothingToPost();
}
