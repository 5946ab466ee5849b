// Issue 19's "Bad files", as properties: whatever bytes come in (random, random text, or a valid file cut,
// with lines repeated, bytes flipped or rows made up), the footnote and CSV readers give a set the writer's
// checks accept, or refuse with AppError "import-refused"; never another exception.
import fs from "node:fs";
import fc from "fast-check";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error";
import type { Importer } from "../types";
import { readCsv } from "./csv";
import { readFootnoteZip } from "./footnote";
import { prepareImport } from "./prepare";

const encoder = new TextEncoder();

/** Reads `bytes` and checks the set as the writer would; "refused" or "read", and fails on any other throw. */
async function outcome(read: Importer, bytes: Uint8Array, fileName: string): Promise<"read" | "refused"> {
  try {
    const set = await read(bytes, fileName);
    prepareImport(set);
    expect(set.questions.length).toBeGreaterThan(0);
    for (const q of set.questions) expect(q.where).not.toBe("");
    return "read";
  } catch (error) {
    if (error instanceof AppError && error.code === "import-refused") return "refused";
    throw error;
  }
}

/** A mutation of `text`: cut short, one line repeated, one character replaced, or rows made up and put in. */
const mutatedText = (text: string) => {
  const lines = text.split("\n");
  return fc.oneof(
    fc.nat({ max: text.length }).map((at) => text.slice(0, at)),
    fc.nat({ max: lines.length - 1 }).map((i) => [...lines.slice(0, i + 1), ...lines.slice(i)].join("\n")),
    fc
      .tuple(
        fc.nat({ max: Math.max(0, text.length - 1) }),
        fc.constantFrom("\t", ",", ";", '"', "\n", "", ":", "-", "{", "é", "#"),
      )
      .map(([at, c]) => text.slice(0, at) + c + text.slice(at + 1)),
    fc
      .tuple(
        fc.nat({ max: lines.length }),
        fc.array(
          fc
            .tuple(fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }), fc.constantFrom("\t", ",", ";"))
            .map(([cells, separator]) => cells.join(separator)),
          { maxLength: 4 },
        ),
      )
      .map(([i, rows]) => [...lines.slice(0, i), ...rows, ...lines.slice(i)].join("\n")),
  );
};

/** `bytes` with one byte flipped, or cut short. */
const mutatedBytes = (bytes: Uint8Array) =>
  fc.oneof(
    fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 })).map(([at, xor]) => {
      const copy = bytes.slice();
      copy[at] ^= xor;
      return copy;
    }),
    fc.nat({ max: bytes.length }).map((at) => bytes.slice(0, at)),
  );

const LIST = 'term\tdefinition\nFrance\tParis\n"Peru"\tLima\nNorway\t"Oslo, the capital"\n\nJapan\tTokyo\n';
const CSV = 'question,answer\r\n"Lima, Peru",capital\r\nOslo,"capital of ""Norway"""\r\n';

describe("readCsv on any input", () => {
  it("reads or refuses random bytes and random text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        await outcome(readCsv, bytes, "x.csv");
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300, unit: "grapheme" }), async (text) => {
        await outcome(readCsv, encoder.encode(text), "x.txt");
      }),
      { numRuns: 150 },
    );
  });

  it("reads or refuses mutations of a valid Quizlet list and a valid spreadsheet CSV", async () => {
    for (const valid of [LIST, CSV]) {
      expect(await outcome(readCsv, encoder.encode(valid), "x.csv")).toBe("read");
      await fc.assert(
        fc.asyncProperty(mutatedText(valid), async (text) => {
          await outcome(readCsv, encoder.encode(text), "x.csv");
        }),
        { numRuns: 150 },
      );
    }
  });
});

describe("readFootnoteZip on any input", () => {
  const files: Record<string, string> = {
    "sets/the-call.yaml": fs.readFileSync("content/sets/the-call.yaml", "utf8"),
    "articles/cnn-biden-xi-call.md": fs.readFileSync("content/articles/cnn-biden-xi-call.md", "utf8"),
    "articles/dutch-report-biden-xi-call.md": fs.readFileSync("content/articles/dutch-report-biden-xi-call.md", "utf8"),
  };
  const zipOf = (entries: Record<string, string>) => {
    const zip = new JSZip();
    for (const [name, body] of Object.entries(entries)) zip.file(name, body);
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  };

  it("reads or refuses random bytes, and random bytes that start like a zip", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.boolean(), async (bytes, zipLike) => {
        const input = zipLike ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        expect(await outcome(readFootnoteZip, input, "x.zip")).toBe("refused");
      }),
      { numRuns: 100 },
    );
  });

  it("reads or refuses the-call's zip with bytes flipped or cut", async () => {
    const valid = await zipOf(files);
    expect(await outcome(readFootnoteZip, valid, "x.zip")).toBe("read");
    await fc.assert(
      fc.asyncProperty(mutatedBytes(valid), async (bytes) => {
        await outcome(readFootnoteZip, bytes, "x.zip");
      }),
      { numRuns: 60 },
    );
  });

  it("reads or refuses the-call's zip whose set or article text is mutated", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(files)).chain((name) => fc.tuple(fc.constant(name), mutatedText(files[name]))),
        async ([name, text]) => {
          await outcome(readFootnoteZip, await zipOf({ ...files, [name]: text }), "x.zip");
        },
      ),
      { numRuns: 60 },
    );
  });
});
