// A set as Moodle's GIFT text (https://docs.moodle.org/en/GIFT_format): one question per paragraph, titled by its
// id, in the [plain] format so nothing a teacher typed becomes markup, with the explanation and sources as each
// question's general feedback (####).
import { BLANK } from "../../content/parse-set";
import type { ExportedQuestion, ExportedSet, Exporter } from "../types";
import { feedbackText } from "./source-notes";

/**
 * `text` safe anywhere in a GIFT question: GIFT's control characters ~ = # { } : and the backslash itself get a
 * backslash (Moodle and gift-pegjs read \\ as one backslash), and each line break becomes GIFT's \n escape, since
 * a blank line would end the question; "//" at the start or after a space is broken by a word joiner (below).
 */
export function giftEscape(text: string): string {
  return (
    text
      .replace(/\r\n?/g, "\n")
      .replace(/[~=#{}:\\]/g, (c) => `\\${c}`)
      // "//" at the start or after a space reads as a comment to the end of the line (gift-pegjs drops a cloze's text
      // after its blank from there), and GIFT has no escape for it: an invisible word joiner (U+2060) breaks it.
      .replace(/(^|\s)\/(?=\/)/g, "$1/\u2060")
      .replace(/\n/g, "\\n")
  );
}

/**
 * `text` safe inside a question's braces: giftEscape, and "->" broken by an invisible word joiner (U+2060), since
 * GIFT has no escape for it and Moodle (as gift-pegjs) reads any answer block holding "->" as a matching question.
 */
export const giftAnswerEscape = (text: string) => giftEscape(text).replace(/-(?=>)/g, "-\u2060");

/** The answer block's inside: `{=a =b}` accepts every answer (GIFT's short answer). */
const accepted = (answers: string[]) => answers.map((a) => `=${giftAnswerEscape(a)}`).join(" ");

function answerBlock(q: ExportedQuestion, feedback: string): string {
  const general = feedback ? ` ####${giftAnswerEscape(feedback)}` : "";
  switch (q.type) {
    case "multiple-choice":
      return `{${q.choices.map((c) => `${c === q.answers[0] ? "=" : "~"}${giftAnswerEscape(c)}`).join(" ")}${general}}`;
    case "true-false":
      return `{${/^true$/i.test(q.answers[0] ?? "") ? "TRUE" : "FALSE"}${general}}`;
    default:
      // Short answer, cloze and flashcard: a typed answer Moodle compares with every accepted one.
      return `{${accepted(q.answers)}${general}}`;
  }
}

/**
 * One question as its GIFT paragraph: `::id::[plain]prompt{answers ####feedback}`. A cloze with text on both sides
 * of its blank is GIFT's missing word (the text before, the answers, the text after); one whose blank starts or
 * ends it is a short answer showing the blank, since GIFT reads answers at either end as a plain question. A
 * flashcard is a short answer whose answer is its back.
 */
export function giftQuestion(set: ExportedSet, q: ExportedQuestion): string {
  const head = `::${giftEscape(q.id)}::[plain]`;
  const block = answerBlock(q, feedbackText(set, q));
  const blank = q.type === "cloze" ? q.prompt.indexOf(BLANK) : -1;
  const before = blank < 0 ? "" : q.prompt.slice(0, blank);
  const after = blank < 0 ? "" : q.prompt.slice(blank + BLANK.length);
  if (!before.trim() || !after.trim()) return `${head}${giftEscape(q.prompt)}${block}`;
  return `${head}${giftEscape(before)}${block}${giftEscape(after)}`;
}

/** Why GIFT cannot hold `q`: it has no text for an empty prompt, choice or answer (each needs a character). */
export const GIFT_EMPTY = "has an empty prompt, choice or answer (GIFT cannot hold one)";

const holdsEmpty = (q: ExportedQuestion) =>
  [q.prompt, ...(q.type === "multiple-choice" ? q.choices : []), ...(q.type === "true-false" ? [] : q.answers)].some(
    (text) => !text.trim(),
  ) ||
  (q.type !== "true-false" && q.answers.length === 0);

/** GIFT's comment line: `//` then text with no line break. */
const comment = (text: string) => `// ${text.replace(/\s*[\r\n]+\s*/g, " ")}`;

/**
 * The set as a GIFT file (UTF-8, ".gift.txt": Moodle's importer takes GIFT only from a file whose name ends
 * ".txt"): a comment naming the set and its link, then every question in order, held ones included (a question
 * citing nothing has no source in its feedback). GIFT holds every type; a question with an empty prompt, choice or
 * answer (none the editor lets through; an import might) is left out and counted (GIFT_EMPTY).
 */
export const exportGift: Exporter = async (set) => {
  const written = set.questions.filter((q) => !holdsEmpty(q));
  const left = set.questions.length - written.length;
  const text = [
    `${comment(`Footnote question set: ${set.title}`)}\n${comment(set.link)}`,
    ...written.map((q) => giftQuestion(set, q)),
  ].join("\n\n");
  return {
    bytes: new TextEncoder().encode(`${text}\n`),
    extension: ".gift.txt",
    mediaType: "text/plain; charset=utf-8",
    leftOut: left > 0 ? [{ count: left, reason: GIFT_EMPTY }] : [],
  };
};
