"use server";
// Server actions of the set editor, through the one pipeline (lib/actions/transports.ts). The domain
// (lib/authoring/sets.ts, questions.ts, publish.ts) checks who may act; a refusal of the set itself becomes a
// sign-in redirect or a 404 (signInReturn), and a refused save keeps what the teacher typed.
import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, plainAction } from "../actions/transports";
import { toNoticePath } from "../errors/translate";
import { id, idList } from "../forms/schemas";
import { routes } from "../routes";
import { publishSet, setVisibility, VISIBILITIES } from "./publish";
import { acceptCandidate, archiveQuestion, moveQuestion, passageNumberOf, saveQuestion } from "./questions";
import { createSet, updateSet } from "./sets";
import { acceptEditedDraft } from "../drafts/decide";

type Fields = Record<string, unknown>;
const editorOf = (fields: Fields) => routes.editSet(String(fields.setId ?? ""));
const text = (max: number) =>
  z
    .string()
    .max(max, `Use at most ${new Intl.NumberFormat("en-GB").format(max)} characters.`)
    .default("");
/** The article the editor showed, to show it again after the post. */
const articleShown = z.string().max(200).optional();
const offset = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.coerce.number().int().min(0).max(1_000_000).optional(),
);

const SET_FIELDS = ["title", "description", "articleIds"];

export const createSetAction = formAction({
  schema: z.object({ title: text(120), description: text(1_000), articleIds: idList }),
  access: "anyone",
  keep: SET_FIELDS,
  signInReturn: () => routes.newSet(),
  run: async (input, viewer) => {
    const { id: setId } = await createSet(viewer, input);
    redirect(routes.editSet(setId));
  },
});

export const updateSetAction = formAction({
  schema: z.object({ setId: id, title: text(120), description: text(1_000), articleIds: idList }),
  access: "anyone",
  keep: SET_FIELDS,
  signInReturn: editorOf,
  run: async ({ setId, ...input }, viewer) => {
    await updateSet(viewer, setId, input);
    revalidatePath(routes.editSet(setId));
    return { message: "Saved." };
  },
});

const QUESTION_FIELDS = [
  "type",
  "prompt",
  "choices",
  "answer",
  "accept",
  "explanation",
  "citePassage",
  "citePassageId",
  "citedNumber",
  "citeQuote",
  "citeStart",
  "citeEnd",
  "keepProgress",
];

export const saveQuestionAction = formAction({
  schema: z.object({
    setId: id,
    questionId: id.optional(),
    article: articleShown,
    type: z.string().max(40).default(""),
    prompt: text(2_000),
    choices: text(4_000),
    answer: text(1_000),
    accept: text(2_000),
    explanation: text(4_000),
    // The article in the pane and the number of the cited passage in it (typed, or filled by the Cite button).
    citeArticle: z.string().max(200).default(""),
    citePassage: z.string().max(300).default(""),
    // What the Cite button filled in: the passage's id and the number it put in citePassage.
    citePassageId: z.string().max(300).default(""),
    citedNumber: z.string().max(20).default(""),
    citeQuote: text(2_000),
    citeStart: offset,
    citeEnd: offset,
    removeCitation: idList,
    keepProgress: z.string().optional(),
    // Issue 18: the draft this new question was prefilled from (the drafts page's Edit), recorded as accepted.
    draftId: id.optional(),
  }),
  access: "anyone",
  keep: QUESTION_FIELDS,
  signInReturn: editorOf,
  run: async (input, viewer) => {
    // A passage number or a quote asks for a citation; one without the other is refused with what is missing. The
    // Cite button names its passage by id too, with the number it filled in: while the number is still that one,
    // the id decides (the teacher may have switched articles since, or the article been renumbered); a number
    // typed over it names a passage of the article shown, and Cite's offsets, which were for another, are dropped.
    const citing = input.citePassage.trim() !== "" || input.citeQuote.trim() !== "";
    const passageNumber = passageNumberOf(input.citePassage);
    const byCite = input.citePassageId !== "" && passageNumberOf(input.citedNumber) === passageNumber;
    const fields = {
      ...input,
      citation: !citing
        ? undefined
        : byCite
          ? { passageId: input.citePassageId, quote: input.citeQuote, start: input.citeStart, end: input.citeEnd }
          : { articleId: input.citeArticle, passageNumber, quote: input.citeQuote },
      removeCitationIds: input.removeCitation,
      keepProgress: input.keepProgress !== undefined,
    };
    // Issue 18: a draft edited here becomes a new question and is recorded as accepted; back to the drafts.
    if (input.draftId && !input.questionId) {
      await acceptEditedDraft(viewer, input.setId, input.draftId, fields);
      revalidatePath(routes.editSet(input.setId));
      redirect(routes.setDrafts(input.setId, { article: input.article, done: "saved" }, "drafts-heading"));
    }
    const saved = await saveQuestion(viewer, input.setId, fields);
    revalidatePath(routes.editSet(input.setId));
    redirect(
      routes.editSet(
        input.setId,
        { article: input.article, saved: saved.reset ? "reset" : saved.held ? "held" : "1" },
        `question-${saved.id}`,
      ),
    );
  },
});

const refusedTo = (error: Parameters<typeof toNoticePath>[0], fields: Record<string, string | string[]>): Route =>
  toNoticePath(
    error,
    routes.editSet(String(fields.setId ?? ""), { article: String(fields.article ?? "") || undefined }),
  );

// One form per question in the list, whose pressed button says what to do: a set of 100 questions renders
// 100 forms, not 300.
/** The question list's one form: the button pressed names its step ("up", "down" or "remove") and its value the question. */
export const questionListAction = plainAction({
  schema: z
    .object({ setId: id, up: id.optional(), down: id.optional(), remove: id.optional(), article: articleShown })
    .refine((f) => [f.up, f.down, f.remove].filter(Boolean).length === 1, "Choose one question to move or remove."),
  access: "anyone",
  signInReturn: editorOf,
  refused: refusedTo,
  run: async ({ setId, up, down, remove, article }, viewer) => {
    const [what, questionId] = up
      ? (["up", up] as const)
      : down
        ? (["down", down] as const)
        : (["remove", remove!] as const);
    if (what === "remove") await archiveQuestion(viewer, setId, questionId);
    else await moveQuestion(viewer, setId, questionId, what);
    revalidatePath(routes.editSet(setId));
    return what === "remove"
      ? routes.editSet(setId, { article, removed: 1 }, "questions-heading")
      : routes.editSet(setId, { article }, `question-${questionId}`);
  },
});

export const acceptCandidateAction = plainAction({
  schema: z.object({ setId: id, citationId: id, article: articleShown }),
  access: "anyone",
  signInReturn: editorOf,
  refused: refusedTo,
  run: async ({ setId, citationId, article }, viewer) => {
    await acceptCandidate(viewer, setId, citationId);
    revalidatePath(routes.editSet(setId));
    return routes.editSet(setId, { article, accepted: 1 });
  },
});

export const publishAction = formAction({
  schema: z.object({
    setId: id,
    visibility: z.enum(VISIBILITIES, { message: "Choose who may find the set." }),
    intent: z.enum(["publish", "visibility"]),
  }),
  access: "anyone",
  keep: ["visibility"],
  signInReturn: editorOf,
  run: async ({ setId, visibility, intent }, viewer) => {
    if (intent === "publish") await publishSet(viewer, setId, visibility);
    else await setVisibility(viewer, setId, visibility);
    revalidatePath(routes.editSet(setId));
    return { message: intent === "publish" ? "Published." : "Saved." };
  },
});
