// Offsets into JavaScript strings count UTF-16 code units, as the DOM's selections and the W3C selectors
// do; a character outside the Basic Multilingual Plane (most emoji) takes two, and no offset may part them.

/** Whether `offset` falls between the two halves of a surrogate pair in `text`, cutting a character in half. */
export function splitsCharacter(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** The number of Unicode code points in `text` (a lone surrogate counts as one). */
export function codePointLength(text: string): number {
  let pairs = 0;
  for (let i = 1; i < text.length; i++) if (splitsCharacter(text, i)) pairs++;
  return text.length - pairs;
}
