// Micro-benchmarks of issue 17's budgets for npm run bench to call: re-anchoring 500 citations in a
// 20,000-word article after an edit (≤ 200 ms), and reading a 5 MB .docx (≤ 3 s). Synthetic, seeded text, so every run measures the same work.
import { performance } from "node:perf_hooks";
import JSZip from "jszip";
import { UPLOAD_MAX_BYTES } from "./limits";
import { splitPassages, type AuthoredPassage } from "./passages";
import { readDocx } from "./read-docx";
import { reanchorCitations, type ReanchorOutcome } from "./reanchor";
import { describeSelection, type QuoteAnchor } from "./text-quote";

const VOCABULARY = (
  "the a of and to in that said leaders talks trade China United States president call phone week officials " +
  "Taiwan security economy policy summit minister government report visit meeting agreement market tariffs " +
  "military climate students school teacher article source evidence question answer passage quote history " +
  "Tuesday November spring river city council budget water energy health vaccine election court judge law"
).split(" ");

/** A seeded pseudo-random source (mulberry32), 0 ≤ x < 1, so a benchmark's text is the same each run. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type ReanchorBench = {
  words: number;
  passages: number;
  citations: number;
  /** Wall time of reanchorCitations alone, ms. */
  ms: number;
  /** CPU time the process spent meanwhile (user + system), ms: steadier than wall time on a shared machine. */
  cpuMs: number;
  outcomes: Record<ReanchorOutcome["status"], number>;
};

/**
 * Builds a `words`-word article in 50-word passages with `citations` quotes of 4–9 words, then edits it as a
 * teacher might (a word changed inside 10 quotes, 5 paragraphs moved, 5 deleted, 20 others reworded, 5 added)
 * and times re-anchoring every citation. Returns the wall and CPU time (ms) and how many citations had each outcome.
 */
export function benchReanchor({ words = 20_000, citations = 500, seed = 17 } = {}): ReanchorBench {
  const next = random(seed);
  const pick = () => VOCABULARY[Math.floor(next() * VOCABULARY.length)];
  const paragraphs = Array.from({ length: Math.ceil(words / 50) }, () => Array.from({ length: 50 }, pick));
  const before = splitPassages(paragraphs.map((p) => p.join(" ")).join("\n\n"));

  const anchors: QuoteAnchor[] = [];
  const quoted: { passage: number; word: number; length: number }[] = [];
  for (let i = 0; i < citations; i++) {
    const passage = (i * 7) % before.length;
    const word = Math.floor(next() * 40);
    const length = 4 + Math.floor(next() * 6);
    const start = paragraphs[passage].slice(0, word).join(" ").length + (word > 0 ? 1 : 0);
    const end = start + paragraphs[passage].slice(word, word + length).join(" ").length;
    anchors.push({ passageKey: before[passage].key, ...describeSelection(before[passage].text, { start, end }) });
    quoted.push({ passage, word, length });
  }

  const edited = paragraphs.map((p) => [...p]);
  for (const { passage, word, length } of quoted.slice(0, 10))
    edited[passage][word + Math.floor(length / 2)] = "changed";
  for (let i = 0; i < 20; i++) edited[(i * 13 + 5) % edited.length][45] = "reworded";
  const order = edited.map((_, i) => i);
  const deleted = new Set([3, 50, 101, 202, 303].map((i) => i % edited.length));
  const moves = [10, 90, 180, 270, 360].map((i) => i % edited.length);
  const kept = order.filter((i) => !deleted.has(i) && !moves.includes(i));
  for (const moved of moves) kept.splice(Math.floor(next() * kept.length), 0, moved);
  const text = kept.map((i) => edited[i].join(" "));
  for (let i = 0; i < 5; i++) text.splice(i * 60, 0, Array.from({ length: 50 }, pick).join(" "));
  const after: AuthoredPassage[] = splitPassages(text.join("\n\n"), { previous: before });

  const started = performance.now();
  const cpu = process.cpuUsage();
  const outcomes = reanchorCitations(anchors, after, before);
  const ms = performance.now() - started;
  const cpuMs = cpuMilliseconds(process.cpuUsage(cpu));
  const counts = { unchanged: 0, moved: 0, check: 0, orphaned: 0 };
  for (const outcome of outcomes) counts[outcome.status]++;
  return { words: paragraphs.length * 50, passages: before.length, citations, ms, cpuMs, outcomes: counts };
}

/**
 * A minimal .docx (Office Open XML: content types, one relationship, word/document.xml) holding `paragraphs`.
 * `compression` "STORE" makes a file as large as its
 * text, to time reading a big upload. Built with jszip, which mammoth itself reads .docx files with.
 */
export async function buildDocx(
  paragraphs: readonly string[],
  { compression = "DEFLATE" as "DEFLATE" | "STORE" } = {},
): Promise<Uint8Array> {
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const body = paragraphs
    .map((text) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`)
    .join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array", compression });
}

function cpuMilliseconds({ user, system }: NodeJS.CpuUsage): number {
  return (user + system) / 1000;
}

/** Times readDocx (wall and CPU, ms) on a .docx of about `bytes` bytes: stored, uncompressed text in 60-word paragraphs. */
export async function benchReadDocx({ bytes = UPLOAD_MAX_BYTES - 64 * 1024, seed = 17 } = {}): Promise<{
  bytes: number;
  paragraphs: number;
  ms: number;
  cpuMs: number;
}> {
  const next = random(seed);
  const paragraphs: string[] = [];
  // Each paragraph costs its text plus about 100 bytes of markup.
  for (let size = 1000; size < bytes;) {
    const text = Array.from({ length: 60 }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]).join(" ");
    if (size + text.length + 100 > bytes) break;
    paragraphs.push(text);
    size += text.length + 100;
  }
  const docx = await buildDocx(paragraphs, { compression: "STORE" });
  const started = performance.now();
  const cpu = process.cpuUsage();
  const read = await readDocx(docx);
  const ms = performance.now() - started;
  return {
    bytes: docx.byteLength,
    paragraphs: read.text.split("\n\n").length,
    ms,
    cpuMs: cpuMilliseconds(process.cpuUsage(cpu)),
  };
}
