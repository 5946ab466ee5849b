import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildDocx } from "./bench";
import { UPLOAD_MAX_BYTES } from "./limits";
import { readDocx } from "./read-docx";

describe("readDocx", () => {
  it("reads a Word document's paragraphs as plain text, markup-looking text kept as the words it is", async () => {
    const docx = await buildDocx(["Biden and Xi spoke.", "“Curly” café 😀 <script>alert(1)</script>"]);
    expect(await readDocx(docx)).toEqual({ text: "Biden and Xi spoke.\n\n“Curly” café 😀 <script>alert(1)</script>" });
  });

  it("refuses a zip that is not a Word document, an old .doc, other bytes and an empty file", async () => {
    const zip = new JSZip();
    zip.file("notes.txt", "hello");
    await expect(readDocx(await zip.generateAsync({ type: "uint8array" }))).rejects.toThrow("not a Word document");
    await expect(readDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).rejects.toThrow(
      "old Word .doc",
    );
    await expect(readDocx(new TextEncoder().encode("plain text"))).rejects.toThrow("not a Word document");
    await expect(readDocx(new Uint8Array())).rejects.toThrow("not a Word document");
    await expect(readDocx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow("not a Word document");
  });

  it("refuses a zip whose contents would unpack far past any article", async () => {
    const docx = await buildDocx(["Small on disk, said to be huge inside."], { compression: "STORE" });
    const view = new DataView(docx.buffer, docx.byteOffset, docx.byteLength);
    // Each central-directory record (signature 0x02014b50) declares its entry's unpacked size at byte 24.
    for (let at = 0; at + 46 <= docx.length; at++)
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 300 * 1024 * 1024, true);
    await expect(readDocx(docx)).rejects.toThrow("not a Word document");
  });

  it("refuses a document without words, and a file over 5 MB", async () => {
    await expect(readDocx(await buildDocx(["", "   "]))).rejects.toThrow("no text");
    await expect(readDocx(new Uint8Array(UPLOAD_MAX_BYTES + 1))).rejects.toThrow(
      expect.objectContaining({ name: "AppError", code: "file-too-large" }),
    );
  });
});
