// A YAML document's data, or a problem: some documents parse yet cannot become data (an alias to
// an anchor that was never set), and that must be reported, not thrown.
import type { Document } from "yaml";

export function yamlData(doc: Document): { ok: true; data: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, data: doc.toJS() };
  } catch (error) {
    return { ok: false, message: `not valid YAML: ${error instanceof Error ? error.message : String(error)}` };
  }
}
