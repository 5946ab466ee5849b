// Maps a path inside a YAML document (["questions", 3, "answer"]) to the line it stands on, so a
// problem can name its line. A path that does not exist falls back to its nearest existing parent.
import type { Document, LineCounter, Node } from "yaml";

export type LineOf = (path: readonly PropertyKey[]) => number;

export function lineLocator(doc: Document, lineCounter: LineCounter, offsetLines = 0): LineOf {
  return (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = (depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as (string | number)[], true)) as Node | null;
      const start = node?.range?.[0];
      if (typeof start === "number") return lineCounter.linePos(start).line + offsetLines;
    }
    return 1 + offsetLines;
  };
}
