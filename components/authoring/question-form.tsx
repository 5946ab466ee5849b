"use client";
// The set editor's form for one question, new or existing: its type's fields, its citations, and the Cite
// button. Works without JavaScript (the quote is pasted and the passage's number typed); the server checks every
// field with content:check's wording and shows each message under its field.
import { Fragment, useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert, SubmitButton } from "@/components/ui/form-parts";
import { SelectField } from "@/components/ui/select-field";
import { saveQuestionAction } from "@/lib/authoring/set-actions";
import type { QuestionType } from "@/lib/content/types";
import { CiteButton } from "./cite-button";
import { TextAreaField } from "./text-area-field";

type ExistingCitation = { id: string; quote: string; where: string; status: string };

type Props = {
  setId: string;
  article?: string;
  type: QuestionType;
  typeLabel: string;
  /**
   * The article in the pane (the one the Cite button reads from): its id, title and how many passages it has; a
   * citation names one of its passages by number. Undefined when the set draws on no article.
   */
  shownArticle?: { id: string; title: string; passages: number };
  /** Present when editing: the question's id, its current values, its citations, and whether the set is published. */
  editing?: { questionId: string; number: number; values: Record<string, string>; citations: ExistingCitation[] };
  published: boolean;
  /** Issue 18: a new question prefilled from a drafted one (the drafts page's Edit): its id and the form's values. */
  draft?: { id: string; values: Record<string, string> };
};

const PROMPT_LABEL: Record<QuestionType, { label: string; hint?: string }> = {
  "multiple-choice": { label: "Question" },
  "true-false": { label: "Statement" },
  "short-answer": { label: "Question" },
  cloze: {
    label: "Text with one blank",
    hint: "Put the missing words in double braces: The call lasted {{1 hour 45 minutes}}.",
  },
  flashcard: { label: "Front" },
};

// React resets a form after its action, and a <select> then shows its first option whatever its defaultValue: each
// answer of the server gets a fresh key, so the fields are made anew from the values it kept.
const attempts = new WeakMap<object, number>();
let lastAttempt = 0;
function attemptOf(state: object): number {
  if (!attempts.has(state)) attempts.set(state, ++lastAttempt);
  return attempts.get(state)!;
}

export function QuestionForm({ setId, article, type, typeLabel, shownArticle, editing, published, draft }: Props) {
  const [state, action] = useActionState(saveQuestionAction, {});
  const errors = state.errors ?? {};
  const value = (name: string) => state.values?.[name] ?? editing?.values[name] ?? draft?.values[name] ?? "";
  const prompt = PROMPT_LABEL[type];
  return (
    <form action={action} className="space-y-4" noValidate id="question-form" aria-labelledby="question-form-heading">
      <h3 id="question-form-heading" className="text-lg font-semibold">
        {editing ? `Edit question ${editing.number}` : draft ? "New question from a draft" : "New question"}:{" "}
        {typeLabel}
      </h3>
      <FormAlert state={state} />
      <Fragment key={attemptOf(state)}>
        <input type="hidden" name="setId" value={setId} />
        <input type="hidden" name="type" value={type} />
        {article && <input type="hidden" name="article" value={article} />}
        {editing && <input type="hidden" name="questionId" value={editing.questionId} />}
        {draft && !editing && <input type="hidden" name="draftId" value={draft.id} />}
        {errors.type && <p className="text-sm text-red-700 dark:text-red-300">{errors.type}</p>}

        <TextAreaField
          prose={false}
          rows={3}
          name="prompt"
          label={prompt.label}
          hint={prompt.hint}
          error={errors.prompt}
          defaultValue={value("prompt")}
        />
        {type === "multiple-choice" && (
          <>
            <TextAreaField
              prose={false}
              name="choices"
              label="Choices"
              hint="One per line."
              error={errors.choices}
              defaultValue={value("choices")}
              rows={4}
            />
            <Field
              name="answer"
              label="Correct answer"
              hint="One of the choices, exactly as written."
              error={errors.answer}
              defaultValue={value("answer")}
            />
          </>
        )}
        {type === "true-false" && (
          <SelectField
            name="answer"
            label="The statement is"
            options={[
              { value: "True", label: "True" },
              { value: "False", label: "False" },
            ]}
            error={errors.answer}
            defaultValue={value("answer") || "True"}
          />
        )}
        {(type === "short-answer" || type === "flashcard") && (
          <Field
            name="answer"
            label={type === "flashcard" ? "Back" : "Answer"}
            error={errors.answer}
            defaultValue={value("answer")}
          />
        )}
        {(type === "short-answer" || type === "cloze") && (
          <TextAreaField
            prose={false}
            name="accept"
            label="Other accepted answers (optional)"
            hint="One per line. Case, accents, punctuation and small typos are forgiven anyway."
            error={errors.accept}
            defaultValue={value("accept")}
            rows={2}
          />
        )}
        <TextAreaField
          prose={false}
          rows={3}
          name="explanation"
          label="Explanation"
          hint="Shown after answering, with the evidence."
          error={errors.explanation}
          defaultValue={value("explanation")}
        />

        <fieldset
          className="space-y-3 rounded-lg border border-black/10 p-3 dark:border-white/15"
          aria-describedby={errors.cite ? "cite-error" : undefined}
        >
          <legend className="px-1 font-medium">Evidence</legend>
          <p className="text-sm text-muted">
            A question saved without a citation needs a source: it stays hidden from study, and the editor proposes
            where its evidence is.
          </p>
          {errors.cite && (
            <p id="cite-error" className="text-sm text-red-700 dark:text-red-300">
              {errors.cite}
            </p>
          )}
          {editing && editing.citations.length > 0 && (
            <ul className="space-y-2">
              {editing.citations.map((c) => (
                <li key={c.id} className="text-sm">
                  <label className="flex gap-2">
                    <input type="checkbox" name="removeCitation" value={c.id} className="mt-1" />
                    <span>
                      Remove <q>{c.quote}</q>{" "}
                      <span className="text-muted">
                        ({c.where}
                        {c.status !== "ANCHORED" && c.status !== "MOVED"
                          ? `, ${c.status === "CHECK" ? "to check" : "not found"}`
                          : ""}
                        )
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          <CiteButton
            initial={{
              citePassageId: value("citePassageId"),
              citedNumber: value("citedNumber"),
              citeStart: value("citeStart"),
              citeEnd: value("citeEnd"),
            }}
          />
          {shownArticle && <input type="hidden" name="citeArticle" value={shownArticle.id} />}
          <Field
            name="citePassage"
            label={editing ? "Add a citation: passage number" : "Passage number"}
            hint={
              shownArticle
                ? `The number beside the passage in ${shownArticle.title} (1 to ${shownArticle.passages}).`
                : "Choose an article under Set details first."
            }
            inputMode="numeric"
            autoComplete="off"
            error={errors.citePassage}
            defaultValue={value("citePassage")}
          />
          <TextAreaField
            prose={false}
            name="citeQuote"
            label="Quote"
            hint="The words of the passage that are the evidence, exactly as written (paste them)."
            error={errors.citeQuote}
            defaultValue={value("citeQuote")}
            rows={2}
          />
        </fieldset>

        {editing && published && (
          <label className="flex gap-2 text-sm">
            <input type="checkbox" name="keepProgress" defaultChecked={value("keepProgress") !== ""} className="mt-1" />
            <span>
              Keep learners&apos; progress even if I change the answer. (Otherwise a new answer starts this question
              afresh for everyone; a change that keeps the answer always keeps their progress.)
            </span>
          </label>
        )}
      </Fragment>
      <SubmitButton>{editing ? "Save question" : "Add question"}</SubmitButton>
    </form>
  );
}
