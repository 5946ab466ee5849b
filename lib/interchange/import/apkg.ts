// PLACEHOLDER (issue 19 foundations): the apkg parser is being written; replace this whole file.
import type { Importer } from "../types";

export const readApkg: Importer = async () => {
  throw new Error("the apkg parser is not written yet");
};
