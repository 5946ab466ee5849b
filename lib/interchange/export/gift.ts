// PLACEHOLDER (issue 19 foundations): the gift exporter is being written; replace this whole file.
import type { Exporter } from "../types";

export const exportGift: Exporter = async () => {
  throw new Error("the gift exporter is not written yet");
};
