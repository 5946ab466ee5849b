import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { visibleText } from "./visible-text";

const text = (html: string) =>
  visibleText(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as never);

describe("visibleText", () => {
  it("gives each block its own paragraph and collapses whitespace as a browser does", () => {
    expect(
      text(
        "<h2>Head</h2><p>One\n   two <b>three</b></p><ul><li>a</li><li>b</li></ul><p>x<br>y<br><br>z</p><pre>keep\n  this</pre>",
      ),
    ).toBe("Head\n\nOne two three\n\na\n\nb\n\nx\ny\n\nz\n\nkeep\n  this");
  });
  it("leaves nothing of scripts, styles, handlers, javascript: links, hidden elements or comments", () => {
    const hostile =
      '<script>alert(1)</script><style>p{}</style><p onclick="alert(2)">Click <a href="javascript:alert(3)">here</a><img src=x onerror="alert(4)"></p>' +
      '<iframe srcdoc="<p>inner</p>"></iframe><svg><text>svg</text></svg><template><p>t</p></template><p hidden>secret</p><!-- comment --><noscript>ns</noscript>';
    expect(text(hostile)).toBe("Click here");
  });
  it("keeps the words of broken markup", () => {
    expect(text("<p>Unclosed <b>bold <i>and italic<div>next</p></b> tail &amp; &lt;tag&gt;")).toBe(
      "Unclosed bold and italic\n\nnext\n\ntail & <tag>",
    );
  });
  it("never returns a tag's characters unless the page showed them as text", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "<script>alert(1)</script>",
            '<img onerror="x()">',
            "<b>",
            "</b>",
            "<p>",
            "word",
            " ",
            "&lt;",
            "<a href='javascript:x()'>",
            "</a>",
          ),
        ),
        (pieces) => {
          const result = text(pieces.join(""));
          expect(result).not.toMatch(/alert|onerror|javascript/);
          expect(result.replace(/<|\s|word/g, "")).toBe("");
        },
      ),
    );
  });
});
