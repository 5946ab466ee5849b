// PLACEHOLDER (issue 19 foundations): the footnote parser is being written; replace this whole file.
import type { Importer } from "../types";

export const readFootnoteZip: Importer = async () => {
  throw new Error("the footnote parser is not written yet");
};
