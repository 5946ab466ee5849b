// A GIFT text (a question's stem, a choice, a feedback) as plain text. gift-pegjs has already undone GIFT's
// escapes (\~ \= \# \{ \} \: \n) and read the [format] marker; markup is reduced here, never kept.
import type { TextFormat } from "gift-pegjs";
import { htmlToText, looksLikeHtml, tidyLines } from "./html-text";

/** A GIFT text as plain text, and how many images it held (left out). */
export type GiftText = { text: string; images: number };

/**
 * `value` as plain text: [html] always reduced with sanitize-html (html-text.ts); [moodle], the default, holds
 * HTML too in Moodle (its "Moodle auto-format"), so it is reduced when it reads as markup; [markdown] and
 * [plain] are kept as typed (Markdown's marks stay as characters). Spaces are collapsed and lines trimmed, and
 * word joiners (U+2060) dropped.
 */
export function giftText(value: TextFormat | null | undefined): GiftText {
  if (!value) return { text: "", images: 0 };
  // The word joiners Footnote's export puts in "->" and "//" (export/gift.ts giftEscape) are not the teacher's text.
  value = { ...value, text: value.text.replace(/\u2060/g, "") };
  const html = value.format === "html" || (value.format === "moodle" && looksLikeHtml(value.text));
  if (!html) return { text: tidyLines(value.text), images: 0 };
  const reduced = htmlToText(value.text);
  return { text: reduced.text, images: reduced.images };
}
