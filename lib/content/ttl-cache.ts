// A small in-process cache for data that changes only when content is synced (sets, their questions and
// passages): every request would otherwise ask the database for the same rows. An entry lives `ttlMs`;
// a content sync run while the server is up shows within that time. Concurrent misses share one load.
export function ttlCache<K, V>(ttlMs: number, load: (key: K) => Promise<V>, maxEntries = 1_000) {
  const entries = new Map<K, { at: number; value: Promise<V> }>();
  return (key: K): Promise<V> => {
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && now - hit.at < ttlMs) return hit.value;
    if (entries.size >= maxEntries) entries.clear();
    const value = load(key);
    entries.set(key, { at: now, value });
    value.catch(() => entries.delete(key)); // a failed load is not remembered
    return value;
  };
}
