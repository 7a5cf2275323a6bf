import { describe, expect, it, vi } from "vitest";
import { createCache } from "@/lib/cache";

describe("createCache", () => {
  it("serves a value until it expires, then loads again", async () => {
    vi.useFakeTimers();
    const load = vi.fn(async (n: number) => n * 2);
    const cache = createCache(load, { ttlMs: 1000, maxEntries: 10 });
    expect(await cache.get(2)).toBe(4);
    expect(await cache.get(2)).toBe(4);
    expect(load).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1001);
    expect(await cache.get(2)).toBe(4);
    expect(load).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });

  it("shares one load between concurrent misses", async () => {
    let resolve!: (v: string) => void;
    const load = vi.fn(() => new Promise<string>((r) => (resolve = r)));
    const cache = createCache(load, { ttlMs: 1000, maxEntries: 10 });
    const both = Promise.all([cache.get(), cache.get()]);
    resolve("x");
    expect(await both).toEqual(["x", "x"]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("never keeps a failure", async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error("down")).mockResolvedValueOnce("up");
    const cache = createCache(load, { ttlMs: 60_000, maxEntries: 10 });
    await expect(cache.get()).rejects.toThrow("down");
    expect(await cache.get()).toBe("up");
  });

  it("drops the oldest entry past maxEntries, and clear() empties it", async () => {
    const load = vi.fn(async (k: string) => k);
    const cache = createCache(load, { ttlMs: 60_000, maxEntries: 2 });
    await cache.get("a");
    await cache.get("b");
    await cache.get("c");
    await cache.get("a");
    expect(load).toHaveBeenCalledTimes(4);
    cache.clear();
    await cache.get("c");
    expect(load).toHaveBeenCalledTimes(5);
  });
});
