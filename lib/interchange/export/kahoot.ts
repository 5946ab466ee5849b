// PLACEHOLDER (issue 19 foundations): the kahoot exporter is being written; replace this whole file.
import type { Exporter } from "../types";

export const exportKahoot: Exporter = async () => {
  throw new Error("the kahoot exporter is not written yet");
};
