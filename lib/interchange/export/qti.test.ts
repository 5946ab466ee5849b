// The QTI package read back: unzipped with JSZip, its XML parsed by xmlbuilder2 and each HTML field by linkedom
// (independent of the writer): the manifest names the assessment, the assessment holds one item per question
// with Canvas's question_type, the choices, the right answer in resprocessing, and the sources as feedback.
import JSZip from "jszip";
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { create } from "xmlbuilder2";
import { contentExportedSet } from "../testing/content-set-a2";
import { hostileSet } from "../testing/hostile-set-a2";
import type { ExportedSet } from "../types";
import { CANVAS_TYPES, exportQti } from "./qti";

const xml = (text: string) => create(text).node as unknown as Document;
const children = (parent: Element, name: string) => [...parent.getElementsByTagName(name)];
const one = (parent: Element, name: string) => {
  const found = children(parent, name);
  expect(found, name).toHaveLength(1);
  return found[0];
};
/** The one direct child of `parent` named `name`. */
const child = (parent: Element, name: string) => {
  const found = [...parent.childNodes].filter((c): c is Element => c.nodeType === 1 && (c as Element).tagName === name);
  expect(found, name).toHaveLength(1);
  return found[0];
};
/** An HTML field as a browser would read it: its elements' names, and its text (line breaks as "\n"). */
function html(text: string) {
  const doc = new DOMParser().parseFromString(`<html><body>${text}</body></html>`, "text/html");
  const body = doc.querySelector("body")!;
  for (const br of [...body.querySelectorAll("br")]) br.replaceWith("\n");
  return {
    tags: [...body.querySelectorAll("*")].map((e) => e.tagName.toLowerCase()),
    text: body.textContent ?? "",
    body,
  };
}

async function readBack(set: ExportedSet) {
  const file = await exportQti(set);
  const zip = await JSZip.loadAsync(file.bytes);
  const manifest = xml(await zip.file("imsmanifest.xml")!.async("string")).documentElement;
  const href = one(manifest, "file").getAttribute("href")!;
  const assessment = xml(await zip.file(href)!.async("string")).documentElement;
  return { file, zip, manifest, href, assessment };
}

function field(item: Element, label: string) {
  const f = children(item, "qtimetadatafield").find((x) => one(x, "fieldlabel").textContent === label);
  return f && one(f, "fieldentry").textContent;
}

function expectItems(set: ExportedSet, assessment: Element) {
  expect(assessment.tagName).toBe("questestinterop");
  expect(assessment.namespaceURI).toBe("http://www.imsglobal.org/xsd/ims_qtiasiv1p2");
  const section = one(one(assessment, "assessment"), "section");
  const items = children(section, "item");
  expect(items).toHaveLength(set.questions.length);
  set.questions.forEach((q, i) => {
    const item = items[i];
    expect(item.getAttribute("title")).toBe(q.id);
    expect(field(item, "question_type")).toBe(CANVAS_TYPES[q.type]);
    const prompt = html(one(child(one(item, "presentation"), "material"), "mattext").textContent!);
    expect(prompt.tags.filter((t) => t !== "div" && t !== "br")).toEqual([]);
    expect(prompt.text).toBe(q.prompt);

    const right = children(one(item, "resprocessing"), "respcondition").find(
      (r) => r.getAttribute("continue") === "No",
    )!;
    expect(one(right, "setvar").textContent).toBe("100");
    const equal = children(right, "varequal").map((v) => v.textContent);
    if (q.type === "multiple-choice" || q.type === "true-false") {
      const labels = children(one(one(item, "response_lid"), "render_choice"), "response_label");
      const texts = labels.map((l) => one(l, "mattext").textContent);
      expect(texts).toEqual(q.type === "true-false" ? ["True", "False"] : q.choices);
      expect(equal).toHaveLength(1);
      expect(texts[labels.findIndex((l) => l.getAttribute("ident") === equal[0])]).toBe(q.answers[0]);
    } else {
      one(one(item, "response_str"), "render_fib");
      expect(equal).toEqual(q.answers);
    }

    const feedback = one(item, "itemfeedback");
    expect(feedback.getAttribute("ident")).toBe("general_fb");
    const shown = children(one(item, "resprocessing"), "displayfeedback").map((d) => d.getAttribute("linkrefid"));
    expect(shown).toEqual(["general_fb"]);
    const note = html(one(feedback, "mattext").textContent!);
    expect(note.tags.filter((t) => !["p", "br", "a", "blockquote"].includes(t))).toEqual([]);
    if (q.explanation) expect(note.text).toContain(q.explanation);
    for (const c of q.citations) {
      expect(note.text).toContain(`Source: “${c.quote}”`);
      expect(note.text).toContain(c.passageText);
      expect([...note.body.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toContain(c.link);
    }
  });
}

describe("exportQti", () => {
  it("writes a zip whose manifest lists the assessment as a QTI 1.2 resource", async () => {
    const set = contentExportedSet("the-call");
    const { file, zip, manifest, href } = await readBack(set);
    expect(file).toMatchObject({ extension: ".zip", mediaType: "application/zip", leftOut: [] });
    expect(one(manifest, "resource").getAttribute("type")).toBe("imsqti_xmlv1p2");
    expect(href).toBe("set_the-call/set_the-call.xml");
    expect(
      Object.keys(zip.files)
        .filter((n) => !zip.files[n].dir)
        .sort(),
    ).toEqual(["imsmanifest.xml", href]);
  });

  it("holds every question of a shipped set as a Canvas item with its answer and its sources as feedback", async () => {
    const set = contentExportedSet("the-call");
    expectItems(set, (await readBack(set)).assessment);
  });

  it("keeps text full of markup, entities and XML's special characters as text, in every type", async () => {
    const set = hostileSet();
    const { assessment } = await readBack(set);
    expect(one(assessment, "assessment").getAttribute("title")).toBe(set.title);
    expectItems(set, assessment);
  });
});
