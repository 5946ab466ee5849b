// PLACEHOLDER (issue 19 foundations): the footnote exporter is being written; replace this whole file.
import type { Exporter } from "../types";

export const exportFootnote: Exporter = async () => {
  throw new Error("the footnote exporter is not written yet");
};
