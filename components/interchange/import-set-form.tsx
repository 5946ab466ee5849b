import { CONTROL_CLASS } from "@/components/ui/field-frame";
import { routes } from "@/lib/routes";
import type { TermListAs } from "@/lib/interchange/types";

/** What each kind of file becomes, one sentence each, as the page tells it. */
const FORMATS = [
  {
    name: "Footnote files (.zip)",
    text: "a set exported from Footnote comes back with its articles and every citation.",
  },
  {
    name: "Term lists (.csv, .tsv or .txt)",
    text: "a Quizlet export or a spreadsheet of terms and definitions, one per line: each line becomes a question.",
  },
  {
    name: "Moodle GIFT (.gift or .txt)",
    text: "multiple choice, true/false, short answer and missing-word questions; others are skipped.",
  },
  {
    name: "Anki packages (.apkg)",
    text: "Basic and Cloze notes, their formatting reduced to plain text; other note types are skipped.",
  },
] as const;

const TERM_CHOICES: { value: TermListAs; label: string; hint: string }[] = [
  { value: "flashcard", label: "Flashcards", hint: "the learner recalls the definition, then checks it" },
  { value: "short-answer", label: "Typed answers", hint: "the learner types the term's definition, graded as typed" },
];

type Props = {
  /** The teacher's own articles and the library's, to attach one. */
  articles: { id: string; title: string; outlet: string | null; own: boolean }[];
  /** The choices to show again after a refusal. */
  values: { as: TermListAs; article: string };
  /** The last post's refusal, in the server's words (naming the line at fault). */
  error: string | null;
};

/**
 * The Import form: one file, what a term list becomes, and an article to attach; a plain multipart form to its
 * own route handler (a 5 MB file is past the other forms' limits), the same with or without JavaScript.
 */
export function ImportSetForm({ articles, values, error }: Props) {
  const own = articles.filter((a) => a.own);
  const library = articles.filter((a) => !a.own);
  return (
    <form action={routes.importSetPost()} method="post" encType="multipart/form-data" className="space-y-6">
      {error && (
        <p
          role="alert"
          id="file-error"
          className="rounded-lg bg-red-50 p-3 break-words text-red-800 dark:bg-red-950 dark:text-red-200"
        >
          <strong>Nothing was imported.</strong> {error}
        </p>
      )}
      <div className="space-y-2">
        <label htmlFor="file" className="block font-medium">
          File
        </label>
        <div id="file-hint" className="space-y-1 text-sm text-muted">
          <p>At most 5 MB. Footnote reads:</p>
          <ul className="list-disc space-y-1 pl-5">
            {FORMATS.map((f) => (
              <li key={f.name}>
                <span className="font-medium text-ink">{f.name}</span>: {f.text}
              </li>
            ))}
          </ul>
        </div>
        <input
          id="file"
          name="file"
          type="file"
          required
          accept=".zip,.apkg,.gift,.txt,.csv,.tsv"
          aria-describedby={error ? "file-hint file-error" : "file-hint"}
          aria-invalid={error ? true : undefined}
          // After a refusal the page is a fresh load: focus the file, which the alert describes, so a screen
          // reader reads the refusal and a keyboard user is where the next try starts.
          autoFocus={Boolean(error)}
          className="block w-full max-w-full text-sm file:mr-3 file:rounded-lg file:border file:border-black/20 file:bg-transparent file:px-3 file:py-2 file:font-medium dark:file:border-white/25 dark:file:text-inherit"
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="font-medium">A term list becomes</legend>
        {TERM_CHOICES.map((c) => (
          <label key={c.value} className="flex items-start gap-2">
            <input type="radio" name="as" value={c.value} defaultChecked={values.as === c.value} className="mt-1.5" />
            <span>
              {c.label} <span className="text-sm text-muted">({c.hint})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="article" className="block font-medium">
          Attach an article (optional)
        </label>
        <p id="article-hint" className="text-sm text-muted">
          Attach an article so Find the evidence can propose sources: questions that arrive without a citation are
          hidden from study until each cites a passage, and the set cannot be published before.
        </p>
        <select
          id="article"
          name="article"
          defaultValue={values.article}
          aria-describedby="article-hint"
          className={`${CONTROL_CLASS} bg-paper`}
        >
          <option value="">No article</option>
          {own.length > 0 && (
            <optgroup label="Your articles">
              {own.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </optgroup>
          )}
          {library.length > 0 && (
            <optgroup label="The library">
              {library.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                  {a.outlet ? ` (${a.outlet})` : ""}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      <button type="submit" className="rounded-lg bg-accent px-4 py-2 font-semibold text-white dark:text-black">
        Import as a draft set
      </button>
    </form>
  );
}
