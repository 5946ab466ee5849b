import mammoth from "mammoth";
import { parseHTML } from "linkedom";
import { performance } from "node:perf_hooks";
import { buildDocx } from "./bench";
import { visibleText } from "./visible-text";
(async () => {
  const paragraphs = Array.from({ length: 10000 }, (_, i) => `word${i} the leaders talks trade China United States president call phone week officials Taiwan security economy policy summit minister government report visit meeting agreement market tariffs the a of and to in that said leaders talks trade China United States president call phone week officials Taiwan security`);
  const docx = await buildDocx(paragraphs, { compression: "STORE" });
  const buffer = Buffer.from(docx);
  let t = performance.now(); const raw = await mammoth.extractRawText({ buffer }); console.log("raw", performance.now() - t, raw.value.length);
  t = performance.now(); const html = await mammoth.convertToHtml({ buffer }); console.log("html", performance.now() - t, html.value.length);
  t = performance.now(); const { document } = parseHTML(`<!doctype html><html><body>${html.value}</body></html>`); console.log("linkedom", performance.now() - t);
  t = performance.now(); const text = visibleText(document.body as never); console.log("visible", performance.now() - t, text.length);
})();
