// Text as the XML and HTML that QTI holds: a teacher's text always arrives as text, never as markup.
// The XML is built with xmlbuilder2 (qti.ts); the small HTML fields inside it (a question's text, its feedback)
// are escaped here, since building each with its own xmlbuilder2 document cost a fifth of a 500-question export.

/**
 * Characters XML 1.0 cannot hold: control characters but tab, line feed and carriage return, U+FFFE, U+FFFF and
 * lone surrogates. (xmlbuilder2's own invalidCharReplacement does the same but slows building threefold.)
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` as xmlbuilder2 must be given it to write it back exactly: its serialiser escapes "&" only when what
 * follows does not look like an entity ("&amp;" typed by a teacher would be written as is and read back as "&"),
 * so every "&" is escaped here first and the serialiser leaves each alone; a character XML cannot hold becomes
 * U+FFFD. Every text and attribute value a person wrote passes here.
 */
export const xmlSafe = (text: string) => text.replace(/&/g, "&amp;").replace(NOT_XML, "\uFFFD");

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** `text` as HTML text or a quoted attribute value: & < > " ' escaped, so nothing in it is read as markup. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** `text` as HTML, escaped, each line break a <br>. */
export const htmlLines = (text: string) => escapeHtml(text.replace(/\r\n?/g, "\n")).replace(/\n/g, "<br>");
