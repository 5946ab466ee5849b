import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { isSafeEntryPath, openZip } from "./safe-zip";

const zipOf = async (files: Record<string, string | Uint8Array>) => {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
};

describe("openZip", () => {
  it("gives each file by its path", async () => {
    const files = await openZip(await zipOf({ "sets/a.yaml": "id: a", "articles/b.md": "# B" }));
    expect([...files.keys()].sort()).toEqual(["articles/b.md", "sets/a.yaml"]);
    expect(new TextDecoder().decode(files.get("sets/a.yaml"))).toBe("id: a");
  });

  it("refuses what is not a zip", async () => {
    await expect(openZip(new TextEncoder().encode("hello"))).rejects.toThrow(/not a zip archive/);
  });

  it("refuses an entry whose path leaves the archive", async () => {
    await expect(openZip(await zipOf({ "../../etc/passwd": "x" }))).rejects.toThrow(/path leaves it/);
    await expect(openZip(await zipOf({ "/abs.txt": "x" }))).rejects.toThrow(/path leaves it/);
  });

  it("refuses more entries than the cap", async () => {
    const many = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}.txt`, "x"]));
    await expect(openZip(await zipOf(many), { maxEntries: 10, maxTotalBytes: 1e6 })).rejects.toThrow(/11 entries/);
  });

  it("stops inflating at the size cap, whatever size the archive declares", async () => {
    const bomb = await zipOf({ "zeros.bin": new Uint8Array(5_000_000) });
    expect(bomb.length).toBeLessThan(50_000);
    await expect(openZip(bomb, { maxEntries: 10, maxTotalBytes: 1_000_000 })).rejects.toThrow(/inflates to/);
    // A lying header: the central directory says 10 bytes; the running count still stops it.
    const lying = Buffer.from(bomb);
    const central = lying.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(10, central + 24);
    await expect(openZip(lying, { maxEntries: 10, maxTotalBytes: 1_000_000 })).rejects.toThrow(
      /inflates to more than|could not be read/,
    );
  });
});

describe("isSafeEntryPath", () => {
  it("accepts relative paths inside and refuses the rest", () => {
    expect(isSafeEntryPath("sets/a.yaml")).toBe(true);
    expect(isSafeEntryPath("articles/")).toBe(true);
    for (const bad of ["", "/a", "a/../../b", "..", "./a", "C:/x", "a\\b", "a//b"])
      expect(isSafeEntryPath(bad)).toBe(false);
  });
});
