// PLACEHOLDER (issue 19 foundations): the csv exporter is being written; replace this whole file.
import type { Exporter } from "../types";

export const exportCsv: Exporter = async () => {
  throw new Error("the csv exporter is not written yet");
};
