import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

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

/**
 * One event to count. With `instead`, the event counts against that rule and subject when the
 * `ifRemembered` key is stored and unexpired (see `rememberStatement`), decided in the same statement.
 */
export interface RateLimitHit {
  rule: RateLimitRule;
  subject: string;
  instead?: { rule: RateLimitRule; subject: string; ifRemembered: string };
}

/**
 * Counts one event for each rule and subject in a single statement (one round trip), so a
 * sign-in that is limited per account and per address costs one query, not two.
 */
export async function hitRateLimits(hits: RateLimitHit[]): Promise<RateLimitState[]> {
  return rateLimitStates(hits, await db.$queryRaw<RateLimitRow[]>`${rateLimitHitsStatement(hits)}`);
}

export interface RateLimitRow {
  key: string;
  count: number;
  resetAt: Date;
}

/**
 * The statement hitRateLimits runs, for running inside another one (as a WITH query) when a
 * request has more to read: it returns one RateLimitRow per hit.
 */
export function rateLimitHitsStatement(hits: RateLimitHit[]) {
  // A hit with `instead` picks its key and window in SQL, from whether its remembered key is there.
  const remembered = (hit: RateLimitHit) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "RateLimit" WHERE "key" = ${hit.instead!.ifRemembered} AND "resetAt" > now())`;
  const keys = Prisma.join(
    hits.map((h) =>
      h.instead
        ? Prisma.sql`CASE WHEN ${remembered(h)} THEN ${key(h.instead.rule, h.instead.subject)}::text
                     ELSE ${key(h.rule, h.subject)}::text END`
        : Prisma.sql`${key(h.rule, h.subject)}::text`,
    ),
  );
  const windows = Prisma.join(
    hits.map((h) =>
      h.instead
        ? Prisma.sql`CASE WHEN ${remembered(h)} THEN ${h.instead.rule.windowSeconds}::int
                     ELSE ${h.rule.windowSeconds}::int END`
        : Prisma.sql`${h.rule.windowSeconds}::int`,
    ),
  );
  return Prisma.sql`
    INSERT INTO "RateLimit" ("key", "count", "resetAt")
    SELECT k, 1, now() + make_interval(secs => w)
    FROM unnest(ARRAY[${keys}]::text[], ARRAY[${windows}]::int[]) AS t(k, w)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."resetAt" <= now() THEN 1 ELSE "RateLimit"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= now() THEN EXCLUDED."resetAt"
                       ELSE "RateLimit"."resetAt" END
    RETURNING "key", "count", "resetAt"`;
}

/** The state of each hit, from the rows rateLimitHitsStatement returned. */
export function rateLimitStates(hits: RateLimitHit[], rows: RateLimitRow[]): RateLimitState[] {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return hits.map((h) => {
    const alternative = h.instead && byKey.get(key(h.instead.rule, h.instead.subject));
    return alternative
      ? toState(h.instead!.rule, alternative)
      : toState(h.rule, byKey.get(key(h.rule, h.subject)));
  });
}

/**
 * Stores `rememberKey` for `seconds` (again from now if it exists), for a later hit's `instead`
 * to find; for running inside another statement as a WITH query.
 */
export function rememberStatement(rememberKey: string, seconds: number) {
  return Prisma.sql`
    INSERT INTO "RateLimit" ("key", "count", "resetAt")
    VALUES (${rememberKey}, 0, now() + make_interval(secs => ${seconds}))
    ON CONFLICT ("key") DO UPDATE SET "resetAt" = EXCLUDED."resetAt"`;
}

/** The key a rule's counter for a subject is stored under. */
export const rateLimitKey = key;

/** How long an address an account signed in from counts as known to it. */
export const KNOWN_ADDRESS_SECONDS = 30 * 24 * 60 * 60;

/** The key that remembers a successful sign-in to an account from an address. */
export const knownAddressKey = (email: string, address: string) => `sign-in:known:${email}|${address}`;

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
  /** Sign-in attempts on one account, from addresses it has not signed in from lately. */
  signInAccount: { name: "sign-in:account", limit: 5, windowSeconds: 15 * 60 },
  /**
   * Sign-in attempts on one account from an address it signed in from in the last 30 days: counted
   * apart, so strangers who use up the account's attempts don't lock its owner out.
   */
  signInKnownAddress: { name: "sign-in:known-address", limit: 5, windowSeconds: 15 * 60 },
  /** Sign-in attempts from one client address, whatever the account. */
  signInAddress: { name: "sign-in:address", limit: 30, windowSeconds: 15 * 60 },
  /** Current-password checks on the account page, per signed-in user (a stolen session can't guess on). */
  passwordCheck: { name: "password-check:user", limit: 5, windowSeconds: 15 * 60 },
  /** Accounts created from one client address. */
  signUpAddress: { name: "sign-up:address", limit: 10, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;
