import { describe, expect, it } from "vitest";
import { buildDocx } from "./bench";
import { articleFormat, readArticleFile } from "./read-upload";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("articleFormat", () => {
  it("goes by the extension, then by the media type", () => {
    expect(articleFormat("Notes.TXT", "application/octet-stream")).toBe("text");
    expect(articleFormat("a.md", undefined)).toBe("markdown");
    expect(articleFormat("page.htm", undefined)).toBe("html");
    expect(articleFormat(undefined, "text/html; charset=utf-8")).toBe("html");
    expect(articleFormat("x", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).toBe("docx");
    expect(articleFormat("picture.png", "image/png")).toBeUndefined();
  });
});

describe("readArticleFile", () => {
  it("reads each format with its reader, markup never surviving", async () => {
    expect((await readArticleFile({ name: "a.txt", bytes: bytes("<b>as typed</b>") })).text).toBe("<b>as typed</b>");
    expect((await readArticleFile({ name: "a.md", bytes: bytes("<b>bold</b> words") })).text).toBe("bold words");
    expect(
      (await readArticleFile({ name: "a.html", bytes: bytes("<p onclick='x()'>Para<script>bad()</script></p>") })).text,
    ).toBe("Para");
    expect((await readArticleFile({ name: "a.docx", bytes: await buildDocx(["Word text."]) })).text).toBe("Word text.");
  });
  it("uses a declared charset for HTML", async () => {
    expect(
      (
        await readArticleFile({
          contentType: "text/html; charset=windows-1252",
          bytes: new Uint8Array([0x3c, 0x70, 0x3e, 0x93, 0x41, 0x94]),
        })
      ).text,
    ).toBe("“A”");
  });
  it("refuses a format it does not read, naming those it does", async () => {
    await expect(
      readArticleFile({ name: "a.pdf", contentType: "application/pdf", bytes: bytes("%PDF-1.7") }),
    ).rejects.toThrow("Upload a .txt, .md, .html or .docx file.");
  });
});
