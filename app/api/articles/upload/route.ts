// POST /api/articles/upload – a teacher's article from an uploaded .txt, .md, .html or .docx (at most 5 MB),
// posted by the new-article page's plain multipart form; lib/authoring/upload-post.ts says why it is a route.
import { postUpload } from "@/lib/authoring/upload-post";

export const POST = postUpload;
