import { routes } from "@/lib/routes";

/**
 * Adds an article from a file: a plain multipart form to a route handler of its own (a 5 MB file is past the
 * other forms' limits), the same with or without JavaScript. `error` is a refusal's text, shown by the field.
 */
export function UploadArticleForm({ error }: { error?: string | null }) {
  return (
    <form action={routes.articleUpload()} method="post" encType="multipart/form-data" className="space-y-4">
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      )}
      <div className="space-y-1">
        <label htmlFor="file" className="block font-medium">
          File
        </label>
        <p id="file-hint" className="text-sm text-muted">
          A .txt, .md, .html or .docx file of at most 5 MB. Its title, author and date are read from the file where it
          has them; you can change them next.
        </p>
        <input
          id="file"
          name="file"
          type="file"
          required
          accept=".txt,.text,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby="file-hint"
          aria-invalid={error ? true : undefined}
          className="block w-full max-w-full text-sm file:mr-3 file:rounded-lg file:border file:border-black/20 file:bg-transparent file:px-3 file:py-2 file:font-medium dark:file:border-white/25 dark:file:text-inherit"
        />
      </div>
      <button type="submit" className="rounded-lg bg-accent px-4 py-2 font-semibold text-white dark:text-black">
        Upload and add
      </button>
    </form>
  );
}
