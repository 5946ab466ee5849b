// GET /sets/[setId]/download – the address the set page's "Download (.zip)" link had before issue 19: now the
// footnote entry of the Export list, so old links and bookmarks land there (and follow its rule of who may export).
import { routes } from "@/lib/routes";

type Params = { params: Promise<{ setId: string }> };

export async function GET(_request: Request, { params }: Params) {
  const { setId } = await params;
  return new Response(null, { status: 308, headers: { Location: routes.setExport(setId, "footnote") } });
}
