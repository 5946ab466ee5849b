// A set whose every text is written to break careless exporters: GIFT's control characters, CSV's quotes, commas
// and line breaks, XML's angle brackets and entities, spreadsheet formulas, markup. Tests of each format feed it
// to their exporter and read the file back with another parser. Part A2's; kept apart from content-set-a2.ts.
import type { ExportedQuestion, ExportedSet } from "../types";
import { contentExportedSet, TEST_APP_URL } from "./content-set-a2";

/** Text holding every character some format treats specially. */
export const HOSTILE = "Is ~x = #1 {ok}: a\\b \"quoted\", 'single', <b>bold</b> & &amp; <!-- c --> ]]> @sum *star* _u_";

/** A passage that needs every kind of care, as the hostile questions cite it. */
export const HOSTILE_PASSAGE = `=SUM(A1:A9) said the report, "with commas, quotes" and\nline breaks: ${HOSTILE}`;

const cite = (quote: string) => ({
  article: "hostile-article",
  passage: "p1",
  quote,
  prefix: "",
  suffix: "",
  start: null,
  end: null,
  passageText: HOSTILE_PASSAGE,
  link: `${TEST_APP_URL}/articles/hostile-article#p1`,
});

/** One question of each type, every text hostile, each citing the hostile passage; plus one citing nothing. */
export const HOSTILE_QUESTIONS: ExportedQuestion[] = [
  {
    id: "h-mc",
    type: "multiple-choice",
    prompt: `${HOSTILE} which?`,
    choices: ["=1+1", "~tilde", "{brace}", "a:b"],
    answers: ["{brace}"],
    explanation: `Because ${HOSTILE}`,
    citations: [cite("=SUM(A1:A9) said the report"), cite('"with commas, quotes"')],
    held: false,
  },
  {
    id: "h-tf",
    type: "true-false",
    prompt: `True: ${HOSTILE}?`,
    choices: ["True", "False"],
    answers: ["False"],
    explanation: "-1 is negative",
    citations: [cite("line breaks")],
    held: false,
  },
  {
    id: "h-sa",
    type: "short-answer",
    prompt: "+Who: said #it?",
    answers: ["@someone", "Zoë = Ñúñez", "a,b"],
    choices: [],
    explanation: "Line one\nline two",
    citations: [cite("said the report")],
    held: false,
  },
  {
    id: "h-cloze",
    type: "cloze",
    prompt: "Before {x} = _____ ~after: #end",
    answers: ["ans:wer", "other=one"],
    choices: [],
    explanation: "",
    citations: [cite("with commas")],
    held: false,
  },
  {
    id: "h-card",
    type: "flashcard",
    prompt: "Front <i>#1</i>",
    answers: ['Back "two" & {three}'],
    choices: [],
    explanation: "Card",
    citations: [cite("the report")],
    held: false,
  },
  {
    id: "h-none",
    type: "short-answer",
    prompt: "Cites nothing yet",
    answers: ["nothing"],
    choices: [],
    explanation: "Needs a source",
    citations: [],
    held: true,
  },
];

/** The shipped set `the-call` with the hostile questions after its own and the hostile article among its articles. */
export function hostileSet(): ExportedSet {
  const set = contentExportedSet("the-call");
  return {
    ...set,
    title: `The call: ${HOSTILE}`,
    questions: [...set.questions, ...HOSTILE_QUESTIONS],
    articles: [
      ...set.articles,
      {
        id: "hostile-article",
        title: `Article ${HOSTILE}`,
        outlet: "=Outlet",
        translationNote: null,
        sourceUrl: null,
        publishedOn: null,
        passages: [{ key: "p1", text: HOSTILE_PASSAGE }],
      },
    ],
  };
}
