import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_RETURN_PATH, safeReturnPath } from "./return-path";

const SITE = "http://localhost:3000";

// Values that a browser, given them as a Location or a link, would take to another host or scheme.
const HOSTILE = [
  "//evil.com",
  "///evil.com",
  "////evil.com",
  "//evil.com/sets",
  "/\\evil.com",
  "\\\\evil.com",
  "\\/evil.com",
  "/\\/evil.com",
  "/\t/evil.com",
  "/\n/evil.com",
  "/\r\n/evil.com",
  "\t//evil.com",
  " //evil.com",
  "/\u0000/evil.com".replace("\u0000", "\t"),
  "/.//evil.com",
  "/../..//evil.com",
  "/./\\evil.com",
  "/a/../..//evil.com",
  "/%2e%2e//evil.com",
  "/./../.././/evil.com",
  "https://evil.com",
  "http://evil.com/sets/x",
  "HTTPS://EVIL.COM",
  "https:evil.com",
  "https:/evil.com",
  "https:\\\\evil.com",
  "http://localhost:3000@evil.com",
  "http://localhost:3000.evil.com/",
  "http://localhost:3001/",
  "https://localhost:3000/",
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  "java\tscript:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "mailto:a@evil.com",
  "ftp://evil.com",
  "file:///etc/passwd",
  "blob:http://evil.com/x",
  "//evil.com\\@localhost:3000",
  "/\\\\evil.com",
  "\\\t\\evil.com",
  "//\u3002evil.com",
  "//evil%E3%80%82com",
];

// Values that stay on the site, and the path each becomes.
const KEPT: [string, string][] = [
  ["/", "/"],
  ["/sets/the-call", "/sets/the-call"],
  ["/sets/x?y=1#z", "/sets/x?y=1#z"],
  ["/join/KMN-PQ3", "/join/KMN-PQ3"],
  ["/a/../b", "/b"],
  ["/a/./b/", "/a/b/"],
  ["/%2F%2Fevil.com", "/%2F%2Fevil.com"],
  ["/%5Cevil.com", "/%5Cevil.com"],
  ["/%5C%5Cevil.com", "/%5C%5Cevil.com"],
  ["/%09/evil.com", "/%09/evil.com"],
  ["／／evil.com", "/%EF%BC%8F%EF%BC%8Fevil.com"],
  ["/／evil.com", "/%EF%BC%8Fevil.com"],
  ["＼＼evil.com", "/%EF%BC%BC%EF%BC%BCevil.com"],
  ["sets/x", "/sets/x"],
  ["evil.com", "/evil.com"],
  ["http:evil.com", "/evil.com"],
  ["?next=//evil.com", "/?next=//evil.com"],
  ["#//evil.com", "/#//evil.com"],
  ["http://localhost:3000/sets/x?y#z", "/sets/x?y#z"],
  ["HTTP://LOCALHOST:3000/account", "/account"],
  ["/sets/x?back=\\evil.com", "/sets/x?back=\\evil.com"],
  ["\\evil.com", "/evil.com"],
];

describe("safeReturnPath", () => {
  it.each(HOSTILE)("sends %j home instead of off the site", (value) => {
    expect(safeReturnPath(value, SITE)).toBe("/");
  });

  it.each(KEPT)("keeps %j on the site as %j", (value, path) => {
    expect(safeReturnPath(value, SITE)).toBe(path);
  });

  it("refuses what is not a usable string", () => {
    for (const value of [undefined, null, 42, {}, ["/sets"], "", "/".padEnd(MAX_RETURN_PATH + 1, "a")]) {
      expect(safeReturnPath(value, SITE)).toBe("/");
    }
  });

  it("accepts an absolute URL only on the site's own origin, whatever that origin is", () => {
    expect(safeReturnPath("https://footnote.school.example/account", "https://footnote.school.example")).toBe(
      "/account",
    );
    expect(safeReturnPath("http://footnote.school.example/account", "https://footnote.school.example")).toBe("/");
    expect(safeReturnPath("/account", "not a url")).toBe("/");
  });

  it("never answers anything a browser would resolve to another origin", () => {
    const pieces = fc.constantFrom(
      "/",
      "\\",
      "\t",
      "\n",
      ".",
      "..",
      "%2F",
      "%5C",
      "evil.com",
      "@",
      ":",
      "http:",
      "https:",
      "//",
      "／",
      "?",
      "#",
      "a",
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 12 }).map((p) => p.join("")),
        (value) => {
          const path = safeReturnPath(value, SITE);
          expect(path.startsWith("/") && !path.startsWith("//")).toBe(true);
          expect(new URL(path, SITE).origin).toBe(SITE);
          expect(new URL(path, "https://other.example").origin).toBe("https://other.example");
        },
      ),
      { numRuns: 2000 },
    );
  });
});
