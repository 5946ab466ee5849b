import { describe, expect, it } from "vitest";
import { formTooLarge, MAX_ARTICLE_FORM_BYTES, MAX_FORM_BYTES } from "./form-size";

const post = (path: string, bytes: number) =>
  new Request(`http://localhost${path}`, { method: "POST", headers: { "content-length": String(bytes) } });

describe("form size limits", () => {
  it("hold every page's forms to 64 KB", async () => {
    expect(formTooLarge(post("/classes", MAX_FORM_BYTES))).toBeNull();
    const refused = formTooLarge(post("/classes", MAX_FORM_BYTES + 1))!;
    expect(refused.status).toBe(413);
    expect(await refused.text()).toMatch(/at most 64 KB/);
    // Near-misses of the article pages' addresses are other pages.
    expect(formTooLarge(post("/articles/abc", MAX_FORM_BYTES + 1))?.status).toBe(413);
    expect(formTooLarge(post("/articles/abc/edit/more", MAX_FORM_BYTES + 1))?.status).toBe(413);
  });

  it("let a pasted article and the article text editor send up to 1 MB, and name the article's limit past it", async () => {
    for (const path of ["/articles/new", "/articles/abc123/edit"]) {
      expect(formTooLarge(post(path, MAX_ARTICLE_FORM_BYTES))).toBeNull();
      const refused = formTooLarge(post(path, MAX_ARTICLE_FORM_BYTES + 1))!;
      expect(refused.status).toBe(413);
      expect(await refused.text()).toMatch(/at most 200,000 characters/);
    }
  });
});
