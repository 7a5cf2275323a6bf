import "server-only";
import { db } from "@/lib/db";

export interface RateLimitRule {
  /** What is limited, e.g. "sign-in:account". */
  name: string;
  limit: number;
  windowSeconds: number;
}

export interface RateLimitState {
  allowed: boolean;
  count: number;
  /** Seconds until the window resets (0 when allowed and nothing was counted yet). */
  retryAfterSeconds: number;
}

const key = (rule: RateLimitRule, subject: string) => `${rule.name}:${subject}`;

/**
 * Counts one event in a fixed window, in Postgres so every app instance shares the counters and
 * they survive restarts. One statement: concurrent hits can't both slip under the limit.
 */
export async function hitRateLimit(rule: RateLimitRule, subject: string): Promise<RateLimitState> {
  const [row] = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimit" ("key", "count", "resetAt")
    VALUES (${key(rule, subject)}, 1, now() + make_interval(secs => ${rule.windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."resetAt" <= now() THEN 1 ELSE "RateLimit"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= now()
                       THEN now() + make_interval(secs => ${rule.windowSeconds})
                       ELSE "RateLimit"."resetAt" END
    RETURNING "count", "resetAt"`;
  return toState(rule, row);
}

/** The state without counting anything. */
export async function peekRateLimit(rule: RateLimitRule, subject: string): Promise<RateLimitState> {
  const [row] = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    SELECT "count", "resetAt" FROM "RateLimit" WHERE "key" = ${key(rule, subject)} AND "resetAt" > now()`;
  return row ? toState(rule, row, true) : { allowed: true, count: 0, retryAfterSeconds: 0 };
}

export async function resetRateLimit(rule: RateLimitRule, subject: string) {
  await db.rateLimit.deleteMany({ where: { key: key(rule, subject) } });
}

function toState(rule: RateLimitRule, row: { count: number; resetAt: Date } | undefined, peek = false) {
  const count = Number(row?.count ?? 0);
  const retryAfterSeconds = row ? Math.max(1, Math.ceil((row.resetAt.getTime() - Date.now()) / 1000)) : 0;
  // A peek blocks once the limit is used up; a hit blocks the one that goes over it.
  const allowed = peek ? count < rule.limit : count <= rule.limit;
  return { allowed, count, retryAfterSeconds };
}

/** Human wording for a wait, e.g. "in 14 minutes". */
export function formatRetryAfter(seconds: number) {
  if (seconds < 60) return `in ${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `in ${minutes} minute${minutes === 1 ? "" : "s"}`;
}

export const RULES = {
  /** Wrong passwords for one account. */
  signInAccount: { name: "sign-in:account", limit: 5, windowSeconds: 15 * 60 },
  /** Sign-in attempts from one client address, whatever the account. */
  signInAddress: { name: "sign-in:address", limit: 30, windowSeconds: 15 * 60 },
  /** Accounts created from one client address. */
  signUpAddress: { name: "sign-up:address", limit: 10, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;
