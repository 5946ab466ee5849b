// GET /api/sets/[setId]/articles/[articleId]/passages – all the passages of one of the set's articles, for the set
// editor's article pane once its page has loaded (the page carries a window of them, lib/authoring/passage-window.ts).
// The set's owner only, as the editor; anyone else gets 401 or 404.
import { getViewer } from "@/lib/auth/session";
import { editorPassages } from "@/lib/authoring/set-editor";
import { refusedResponse } from "@/lib/errors/leave-if-refused";

type Params = { params: Promise<{ setId: string; articleId: string }> };

export async function GET(_request: Request, { params }: Params) {
  const { setId, articleId } = await params;
  try {
    const passages = await editorPassages(await getViewer(), setId, articleId);
    // { passages: [key, text][] }, numbered from 1 by their place. Never cached: an edit of the article changes it.
    return Response.json({ passages }, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    const refused = refusedResponse(error);
    if (refused) return refused;
    throw error;
  }
}
