// The question bank as data others can read: every set, every question, every citation with the
// full text of its passage. The start of the data export teachers get.
import type { Content } from "./load";

export function exportBank({ articles, sets }: Pick<Content, "articles" | "sets">) {
  const passageText = new Map(articles.flatMap((a) => a.passages.map((p) => [`${a.id}#${p.id}`, p.text] as const)));
  return {
    sets: sets.map((set) => ({
      id: set.id,
      title: set.title,
      questions: set.questions.map((q) => ({
        id: q.id,
        type: q.type,
        prompt: q.prompt,
        choices: q.choices,
        answers: q.answers,
        explanation: q.explanation,
        citations: q.citations.map((c) => ({
          article: c.article,
          passageId: c.passage,
          passageText: passageText.get(`${c.article}#${c.passage}`) ?? "",
          quote: c.quote,
        })),
      })),
    })),
  };
}
