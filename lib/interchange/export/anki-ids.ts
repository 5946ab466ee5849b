// Anki's identifiers for what Footnote exports, derived from hashes so that a re-export names the same note
// types, deck and notes: Anki's importers match notes by GUID (and update them), note types by id, decks by name.
import { createHash } from "node:crypto";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

/**
 * A note's GUID: 10 base-62 characters of a hash of the set's and question's ids. Anki keeps any text there; letters
 * and digits alone need no quoting in a tab-separated file and no escaping in HTML, and 62^10 (about 8·10^17)
 * makes a collision between two questions as unlikely as Anki's own (base-91, 64-bit) GUIDs do.
 */
export function noteGuid(setId: string, questionId: string): string {
  let n = digest(`footnote-note\u0000${setId}\u0000${questionId}`).readBigUInt64BE(0);
  let guid = "";
  for (let i = 0; i < 10; i++) {
    guid += BASE62[Number(n % 62n)];
    n /= 62n;
  }
  return guid;
}

// Anki's ids are milliseconds since 1970 when it makes them; ours stand in the same range (2020 to 2023), below
// 2^53 so JavaScript holds them exactly, and far from the small ids (1 = the Default deck and options).
const ID_FLOOR = 1_577_836_800_000;
const ID_SPAN = 100_000_000_000;

/** A stable id for `name` (a note type's or a deck's), in the range Anki's own ids take. */
export function stableId(name: string): number {
  return ID_FLOOR + Number(digest(`footnote-id\u0000${name}`).readBigUInt64BE(0) % BigInt(ID_SPAN));
}
