// Turns zod's issues into content problems with a line and a plain message.
import type { z } from "zod";
import type { Problem } from "./types";
import type { LineOf } from "./yaml-lines";

export function zodProblems(file: string, error: z.ZodError, lineOf: LineOf, prefix = ""): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    const field = path.filter((part) => !/^\d+$/.test(part)).at(-1) ?? "file";
    let message: string;
    if (issue.code === "invalid_type" && /received undefined/.test(issue.message)) message = `missing "${field}"`;
    else if (issue.code === "unrecognized_keys") message = `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    else message = `"${path.join(".") || field}": ${issue.message}`;
    return { file, line: lineOf(issue.path), message: prefix + message };
  });
}
