// The question type as the database names it (QuestionType) and as content files and the editor do.
import type { QuestionType } from "../content/types";
import { DB_TYPE } from "../content/sync";

const FROM_DB = Object.fromEntries(Object.entries(DB_TYPE).map(([type, db]) => [db, type])) as Record<
  (typeof DB_TYPE)[QuestionType],
  QuestionType
>;

/** The content type ("multiple-choice", …) of a database type ("MULTIPLE_CHOICE", …). */
export function typeOfDb(type: (typeof DB_TYPE)[QuestionType]): QuestionType {
  return FROM_DB[type];
}
