import { describe, expect, it } from "vitest";
import { attachmentDisposition, safeFileName } from "./attachment";

describe("a download's file name", () => {
  it("keeps an ASCII title as it is", () => {
    expect(attachmentDisposition("The call itself", ".zip")).toBe(
      `attachment; filename="The call itself.zip"; filename*=UTF-8''The%20call%20itself.zip`,
    );
  });

  it("gives non-ASCII titles exactly in filename* (RFC 8187) and an ASCII stand-in in filename", () => {
    expect(attachmentDisposition("Zoë's «Ça va» 東京", ".zip")).toBe(
      `attachment; filename="Zoe's _Ca va_ __.zip"; filename*=UTF-8''Zo%C3%AB%27s%20%C2%AB%C3%87a%20va%C2%BB%20%E6%9D%B1%E4%BA%AC.zip`,
    );
  });

  it("drops characters no file system allows, quotes and path separators included", () => {
    expect(safeFileName('a/b\\c:"d"<e>|f?*\u0007')).toBe("a-b-c-d-e-f");
    expect(attachmentDisposition('say "hi"', ".zip")).toContain('filename="say -hi.zip"');
    expect(safeFileName("../..")).toBe("download");
    expect(safeFileName("   ")).toBe("download");
  });
});
