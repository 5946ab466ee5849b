import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text";
import { UPLOAD_MAX_BYTES } from "./limits";

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeText", () => {
  it("reads UTF-8 with or without a byte-order mark, dropping the mark", () => {
    expect(decodeText(utf8("“Café” 😀"))).toBe("“Café” 😀");
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("é")]))).toBe("é");
  });
  it("reads UTF-16 files as Windows Notepad saves them, by their byte-order mark", () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00))).toBe("Aé");
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9))).toBe("Aé");
  });
  it("reads bytes that are not UTF-8 as Windows-1252, so curly quotes from old editors survive", () => {
    expect(decodeText(bytes(0x93, 0x43, 0x61, 0x66, 0xe9, 0x94))).toBe("“Café”");
  });
  it("follows a declared charset", () => {
    expect(decodeText(bytes(0xe9), "iso-8859-1")).toBe("é");
    expect(decodeText(utf8("é"), "no-such-charset")).toBe("é");
  });
  it("refuses binary data, naming it", () => {
    expect(() => decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00))).toThrow(
      expect.objectContaining({ name: "AppError", code: "binary-file" }),
    );
    expect(() => decodeText(new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 1 : 65)))).toThrow("not text");
  });
  it("refuses more than 5 MB, naming the limit", () => {
    expect(() => decodeText(new Uint8Array(UPLOAD_MAX_BYTES + 1).fill(65))).toThrow(
      expect.objectContaining({ name: "AppError", code: "file-too-large" }),
    );
    expect(() => decodeText(new Uint8Array(UPLOAD_MAX_BYTES + 1).fill(65))).toThrow(
      "A file may be at most 5 MB; this one is 5.1 MB.",
    );
  });
});
