// Join codes: short, and made only of characters nobody misreads aloud or on a board (no 0/O, 1/I/L,
// 5/S, 8/B, 2/Z, U/V). Typed codes are forgiven case, spaces and dashes.
import { randomInt } from "node:crypto";

export const JOIN_ALPHABET = "ACDEFGHJKMNPQRTWXY34679";
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)]).join("");
}

/** The code as stored, or null when the input cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_ALPHABET.includes(c)) ? code : null;
}

/** Shown as ABC-DEF, easier to read out. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}
