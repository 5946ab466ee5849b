// Kept until the pipeline branch merges: lib/study/study-posts.ts still imports it. Build the study
// page's addresses with routes.study and routes.studyStep (lib/routes.ts) instead.
import { routes } from "../routes";

export const studyPath = (setId: string) => routes.study(setId);
