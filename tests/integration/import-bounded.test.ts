// Imported files are read in a worker thread within a time limit, so a file that would keep a parser busy for
// long never stalls the server's other requests: the import is refused with a message, and nothing is written.
import { describe, expect, it } from "vitest";
import { sampleGift } from "../../lib/interchange/import/gift-sample";
import { IMPORT_READ_WORKER, readImportBounded } from "../../lib/interchange/read-import-bounded";
import { keptWorkerId } from "../../lib/workers/bounded-worker";

const WORKER = IMPORT_READ_WORKER;

const bytes = (text: string) => new TextEncoder().encode(text);

describe("reading an imported file in a worker", () => {
  it("gives the parser's set, and its refusal naming the line, as the parser does", async () => {
    const set = await readImportBounded("gift", bytes(sampleGift(20)), "quiz.gift", {});
    expect(set.questions).toHaveLength(20);
    await expect(readImportBounded("gift", bytes("What? {=a ~b\n"), "quiz.gift", {})).rejects.toMatchObject({
      code: "import-refused",
      message: expect.stringMatching(/^line \d+:/),
    });
  });

  it("stops a file that takes longer than the limit and refuses it with a message", async () => {
    const slow = readImportBounded("gift", bytes(sampleGift(5000)), "big.gift", {}, { timeoutMs: 300 });
    await expect(slow).rejects.toMatchObject({ code: "import-refused", message: expect.stringMatching(/too long/) });
    // The stopped worker is replaced: the next file reads as ever.
    expect((await readImportBounded("gift", bytes(sampleGift(3)), "quiz.gift", {})).questions).toHaveLength(3);
  });

  it("keeps its worker warm between reads (starting one costs about 2 s), and replaces one it had to stop", async () => {
    const file = bytes(sampleGift(20));
    await readImportBounded("gift", file, "quiz.gift", {});
    const kept = keptWorkerId(WORKER);
    expect(kept).not.toBeNull();
    await readImportBounded("gift", file, "quiz.gift", {});
    expect(keptWorkerId(WORKER)).toBe(kept);
    await expect(
      readImportBounded("gift", bytes(sampleGift(5000)), "big.gift", {}, { timeoutMs: 1 }),
    ).rejects.toThrow();
    expect(keptWorkerId(WORKER)).toBeNull();
    await readImportBounded("gift", file, "quiz.gift", {});
    expect(keptWorkerId(WORKER)).not.toBe(kept);
  });
});
