// Text as HTML for formats whose fields are HTML (QTI's text/html mattext), built with xmlbuilder2 so every
// character a teacher typed arrives as text, never as markup.
import { fragment } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";

/** Control characters XML 1.0 cannot hold (all but tab, line feed and carriage return) become U+FFFD. */
export const XML_OPTIONS = { invalidCharReplacement: "\uFFFD" } as const;

/**
 * `text` as xmlbuilder2 must be given it to write it back exactly: its serialiser escapes "&" only when what
 * follows does not look like an entity ("&amp;" typed by a teacher would be written as is and read back as "&"),
 * so every "&" is escaped here first and the serialiser leaves each alone. Every text and attribute value a
 * person wrote passes here.
 */
export const xmlSafe = (text: string) => text.replace(/&/g, "&amp;");

/** Appends `text` to `parent`, each line break as a <br/>. */
export function linesInto(parent: XMLBuilder, text: string): XMLBuilder {
  text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .forEach((line, i) => {
      if (i > 0) parent.ele("br");
      if (line) parent.txt(xmlSafe(line));
    });
  return parent;
}

/** An HTML fragment built by `build` on a fresh root, serialised (XHTML syntax, which HTML parsers read too). */
export function htmlFragment(build: (root: XMLBuilder) => void): string {
  const root = fragment(XML_OPTIONS);
  build(root);
  return root.end({ headless: true });
}
