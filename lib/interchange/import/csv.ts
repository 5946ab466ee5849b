// PLACEHOLDER (issue 19 foundations): the csv parser is being written; replace this whole file.
import type { Importer } from "../types";

export const readCsv: Importer = async () => {
  throw new Error("the csv parser is not written yet");
};
