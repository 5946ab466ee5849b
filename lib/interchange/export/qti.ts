// A set as a QTI 1.2 package for Canvas: a zip of imsmanifest.xml and one assessment (questestinterop), written
// with xmlbuilder2. Item types and metadata follow what Canvas itself exports and imports ("classic quizzes":
// question_type in itemmetadata, SCORE 0–100, general feedback linked from a respcondition on <other/>).
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { ExportedQuestion, ExportedSet, Exporter } from "../types";
import { htmlFragment, linesInto, XML_OPTIONS, xmlSafe } from "./html-text";
import { sourceNotes } from "./source-notes";
import { zipBytes } from "./zip-bytes";

const QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
const CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1";

/** Canvas's question_type for each of ours: a cloze is Canvas's "fill in the blank", a flashcard a short answer. */
export const CANVAS_TYPES = {
  "multiple-choice": "multiple_choice_question",
  "true-false": "true_false_question",
  "short-answer": "short_answer_question",
  cloze: "short_answer_question",
  flashcard: "short_answer_question",
} as const;

/** An XML identifier from `text`: letters, digits, _ . - only, starting with a letter (`prefix`). */
export const qtiIdent = (prefix: string, text: string) => `${prefix}_${text.replace(/[^A-Za-z0-9_.-]/g, "_")}`;

function metadata(parent: XMLBuilder, fields: [string, string][]) {
  const meta = parent.ele("qtimetadata");
  for (const [label, entry] of fields) {
    const field = meta.ele("qtimetadatafield");
    field.ele("fieldlabel").txt(label);
    field.ele("fieldentry").txt(xmlSafe(entry));
  }
}

const material = (parent: XMLBuilder, type: "text/html" | "text/plain", text: string) =>
  parent.ele("material").ele("mattext", { texttype: type }).txt(xmlSafe(text));

/** The explanation, then each source: the quote, a link to its passage in Footnote, and the passage. */
function feedbackHtml(set: ExportedSet, q: ExportedQuestion): string {
  return htmlFragment((root) => {
    if (q.explanation.trim()) linesInto(root.ele("p"), q.explanation.trim());
    for (const note of sourceNotes(set, q)) {
      const p = root.ele("p");
      p.txt(xmlSafe(`Source: “${note.quote}”`)).ele("br");
      p.txt("From ")
        .ele("a", { href: xmlSafe(note.link) })
        .txt(xmlSafe(note.from));
      linesInto(root.ele("blockquote").ele("p"), note.passageText);
    }
  });
}

function item(section: XMLBuilder, set: ExportedSet, q: ExportedQuestion, index: number) {
  const ident = qtiIdent(`q${index + 1}`, q.id);
  const node = section.ele("item", { ident, title: xmlSafe(q.id) });
  const choices = q.type === "true-false" ? ["True", "False"] : q.type === "multiple-choice" ? q.choices : null;
  const choiceIdent = (i: number) => `${ident}_c${i + 1}`;
  metadata(node.ele("itemmetadata"), [
    ["question_type", CANVAS_TYPES[q.type]],
    ["points_possible", "1.0"],
    ...(choices ? [["original_answer_ids", choices.map((_, i) => choiceIdent(i)).join(",")] as [string, string]] : []),
  ]);

  const presentation = node.ele("presentation");
  material(
    presentation,
    "text/html",
    htmlFragment((root) => linesInto(root.ele("div"), q.prompt)),
  );
  if (choices) {
    const render = presentation
      .ele("response_lid", { ident: "response1", rcardinality: "Single" })
      .ele("render_choice");
    choices.forEach((c, i) => material(render.ele("response_label", { ident: choiceIdent(i) }), "text/plain", c));
  } else {
    presentation
      .ele("response_str", { ident: "response1", rcardinality: "Single" })
      .ele("render_fib")
      .ele("response_label", { ident: "answer1", rshuffle: "No" });
  }

  const feedback = feedbackHtml(set, q);
  const processing = node.ele("resprocessing");
  processing.ele("outcomes").ele("decvar", { maxvalue: "100", minvalue: "0", varname: "SCORE", vartype: "Decimal" });
  if (feedback) {
    const always = processing.ele("respcondition", { continue: "Yes" });
    always.ele("conditionvar").ele("other");
    always.ele("displayfeedback", { feedbacktype: "Response", linkrefid: "general_fb" });
  }
  const right = processing.ele("respcondition", { continue: "No" });
  const condition = right.ele("conditionvar");
  if (choices) {
    const correct =
      q.type === "true-false" ? (/^true$/i.test(q.answers[0] ?? "") ? 0 : 1) : choices.indexOf(q.answers[0]);
    condition.ele("varequal", { respident: "response1" }).txt(choiceIdent(Math.max(0, correct)));
  } else {
    for (const answer of q.answers) condition.ele("varequal", { respident: "response1" }).txt(xmlSafe(answer));
  }
  right.ele("setvar", { action: "Set", varname: "SCORE" }).txt("100");
  if (feedback) material(node.ele("itemfeedback", { ident: "general_fb" }).ele("flow_mat"), "text/html", feedback);
}

/** The assessment: one section holding every question as an item, in order. */
export function assessmentXml(set: ExportedSet, ident: string): string {
  const doc = create({ version: "1.0", encoding: "UTF-8", ...XML_OPTIONS });
  const assessment = doc
    .ele(QTI_NS, "questestinterop", {
      "xmlns:xsi": XSI_NS,
      "xsi:schemaLocation": `${QTI_NS} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd`,
    })
    .ele("assessment", { ident, title: xmlSafe(set.title) });
  metadata(assessment, [["cc_maxattempts", "1"]]);
  const section = assessment.ele("section", { ident: "root_section" });
  set.questions.forEach((q, i) => item(section, set, q, i));
  return doc.end({ prettyPrint: true });
}

/** The package's manifest: one resource of type imsqti_xmlv1p2, the assessment at `href`. */
export function manifestXml(ident: string, href: string): string {
  const doc = create({ version: "1.0", encoding: "UTF-8", ...XML_OPTIONS });
  const manifest = doc.ele(CP_NS, "manifest", { identifier: `${ident}_manifest` });
  const meta = manifest.ele("metadata");
  meta.ele("schema").txt("IMS Content");
  meta.ele("schemaversion").txt("1.1.3");
  manifest.ele("organizations");
  manifest
    .ele("resources")
    .ele("resource", { identifier: `${ident}_resource`, type: "imsqti_xmlv1p2" })
    .ele("file", { href });
  return doc.end({ prettyPrint: true });
}

/**
 * The set as a QTI 1.2 package (.zip) that Canvas imports as a classic quiz: every question in order, held ones
 * included (one citing nothing has no source in its feedback), each worth one point, the explanation and sources
 * as its general feedback. Nothing is left out. QTI 2.1 is not written: Canvas's own export and import of classic
 * quizzes is QTI 1.2, and 2.1 would be a second writer to maintain for no tool our teachers named.
 */
export const exportQti: Exporter = async (set) => {
  const ident = qtiIdent("set", set.id);
  const href = `${ident}/${ident}.xml`;
  return {
    bytes: await zipBytes([
      ["imsmanifest.xml", manifestXml(ident, href)],
      [href, assessmentXml(set, ident)],
    ]),
    extension: ".zip",
    mediaType: "application/zip",
    leftOut: [],
  };
};
