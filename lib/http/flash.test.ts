import { describe, expect, it } from "vitest";
import { z } from "zod";
import { clearFlashCookie, flashCookie, readFlash } from "./flash";

const SECRET = "a-secret-of-the-app";
const OPTIONS = { path: "/sets/import", secure: false };
const schema = z.object({ message: z.string() });
const NOW = 1_700_000_000_000;

/** The cookie's value as a browser would send it back: the header up to its first attribute. */
const valueOf = (header: string) => header.slice(header.indexOf("=") + 1, header.indexOf(";"));

describe("flash cookies", () => {
  it("give back what was written, for the id the redirect carries, until they expire", () => {
    const { header, id } = flashCookie("flash", { message: "line 12: no answer" }, SECRET, OPTIONS, NOW, 60);
    expect(header).toMatch(/; Path=\/sets\/import; Max-Age=60; HttpOnly; SameSite=Lax$/);
    const raw = valueOf(header);
    expect(readFlash(raw, id, SECRET, schema, NOW + 1_000)).toEqual({ message: "line 12: no answer" });
    expect(readFlash(raw, id, SECRET, schema, NOW + 61_000)).toBeNull();
    expect(readFlash(raw, "another-id", SECRET, schema, NOW)).toBeNull();
    expect(readFlash(raw, undefined, SECRET, schema, NOW)).toBeNull();
    expect(flashCookie("flash", {}, SECRET, { ...OPTIONS, secure: true }).header).toMatch(/; Secure$/);
  });

  it("show nothing when the cookie was tampered with, signed with another secret, or is malformed", () => {
    const { header, id } = flashCookie("flash", { message: "line 3: bad" }, SECRET, OPTIONS, NOW);
    const raw = valueOf(header);
    const [payload, signature] = raw.split(".");
    const forged = Buffer.from(
      JSON.stringify({ id, exp: NOW + 60_000, value: { message: "<b>Your account is closed</b>" } }),
    ).toString("base64url");
    expect(readFlash(`${forged}.${signature}`, id, SECRET, schema, NOW)).toBeNull();
    const flipped = `${payload}.${signature.startsWith("A") ? "B" : "A"}${signature.slice(1)}`;
    expect(readFlash(flipped, id, SECRET, schema, NOW)).toBeNull();
    expect(readFlash(raw, id, "another-secret", schema, NOW)).toBeNull();
    for (const bad of ["", ".", "x", `${payload}.`, `${raw}.x`, "%%%.%%%"]) {
      expect(readFlash(bad, id, SECRET, schema, NOW)).toBeNull();
    }
    // Signed by us but of another shape: not shown either.
    const other = flashCookie("flash", { message: 42 }, SECRET, OPTIONS, NOW);
    expect(readFlash(valueOf(other.header), other.id, SECRET, schema, NOW)).toBeNull();
  });

  it("are cleared with an empty value that expires now, on the same path", () => {
    expect(clearFlashCookie("flash", OPTIONS)).toBe("flash=; Path=/sets/import; Max-Age=0; HttpOnly; SameSite=Lax");
  });
});
