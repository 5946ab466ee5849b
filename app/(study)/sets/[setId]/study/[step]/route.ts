// POST /sets/[setId]/study/{answer,adjust,overrule,undo,start} – the study page's plain form posts (it ships no
// JavaScript framework, so no server actions): each is recorded, then the browser is sent on with a 303.
import { stepRoute } from "@/lib/actions/transports";
import { studyPosts } from "@/lib/study/study-posts";

export const POST = stepRoute(studyPosts);
