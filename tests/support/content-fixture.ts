// Writes a small content folder (one article, one set) to a temp dir, with hooks to break it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const ARTICLE = `---
id: report
title: A report
outlet: The Paper
---

<!-- passage: call -->
President Joe Biden spoke by phone with Xi on Tuesday.

<!-- passage: visit -->
Treasury Secretary Janet Yellen will travel to Guangzhou and Beijing.
`;

export const SET = `id: basics
title: Basics
description: The basic facts.
questions:
  - id: call-day
    type: multiple-choice
    prompt: On which day did they speak?
    choices:
      - Monday
      - Tuesday
    answer: Tuesday
    explanation: The report says Tuesday.
    cite:
      - article: report
        passage: call
        quote: on Tuesday
  - id: yellen
    type: short-answer
    prompt: Who will travel to Guangzhou?
    answer: Janet Yellen
    accept:
      - Yellen
    explanation: The Treasury Secretary travels.
    cite:
      - article: report
        passage: visit
        quote: Janet Yellen will travel to Guangzhou
`;

export function writeContent(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-content-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
