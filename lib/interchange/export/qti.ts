// PLACEHOLDER (issue 19 foundations): the qti exporter is being written; replace this whole file.
import type { Exporter } from "../types";

export const exportQti: Exporter = async () => {
  throw new Error("the qti exporter is not written yet");
};
