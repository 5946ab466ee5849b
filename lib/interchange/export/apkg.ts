// PLACEHOLDER (issue 19 foundations): the apkg exporter is being written; replace this whole file.
import type { Exporter } from "../types";

export const exportApkg: Exporter = async () => {
  throw new Error("the apkg exporter is not written yet");
};
