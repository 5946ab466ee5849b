import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitPassages, type AuthoredPassage } from "./passages";
import { reanchorCitations, type ReanchorOutcome } from "./reanchor";
import { describeSelection, type QuoteAnchor } from "./text-quote";

const article = [
  "Biden and Xi spoke by phone on Tuesday, their first call since November.",
  "The leaders discussed Taiwan, trade and the flow of fentanyl into the United States.",
  "Treasury Secretary Janet Yellen will visit China later this week, officials said.",
  "Secretary of State Antony Blinken is expected to travel there in the coming weeks.",
].join("\n\n");
const before = splitPassages(article);

function cite(passages: readonly AuthoredPassage[], key: string, exact: string, nth = 0): QuoteAnchor {
  const text = passages.find((p) => p.key === key)!.text;
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(exact, start + 1);
  return { passageKey: key, ...describeSelection(text, { start, end: start + exact.length }) };
}

function edit(passages: readonly AuthoredPassage[], text: string) {
  return splitPassages(text, { previous: passages });
}

const summary = (outcome: ReanchorOutcome) => {
  switch (outcome.status) {
    case "unchanged":
    case "moved":
      return {
        status: outcome.status,
        key: outcome.to.passageKey,
        exact: outcome.to.quote.exact,
        start: outcome.to.position.start,
      };
    case "check":
      return {
        status: outcome.status,
        reason: outcome.reason,
        key: outcome.candidate.passageKey,
        exact: outcome.candidate.quote.exact,
        was: outcome.from.quote.exact,
      };
    case "orphaned":
      return { status: outcome.status, was: outcome.from.quote.exact };
  }
};

describe("reanchorCitations", () => {
  const citations = [
    cite(before, "p1", "spoke by phone"),
    cite(before, "p2", "the flow of fentanyl"),
    cite(before, "p3", "Janet Yellen will visit China"),
    cite(before, "p4", "Antony Blinken"),
  ];

  it("leaves every citation unchanged when an unrelated passage is edited", () => {
    const after = edit(before, article.replace("officials said", "officials told reporters"));
    expect(reanchorCitations([citations[0], citations[1], citations[3]], after, before).map((o) => o.status)).toEqual([
      "unchanged",
      "unchanged",
      "unchanged",
    ]);
  });

  it("refreshes the context of an unchanged quote when words beside it change", () => {
    const after = edit(before, article.replace("Biden and Xi", "President Biden and Xi"));
    const [outcome] = reanchorCitations([citations[0]], after, before);
    expect(summary(outcome)).toEqual({
      status: "moved",
      key: "p1",
      exact: "spoke by phone",
      start: citations[0].position.start + 10,
    });
    const unmoved = edit(before, article.replace("on Tuesday", "last Tuesday"));
    const [same] = reanchorCitations([citations[0]], unmoved, before);
    expect(same.status).toBe("unchanged");
    expect(same.status === "unchanged" && same.to.quote.suffix).toBe(" last Tuesday, their first call ");
  });

  it("flags a quote with a word changed inside it for checking, carrying both texts", () => {
    const after = edit(before, article.replace("Janet Yellen will visit China", "Janet Yellen will tour China"));
    expect(summary(reanchorCitations([citations[2]], after, before)[0])).toEqual({
      status: "check",
      reason: "approximate",
      key: "p3",
      exact: "Janet Yellen will tour China",
      was: "Janet Yellen will visit China",
    });
  });

  it("follows a paragraph the teacher moved", () => {
    const paragraphs = article.split("\n\n");
    const after = edit(before, [paragraphs[1], paragraphs[2], paragraphs[0], paragraphs[3]].join("\n\n"));
    expect(reanchorCitations(citations, after, before).map(summary)).toEqual([
      { status: "moved", key: "p1", exact: "spoke by phone", start: citations[0].position.start },
      { status: "unchanged", key: "p2", exact: "the flow of fentanyl", start: citations[1].position.start },
      { status: "unchanged", key: "p3", exact: "Janet Yellen will visit China", start: citations[2].position.start },
      { status: "unchanged", key: "p4", exact: "Antony Blinken", start: citations[3].position.start },
    ]);
  });

  it("follows a quote whose sentence moved into another passage", () => {
    const after = edit(
      before,
      article
        .replace(
          "Treasury Secretary Janet Yellen will visit China later this week, officials said.",
          "Officials expect more visits to follow.",
        )
        .replace("coming weeks.", "coming weeks. Janet Yellen will visit China later this week."),
    );
    expect(summary(reanchorCitations([citations[2]], after, before)[0])).toMatchObject({
      status: "moved",
      key: "p4",
      exact: "Janet Yellen will visit China",
    });
  });

  it("orphans a citation whose paragraph was deleted", () => {
    const after = edit(
      before,
      article
        .split("\n\n")
        .filter((_, i) => i !== 3)
        .join("\n\n"),
    );
    expect(summary(reanchorCitations([citations[3]], after, before)[0])).toEqual({
      status: "orphaned",
      was: "Antony Blinken",
    });
  });

  it("prefers the cited words lightly edited in place to the same words elsewhere", () => {
    const passages = splitPassages(
      "In 2023 the two leaders met in Woodside.\n\nAides recalled when the two leaders met.",
    );
    const citation = cite(passages, "p1", "the two leaders met");
    const after = edit(
      passages,
      "In 2023 the two leaders meet in Woodside.\n\nAides recalled when the two leaders met.",
    );
    expect(summary(reanchorCitations([citation], after, passages)[0])).toMatchObject({
      status: "check",
      key: "p1",
      exact: "the two leaders meet",
    });
  });

  describe("repeated phrases", () => {
    const text =
      "Xi said the talks were candid. Biden said the talks were constructive. Aides said the talks were long.";
    const passages = splitPassages(text);
    const second = cite(passages, "p1", "the talks were", 1);

    it("lets the context decide which of several places the quote moved to", () => {
      const after = edit(passages, `In the morning, ${text}`);
      expect(summary(reanchorCitations([second], after, passages)[0])).toEqual({
        status: "moved",
        key: "p1",
        exact: "the talks were",
        start: second.position.start + 16,
      });
    });

    it("flags for checking when neither context nor place can tell the places apart", () => {
      const anchor = cite(splitPassages("one and two"), "p1", "and");
      const after = [
        { key: "p2", text: "x and y" },
        { key: "p3", text: "x and y" },
      ];
      expect(summary(reanchorCitations([anchor], after)[0])).toMatchObject({
        status: "check",
        reason: "ambiguous",
        exact: "and",
      });
    });
  });

  it("handles curly quotes, accents and emoji, never cutting a character", () => {
    const passages = splitPassages("Le président a dit « c’est très bien » 👍🏽 puis il est parti.");
    const citation = cite(passages, "p1", "« c’est très bien » 👍🏽");
    expect(
      reanchorCitations(
        [citation],
        edit(passages, "Hier, le président a dit « c’est très bien » 👍🏽 puis il est parti."),
        passages,
      )[0].status,
    ).toBe("moved");
    const [changed] = reanchorCitations(
      [citation],
      edit(passages, "Le président a dit « c’est tres bien » 👍 puis il est parti."),
      passages,
    );
    expect(summary(changed)).toMatchObject({ status: "check", exact: "« c’est tres bien » 👍" });
    expect(
      changed.status === "check" &&
        [...changed.candidate.quote.exact].every((c) => c.length === 1 || c.codePointAt(0)! > 0xffff),
    ).toBe(true);
  });

  it("keeps a quote with spaces at its ends character for character, and orphans an empty one", () => {
    const passages = splitPassages("Alpha beta gamma.");
    const spaced = {
      passageKey: "p1",
      quote: { type: "TextQuoteSelector" as const, exact: " beta ", prefix: "Alpha", suffix: "gamma." },
      position: { type: "TextPositionSelector" as const, start: 5, end: 11 },
    };
    const [same] = reanchorCitations([spaced], passages);
    expect(same.status === "unchanged" && same.to.quote.exact).toBe(" beta ");
    const [moved] = reanchorCitations([spaced], splitPassages("So: Alpha beta gamma."));
    expect(moved.status === "moved" && moved.to.quote.exact).toBe(" beta ");
    const empty = { ...spaced, quote: { ...spaced.quote, exact: "" }, position: { ...spaced.position, end: 5 } };
    expect(reanchorCitations([empty], passages)[0].status).toBe("orphaned");
  });

  it("never changes a quote without saying so, whatever the edit", () => {
    const words = fc.constantFrom(
      "the",
      "leaders",
      "spoke",
      "by",
      "phone",
      "Xi",
      "Biden",
      "é",
      "😀",
      "«",
      "»",
      "talks",
    );
    const passage = fc.array(words, { minLength: 1, maxLength: 12 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(
        fc.array(passage, { minLength: 1, maxLength: 5 }),
        fc.array(passage, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        (old, next, pick) => {
          const passages = splitPassages(old.join("\n\n"));
          const source = passages[pick % passages.length];
          const words = source.text.split(" ");
          const exact = words.slice(0, 1 + (pick % words.length)).join(" ");
          const citation = cite(passages, source.key, exact);
          const after = edit(passages, next.join("\n\n"));
          const [outcome] = reanchorCitations([citation], after, passages);
          expect(outcome.from).toEqual(citation);
          if (outcome.status === "unchanged" || outcome.status === "moved") {
            expect(outcome.to.quote.exact).toBe(exact);
            expect(
              after
                .find((p) => p.key === outcome.to.passageKey)!
                .text.slice(outcome.to.position.start, outcome.to.position.end),
            ).toBe(exact);
          }
          if (outcome.status === "check") {
            const text = after.find((p) => p.key === outcome.candidate.passageKey)!.text;
            expect(text.slice(outcome.candidate.position.start, outcome.candidate.position.end)).toBe(
              outcome.candidate.quote.exact,
            );
          }
        },
      ),
    );
  });
});
