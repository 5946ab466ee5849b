// A question's sources in words, for the formats that carry them as feedback text (GIFT, QTI): each citation's
// quote, the article it is from (title, outlet, passage), the passage's text and the link back to it.
import type { ExportedQuestion, ExportedSet } from "../types";

/** One citation as people read it: `from` names the article and passage ("Title (Outlet), passage key"). */
export type SourceNote = { quote: string; from: string; passageText: string; link: string };

/** The citations of `question`, in order, each with its article's title from `set` (its id when not there). */
export function sourceNotes(set: ExportedSet, question: ExportedQuestion): SourceNote[] {
  return question.citations.map((c) => {
    const article = set.articles.find((a) => a.id === c.article);
    const title = article ? `${article.title}${article.outlet ? ` (${article.outlet})` : ""}` : c.article;
    return { quote: c.quote, from: `${title}, passage ${c.passage}`, passageText: c.passageText, link: c.link };
  });
}

/**
 * The explanation, then each source as three lines (the quote in quotation marks, where it is from, the link)
 * and the passage it is in, separated by blank lines: the plain text a format's feedback holds.
 */
export function feedbackText(set: ExportedSet, question: ExportedQuestion): string {
  const notes = sourceNotes(set, question).map(
    (n, i, all) =>
      `Source${all.length > 1 ? ` ${i + 1}` : ""}: “${n.quote}”\nFrom ${n.from}: ${n.link}\nPassage: ${n.passageText}`,
  );
  return [question.explanation.trim(), ...notes].filter(Boolean).join("\n\n");
}
