// The worker thread that reads one uploaded or fetched file (lib/authoring/read-bounded.ts starts it): the
// parsers run here, off the server's event loop, where a file that would take them minutes or gigabytes is
// stopped from outside. Loaded by Node with tsx, never bundled, so it imports nothing server-only.
import { serveBounded } from "../workers/worker-side";
import { readArticleFile } from "./read-upload";

serveBounded(readArticleFile);
