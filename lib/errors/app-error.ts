// The one error the domain and the request pipeline throw: a code from a closed list, the message people
// read, and optionally the form field it belongs to. Each transport turns it into what it needs in one
// place (lib/errors/translate.ts): field errors in a form, a notice code in a redirect, JSON with a
// status, a 404. Only the code ever travels in a URL; the text is looked up here, on the server.

type Known = { status: number; message: string };

/**
 * Every expected failure, with its HTTP status (for the JSON API) and its default message. A message may
 * be replaced where it carries a detail (a wait time, a date), but a URL only ever carries the code.
 */
export const ERRORS = {
  // Reading a request
  "invalid-input": { status: 400, message: "Some fields are missing or invalid." },
  "invalid-json": { status: 400, message: "The request body is not valid JSON." },
  "unreadable-form": { status: 400, message: "The form could not be read. Go back and send it again." },
  "json-only": { status: 415, message: "Send the request as JSON (Content-Type: application/json)." },
  "form-only": { status: 415, message: "Send the form as a web page does (URL-encoded or multipart)." },
  "too-large": { status: 413, message: "The request is too large." },
  "cross-site": { status: 403, message: "Requests must come from this site." },
  "nothing-here": { status: 404, message: "There is nothing to post here." },
  "rate-limited": { status: 429, message: "Too many attempts. Try again later." },
  // Who is asking
  "no-viewer": { status: 401, message: "Sign in, or start studying as a guest, first." },
  "sign-in": { status: 401, message: "Sign in first." },
  "teachers-only": { status: 403, message: "Only teachers can do that." },
  "not-found": { status: 404, message: "Not found." },
  // Studying and practice
  "question-gone": { status: 422, message: "That question is no longer in this set." },
  "choose-grade": { status: 422, message: "Choose how well you knew it." },
  "answer-taken": { status: 422, message: "That answer was already recorded." },
  "answered-elsewhere": { status: 422, message: "This question was just answered in another tab. Reload to continue." },
  "answer-followed": { status: 422, message: "That answer has been followed by another one." },
  "no-schedule": { status: 422, message: "That question has no schedule to change." },
  "cannot-mark": { status: 422, message: "Only a right answer that still stands can be marked." },
  "cannot-overrule": {
    status: 422,
    message: "Only a typed answer marked wrong, that still stands, can be counted as right.",
  },
  "practice-answered": { status: 422, message: "That question was already answered in this practice round." },
  "practice-unreadable": { status: 422, message: "That practice round could not be read; here is a new one." },
  // Classes and assignments
  "unknown-join-code": {
    status: 422,
    message: "No class has that code. Check it with your teacher; codes look like KMN-PQ3.",
  },
  "own-class": { status: 422, message: "This is your own class." },
  "set-unavailable": {
    status: 422,
    message: "A set you chose is no longer available. Reload the page and choose again.",
  },
  // Accounts
  "email-taken": { status: 422, message: "An account with this email already exists. Sign in instead." },
  "wrong-credentials": { status: 401, message: "That email and password do not match an account." },
  "wrong-password": { status: 422, message: "That is not your current password." },
  // Teachers' articles: size limits (lib/authoring/limits.ts; the message names the limit and the size found)
  "article-too-long": { status: 413, message: "An article may have at most 200,000 characters." },
  "too-many-passages": { status: 413, message: "An article may have at most 2,000 passages (paragraphs)." },
  "file-too-large": { status: 413, message: "A file may be at most 5 MB." },
  // Teachers' articles: files that cannot be read as one
  "empty-file": { status: 422, message: "The file holds no text to read." },
  "binary-file": { status: 422, message: "This file is not text: it holds binary data." },
  "not-docx": { status: 422, message: "This file is not a Word document (.docx)." },
  "old-doc": {
    status: 422,
    message: "This is an old Word .doc file: open it in Word or LibreOffice and save it as .docx.",
  },
  "unsupported-file": { status: 422, message: "Upload a .txt, .md, .html or .docx file." },
  // Teachers' articles: selections and passage edits
  "invalid-selection": { status: 422, message: "Select the words in the passage that are the evidence." },
  "unknown-passage": { status: 422, message: "There is no such passage in this article." },
  "no-next-passage": { status: 422, message: "The last passage has no passage after it to join." },
  "offset-out-of-range": { status: 422, message: "Choose a place inside the passage's text to split it." },
  "empty-half": { status: 422, message: "Splitting there would leave an empty passage." },
  // Teachers' articles: fetching one from a web address (lib/authoring/fetch-article.ts)
  "invalid-address": { status: 400, message: "Give a web address starting with https:// or http://." },
  "blocked-address": { status: 400, message: "That address is on a private network and cannot be fetched." },
  "too-many-redirects": { status: 502, message: "The address redirects too many times." },
  "fetch-timeout": { status: 504, message: "The page did not arrive in time." },
  "fetch-status": { status: 502, message: "The page answered with an error, not the page itself." },
  "unsupported-type": {
    status: 502,
    message: "That address is not a web page, text, Markdown or Word document.",
  },
  "fetch-failed": { status: 502, message: "The page could not be fetched." },
  // Teachers' articles in the app (issue 17, articles part: lib/authoring/upload-post.ts)
  "choose-file": { status: 422, message: "Choose a file to upload: a .txt, .md, .html or .docx file of at most 5 MB." },
  // Teachers' sets: the set editor and publishing (issue 17, the editor's part; lib/authoring/sets.ts, questions.ts, publish.ts)
  "too-many-questions": { status: 413, message: "A set may have at most 500 questions." },
  "no-articles": { status: 422, message: "Choose at least one article for the set to draw on." },
  "article-in-use": { status: 422, message: "A question cites that article: change its citations first." },
  "publish-blocked": { status: 422, message: "Some questions must be fixed before the set can be published." },
  "candidate-stale": {
    status: 422,
    message: "The article has changed since that place was found: cite the question again.",
  },
  // Teachers' articles: reading a file within time and memory (issue 17, tester's part; lib/authoring/read-bounded.ts)
  "file-too-complex": {
    status: 422,
    message: "This file took too long to read: it holds too much markup. Paste its text instead.",
  },
  "unreadable-file": { status: 422, message: "This file could not be read as an article." },
  // Teachers' articles: bounds on reading files (lib/authoring/reading-gate.ts, article-import.ts)
  "reading-busy": {
    status: 503,
    message: "Footnote is reading other files just now. Try again in a minute.",
  },
  "uploads-rate-limited": {
    status: 429,
    message: "You have uploaded as many files as an hour allows. Try again later, or paste the text.",
  },
  // Find the evidence (issue 18, evidence part; lib/drafts/evidence-actions.ts)
  "evidence-stale": {
    status: 422,
    message: "That passage has changed since the evidence was proposed: look at the new proposals and cite again.",
  },
  // Question drafts: accepting, editing and rejecting them (issue 18, the drafts page's part; lib/drafts/decide.ts)
  "draft-decided": { status: 409, message: "That draft was already accepted or rejected." },
  "draft-gone": {
    status: 404,
    message: "That draft is no longer offered: the article changed since the page was shown. Here are the drafts now.",
  },
  // Sets in and out of other tools (issue 19; lib/interchange/): the message names the record or line at fault
  "import-refused": { status: 422, message: "This file could not be imported: nothing was imported." },
  "unsupported-import": {
    status: 422,
    message:
      "Import a Footnote .zip, a .csv or tab-separated .txt list, a Moodle GIFT file (.gift or .txt) or an Anki package (.apkg).",
  },
  "unknown-format": { status: 404, message: "There is no such export format." },
} as const satisfies Record<string, Known>;

export type ErrorCode = keyof typeof ERRORS;

export type AppErrorOptions = {
  /** The form field the message belongs to; without one it is about the whole form. */
  field?: string;
  /** Replaces the code's default message, for one that names a detail (never shown from a URL). */
  message?: string;
  /** Problems by field, for the JSON API's `issues`. */
  issues?: { field: string; message: string }[];
};

/** An expected failure: `code` says which (ERRORS), `message` is for people, `field` where a form shows it. */
export class AppError extends Error {
  readonly field?: string;
  readonly issues?: { field: string; message: string }[];
  constructor(
    readonly code: ErrorCode,
    options: AppErrorOptions = {},
  ) {
    super(options.message ?? ERRORS[code].message);
    this.name = "AppError";
    this.field = options.field;
    this.issues = options.issues;
  }

  /** The HTTP status this error answers with (ERRORS). */
  get status(): number {
    return ERRORS[this.code].status;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERRORS, value);
}
