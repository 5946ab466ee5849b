import { describe, expect, it } from "vitest";
import { splitPassages } from "./passages";
import { readText } from "./read-text";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("readText", () => {
  it("reads a text file's paragraphs, characters kept as written", () => {
    const read = readText(
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("“Café” 😀\r\n\r\nSecond <script>alert(1)</script> para.\r\n")]),
    );
    expect(read).toEqual({ text: "“Café” 😀\r\n\r\nSecond <script>alert(1)</script> para.\r\n" });
    expect(splitPassages(read.text).map((p) => p.text)).toEqual([
      "“Café” 😀",
      "Second <script>alert(1)</script> para.",
    ]);
  });
  it("refuses an empty file, a blank one and a binary one", () => {
    expect(() => readText(new Uint8Array())).toThrow("no text");
    expect(() => readText(utf8(" \n\t\n"))).toThrow("no text");
    expect(() => readText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]))).toThrow("not text");
  });
});
