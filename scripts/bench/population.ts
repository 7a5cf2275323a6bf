// The people on the bench database: 2,000 members with a realistic history — finished and graded
// interviews, review states, question sets with their items — written by set-based SQL (one
// INSERT … SELECT generate_series per table), so it takes seconds, not minutes.
import type pg from "pg";

export const MEMBERS = 2_000;
/** Members 1…HEAVY_MEMBERS practise a lot; the signed-in load scenarios use them. */
export const HEAVY_MEMBERS = 250;
const HEAVY_INTERVIEWS = 100;
const LIGHT_INTERVIEWS = 9;
const PER_INTERVIEW = 5;
export const SETS = 5_000;
/** Every SET_PAGE_EVERY-th set has SET_PAGE_QUESTIONS items; the others 5–30. */
const SET_PAGE_EVERY = 50;
export const SET_PAGE_QUESTIONS = 100;
/** Questions of an open interview, the one autosave writes to. */
export const OPEN_QUESTIONS = 3;

export const memberId = (n: number) => `bench-member-${n}`;
export const memberEmail = (n: number) => `bench-member-${n}@example.test`;
/** Ids are alphanumeric and 10–40 characters, as the routes' idParam expects. */
export const openInterviewId = (n: number) => `bopen${String(n).padStart(6, "0")}`;
export const setId = (n: number) => `bset${String(n).padStart(6, "0")}`;
/** A public set with SET_PAGE_QUESTIONS questions. */
export const PUBLIC_SET_PAGE = setId(SET_PAGE_EVERY);
/** The id of member u's k-th finished interview, in SQL. */
const interviewIdSql = (u: string, k: string) =>
  `'biv' || lpad(${u}::text, 5, '0') || 'k' || lpad(${k}::text, 4, '0')`;

export interface PopulationCounts {
  members: number;
  interviews: number;
  attempts: number;
  reviewStates: number;
  sets: number;
  setItems: number;
  seconds: Record<string, number>;
}

/**
 * Writes everything in order. `questions` is how many generated questions exist ('bench-1' …);
 * attempts and set items pick among them by multiplicative hashing.
 */
export async function generatePopulation(
  client: pg.Client,
  passwordHash: string,
  questions: number,
): Promise<PopulationCounts> {
  const seconds: Record<string, number> = {};
  const timed = async (name: string, text: string, values: unknown[]) => {
    const started = performance.now();
    const result = await client.query(text, values);
    seconds[name] = (performance.now() - started) / 1000;
    return result.rowCount ?? 0;
  };
  const members = await timed(
    "members",
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "createdAt", "updatedAt")
     SELECT 'bench-member-' || u, 'bench-member-' || u || '@example.test', 'Member ' || u, $1,
            now() - interval '400 days', now()
     FROM generate_series(1, $2::int) AS u`,
    [passwordHash, MEMBERS],
  );
  const sets = await timed(
    "sets",
    `INSERT INTO "QuestionSet" ("id", "ownerId", "title", "description", "visibility", "shareToken", "createdAt", "updatedAt")
     SELECT 'bset' || lpad(s::text, 6, '0'), 'bench-member-' || ((s * 7) % $1::int + 1),
            'Set ' || s || ': interview loop ' || (s % 97), 'Questions picked for round ' || (s % 5 + 1) || '.',
            (CASE WHEN s % 10 < 3 THEN 'PUBLIC' WHEN s % 10 < 5 THEN 'LINK' ELSE 'PRIVATE' END)::"SetVisibility",
            CASE WHEN s % 10 BETWEEN 3 AND 4 THEN substr(md5('a' || s) || md5('b' || s), 1, 43) END,
            now() - make_interval(days => s % 300), now() - make_interval(days => s % 200)
     FROM generate_series(1, $2::int) AS s`,
    [MEMBERS, SETS],
  );
  const setItems = await timed(
    "setItems",
    `INSERT INTO "QuestionSetItem" ("id", "setId", "questionId", "position", "secondsOverride")
     SELECT 'bsi' || s || 'n' || n, 'bset' || lpad(s::text, 6, '0'), 'bench-' || ((s * 1009 + n * 7) % $1::int + 1), n,
            CASE WHEN n % 4 = 0 THEN 120 END
     FROM generate_series(1, $2::int) AS s,
          LATERAL generate_series(0, CASE WHEN s % $3::int = 0 THEN $4::int ELSE 5 + s % 26 END - 1) AS n`,
    [questions, SETS, SET_PAGE_EVERY, SET_PAGE_QUESTIONS],
  );
  // Over the last year; one in ten from a set; 5 % ran out of time as a whole.
  const interviews = await timed(
    "interviews",
    `INSERT INTO "Interview" ("id", "userId", "setId", "filter", "status", "currentPosition", "startedAt",
                              "answeringEndedAt", "completedAt", "createdAt", "updatedAt")
     SELECT ${interviewIdSql("u", "k")}, 'bench-member-' || u,
            CASE WHEN k % 10 = 0 THEN 'bset' || lpad(((u * 13 + k) % $2::int + 1)::text, 6, '0') END,
            CASE WHEN k % 10 <> 0 THEN '{"tags":[],"difficulty":null,"count":5,"order":"random"}'::jsonb END,
            (CASE WHEN (u + k) % 20 = 0 THEN 'EXPIRED' ELSE 'COMPLETED' END)::"InterviewStatus", $3::int,
            t, t + interval '20 minutes', t + interval '25 minutes', t, t + interval '25 minutes'
     FROM generate_series(1, $1::int) AS u,
          LATERAL generate_series(1, CASE WHEN u <= $4::int THEN $5::int ELSE $6::int END) AS k,
          LATERAL (SELECT now() - make_interval(days => (u * 31 + k * 397) % 365, mins => 30 + (u * 7 + k * 37) % 600)) AS x(t)`,
    [MEMBERS, SETS, PER_INTERVIEW, HEAVY_MEMBERS, HEAVY_INTERVIEWS, LIGHT_INTERVIEWS],
  );
  // Every answer submitted and graded; some timed out or skipped. Each member is better at some
  // questions than others, so the weakest-question and tag views have something to rank.
  const attempts = await timed(
    "attempts",
    `INSERT INTO "Attempt" ("id", "interviewId", "userId", "questionId", "position", "allowedSeconds", "answer",
                            "answerRevision", "answerSavedAt", "startedAt", "deadlineAt", "submittedAt", "timedOut",
                            "skipped", "keyPointsCovered", "grade", "gradedAt", "createdAt", "updatedAt")
     SELECT i."id" || 'p' || p, i."id", i."userId", 'bench-' || q.n, p, sec, 'An answer about the trade-offs.',
            3, s + make_interval(secs => sec / 2), s, s + make_interval(secs => sec),
            s + make_interval(secs => CASE WHEN h % 13 = 0 THEN sec ELSE sec * (20 + h % 80) / 100 END),
            h % 13 = 0, h % 29 = 0, ARRAY[0, 1], 1 + (h + q.n % 3) % 4, i."completedAt", s, i."completedAt"
     FROM "Interview" i, generate_series(0, $2::int - 1) AS p,
          LATERAL (SELECT abs(hashtext(i."id" || p)) AS h) AS hh,
          LATERAL (SELECT hh.h % $1::int + 1 AS n, 60 + (hh.h % 9) * 30 AS sec) AS q,
          LATERAL (SELECT i."startedAt" + make_interval(mins => 4 * p)) AS x(s)
     WHERE i."id" LIKE 'biv%'`,
    [questions, PER_INTERVIEW],
  );
  // One state per question a member graded, due from a month ago to two months ahead.
  const reviewStates = await timed(
    "reviewStates",
    `INSERT INTO "ReviewState" ("userId", "questionId", "due", "stability", "difficulty", "scheduledDays", "reps",
                                "lapses", "phase", "lastReviewAt", "updatedAt")
     SELECT "userId", "questionId", now() - interval '30 days' + make_interval(days => h % 90, hours => h % 24),
            5 + h % 40, 3 + h % 7, 10, 1 + h % 5, h % 3, 'REVIEW', last, last
     FROM (SELECT "userId", "questionId", max("gradedAt") AS last, abs(hashtext("userId" || "questionId")) AS h
           FROM "Attempt" WHERE "id" LIKE 'biv%' GROUP BY "userId", "questionId") g`,
    [],
  );
  // The heavy members each have an interview open, its first question answered now with an hour
  // on the clock: what autosave writes to.
  const open = await timed(
    "openInterviews",
    `WITH i AS (
       INSERT INTO "Interview" ("id", "userId", "filter", "status", "currentPosition", "startedAt", "createdAt", "updatedAt")
       SELECT 'bopen' || lpad(u::text, 6, '0'), 'bench-member-' || u,
              '{"tags":[],"difficulty":null,"count":3,"order":"random"}'::jsonb, 'IN_PROGRESS', 0, now(), now(), now()
       FROM generate_series(1, $1::int) AS u RETURNING "id", "userId")
     INSERT INTO "Attempt" ("id", "interviewId", "userId", "questionId", "position", "allowedSeconds", "startedAt",
                            "deadlineAt", "createdAt", "updatedAt")
     SELECT i."id" || 'p' || p, i."id", i."userId", 'bench-' || (abs(hashtext(i."id" || p)) % $2::int + 1), p, 3600,
            CASE WHEN p = 0 THEN now() END, CASE WHEN p = 0 THEN now() + interval '1 hour' END, now(), now()
     FROM i, generate_series(0, $3::int - 1) AS p`,
    [HEAVY_MEMBERS, questions, OPEN_QUESTIONS],
  );
  return {
    members,
    interviews: interviews + HEAVY_MEMBERS,
    attempts: attempts + open,
    reviewStates,
    sets,
    setItems,
    seconds,
  };
}
