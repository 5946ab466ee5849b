// The text a reader sees in a piece of HTML, as paragraphs: every reader of markup goes through here, so
// scripts, styles, attributes (event handlers, javascript: addresses) and broken tags leave nothing but
// the words a browser would have shown.

// Structural nodes of linkedom's DOM, named by what the walk needs of them.
type DomNode = {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  hasAttribute?(name: string): boolean;
};

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

// What a browser does not show as text, or shows as a control rather than prose.
const HIDDEN = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "SVG",
  "MATH",
  "CANVAS",
  "HEAD",
  "TITLE",
  "META",
  "LINK",
  "SELECT",
  "TEXTAREA",
  "BUTTON",
  "INPUT",
  "AUDIO",
  "VIDEO",
]);
const BLOCKS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "BODY",
  "DD",
  "DETAILS",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TR",
  "UL",
  "CAPTION",
]);

/**
 * The visible text under `root` (a linkedom node): each block element (p, li, h1…, div…) its own paragraph,
 * separated by blank lines; `<br>` a line break; whitespace as a browser collapses it, except in <pre>.
 * Elements a browser does not show as text (script, style, template, iframe, svg, form controls…) and those
 * with the `hidden` attribute are left out; attributes and comments never appear.
 */
export function visibleText(root: DomNode): string {
  const parts: string[] = [];
  walk(root, parts, false);
  return parts
    .join("")
    .split(/\n[ \t\f\r]*\n\s*/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .join("\n\n");
}

function walk(node: DomNode, parts: string[], preformatted: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    const text = node.textContent ?? "";
    parts.push(preformatted ? text : text.replace(/[ \t\n\r\f]+/g, " "));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.childNodes.length === 0) return;
  const name = node.nodeName.toUpperCase();
  if (node.nodeType === ELEMENT_NODE) {
    if (HIDDEN.has(name) || node.hasAttribute?.("hidden")) return;
    if (name === "BR") {
      parts.push("\n");
      return;
    }
  }
  const block = BLOCKS.has(name) || name === "TD" || name === "TH";
  if (block) parts.push(name === "TD" || name === "TH" ? " " : "\n\n");
  for (const child of Array.from(node.childNodes)) walk(child, parts, preformatted || name === "PRE");
  if (block && name !== "TD" && name !== "TH") parts.push("\n\n");
}
