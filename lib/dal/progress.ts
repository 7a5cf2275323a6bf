import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Everything here is aggregated in Postgres from the user's graded attempts (the index on
// "Attempt"("userId", "gradedAt") bounds each scan to one user); Node only reshapes the rows.
// Days and weeks are UTC calendar days and ISO weeks (Monday first): users have no time zone yet.

export const CALENDAR_WEEKS = 53;
export const TREND_WEEKS = 26;
export const TAG_ATTEMPTS = 20;
export const TAG_LIMIT = 12;
export const WEAKEST_LIMIT = 10;

export interface ProgressOptions {
  userId: string;
  now: Date;
}

export interface CalendarDay {
  /** YYYY-MM-DD, UTC. */
  date: string;
  count: number;
}

export interface PracticeCalendar {
  /** Every day from the Monday 52 weeks before this week's up to today, oldest first. */
  days: CalendarDay[];
  /** Graded answers in the calendar's days. */
  total: number;
  activeDays: number;
  /** Days in a row with a graded answer, ending today, or yesterday while today is still open. */
  currentStreak: number;
  longestStreak: number;
  /** Graded answers ever: zero means the dashboard shows its empty state. */
  gradedEver: number;
}

export interface ProgressWeek {
  /** The Monday the week starts on, YYYY-MM-DD. */
  weekStart: string;
  graded: number;
  /** Mean grade 1–4, or null when nothing was graded that week. */
  averageGrade: number | null;
  /** Answers submitted in time (not timed out, not skipped) and their mean seconds. */
  answered: number;
  averageUsedSeconds: number | null;
  averageAllowedSeconds: number | null;
  timedOut: number;
}

export interface WeeklyProgress {
  weeks: ProgressWeek[];
  /** The same figures over all the weeks together. */
  overall: Omit<ProgressWeek, "weekStart">;
}

export interface TagStrength {
  tag: string;
  /** Graded answers considered: the latest TAG_ATTEMPTS of the tag. */
  recent: number;
  /** Of those, graded Solid or Nailed it (3 or 4). */
  strong: number;
  /** strong / recent, 0–1. */
  share: number;
}

export interface WeakQuestion {
  id: string;
  slug: string;
  prompt: string;
  /** Mean of the last three grades. */
  average: number;
  /** The last (up to) three grades, oldest first. */
  lastGrades: number[];
  gradedCount: number;
  lastGradedAt: Date;
}

const visible = (userId: string) => Prisma.sql`(q."visibility" = 'PUBLIC' OR q."authorId" = ${userId})`;
/** The UTC calendar day of `now`, and the Monday that starts its ISO week (as timestamps, never the session's zone). */
const today = (now: Date) => Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')::date`;
const weekStart = (now: Date, weeksBack: number) =>
  Prisma.sql`(date_trunc('week', ${today(now)}::timestamp)::date - ${weeksBack * 7}::int)`;

/** Graded answers per day for the last 53 calendar weeks, and streaks over all time. */
export async function practiceCalendar({ userId, now }: ProgressOptions): Promise<PracticeCalendar> {
  const [days, [streaks]] = await Promise.all([
    db.$queryRaw<CalendarDay[]>`
      WITH b AS (SELECT ${today(now)} AS today, ${weekStart(now, CALENDAR_WEEKS - 1)} AS start),
           c AS (SELECT a."gradedAt"::date AS day, count(*)::int AS n
                 FROM "Attempt" a, b
                 WHERE a."userId" = ${userId} AND a."gradedAt" >= b.start AND a."gradedAt" < b.today + 1
                 GROUP BY 1)
      SELECT to_char(g.day, 'YYYY-MM-DD') AS "date", COALESCE(c.n, 0) AS "count"
      FROM b CROSS JOIN generate_series(b.start::timestamp, b.today::timestamp, interval '1 day') AS g(day)
      LEFT JOIN c ON c.day = g.day::date
      ORDER BY g.day`,
    db.$queryRaw<{ current: number; longest: number; gradedEver: number }[]>`
      WITH d AS (SELECT a."gradedAt"::date AS day, count(*)::int AS n
                 FROM "Attempt" a
                 WHERE a."userId" = ${userId} AND a."gradedAt" < ${today(now)} + 1
                 GROUP BY 1),
           runs AS (SELECT max(day) AS last, count(*)::int AS length
                    FROM (SELECT day, day - (row_number() OVER (ORDER BY day))::int AS island FROM d) x
                    GROUP BY island)
      SELECT COALESCE((SELECT max(length) FILTER (WHERE last >= ${today(now)} - 1) FROM runs), 0)::int AS "current",
             COALESCE((SELECT max(length) FROM runs), 0)::int AS "longest",
             COALESCE((SELECT sum(n) FROM d), 0)::int AS "gradedEver"`,
  ]);
  return {
    days,
    total: days.reduce((sum, d) => sum + d.count, 0),
    activeDays: days.filter((d) => d.count > 0).length,
    currentStreak: streaks?.current ?? 0,
    longestStreak: streaks?.longest ?? 0,
    gradedEver: streaks?.gradedEver ?? 0,
  };
}

type WeekRow = Omit<ProgressWeek, "weekStart"> & { weekStart: string | null };

/** Per ISO week of the last 26: mean grade, and time used against time allowed. */
export async function weeklyProgress({ userId, now }: ProgressOptions): Promise<WeeklyProgress> {
  const rows = await db.$queryRaw<WeekRow[]>`
    WITH b AS (SELECT ${today(now)} AS today, ${weekStart(now, TREND_WEEKS - 1)} AS start),
         x AS (SELECT date_trunc('week', a."gradedAt")::date AS week, a."grade", a."timedOut",
                      a."allowedSeconds", extract(epoch FROM a."submittedAt" - a."startedAt") AS used,
                      NOT a."timedOut" AND NOT a."skipped" AND a."startedAt" IS NOT NULL AND a."submittedAt" IS NOT NULL AS answered
               FROM "Attempt" a, b
               WHERE a."userId" = ${userId} AND a."gradedAt" >= b.start AND a."gradedAt" < b.today + 1),
         w AS (SELECT week, count(*)::int AS graded, avg(grade)::float8 AS "averageGrade",
                      count(*) FILTER (WHERE answered)::int AS answered,
                      avg(used) FILTER (WHERE answered)::float8 AS "averageUsedSeconds",
                      avg("allowedSeconds") FILTER (WHERE answered)::float8 AS "averageAllowedSeconds",
                      count(*) FILTER (WHERE "timedOut")::int AS "timedOut"
               FROM x GROUP BY ROLLUP (week))
    SELECT to_char(g.week, 'YYYY-MM-DD') AS "weekStart", COALESCE(w.graded, 0) AS graded, w."averageGrade",
           COALESCE(w.answered, 0) AS answered, w."averageUsedSeconds", w."averageAllowedSeconds",
           COALESCE(w."timedOut", 0) AS "timedOut"
    FROM b CROSS JOIN generate_series(b.start::timestamp, b.today::timestamp, interval '7 days') AS g(week)
    LEFT JOIN w ON w.week = g.week::date
    UNION ALL
    SELECT NULL, graded, "averageGrade", answered, "averageUsedSeconds", "averageAllowedSeconds", "timedOut"
    FROM w WHERE week IS NULL
    ORDER BY 1 NULLS LAST`;
  const weeks = rows.filter((r): r is ProgressWeek => r.weekStart !== null);
  const total = rows.find((r) => r.weekStart === null);
  const { weekStart: _none, ...overall } = total ?? {
    weekStart: null,
    graded: 0,
    averageGrade: null,
    answered: 0,
    averageUsedSeconds: null,
    averageAllowedSeconds: null,
    timedOut: 0,
  };
  return { weeks, overall };
}

/**
 * Per tag, the share of Solid or Nailed it among the user's latest 20 graded answers of it: recent
 * form, not a lifetime average. The 12 most practised tags, weakest first.
 */
export async function tagStrength({ userId }: { userId: string }): Promise<TagStrength[]> {
  return db.$queryRaw<TagStrength[]>`
    WITH t AS (SELECT tag, a."grade",
                      row_number() OVER (PARTITION BY tag ORDER BY a."gradedAt" DESC, a."id") AS rn,
                      count(*) OVER (PARTITION BY tag) AS practised
               FROM "Attempt" a JOIN "Question" q ON q."id" = a."questionId" CROSS JOIN unnest(q."tags") AS tag
               WHERE a."userId" = ${userId} AND a."gradedAt" IS NOT NULL AND ${visible(userId)}),
         s AS (SELECT tag, count(*)::int AS recent, count(*) FILTER (WHERE grade >= 3)::int AS strong,
                      max(practised) AS practised
               FROM t WHERE rn <= ${TAG_ATTEMPTS} GROUP BY tag
               ORDER BY practised DESC, tag LIMIT ${TAG_LIMIT})
    SELECT tag, recent, strong, (strong::float8 / recent) AS share FROM s ORDER BY share, tag`;
}

/** The questions with the lowest mean of their last three grades, longest unpractised first on ties. */
export async function weakestQuestions({
  userId,
  limit = WEAKEST_LIMIT,
}: {
  userId: string;
  limit?: number;
}): Promise<WeakQuestion[]> {
  return db.$queryRaw<WeakQuestion[]>`
    WITH r AS (SELECT a."questionId", a."grade", a."gradedAt", a."id",
                      row_number() OVER (PARTITION BY a."questionId" ORDER BY a."gradedAt" DESC, a."id" DESC) AS rn,
                      count(*) OVER (PARTITION BY a."questionId") AS graded
               FROM "Attempt" a WHERE a."userId" = ${userId} AND a."gradedAt" IS NOT NULL)
    SELECT q."id", q."slug", q."prompt", avg(r."grade")::float8 AS "average",
           array_agg(r."grade" ORDER BY r."gradedAt", r."id") AS "lastGrades",
           max(r.graded)::int AS "gradedCount", max(r."gradedAt") AS "lastGradedAt"
    FROM r JOIN "Question" q ON q."id" = r."questionId"
    WHERE r.rn <= 3 AND ${visible(userId)}
    GROUP BY q."id"
    ORDER BY "average", "lastGradedAt", q."id"
    LIMIT ${limit}`;
}

/** Everything the Progress page shows, fetched side by side. */
export async function progressDashboard(options: ProgressOptions) {
  const [calendar, weekly, tags, weakest] = await Promise.all([
    practiceCalendar(options),
    weeklyProgress(options),
    tagStrength(options),
    weakestQuestions(options),
  ]);
  return { calendar, weekly, tags, weakest };
}
export type ProgressDashboard = Awaited<ReturnType<typeof progressDashboard>>;

/**
 * The questions of `ids` the user may practise, in the order given, with their suggested time;
 * any id that is unknown or not visible to the user is left out.
 */
export async function practisableQuestions({ userId, ids }: { userId: string; ids: string[] }) {
  const rows = await db.$queryRaw<{ id: string; suggestedSeconds: number }[]>`
    SELECT q."id", q."suggestedSeconds" FROM "Question" q
    WHERE q."id" = ANY(${ids}::text[]) AND ${visible(userId)}`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
