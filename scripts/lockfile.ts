// Our npm registry mirror does not serve other platforms' native binaries (e.g. @next/swc-darwin-arm64
// answers 404), so `npm install` leaves them out of package-lock.json, and `npm ci` then rejects the
// lockfile as out of sync. Recording each as an optional entry restricted to its platform (os, cpu,
// libc, read from its name) lets npm ci skip it, as it would on a full registry.

type Entry = {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
};
export type Lockfile = { packages: Record<string, Entry> };

const OSES = ["darwin", "win32", "android", "freebsd", "openbsd", "openharmony", "linux"];
const CPUS = ["arm64", "x64", "ia32", "loong64", "ppc64", "riscv64", "s390x", "wasm32", "arm"];

/** Optional dependencies that no lockfile entry provides, with the version their parent asks for. */
export function missingOptionalPackages(lock: Lockfile): Map<string, string> {
  const missing = new Map<string, string>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
      if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) missing.set(name, version);
    }
  }
  return missing;
}

export function platformOf(name: string): Pick<Entry, "os" | "cpu" | "libc"> {
  const parts = name.split("/").at(-1)!.split("-");
  const os = OSES.find((o) => parts.includes(o));
  const cpu = CPUS.find((c) => parts.includes(c));
  return {
    ...(os && { os: [os] }),
    ...(cpu && { cpu: [cpu] }),
    ...(os === "linux" && { libc: [parts.some((p) => p.startsWith("musl")) ? "musl" : "glibc"] }),
  };
}

export function completeLockfile(lock: Lockfile): { lock: Lockfile; added: string[] } {
  const missing = missingOptionalPackages(lock);
  const packages = { ...lock.packages };
  for (const [name, version] of missing)
    packages[`node_modules/${name}`] = { version, optional: true, ...platformOf(name) };
  // The order npm itself writes (localeCompare in English), so a later npm install changes nothing.
  const sorted = Object.fromEntries(
    Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b, "en"))),
  );
  return { lock: { ...lock, packages: sorted }, added: [...missing.keys()] };
}
