// Counters live in Postgres, so these run against the real database.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uniqueWord } from "@/tests/db";
import {
  RULES,
  formatRetryAfter,
  hitRateLimit,
  hitRateLimits,
  peekRateLimit,
  resetRateLimit,
  type RateLimitRule,
} from "./rate-limit";

// Every rule here has a name of its own, so cleanup deletes exactly this file's counters.
const prefix = uniqueWord("rl");
let rules = 0;
const rule = (limit: number, windowSeconds = 600): RateLimitRule => ({
  name: `${prefix}-${++rules}`,
  limit,
  windowSeconds,
});
const subject = () => uniqueWord("s");

/** Moves the counter's window into the past, as if its time had run out. */
async function expireWindow(r: RateLimitRule, s: string) {
  const changed =
    await db.$executeRaw`UPDATE "RateLimit" SET "resetAt" = now() - interval '1 second' WHERE "key" = ${`${r.name}:${s}`}`;
  expect(changed).toBe(1);
}

afterAll(async () => {
  await db.rateLimit.deleteMany({ where: { key: { startsWith: `${prefix}-` } } });
  await db.$disconnect();
});

describe("hitRateLimit", () => {
  it("counts hits within the window and blocks the first one over the limit", async () => {
    const r = rule(3, 600);
    const s = subject();
    const states = [];
    for (let i = 0; i < 5; i++) states.push(await hitRateLimit(r, s));
    expect(states.map((x) => [x.allowed, x.count])).toEqual([
      [true, 1],
      [true, 2],
      [true, 3],
      [false, 4],
      [false, 5],
    ]);
    for (const state of states) {
      expect(state.retryAfterSeconds).toBeGreaterThanOrEqual(598);
      expect(state.retryAfterSeconds).toBeLessThanOrEqual(600);
    }
  });

  it("keeps the window's end fixed: later hits don't push it back", async () => {
    const r = rule(10, 600);
    const s = subject();
    await hitRateLimit(r, s);
    const [row] = await db.rateLimit.findMany({
      where: { key: `${r.name}:${s}` },
      select: { resetAt: true },
    });
    await hitRateLimit(r, s);
    const [after] = await db.rateLimit.findMany({
      where: { key: `${r.name}:${s}` },
      select: { resetAt: true },
    });
    expect(after!.resetAt.getTime()).toBe(row!.resetAt.getTime());
  });

  it("starts counting again at 1 once the window has passed", async () => {
    const r = rule(2, 300);
    const s = subject();
    for (let i = 0; i < 3; i++) await hitRateLimit(r, s);
    expect((await peekRateLimit(r, s)).allowed).toBe(false);
    await expireWindow(r, s);
    expect(await peekRateLimit(r, s)).toEqual({ allowed: true, count: 0, retryAfterSeconds: 0 });
    const fresh = await hitRateLimit(r, s);
    expect(fresh).toMatchObject({ allowed: true, count: 1 });
    expect(fresh.retryAfterSeconds).toBeGreaterThanOrEqual(298);
    expect(fresh.retryAfterSeconds).toBeLessThanOrEqual(300);
    expect((await hitRateLimit(r, s)).count).toBe(2);
  });

  it("is atomic: 20 concurrent hits get the counts 1 to 20, each exactly once", async () => {
    const r = rule(100);
    const s = subject();
    const states = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(r, s)));
    expect(states.map((x) => x.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect((await peekRateLimit(r, s)).count).toBe(20);
  });

  it("lets exactly `limit` of a concurrent burst through", async () => {
    const r = rule(7);
    const s = subject();
    const states = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(r, s)));
    expect(states.filter((x) => x.allowed)).toHaveLength(7);
  });

  it("keeps subjects and rules apart", async () => {
    const r = rule(2);
    const other = rule(2);
    const [a, b] = [subject(), subject()];
    for (let i = 0; i < 3; i++) await hitRateLimit(r, a);
    expect((await hitRateLimit(r, a)).allowed).toBe(false);
    expect(await hitRateLimit(r, b)).toMatchObject({ allowed: true, count: 1 });
    expect(await hitRateLimit(other, a)).toMatchObject({ allowed: true, count: 1 });
  });

  it("treats subjects as opaque text (IPv6 addresses, emails, odd characters)", async () => {
    const r = rule(5);
    for (const s of [
      `2001:db8::${uniqueWord("")}`,
      `${uniqueWord("e")}@example.com`,
      `${uniqueWord("q")}'; DROP TABLE "RateLimit"; --`,
    ]) {
      expect(await hitRateLimit(r, s)).toMatchObject({ allowed: true, count: 1 });
      expect((await peekRateLimit(r, s)).count).toBe(1);
    }
  });
});

describe("peekRateLimit", () => {
  it("reads the state without counting", async () => {
    const r = rule(3);
    const s = subject();
    expect(await peekRateLimit(r, s)).toEqual({ allowed: true, count: 0, retryAfterSeconds: 0 });
    await hitRateLimit(r, s);
    await hitRateLimit(r, s);
    for (let i = 0; i < 3; i++) expect(await peekRateLimit(r, s)).toMatchObject({ allowed: true, count: 2 });
    expect((await hitRateLimit(r, s)).count).toBe(3);
  });

  it("blocks once the limit is used up, before anything goes over it", async () => {
    const r = rule(2, 900);
    const s = subject();
    await hitRateLimit(r, s);
    expect((await peekRateLimit(r, s)).allowed).toBe(true);
    await hitRateLimit(r, s);
    const peek = await peekRateLimit(r, s);
    expect(peek).toMatchObject({ allowed: false, count: 2 });
    expect(peek.retryAfterSeconds).toBeGreaterThanOrEqual(898);
    expect(peek.retryAfterSeconds).toBeLessThanOrEqual(900);
  });
});

describe("hitRateLimits", () => {
  it("counts several rules in one statement, each in its own window, and restarts expired ones", async () => {
    const [short, long] = [rule(2, 60), rule(5, 3600)];
    const [a, b] = [subject(), subject()];
    const hits = [
      { rule: short, subject: a },
      { rule: long, subject: b },
    ];
    await hitRateLimits(hits);
    await hitRateLimits(hits);
    const [shortState, longState] = await hitRateLimits(hits);
    expect(shortState).toMatchObject({ allowed: false, count: 3 });
    expect(shortState!.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(longState).toMatchObject({ allowed: true, count: 3 });
    expect(longState!.retryAfterSeconds).toBeGreaterThan(60);

    await expireWindow(short, a);
    const [restarted, counting] = await hitRateLimits(hits);
    expect(restarted).toMatchObject({ allowed: true, count: 1 });
    expect(counting).toMatchObject({ count: 4 });
  });

  it("matches hitRateLimit under concurrency: no hit is lost", async () => {
    const r = rule(100);
    const s = subject();
    await Promise.all(Array.from({ length: 20 }, () => hitRateLimits([{ rule: r, subject: s }])));
    expect((await peekRateLimit(r, s)).count).toBe(20);
  });
});

describe("resetRateLimit", () => {
  it("clears the counter of one subject only", async () => {
    const r = rule(2);
    const [a, b] = [subject(), subject()];
    for (let i = 0; i < 3; i++) {
      await hitRateLimit(r, a);
      await hitRateLimit(r, b);
    }
    await resetRateLimit(r, a);
    expect(await peekRateLimit(r, a)).toEqual({ allowed: true, count: 0, retryAfterSeconds: 0 });
    expect((await hitRateLimit(r, a)).count).toBe(1);
    expect((await peekRateLimit(r, b)).count).toBe(3);
  });

  it("does nothing for a subject with no counter", async () => {
    await expect(resetRateLimit(rule(1), subject())).resolves.toBeUndefined();
  });
});

describe("RULES", () => {
  it("are the documented limits (docs/decisions/004)", () => {
    expect(RULES.signInAccount).toMatchObject({ limit: 5, windowSeconds: 15 * 60 });
    expect(RULES.signInAddress).toMatchObject({ limit: 30, windowSeconds: 15 * 60 });
    expect(RULES.signUpAddress).toMatchObject({ limit: 10, windowSeconds: 60 * 60 });
    expect(RULES.passwordCheck).toMatchObject({ limit: 5, windowSeconds: 15 * 60 });
    expect(RULES.signInKnownAddress).toMatchObject({ limit: 5, windowSeconds: 15 * 60 });
    expect(new Set(Object.values(RULES).map((r) => r.name)).size).toBe(5);
  });
});

describe("formatRetryAfter", () => {
  it.each([
    [1, "in 1 second"],
    [2, "in 2 seconds"],
    [59, "in 59 seconds"],
    [60, "in 1 minute"],
    [61, "in 2 minutes"],
    [119, "in 2 minutes"],
    [120, "in 2 minutes"],
    [900, "in 15 minutes"],
  ])("%i s → %j", (seconds, wording) => {
    expect(formatRetryAfter(seconds)).toBe(wording);
  });
});
