// A question set with every article it draws on, as content/'s files in a zip: the `footnote` export format
// (lib/interchange/export/footnote.ts), offered on the set's page to whoever may read the set.
import "server-only";
import type { Viewer } from "../auth/viewer";
import { readableSet } from "../content/set-access";
import { exportFootnote } from "../interchange/export/footnote";
import { exportedSet } from "../interchange/exported-set";

export type SetDownload = { title: string; zip: Uint8Array };

/**
 * The set `setId` as a zip of `sets/<set id>.yaml` and `articles/<article id>.md` for every article it cites or
 * is linked to, in content/'s format (the `footnote` exporter: questions citing nothing, or explaining nothing, are
 * left out). `title` is the set's, for the file name. Whoever may read the set may download it (lib/content/set-access.ts
 * readableSet). Throws AppError "not-found" for a set the viewer may not read.
 */
export async function setDownload(viewer: Viewer | null, setId: string): Promise<SetDownload> {
  const readable = await readableSet(viewer, setId);
  const set = await exportedSet(readable.id);
  return { title: set.title, zip: (await exportFootnote(set)).bytes };
}
