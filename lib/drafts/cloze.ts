// Cloze drafts: the cited sentence with one fact blanked.
import { BLANK } from "../content/parse-set";
import type { Fact } from "./read-article";

/** The cloze prompt for a fact: its sentence with the entity replaced by one blank, "_____" (the stored shape). */
export function clozePrompt(fact: Fact): string {
  const { sentence, entity } = fact;
  return (
    sentence.text.slice(0, entity.start - sentence.start) + BLANK + sentence.text.slice(entity.end - sentence.start)
  );
}
