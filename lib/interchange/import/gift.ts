// PLACEHOLDER (issue 19 foundations): the gift parser is being written; replace this whole file.
import type { Importer } from "../types";

export const readGift: Importer = async () => {
  throw new Error("the gift parser is not written yet");
};
