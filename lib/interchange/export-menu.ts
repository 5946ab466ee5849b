// The set page's Export list: one link per format (export-formats.ts), shown to those who may export the set,
// with what a format leaves out where the set's question types say so without running the exporter.
import "server-only";
import type { Route } from "next";
import type { ReadableSet } from "../content/set-access";
import type { QuestionType } from "../content/types";
import { typeOfDb } from "../authoring/question-types";
import { SET_CACHE_MS } from "../content/sets";
import { ttlCache } from "../content/ttl-cache";
import { db } from "../db/client";
import { routes } from "../routes";
import { EXPORT_FORMAT_INFO } from "./export-formats";
import { mayExport } from "./exported-set";
import { EXPORT_FORMATS, type ExportFormat } from "./types";

export type ExportMenuEntry = { format: ExportFormat; label: string; description: string; href: Route; note?: string };

/** Question types Kahoot's template holds (its "Question - max 120 characters" sheet: quiz and true/false). */
const KAHOOT_TYPES: readonly QuestionType[] = ["multiple-choice", "true-false"];

/** What `format` leaves out of a set whose live questions count `byType`, in words, or undefined for nothing known. */
export function leftOutNote(format: ExportFormat, byType: Partial<Record<QuestionType, number>>): string | undefined {
  const total = Object.values(byType).reduce((sum, n) => sum + (n ?? 0), 0);
  if (format === "kahoot") {
    const kept = KAHOOT_TYPES.reduce((sum, t) => sum + (byType[t] ?? 0), 0);
    if (kept === total) return undefined;
    return `Kahoot keeps multiple choice and true/false only: ${kept} of ${total} ${total === 1 ? "question" : "questions"}.`;
  }
  return undefined;
}

/** How many live questions of each type the set `setId` has (held ones included, as exporters read them). */
async function typeCounts(setId: string): Promise<Partial<Record<QuestionType, number>>> {
  const counts = await db.question.groupBy({
    by: ["type"],
    where: { setId, archivedAt: null },
    _count: { _all: true },
  });
  const byType: Partial<Record<QuestionType, number>> = {};
  for (const c of counts) byType[typeOfDb(c.type)] = c._count._all;
  return byType;
}

const cachedTypeCounts = ttlCache(SET_CACHE_MS, typeCounts);

/**
 * The Export list for the set `set` as its reader sees it: null when they may not export it (mayExport), else
 * one entry per format in EXPORT_FORMATS order, with a note on what the format leaves out when the set's
 * question types tell (one grouped count of the live questions; held ones included, as exporters read them).
 */
export async function exportMenu(set: ReadableSet): Promise<ExportMenuEntry[] | null> {
  if (!mayExport(set)) return null;
  // The owner sees an edit at once; everyone else shares the page's 30 s content cache (lib/content/sets.ts).
  const byType = await (set.isOwner ? typeCounts : cachedTypeCounts)(set.id);
  return EXPORT_FORMATS.map((format) => ({
    format,
    label: EXPORT_FORMAT_INFO[format].label,
    description: EXPORT_FORMAT_INFO[format].description,
    href: routes.setExport(set.id, format),
    note: leftOutNote(format, byType),
  }));
}
