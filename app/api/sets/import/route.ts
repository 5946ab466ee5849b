// POST /api/sets/import – a teacher's set from an uploaded file (Footnote .zip, CSV or tab-separated list, GIFT,
// Anki .apkg; at most 5 MB), posted by the Import page's plain multipart form; lib/interchange/import-post.ts says why.
import { postImport } from "@/lib/interchange/import-post";

export const POST = postImport;
