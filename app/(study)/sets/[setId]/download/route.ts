// GET /sets/[setId]/download – the set and its articles as content/'s Markdown and YAML files in a zip, for whoever may read the set
import { getViewer } from "@/lib/auth/session";
import { setDownload } from "@/lib/authoring/set-download";
import { refusedResponse } from "@/lib/errors/leave-if-refused";
import { attachmentDisposition } from "@/lib/http/attachment";

type Params = { params: Promise<{ setId: string }> };

export async function GET(_request: Request, { params }: Params) {
  const { setId } = await params;
  try {
    const { title, zip } = await setDownload(await getViewer(), setId);
    return new Response(new Uint8Array(zip), {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": attachmentDisposition(title, ".zip"),
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    const refused = refusedResponse(error);
    if (refused) return refused;
    throw error;
  }
}
