// The Content-Disposition of a download named by people's words (a set's title): RFC 6266, with an ASCII
// `filename` for old clients and the exact name as `filename*` (RFC 8187 UTF-8 percent-encoding).

// Characters no file name on Windows, macOS or Linux may hold, and controls.
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;

/** `name` made safe as a file name: unsafe characters become "-" (none at either end), spaces collapse, at most 100 characters; "download" when nothing is left. */
export function safeFileName(name: string): string {
  const safe = name
    .replace(UNSAFE, "-")
    .replace(/\s+/g, " ")
    .replace(/^[\s.-]+|[\s.-]+$/g, "");
  return [...safe].slice(0, 100).join("").trim() || "download";
}

/** RFC 8187's value-chars: encodeURIComponent leaves ' ( ) * ! unencoded, which attr-char does not allow (but "!"). */
const encodeValue = (text: string) =>
  encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment; filename="…"; filename*=UTF-8''…` for `baseName` + `extension` (e.g. ".zip"): the ASCII name
 * drops accents (Zoë → Zoe) and replaces other non-ASCII characters with "_"; browsers that read `filename*` use the exact one.
 */
export function attachmentDisposition(baseName: string, extension: string): string {
  const exact = `${safeFileName(baseName)}${extension}`;
  const ascii = exact
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\%]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeValue(exact)}`;
}
