import { describe, expect, it } from "vitest";
import { readHtml } from "./read-html";

const bytes = (html: string) => new TextEncoder().encode(html);

const page = `<!doctype html><html><head><meta charset="utf-8"><title>Biden and Xi talk by phone</title>
<meta property="og:site_name" content="CNN"><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-04-02T10:00:00Z"><script>window.evil = 1</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><header>Site header</header>
<article><h1>Biden and Xi talk by phone</h1>
<p>President Joe Biden and Chinese leader Xi Jinping spoke by phone on Tuesday, the first conversation between the two leaders since their summit in California last November.</p>
<p onclick="steal()">The call, which lasted <b>an hour and 45 minutes</b>, was described as <a href="javascript:alert(1)">candid and constructive</a> by the White House.<img src=x onerror="alert(1)"></p>
<p>Treasury Secretary Janet Yellen will visit China later this week, and Secretary of State Antony Blinken is expected to follow.<script>document.write("injected")</script></p>
<div><p>Unclosed <i>italic and <b>bold</div>
</article><footer>Copyright notice</footer></body></html>`;

describe("readHtml", () => {
  const read = readHtml(bytes(page));

  it("keeps the article with its title, author, outlet and date, and drops the page's chrome", () => {
    expect(read).toMatchObject({
      title: "Biden and Xi talk by phone",
      author: "Jane Doe",
      outlet: "CNN",
      published: "2024-04-02",
    });
    expect(read.text.split("\n\n")).toEqual([
      "President Joe Biden and Chinese leader Xi Jinping spoke by phone on Tuesday, the first conversation between the two leaders since their summit in California last November.",
      "The call, which lasted an hour and 45 minutes, was described as candid and constructive by the White House.",
      "Treasury Secretary Janet Yellen will visit China later this week, and Secretary of State Antony Blinken is expected to follow.",
      "Unclosed italic and bold",
    ]);
  });

  it("lets no script, handler, javascript: address or tag through as anything but visible text", () => {
    expect(read.text).not.toMatch(
      /evil|injected|steal|alert|onerror|onclick|javascript|<|color: red|Home|Site header|Copyright/,
    );
  });

  it("reads a short fragment that Readability finds no article in", () => {
    expect(readHtml(bytes("<p>Short <script>x()</script>page.</p><nav>Menu</nav>"))).toMatchObject({
      text: "Short page.",
    });
  });

  it("follows the charset a header or the page declares", () => {
    const latin = new Uint8Array([...bytes("<p>Caf"), 0xe9, 0x93, ...bytes("</p>")]);
    expect(readHtml(latin, "windows-1252").text).toBe("Café“");
    expect(readHtml(new Uint8Array([...bytes('<meta charset="iso-8859-1"><p>Caf'), 0xe9, ...bytes("</p>")])).text).toBe(
      "Café",
    );
  });

  it("refuses a page without words, and bytes that are no page", () => {
    expect(() => readHtml(bytes("<html><body><script>alert(1)</script><img src=x></body></html>"))).toThrow("no text");
    expect(() => readHtml(new Uint8Array())).toThrow("no text");
    expect(() => readHtml(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toThrow("not text");
  });
});
