// After a teacher changes an article's text, every citation into it is re-anchored (lib/authoring/reanchor.ts)
// and the outcome written to its row, in the transaction that changed the text: nothing is rewritten
// silently (a changed quote only ever becomes a candidate), and a question whose evidence needs its teacher
// is held from study (lib/authoring/question-hold.ts).
import type { Database } from "../db/prisma-client";
import type { AuthoredPassage } from "./passages";
import { refreshHolds } from "./question-hold";
import { reanchorCitations, type ReanchorOutcome } from "./reanchor";
import { describeQuote, type QuoteAnchor } from "./text-quote";

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** A question one of whose citations an edit moved, flagged or orphaned. */
export type ConcernedQuestion = { id: string; prompt: string; setId: string; setTitle: string };

/**
 * What re-anchoring did: how many citations had each outcome, and for all but unchanged the questions
 * concerned (a question once per outcome, however many of its citations had it).
 */
export type ReanchorSummary = {
  unchanged: number;
  moved: number;
  check: number;
  orphaned: number;
  questions: { moved: ConcernedQuestion[]; check: ConcernedQuestion[]; orphaned: ConcernedQuestion[] };
};

/**
 * Re-anchors every citation into `articleId` from a question not archived, from the passages `before` the
 * edit to those `after` it, writes each outcome (unchanged: ANCHORED with its context read afresh; moved:
 * MOVED with its new passage and place, the quote as it was; check: CHECK with the candidate as JSON, quote
 * and place as they were; orphaned: ORPHANED), then refreshes the holds of the questions concerned. A
 * citation stored without its place (a library row) is first described where its quote stands in its
 * passage before the edit. Run inside the edit's transaction.
 */
export async function reanchorArticleCitations(
  tx: Tx,
  articleId: string,
  before: readonly AuthoredPassage[],
  after: readonly AuthoredPassage[],
): Promise<ReanchorSummary> {
  const citations = await tx.citation.findMany({
    where: { articleId, question: { archivedAt: null } },
    select: {
      id: true,
      quote: true,
      prefix: true,
      suffix: true,
      start: true,
      end: true,
      status: true,
      candidate: true,
      passageId: true,
      passage: { select: { key: true } },
      question: { select: { id: true, prompt: true, setId: true, set: { select: { title: true } } } },
    },
  });
  const summary: ReanchorSummary = {
    unchanged: 0,
    moved: 0,
    check: 0,
    orphaned: 0,
    questions: { moved: [], check: [], orphaned: [] },
  };
  if (citations.length === 0) return summary;
  const beforeText = new Map(before.map((p) => [p.key, p.text]));
  const anchors = citations.map((c) => storedAnchor(c, beforeText.get(c.passage.key)));
  const outcomes = reanchorCitations(anchors, after, before);

  const listed = { moved: new Set<string>(), check: new Set<string>(), orphaned: new Set<string>() };
  for (const [i, c] of citations.entries()) {
    const outcome = outcomes[i];
    const data = rowFor(outcome, articleId);
    const changed = Object.entries(data).some(([k, v]) => (c as Record<string, unknown>)[k] !== v);
    if (changed) await tx.citation.update({ where: { id: c.id }, data });
    summary[outcome.status]++;
    if (outcome.status !== "unchanged" && !listed[outcome.status].has(c.question.id)) {
      listed[outcome.status].add(c.question.id);
      const q = c.question;
      summary.questions[outcome.status].push({ id: q.id, prompt: q.prompt, setId: q.setId, setTitle: q.set.title });
    }
  }
  await refreshHolds(tx, [...new Set(citations.map((c) => c.question.id))]);
  return summary;
}

type StoredCitation = { quote: string; prefix: string; suffix: string; start: number | null; end: number | null };

function storedAnchor(c: StoredCitation & { passage: { key: string } }, passageText: string | undefined): QuoteAnchor {
  if (c.start !== null && c.end !== null)
    return {
      passageKey: c.passage.key,
      quote: { type: "TextQuoteSelector", exact: c.quote, prefix: c.prefix, suffix: c.suffix },
      position: { type: "TextPositionSelector", start: c.start, end: c.end },
    };
  const described = passageText === undefined ? undefined : describeQuote(passageText, c.quote);
  if (described && described.quote.exact === c.quote) return { passageKey: c.passage.key, ...described };
  // A quote not found verbatim in its passage before the edit: searched for everywhere after it.
  return {
    passageKey: c.passage.key,
    quote: { type: "TextQuoteSelector", exact: c.quote, prefix: "", suffix: "" },
    position: { type: "TextPositionSelector", start: 0, end: 0 },
  };
}

function rowFor(outcome: ReanchorOutcome, articleId: string) {
  switch (outcome.status) {
    case "unchanged":
    case "moved": {
      const { to } = outcome;
      return {
        status: outcome.status === "unchanged" ? ("ANCHORED" as const) : ("MOVED" as const),
        passageId: `${articleId}/${to.passageKey}`,
        prefix: to.quote.prefix,
        suffix: to.quote.suffix,
        start: to.position.start,
        end: to.position.end,
        candidate: null,
      };
    }
    case "check":
      return { status: "CHECK" as const, candidate: JSON.stringify(outcome.candidate) };
    case "orphaned":
      return { status: "ORPHANED" as const, candidate: null };
  }
}
