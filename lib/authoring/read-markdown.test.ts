import { describe, expect, it } from "vitest";
import { readMarkdown } from "./read-markdown";

const read = (markdown: string) => readMarkdown(new TextEncoder().encode(markdown));

describe("readMarkdown", () => {
  it("takes the title, author, outlet and date from front matter, and each block as a paragraph", () => {
    const markdown = [
      "---",
      'title: "Biden and Xi talk"',
      "author: Jane Doe",
      "outlet: CNN",
      "date: 2024-04-02",
      "---",
      "",
      "## A subhead",
      "",
      "President **Joe Biden** and _Xi_ spoke",
      "by phone.",
      "",
      "- first item",
      "- second item",
      "",
      "> A quoted paragraph.",
      "",
      "![a picture](x.png)",
    ].join("\n");
    expect(read(markdown)).toEqual({
      title: "Biden and Xi talk",
      author: "Jane Doe",
      outlet: "CNN",
      published: "2024-04-02",
      text: "A subhead\n\nPresident Joe Biden and Xi spoke\nby phone.\n\nfirst item\n\nsecond item\n\nA quoted paragraph.",
    });
  });

  it("takes an opening first-level heading as the title when front matter has none", () => {
    expect(read("# The title\n\nBody text.")).toEqual({ title: "The title", text: "Body text." });
  });

  it("keeps a shipped article's passages and drops its passage markers", () => {
    expect(
      read("---\nid: cnn\ntitle: T\n---\n\n<!-- passage: one -->\nFirst.\n\n<!-- passage: two -->\nSecond.\n").text,
    ).toBe("First.\n\nSecond.");
  });

  it("leaves only the visible words of raw HTML, scripts and javascript: links", () => {
    const markdown = [
      'Click [here](javascript:alert(1)) or <a href="javascript:alert(2)" onclick="x()">there</a>.',
      "",
      "<script>alert(3)</script>",
      "",
      '<div onmouseover="alert(4)">Block <b>words</b><img src=x onerror="alert(5)"></div>',
      "",
      "Unclosed <b>bold <i>",
    ].join("\n");
    const { text } = read(markdown);
    expect(text).toBe("Click here or there.\n\nBlock words\n\nUnclosed bold");
    expect(text).not.toMatch(/alert|onclick|onerror|javascript|</);
  });

  it("keeps lines that only look like front matter", () => {
    expect(read("---\n: not yaml : [\n---\nBody.").text).toContain("Body.");
  });

  it("refuses a file without words", () => {
    expect(() => read("")).toThrow("no text");
    expect(() => read("<script>alert(1)</script>")).toThrow("no text");
  });
});
