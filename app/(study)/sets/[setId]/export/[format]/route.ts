// GET /sets/[setId]/export/[format] – the set in one of the export formats (apkg, gift, qti, …) as an attachment, for whoever may export it
import { getViewer } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { refusedResponse } from "@/lib/errors/leave-if-refused";
import { attachmentDisposition } from "@/lib/http/attachment";
import { exportDownload } from "@/lib/interchange/export-download";

type Params = { params: Promise<{ setId: string; format: string }> };

export async function GET(_request: Request, { params }: Params) {
  const { setId, format } = await params;
  try {
    const { title, file } = await exportDownload(await getViewer(), setId, format);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mediaType,
        "Content-Disposition": attachmentDisposition(title, file.extension),
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "unknown-format")
      return new Response(error.message, { status: 404, headers: { "Cache-Control": "no-store" } });
    const refused = refusedResponse(error);
    if (refused) return refused;
    throw error;
  }
}
