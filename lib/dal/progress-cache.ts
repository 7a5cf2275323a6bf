import "server-only";
import { createCache } from "@/lib/cache";
import { sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { progressDashboard, type ProgressDashboard, type ProgressOptions } from "./progress";

// A member's dashboard only changes when one of their graded answers does (a grade, a regrade, an
// interview or account deleted) or when the UTC day turns. Each view reads a fingerprint of their
// graded answers (how many, and sums of when each last changed and of the grades: a few hundred rows
// found by the "userId", "gradedAt" index) and recomputes only when it moved. So a new grade shows
// at the very next view, on every app instance, without any writer having to tell the cache.
// Other members' edits to the questions shown (a prompt, tags, made private) show within the TTL.
const TTL_MS = 60_000;
const MAX_ENTRIES = 500;

/** Changes whenever one of the user's graded answers is added, changed or removed. */
async function gradedAnswersFingerprint(userId: string) {
  // Straight through the pool (lib/db.ts sql): every view asks this, and Prisma's query layer would
  // cost more CPU than the statement takes in Postgres.
  const [row] = await sql<{ fingerprint: string }>(Prisma.sql`
    SELECT count(*) || ':' || COALESCE(sum(floor(extract(epoch FROM a."updatedAt") * 1000)), 0) || ':'
           || COALESCE(sum(a."grade"), 0) AS "fingerprint"
    FROM "Attempt" a WHERE a."userId" = ${userId} AND a."gradedAt" IS NOT NULL`);
  return row!.fingerprint;
}

const dashboards = createCache((options: ProgressOptions, _key: string) => progressDashboard(options), {
  ttlMs: TTL_MS,
  maxEntries: MAX_ENTRIES,
  key: (_options, key) => key,
});

/** The Progress page's figures: progressDashboard's, reused while the user's graded answers and the day stay the same. */
export async function cachedProgressDashboard(options: ProgressOptions): Promise<ProgressDashboard> {
  const day = options.now.toISOString().slice(0, 10);
  const fingerprint = await gradedAnswersFingerprint(options.userId);
  return dashboards.get(options, `${options.userId} ${day} ${fingerprint}`);
}
