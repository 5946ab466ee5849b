// POST /sets/[setId]/practice/answer – the practice page's plain form post (it ships no JavaScript
// framework, as the study page): graded, nothing written, then the browser is sent on with a 303.
import { stepRoute } from "@/lib/actions/transports";
import { practicePosts } from "@/lib/study/practice-posts";

export const POST = stepRoute(practicePosts);
