import "server-only";
import { db, sql } from "@/lib/db";
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

const DAY_MS = 86_400_000;
/** YYYY-MM-DD of a time at 00:00 UTC. */
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The UTC day of `now`, and the Monday that starts the ISO week `weeks - 1` weeks before its own. */
function span(now: Date, weeks: number) {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const monday = today - ((now.getUTCDay() + 6) % 7) * DAY_MS;
  return { start: monday - (weeks - 1) * 7 * DAY_MS, today, tomorrow: today + DAY_MS };
}

// Each part of the dashboard is one scalar subquery that answers JSON, over `g`: the user's graded
// attempts. The page sends them all as one statement (one round trip); the part functions below send
// one each, through the same SQL. `g` is inlined into each part: reading the index range again costs
// Postgres less than scanning a materialized copy of it four times.
const gradedAttempts = (userId: string) => Prisma.sql`
  g AS NOT MATERIALIZED (SELECT a."id", a."questionId", a."grade", a."gradedAt", a."timedOut", a."skipped", a."allowedSeconds",
               a."startedAt", a."submittedAt"
        FROM "Attempt" a WHERE a."userId" = ${userId} AND a."gradedAt" IS NOT NULL)`;

type CalendarJson = { days: [string, number][]; current: number; longest: number; ever: number };

/** Graded answers per day of the calendar's span, and the streaks over all days up to today. */
function calendarSql(now: Date) {
  const { start, today, tomorrow } = span(now, CALENDAR_WEEKS);
  return Prisma.sql`(
    WITH d AS (SELECT g."gradedAt"::date AS day, count(*)::int AS n FROM g
               WHERE g."gradedAt" < ${isoDay(tomorrow)}::date GROUP BY 1),
         runs AS (SELECT max(day) AS last, count(*)::int AS length
                  FROM (SELECT day, day - (row_number() OVER (ORDER BY day))::int AS island FROM d) x
                  GROUP BY island)
    SELECT json_build_object(
      'days', COALESCE((SELECT json_agg(json_build_array(to_char(day, 'YYYY-MM-DD'), n) ORDER BY day)
                        FROM d WHERE day >= ${isoDay(start)}::date), '[]'),
      'current', COALESCE((SELECT max(length) FROM runs WHERE last >= ${isoDay(today)}::date - 1), 0),
      'longest', COALESCE((SELECT max(length) FROM runs), 0),
      'ever', COALESCE((SELECT sum(n) FROM d), 0)))`;
}

function toCalendar(json: CalendarJson, now: Date): PracticeCalendar {
  const { start, today } = span(now, CALENDAR_WEEKS);
  const counts = new Map(json.days);
  const days: CalendarDay[] = [];
  // One Date moved a day at a time: a year of days without a Date each.
  const day = new Date(start);
  for (let time = start; time <= today; time += DAY_MS, day.setUTCDate(day.getUTCDate() + 1)) {
    const date = day.toISOString().slice(0, 10);
    days.push({ date, count: counts.get(date) ?? 0 });
  }
  return {
    days,
    total: json.days.reduce((sum, [, count]) => sum + count, 0),
    activeDays: json.days.length,
    currentStreak: json.current,
    longestStreak: json.longest,
    gradedEver: json.ever,
  };
}

type WeekJson = Omit<ProgressWeek, "weekStart"> & { weekStart: string | null };

/** Per ISO week of the trend's span with graded answers, and (weekStart null) all of them together. */
function weeklySql(now: Date) {
  const { start, tomorrow } = span(now, TREND_WEEKS);
  return Prisma.sql`(
    SELECT COALESCE(json_agg(json_build_object(
             'weekStart', to_char(week, 'YYYY-MM-DD'), 'graded', graded, 'averageGrade', "averageGrade",
             'answered', answered, 'averageUsedSeconds', "averageUsedSeconds",
             'averageAllowedSeconds', "averageAllowedSeconds", 'timedOut', "timedOut")), '[]')
    FROM (SELECT date_trunc('week', g."gradedAt")::date AS week, count(*)::int AS graded,
                 avg(g."grade")::float8 AS "averageGrade",
                 count(*) FILTER (WHERE x.answered)::int AS answered,
                 avg(extract(epoch FROM g."submittedAt" - g."startedAt")) FILTER (WHERE x.answered)::float8 AS "averageUsedSeconds",
                 avg(g."allowedSeconds") FILTER (WHERE x.answered)::float8 AS "averageAllowedSeconds",
                 count(*) FILTER (WHERE g."timedOut")::int AS "timedOut"
          FROM g CROSS JOIN LATERAL (SELECT NOT g."timedOut" AND NOT g."skipped" AND g."startedAt" IS NOT NULL
                                            AND g."submittedAt" IS NOT NULL AS answered) x
          WHERE g."gradedAt" >= ${isoDay(start)}::date AND g."gradedAt" < ${isoDay(tomorrow)}::date
          GROUP BY ROLLUP (1)) w)`;
}

const NO_WEEK = {
  graded: 0,
  averageGrade: null,
  answered: 0,
  averageUsedSeconds: null,
  averageAllowedSeconds: null,
  timedOut: 0,
};

function toWeekly(json: WeekJson[], now: Date): WeeklyProgress {
  const { start, today } = span(now, TREND_WEEKS);
  const byWeek = new Map(json.map(({ weekStart, ...week }) => [weekStart, week]));
  const weeks: ProgressWeek[] = [];
  for (let time = start; time <= today; time += 7 * DAY_MS) {
    const weekStart = isoDay(time);
    weeks.push({ weekStart, ...(byWeek.get(weekStart) ?? NO_WEEK) });
  }
  return { weeks, overall: byWeek.get(null) ?? NO_WEEK };
}

type TagJson = Omit<TagStrength, "share">;

/**
 * Per tag, the share of Solid or Nailed it among the user's latest 20 graded answers of it: recent
 * form, not a lifetime average. The 12 most practised tags, weakest first.
 */
const tagsSql = (userId: string) => Prisma.sql`(
  SELECT COALESCE(json_agg(json_build_object('tag', tag, 'recent', recent, 'strong', strong)
                           ORDER BY strong::float8 / recent, tag), '[]')
  FROM (SELECT tag, count(*)::int AS recent, count(*) FILTER (WHERE grade >= 3)::int AS strong
        FROM (SELECT tag, g."grade",
                     row_number() OVER (PARTITION BY tag ORDER BY g."gradedAt" DESC, g."id") AS rn,
                     count(*) OVER (PARTITION BY tag) AS practised
              FROM g JOIN "Question" q ON q."id" = g."questionId" CROSS JOIN unnest(q."tags") AS tag
              WHERE ${visible(userId)}) t
        WHERE rn <= ${TAG_ATTEMPTS} GROUP BY tag
        ORDER BY max(practised) DESC, tag LIMIT ${TAG_LIMIT}) s)`;

const toTags = (json: TagJson[]): TagStrength[] => json.map((t) => ({ ...t, share: t.strong / t.recent }));

type WeakJson = Omit<WeakQuestion, "lastGradedAt"> & { lastGradedAt: string };

/**
 * The questions with the lowest mean of their last three grades, longest unpractised first on ties.
 * Each question's last three grades come from one row (lead), ranked before any question is read,
 * so only the questions shown (and any hidden ones among them) are looked up.
 */
const weakestSql = (userId: string, limit: number) => Prisma.sql`(
  SELECT COALESCE(json_agg(json_build_object('id', w."id", 'slug', w."slug", 'prompt', w."prompt",
                                             'average', w.average, 'lastGrades', w.grades,
                                             'gradedCount', w.graded, 'lastGradedAt', w.last)
                           ORDER BY w.average, w.last, w."id"), '[]')
  FROM (SELECT q."id", q."slug", q."prompt", r.average, r.grades, r.graded, r.last
        FROM (SELECT r."questionId" AS qid, r."gradedAt" AS last, r.graded::int AS graded,
                     array_remove(ARRAY[r.g3, r.g2, r."grade"], NULL) AS grades,
                     ((r."grade" + COALESCE(r.g2, 0) + COALESCE(r.g3, 0))::numeric
                      / (1 + (r.g2 IS NOT NULL)::int + (r.g3 IS NOT NULL)::int))::float8 AS average
              FROM (SELECT g."questionId", g."grade", g."gradedAt",
                           row_number() OVER w AS rn, count(*) OVER (PARTITION BY g."questionId") AS graded,
                           lead(g."grade", 1) OVER w AS g2, lead(g."grade", 2) OVER w AS g3
                    FROM g WINDOW w AS (PARTITION BY g."questionId" ORDER BY g."gradedAt" DESC, g."id" DESC)) r
              WHERE r.rn = 1
              ORDER BY average, last, qid) r
        JOIN LATERAL (SELECT q."id", q."slug", q."prompt" FROM "Question" q
                      WHERE q."id" = r.qid AND ${visible(userId)}) q ON TRUE
        LIMIT ${limit}) w)`;

const toWeakest = (json: WeakJson[]): WeakQuestion[] =>
  // JSON carries the timestamp without its zone; the column holds UTC.
  json.map((w) => ({ ...w, lastGradedAt: new Date(`${w.lastGradedAt}Z`) }));

/** One statement of the given parts over the user's graded attempts, straight through the pool (lib/db.ts sql). */
async function query<T extends object>(userId: string, parts: Prisma.Sql) {
  const [row] = await sql<T>(Prisma.sql`WITH ${gradedAttempts(userId)} SELECT ${parts}`);
  return row!;
}

/** Graded answers per day for the last 53 calendar weeks, and streaks over all time. */
export async function practiceCalendar({ userId, now }: ProgressOptions): Promise<PracticeCalendar> {
  const row = await query<{ calendar: CalendarJson }>(userId, Prisma.sql`${calendarSql(now)} AS "calendar"`);
  return toCalendar(row.calendar, now);
}

/** Per ISO week of the last 26: mean grade, and time used against time allowed. */
export async function weeklyProgress({ userId, now }: ProgressOptions): Promise<WeeklyProgress> {
  const row = await query<{ weekly: WeekJson[] }>(userId, Prisma.sql`${weeklySql(now)} AS "weekly"`);
  return toWeekly(row.weekly, now);
}

export async function tagStrength({ userId }: { userId: string }): Promise<TagStrength[]> {
  const row = await query<{ tags: TagJson[] }>(userId, Prisma.sql`${tagsSql(userId)} AS "tags"`);
  return toTags(row.tags);
}

export async function weakestQuestions({
  userId,
  limit = WEAKEST_LIMIT,
}: {
  userId: string;
  limit?: number;
}): Promise<WeakQuestion[]> {
  const row = await query<{ weakest: WeakJson[] }>(
    userId,
    Prisma.sql`${weakestSql(userId, limit)} AS "weakest"`,
  );
  return toWeakest(row.weakest);
}

/** Everything the Progress page shows, in one statement. */
export async function progressDashboard({ userId, now }: ProgressOptions) {
  const row = await query<{
    calendar: CalendarJson;
    weekly: WeekJson[];
    tags: TagJson[];
    weakest: WeakJson[];
  }>(
    userId,
    Prisma.sql`${calendarSql(now)} AS "calendar", ${weeklySql(now)} AS "weekly", ${tagsSql(userId)} AS "tags",
               ${weakestSql(userId, WEAKEST_LIMIT)} AS "weakest"`,
  );
  return {
    calendar: toCalendar(row.calendar, now),
    weekly: toWeekly(row.weekly, now),
    tags: toTags(row.tags),
    weakest: toWeakest(row.weakest),
  };
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
