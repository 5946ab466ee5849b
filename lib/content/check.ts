// Checks that hold across files: ids are unique, every citation names a known article and passage,
// every quote stands verbatim in its passage, and every answer fits its question.
import type { ParsedSet } from "./parse-set";
import { answerProblem, quoteProblem, repeatedChoiceProblems } from "./question-checks";
import type { Article, Problem, QuestionSet } from "./types";

export type ArticleFile = { file: string; article: Article };
export type SetFile = { file: string; parsed: ParsedSet & { set: QuestionSet } };

export function checkContent(articles: ArticleFile[], sets: SetFile[]): Problem[] {
  const problems: Problem[] = [];
  const articleById = new Map<string, ArticleFile>();
  for (const entry of articles) {
    const first = articleById.get(entry.article.id);
    if (first) problems.push({ file: entry.file, line: 2, message: `duplicate article id "${entry.article.id}" (also in ${first.file})` });
    else articleById.set(entry.article.id, entry);
  }

  const setIds = new Map<string, string>();
  const questionIds = new Map<string, string>();
  for (const { file, parsed } of sets) {
    const { set, lineOf, questionIndex } = parsed;
    if (setIds.has(set.id)) problems.push({ file, line: lineOf(["id"]), message: `duplicate set id "${set.id}" (also in ${setIds.get(set.id)})` });
    else setIds.set(set.id, file);

    for (const question of set.questions) {
      const index = questionIndex.get(question.id)!;
      const at = (...path: (string | number)[]) => lineOf(["questions", index, ...path]);
      const report = (line: number, message: string) => problems.push({ file, line, message: `question "${question.id}": ${message}` });

      if (questionIds.has(question.id)) report(at("id"), `duplicate question id (also in ${questionIds.get(question.id)})`);
      else questionIds.set(question.id, file);

      if (question.type === "multiple-choice") {
        const wrongAnswer = answerProblem(question.choices, question.answers[0]);
        if (wrongAnswer) report(at("answer"), wrongAnswer);
        for (const { index: i, message } of repeatedChoiceProblems(question.choices)) report(at("choices", i), message);
      }

      question.citations.forEach((citation, i) => {
        const article = articleById.get(citation.article)?.article;
        if (!article) return report(at("cite", i, "article"), `unknown article "${citation.article}"`);
        const passage = article.passages.find((p) => p.id === citation.passage);
        if (!passage) return report(at("cite", i, "passage"), `unknown passage "${citation.passage}" in article "${citation.article}"`);
        const notFound = quoteProblem(passage.text, citation.quote, `${citation.article}#${citation.passage}`);
        if (notFound) report(at("cite", i, "quote"), notFound);
      });
    }
  }
  return problems;
}
