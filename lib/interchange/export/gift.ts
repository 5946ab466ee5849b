// A set as Moodle's GIFT text (https://docs.moodle.org/en/GIFT_format): one question per paragraph, titled by its
// id, in the [plain] format so nothing a teacher typed becomes markup, with the explanation and sources as each
// question's general feedback (####).
import { BLANK } from "../../content/parse-set";
import type { ExportedQuestion, ExportedSet, Exporter } from "../types";
import { feedbackText } from "./source-notes";

/**
 * `text` safe anywhere in a GIFT question: GIFT's control characters ~ = # { } : and the backslash itself get a
 * backslash (Moodle and gift-pegjs read \\ as one backslash), and each line break becomes GIFT's \n escape, since
 * a blank line would end the question.
 */
export function giftEscape(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[~=#{}:\\]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

/** The answer block's inside: `{=a =b}` accepts every answer (GIFT's short answer). */
const accepted = (answers: string[]) => answers.map((a) => `=${giftEscape(a)}`).join(" ");

function answerBlock(q: ExportedQuestion, feedback: string): string {
  const general = feedback ? ` ####${giftEscape(feedback)}` : "";
  switch (q.type) {
    case "multiple-choice":
      return `{${q.choices.map((c) => `${c === q.answers[0] ? "=" : "~"}${giftEscape(c)}`).join(" ")}${general}}`;
    case "true-false":
      return `{${/^true$/i.test(q.answers[0] ?? "") ? "TRUE" : "FALSE"}${general}}`;
    default:
      // Short answer, cloze and flashcard: a typed answer Moodle compares with every accepted one.
      return `{${accepted(q.answers)}${general}}`;
  }
}

/**
 * One question as its GIFT paragraph: `::id::[plain]prompt{answers ####feedback}`. A cloze is GIFT's missing word
 * (the text before its blank, the answers, the text after); a flashcard is a short answer whose answer is its back.
 */
export function giftQuestion(set: ExportedSet, q: ExportedQuestion): string {
  const head = `::${giftEscape(q.id)}::[plain]`;
  const block = answerBlock(q, feedbackText(set, q));
  const blank = q.type === "cloze" ? q.prompt.indexOf(BLANK) : -1;
  if (blank < 0) return `${head}${giftEscape(q.prompt)}${block}`;
  const before = q.prompt.slice(0, blank);
  const after = q.prompt.slice(blank + BLANK.length);
  return `${head}${giftEscape(before)}${block}${giftEscape(after)}`;
}

/** GIFT's comment line: `//` then text with no line break. */
const comment = (text: string) => `// ${text.replace(/\s*[\r\n]+\s*/g, " ")}`;

/**
 * The set as a GIFT file (UTF-8, ".gift.txt": Moodle's importer takes GIFT only from a file whose name ends
 * ".txt"): a comment naming the set and its link, then every question in order, held ones included (a question
 * citing nothing has no source in its feedback). Nothing is left out: GIFT holds every type.
 */
export const exportGift: Exporter = async (set) => {
  const text = [
    `${comment(`Footnote question set: ${set.title}`)}\n${comment(set.link)}`,
    ...set.questions.map((q) => giftQuestion(set, q)),
  ].join("\n\n");
  return {
    bytes: new TextEncoder().encode(`${text}\n`),
    extension: ".gift.txt",
    mediaType: "text/plain; charset=utf-8",
    leftOut: [],
  };
};
