// Field HTML for any text a teacher might type: it shows as typed, never becomes markup or an Anki tag, and the
// checksum is Anki's (checked against an independent HTML reader, linkedom).
import { createHash } from "node:crypto";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { ankiStripHtml, fieldChecksum, fieldText, noteFields, safeHref } from "./anki-fields";
import type { AnkiNote } from "./anki-notes";

const parsed = (html: string) =>
  parseHTML(`<!doctype html><html><body><div>${html}</div></body></html>`).document.querySelector("div")!;

// What Anki keeps of a typed text (rslib normalize_field): NFC, without control characters but tab and newline.
const kept = (text: string) => text.normalize("NFC").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");

// Text with the characters that matter here far more often than random strings would hold them.
const typed = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      "<",
      ">",
      "&",
      '"',
      "'",
      "[",
      "]",
      "{",
      "}",
      ":",
      "\n",
      "\t",
      "\x1f",
      "e\u0301",
      "sound:",
      "c1::",
      "<script>",
      "&amp;",
    ),
    fc.string({ unit: "grapheme", maxLength: 3 }),
  ),
  maxLength: 40,
});

const note = (over: Partial<AnkiNote>): AnkiNote => ({
  guid: "g",
  kind: "basic",
  prompt: "",
  choices: [],
  answer: "",
  before: "",
  after: "",
  alsoAccepted: [],
  explanation: "",
  sources: [],
  tags: [],
  ...over,
});

describe("fieldText", () => {
  it("shows any text as typed, with no element but <br>", () => {
    fc.assert(
      fc.property(typed, (text) => {
        const html = fieldText(text);
        const shown = parsed(html);
        expect([...shown.querySelectorAll("*")].every((el) => el.tagName === "BR")).toBe(true);
        expect(
          shown.innerHTML
            .replace(/<br>/g, "\n")
            .replace(/&(amp|lt|gt);/g, (_, n: string) => ({ amp: "&", lt: "<", gt: ">" })[n]!),
        ).toBe(kept(text));
        expect(html).not.toMatch(/\[sound:|\{\{|\x1f/);
      }),
    );
  });

  it("gives Anki's checksum: the SHA-1 of the text as a reader shows it", () => {
    fc.assert(
      fc.property(typed, (text) => {
        const html = fieldText(text);
        expect(ankiStripHtml(html)).toBe(parsed(html).textContent);
        const expected = parseInt(
          createHash("sha1")
            .update(parsed(html).textContent ?? "")
            .digest("hex")
            .slice(0, 8),
          16,
        );
        expect(fieldChecksum(html)).toBe(expected);
      }),
    );
  });
});

describe("noteFields", () => {
  it("makes one cloze deletion, c1, whatever the cloze's text and answer hold", () => {
    fc.assert(
      fc.property(typed, typed, typed, (before, answer, after) => {
        const [text] = noteFields(note({ kind: "cloze", before, answer, after }));
        // As Anki reads a cloze: "{{c<n>::" up to the first "}}" (across line breaks and U+2028, hence the s flag), a "::" inside starting the hint.
        const deletions = [...text.matchAll(/\{\{c(\d+)::(.*?)\}\}/gs)];
        expect(deletions.map((d) => d[1])).toEqual(["1"]);
        expect(deletions[0][2]).not.toContain("::");
        expect(ankiStripHtml(deletions[0][2])).toBe(kept(answer).replace(/\n/g, ""));
      }),
    );
  });

  it("lists a question's choices as list items on the front", () => {
    const [front] = noteFields(note({ prompt: "Which?", choices: ["<i>a</i>", "b & c"] }));
    expect([...parsed(front).querySelectorAll("li")].map((li) => li.textContent)).toEqual(["<i>a</i>", "b & c"]);
  });
});

describe("safeHref", () => {
  it("keeps http(s) addresses, escaped for an attribute, and refuses every other scheme", () => {
    expect(safeHref('https://example.org/a?b=1&c="2"')).toBe("https://example.org/a?b=1&amp;c=%222%22");
    for (const bad of ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "/relative", "not a url"]) {
      expect(safeHref(bad)).toBeNull();
    }
  });
});
