"use client";
// The shown article's passages in the set editor's pane, as plain text, each element naming its passage for the
// Cite button. A client component fed the passages' keys and texts: the page's React payload then carries the
// article's text once and not 400 elements' worth of structure around it (the HTML has it as before). The
// passages come as one JSON text rather than an array of 400 objects, which React would encode and decode one
// by one on every render of the page.

/** `passages`: a JSON array of [key, text] pairs, in order. */
type Props = { articleId: string; title: string; passages: string };

export function PassageText({ articleId, title, passages: json }: Props) {
  const passages = (JSON.parse(json) as [string, string][]).map(([key, text]) => ({ key, text }));
  return (
    // Kept small (the article may have 2,000 passages): the number is the list's marker, outside the selectable text.
    <ol
      data-article-id={articleId}
      data-article-title={title}
      className="list-decimal space-y-3 pl-8 leading-relaxed whitespace-pre-line marker:text-xs marker:text-muted"
    >
      {passages.map((p) => (
        // dir="auto": a passage in Arabic or Hebrew reads right to left, its punctuation at its own end.
        <li key={p.key} data-passage-key={p.key} dir="auto">
          {p.text}
        </li>
      ))}
    </ol>
  );
}
