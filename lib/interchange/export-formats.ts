// Every export format in one list: its name for people, what it is for, and its exporter (loaded when first
// used, so a page that lists the formats does not load exceljs or SQLite). The set page's Export menu and
// `content:export --format` both read this list.
import type { ExportFormat, Exporter } from "./types";

export type ExportFormatInfo = {
  /** The format's name as the menu shows it. */
  label: string;
  /** One sentence: which tool imports it and what it keeps. */
  description: string;
  load: () => Promise<Exporter>;
};

export const EXPORT_FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  apkg: {
    label: "Anki package (.apkg)",
    description: "For Anki: one deck, with the source quote and a link back on every card.",
    load: async () => (await import("./export/apkg")).exportApkg,
  },
  "anki-txt": {
    label: "Anki or Quizlet text (.txt)",
    description: "Tab-separated text that Anki and Quizlet import.",
    load: async () => (await import("./export/anki-txt")).exportAnkiText,
  },
  gift: {
    label: "Moodle GIFT (.gift.txt)",
    description: "For a Moodle quiz, with the source quote as each question's feedback.",
    load: async () => (await import("./export/gift")).exportGift,
  },
  qti: {
    label: "Canvas QTI (.zip)",
    description: "A QTI package for Canvas and other learning systems, with the source as feedback.",
    load: async () => (await import("./export/qti")).exportQti,
  },
  kahoot: {
    label: "Kahoot spreadsheet (.xlsx)",
    description: "Kahoot's quiz template: multiple choice and true/false questions only.",
    load: async () => (await import("./export/kahoot")).exportKahoot,
  },
  csv: {
    label: "Spreadsheet (.csv)",
    description: "One row per question with every field and citation.",
    load: async () => (await import("./export/csv")).exportCsv,
  },
  footnote: {
    label: "Footnote files (.zip)",
    description: "The set and its articles as Markdown and YAML, to import into Footnote again.",
    load: async () => (await import("./export/footnote")).exportFootnote,
  },
};
