// POST /sets/[setId]/practice/answer – the practice page's plain form post (it ships no JavaScript
// framework, as the study page): graded, nothing written, then the browser is sent on with a 303.
import { nothingToPost } from "@/lib/actions/transports";
import { practicePosts } from "@/lib/study/practice-posts";

type Context = { params: Promise<{ setId: string; step: string }> };

export async function POST(request: Request, { params }: Context) {
  const { setId, step } = await params;
  const post = Object.hasOwn(practicePosts, step) ? practicePosts[step] : undefined;
  return post ? post(request, setId) : nothingToPost();
}
