// Anki's cloze deletions ({{c1::answer::hint}}, Anki manual "Cloze deletion") as Footnote's cloze questions:
// one question per cloze number, that number's deletion as the one BLANK, every other shown as its answer.
import { BLANK } from "../../content/parse-set";

/** One cloze number's question, or why it cannot be one. */
export type ClozeCard = { number: number; prompt: string; answer: string } | { number: number; skipped: string };

const DELETION = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

/**
 * The cloze questions of a cloze note's text (already plain text): for each cloze number in ascending order,
 * the text with that deletion as BLANK (its hint, if any, after it in brackets) and the others as their
 * answers, and that deletion's answer. A number deleted more than once, an empty answer, nested deletions and
 * text that already holds BLANK give `skipped` instead. Empty when the text holds no deletion.
 */
export function clozeCards(text: string): ClozeCard[] {
  const deletions = [...text.matchAll(DELETION)].map((m) => ({
    number: Number(m[1]),
    answer: m[2].trim(),
    hint: (m[3] ?? "").trim(),
  }));
  const numbers = [...new Set(deletions.map((d) => d.number))].sort((a, b) => a - b);
  const nested = deletions.some((d) => d.answer.includes("{{c")) || /\{\{c\d+::/.test(text.replace(DELETION, ""));
  return numbers.map((number): ClozeCard => {
    const mine = deletions.filter((d) => d.number === number);
    if (nested) return { number, skipped: "nested cloze deletions are not imported" };
    if (mine.length > 1)
      return { number, skipped: `c${number} is deleted ${mine.length} times; a Footnote cloze has one blank` };
    if (mine[0].answer === "") return { number, skipped: `c${number} has an empty answer` };
    if (mine[0].answer.startsWith("image-occlusion:")) return { number, skipped: "image occlusion is not imported" };
    const prompt = text.replace(DELETION, (_all, n: string, answer: string, hint?: string) =>
      Number(n) === number ? (hint?.trim() ? `${BLANK} [${hint.trim()}]` : BLANK) : answer.trim(),
    );
    if (prompt.split(BLANK).length !== 2) return { number, skipped: `its text already holds "${BLANK}"` };
    return { number, prompt, answer: mine[0].answer };
  });
}
