import { describe, expect, it } from "vitest";
import { htmlToText, looksLikeHtml } from "./html-text";

describe("htmlToText", () => {
  it("drops every tag, decodes entities once, and turns block ends and <br> into line breaks", () => {
    expect(htmlToText("<p>One &amp; <b>two</b></p><div>three&nbsp;&lt;4&gt;</div>five<br/>six &amp;lt;").text).toBe(
      "One & two\nthree <4>\nfive\nsix &lt;",
    );
  });

  it("drops scripts and styles with their content, and attributes with their tags", () => {
    expect(
      htmlToText('<style>p{}</style><a href="javascript:x" onclick="y">link</a><script>alert(1)</script>').text,
    ).toBe("link");
  });

  it("counts images and Anki sound references and leaves them out", () => {
    expect(htmlToText('<img src="a.png"> Map <IMG src=b.jpg> [sound:x.mp3]')).toEqual({
      text: "Map",
      images: 2,
      sounds: 1,
    });
  });

  it("tells markup from text that merely has a less-than sign", () => {
    expect(looksLikeHtml("a < b and c > d")).toBe(false);
    expect(looksLikeHtml("<b>bold</b>")).toBe(true);
    expect(looksLikeHtml("fish &amp; chips")).toBe(true);
  });
});
