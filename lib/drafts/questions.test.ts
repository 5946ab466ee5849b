import { describe, expect, it } from "vitest";
import { shortAnswerQuestion, trueFalsePrompt } from "./questions";
import { readArticle } from "./read-article";

function questionFor(text: string, answer: string, known: string[] = []): string | undefined {
  const alsoKnown = known.map((name) => ({ kind: "person" as const, text: name, start: 0, end: name.length }));
  const { facts } = readArticle({ id: "a", title: "A", passages: [{ key: "p1", text }] }, alsoKnown);
  const fact = facts.find((f) => f.entity.text === answer);
  if (!fact) throw new Error(`no fact "${answer}" in: ${facts.map((f) => f.entity.text).join(", ")}`);
  return shortAnswerQuestion(fact);
}

describe("shortAnswerQuestion", () => {
  it("asks who for a person who is the subject", () => {
    expect(
      questionFor(
        "Treasury Secretary Janet Yellen will visit China later this week to meet her counterpart.",
        "Janet Yellen",
      ),
    ).toBe("Who will visit China later this week to meet her counterpart?");
  });

  it("asks when and where, turning the verb round", () => {
    expect(
      questionFor("Biden and Xi last spoke by phone in July 2022.", "July 2022", ["Joe Biden", "Xi Jinping"]),
    ).toBe("When did Biden and Xi last speak by phone?");
    expect(
      questionFor(
        "In January, Mr. Sullivan met with the Chinese foreign minister in Bangkok, and in February, Mr. Blinken met with Chinese officials in Munich.",
        "January",
      ),
    ).toBe("When did Mr. Sullivan meet with the Chinese foreign minister in Bangkok?");
    expect(
      questionFor("Janet Yellen will travel to Guangzhou to meet with economists and students.", "Guangzhou"),
    ).toBe("Where will Janet Yellen travel to meet with economists and students?");
  });

  it("asks nothing of a count after a colon or a dash: the clause before it is another statement", () => {
    expect(
      questionFor(
        "A stability test before the launch showed the problem: thirty sailors running from one side of the deck to the other made the ship rock.",
        "thirty",
      ),
    ).toBeUndefined();
  });

  it("asks how many for a count of a plural noun", () => {
    expect(questionFor("The coast guard said it sent 12 ships to the strait during the exercise.", "12")).toBe(
      "How many ships did the coast guard say it sent to the strait during the exercise?",
    );
  });

  it("gives up where the sentence does not turn cleanly into a question", () => {
    expect(
      questionFor("A senior official said the move drew the ire of Beijing within hours of the call.", "Beijing"),
    ).toBeUndefined();
    // "to Beijing" here says whom, not where.
    expect(
      questionFor(
        "The administration will continue to emphasize to Beijing its grave concerns about hacking.",
        "Beijing",
      ),
    ).toBeUndefined();
  });
});

describe("trueFalsePrompt", () => {
  it("asks whether the statement is true, keeping the capital of a name only", () => {
    expect(trueFalsePrompt("The talks lasted two hours.", false)).toBe("Is it true that the talks lasted two hours?");
    expect(trueFalsePrompt("Yellen will visit China “soon.”", true)).toBe(
      "Is it true that Yellen will visit China “soon”?",
    );
  });
});
