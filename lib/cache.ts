import "server-only";

interface Entry<T> {
  value: Promise<T>;
  expiresAt: number;
}

/**
 * A small in-process cache for public, read-mostly data: results live `ttlMs`, concurrent
 * misses for the same key share one load, and the oldest entries go first past `maxEntries`.
 * Each app instance has its own, so data is at most `ttlMs` stale across instances; writers in
 * this instance call `clear()` to be fresh at once.
 */
export function createCache<Args extends unknown[], T>(
  load: (...args: Args) => Promise<T>,
  options: { ttlMs: number; maxEntries: number; key?: (...args: Args) => string },
) {
  const entries = new Map<string, Entry<T>>();
  const keyOf = options.key ?? ((...args: Args) => JSON.stringify(args));

  async function get(...args: Args): Promise<T> {
    const key = keyOf(...args);
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.expiresAt > now) return hit.value;
    const value = load(...args);
    entries.set(key, { value, expiresAt: now + options.ttlMs });
    value.catch(() => entries.delete(key)); // never cache a failure
    if (entries.size > options.maxEntries) entries.delete(entries.keys().next().value as string);
    return value;
  }

  return { get, clear: () => entries.clear() };
}
