// PLACEHOLDER (issue 19 foundations): the anki-txt exporter is being written; replace this whole file.
import type { Exporter } from "../types";

export const exportAnkiText: Exporter = async () => {
  throw new Error("the anki-txt exporter is not written yet");
};
