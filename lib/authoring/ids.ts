// Ids for teachers' articles and sets. A set shared by link is reached by its address alone, so its id is
// the secret: 128 random bits, not a guessable sequence or timestamp (Prisma's cuid() is partly both).
// Lower-case letters and digits, so the id is also a valid content/ id when the set is downloaded.
import { randomBytes } from "node:crypto";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"; // RFC 4648 base32, lower-cased

/** A new random id: 26 characters of lower-case base32 (130 bits, the first 128 random), e.g. "k3v…". */
export function newContentId(): string {
  const bytes = randomBytes(17);
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 26) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}
