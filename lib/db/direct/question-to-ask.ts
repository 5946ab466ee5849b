import { directSql } from "./driver";

/** A question as the study page asks it; `choices` is a JSON array of strings, as stored. */
export type QuestionToAsk = { id: string; type: string; prompt: string; choices: string };

/** The question `id` (archived or not), or undefined. */
export function selectQuestionToAsk(id: string): Promise<QuestionToAsk | undefined> {
  return directSql().one<QuestionToAsk>(`SELECT "id", "type", "prompt", "choices" FROM "Question" WHERE "id" = ?`, id);
}
