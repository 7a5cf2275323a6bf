import "server-only";
import { db, sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { catchUp, deadlineFor, GRACE_MS, type InterviewClock } from "@/lib/interviews/clock";
import type { StartInterviewInput } from "@/lib/interviews/rules";
import { ratingFor, replayReviews } from "@/lib/review/schedule";
import { beginGrade, rescheduleQuestion } from "./review";
import { SessionEndedError, sessionUserSql } from "./users";

/** The app's client or one of its transactions; both can run raw SQL. */
type Tx = Pick<typeof db, "$queryRaw" | "$executeRaw" | "attempt" | "interview" | "interviewPause">;
const GRACE = Prisma.sql`make_interval(secs => ${GRACE_MS / 1000})`;

export class InterviewError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 422,
    message: string,
  ) {
    super(message);
  }
}
const notFound = () => new InterviewError(404, "That interview doesn't exist, or it isn't yours.");

async function dbNow(tx: Tx): Promise<Date> {
  const [row] = await tx.$queryRaw<{ now: Date }[]>`SELECT now() AS "now"`;
  return row!.now;
}

/** The questions an interview draws: visible to the user, filtered, in order or shuffled. */
export async function pickQuestions(userId: string, input: StartInterviewInput) {
  const conditions = [Prisma.sql`(q."visibility" = 'PUBLIC' OR q."authorId" = ${userId})`];
  if (input.tags.length) conditions.push(Prisma.sql`q."tags" && ${input.tags}::text[]`);
  if (input.difficulty) conditions.push(Prisma.sql`q."difficulty" = ${input.difficulty}::"Difficulty"`);
  const order = input.order === "random" ? Prisma.sql`random()` : Prisma.sql`q."createdAt", q."id"`;
  return db.$queryRaw<{ id: string; suggestedSeconds: number }[]>`
    SELECT q."id", q."suggestedSeconds" FROM "Question" q
    WHERE ${Prisma.join(conditions, " AND ")} ORDER BY ${order} LIMIT ${input.count}`;
}

/**
 * Creates the interview with its ordered attempts; the first question's clock starts now. From a
 * set, `fromSet` records it and whether the candidate shares the results with the set's owner.
 */
export async function createInterview(
  userId: string,
  input: StartInterviewInput,
  questions: { id: string; suggestedSeconds: number }[],
  fromSet?: { setId: string; sharedWithOwner: boolean },
) {
  return db.$transaction(async (tx) => {
    const now = await dbNow(tx);
    const deadlineAt = input.totalMinutes ? new Date(now.getTime() + input.totalMinutes * 60_000) : null;
    const allowed = questions.map((q) => input.secondsPerQuestion ?? q.suggestedSeconds);
    const interview = await tx.interview.create({
      data: {
        userId,
        mode: input.mode,
        gradeEachQuestion: input.gradeEachQuestion,
        ...(fromSet
          ? { setId: fromSet.setId, sharedWithOwner: fromSet.sharedWithOwner }
          : {
              filter: {
                tags: input.tags,
                difficulty: input.difficulty ?? null,
                count: input.count,
                order: input.order,
              },
            }),
        startedAt: now,
        deadlineAt,
        attempts: {
          create: questions.map((q, position) => ({
            userId,
            questionId: q.id,
            position,
            allowedSeconds: allowed[position]!,
            ...(position === 0
              ? { startedAt: now, deadlineAt: deadlineFor(now, allowed[0]!, deadlineAt) }
              : {}),
          })),
        },
      },
      select: { id: true },
    });
    return interview.id;
  });
}

/** Locks the user's interview row for this transaction; 404 for anyone else's. */
async function lockInterview(tx: Tx, interviewId: string, userId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Interview" WHERE "id" = ${interviewId} AND "userId" = ${userId} FOR UPDATE`;
  if (!rows.length) throw notFound();
  return tx.interview.findUniqueOrThrow({
    where: { id: interviewId },
    select: {
      id: true,
      status: true,
      mode: true,
      gradeEachQuestion: true,
      startedAt: true,
      currentPosition: true,
      deadlineAt: true,
      pausedAt: true,
      attempts: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          allowedSeconds: true,
          startedAt: true,
          deadlineAt: true,
          submittedAt: true,
        },
      },
    },
  });
}

type Locked = Awaited<ReturnType<typeof lockInterview>>;

/** Applies the clock up to now: timed-out questions are closed with their last saved answer. */
async function settleLocked(tx: Tx, interview: Locked, now: Date, startWaiting = false) {
  if (interview.status !== "IN_PROGRESS") return;
  const result = catchUp(interview as InterviewClock, now, { startWaiting });
  for (const change of result.changes) {
    await tx.attempt.update({
      where: { interviewId_position: { interviewId: interview.id, position: change.position } },
      data:
        change.kind === "start"
          ? { startedAt: change.startedAt, deadlineAt: change.deadlineAt }
          : { submittedAt: change.submittedAt, timedOut: true },
      select: { id: true },
    });
  }
  if (!result.changes.length && !result.answeringEndedAt) return;
  await tx.interview.update({
    where: { id: interview.id },
    data: {
      currentPosition: result.currentPosition,
      ...(result.answeringEndedAt
        ? { answeringEndedAt: result.answeringEndedAt, status: result.endedByClock ? "EXPIRED" : "COMPLETED" }
        : {}),
    },
    select: { id: true },
  });
}

/**
 * Brings one interview up to the server's clock. The runner passes `startWaiting`: a question that
 * waits for the candidate (grading after each question) starts when they come back to it.
 */
export async function settleInterview(
  interviewId: string,
  userId: string,
  options: { startWaiting?: boolean } = {},
) {
  await db.$transaction(async (tx) =>
    settleLocked(tx, await lockInterview(tx, interviewId, userId), await dbNow(tx), options.startWaiting),
  );
}

/** Settles every unfinished interview of the user, so lists show what the clock decided. */
export async function settleOpenInterviews(userId: string) {
  const open = await db.interview.findMany({
    where: { userId, status: "IN_PROGRESS" },
    select: { id: true },
  });
  for (const { id } of open) await settleInterview(id, userId);
}

/**
 * Who is writing: a user already checked, or the session of the request, checked against the
 * session registry in the same statement as the write (one round trip instead of two; a session
 * that has ended throws SessionEndedError).
 */
export type Actor = { userId: string; sessionId?: undefined } | { sessionId: string; userId?: undefined };

const actorSql = (actor: Actor) =>
  actor.userId !== undefined ? Prisma.sql`${actor.userId}` : sessionUserSql(actor.sessionId!);

/** The actor's user id, or SessionEndedError: for the rare paths that need it spelled out. */
async function actorUserId(actor: Actor): Promise<string> {
  if (actor.userId !== undefined) return actor.userId;
  const [row] = await sql<{ userId: string | null }>(Prisma.sql`SELECT ${actorSql(actor)} AS "userId"`);
  if (!row?.userId) throw new SessionEndedError();
  return row.userId;
}

export type SaveOutcome = { ok: true; savedAt: Date } | { ok: false; status: 404 | 409; message: string };

/**
 * Autosave: one conditional update — this user's interview, in progress, the current question,
 * not yet submitted, before its deadline plus grace, and newer than what is stored.
 */
export async function saveAnswer(
  args: Actor & { interviewId: string; position: number; text: string; revision: number },
): Promise<SaveOutcome> {
  const rows = await sql<{ answerSavedAt: Date }>(Prisma.sql`
    UPDATE "Attempt" a SET "answer" = ${args.text}, "answerRevision" = ${args.revision}, "answerSavedAt" = now(), "updatedAt" = now()
    FROM "Interview" i
    WHERE a."interviewId" = i."id" AND i."id" = ${args.interviewId} AND i."userId" = ${actorSql(args)}
      AND i."status" = 'IN_PROGRESS' AND a."position" = ${args.position} AND a."position" = i."currentPosition"
      AND a."submittedAt" IS NULL AND COALESCE(i."pausedAt", now()) <= a."deadlineAt" + ${GRACE}
      AND a."answerRevision" < ${args.revision}
    RETURNING a."answerSavedAt"`);
  if (rows[0]) return { ok: true, savedAt: rows[0].answerSavedAt };
  return explainRefusal(db, { ...args, userId: await actorUserId(args) });
}

/** Why a conditional write changed nothing, in words the candidate can act on. */
async function explainRefusal(
  client: Tx,
  args: { userId: string; interviewId: string; position: number; revision?: number | null },
) {
  const [row] = await client.$queryRaw<
    {
      status: string;
      current: number;
      submitted: boolean;
      late: boolean;
      revision: number;
      savedAt: Date | null;
    }[]
  >`
    SELECT i."status"::text AS "status", i."currentPosition" AS "current", a."submittedAt" IS NOT NULL AS "submitted",
           COALESCE(i."pausedAt", now()) > a."deadlineAt" + ${GRACE} AS "late", a."answerRevision" AS "revision", a."answerSavedAt" AS "savedAt"
    FROM "Interview" i JOIN "Attempt" a ON a."interviewId" = i."id" AND a."position" = ${args.position}
    WHERE i."id" = ${args.interviewId} AND i."userId" = ${args.userId}`;
  if (!row) return { ok: false as const, status: 404 as const, message: notFound().message };
  if (
    args.revision != null &&
    !row.submitted &&
    !row.late &&
    row.status === "IN_PROGRESS" &&
    row.revision >= args.revision
  )
    return { ok: true as const, savedAt: row.savedAt ?? new Date() }; // a newer save already landed
  const message =
    row.status !== "IN_PROGRESS"
      ? "This interview has ended; answers can no longer change."
      : row.submitted
        ? "This question was already submitted; your saved answer is kept."
        : row.current !== args.position
          ? "That isn't the current question; reload to continue."
          : "Time was up for this question; your last saved answer is kept.";
  return { ok: false as const, status: 409 as const, message };
}

/** Submits (or skips) the current question and starts the next one on the server's clock. */
export async function submitAnswer(args: {
  userId: string;
  interviewId: string;
  position: number;
  text: string | null;
  revision: number | null;
  skipped: boolean;
}) {
  return db.$transaction(async (tx) => {
    const interview = await lockInterview(tx, args.interviewId, args.userId);
    if (interview.pausedAt)
      throw new InterviewError(409, "Resume the interview to submit; your saved answer is kept.");
    const now = await dbNow(tx);
    const withText =
      args.text !== null && args.revision !== null
        ? Prisma.sql`"answer" = CASE WHEN "answerRevision" < ${args.revision} THEN ${args.text} ELSE "answer" END,
                     "answerRevision" = GREATEST("answerRevision", ${args.revision}),
                     "answerSavedAt" = CASE WHEN "answerRevision" < ${args.revision} THEN ${now} ELSE "answerSavedAt" END,`
        : Prisma.empty;
    const updated = await tx.$executeRaw`
      UPDATE "Attempt" SET ${withText} "submittedAt" = ${now}, "skipped" = ${args.skipped}, "updatedAt" = ${now}
      WHERE "interviewId" = ${interview.id} AND "position" = ${args.position} AND "submittedAt" IS NULL
        AND ${interview.status === "IN_PROGRESS" && interview.currentPosition === args.position}
        AND ${now} <= "deadlineAt" + ${GRACE}`;
    if (!updated) {
      const refusal = await explainRefusal(tx, { ...args, revision: null });
      throw new InterviewError(
        refusal.ok ? 409 : refusal.status,
        refusal.ok ? "Already submitted." : refusal.message,
      );
    }
    const nextPosition = args.position + 1;
    const next = interview.attempts[nextPosition];
    // Grading after each question: the next one starts when the candidate comes back to it.
    if (next && !interview.gradeEachQuestion) {
      await tx.attempt.update({
        where: { interviewId_position: { interviewId: interview.id, position: nextPosition } },
        data: { startedAt: now, deadlineAt: deadlineFor(now, next.allowedSeconds, interview.deadlineAt) },
        select: { id: true },
      });
    }
    await tx.interview.update({
      where: { id: interview.id },
      data: {
        currentPosition: nextPosition,
        ...(next ? {} : { answeringEndedAt: now, status: "COMPLETED" }),
      },
      select: { id: true },
    });
  });
}

/** Practice mode only: stops the clock, or starts it again with every deadline moved on. */
export async function setPaused(args: { userId: string; interviewId: string; paused: boolean }) {
  await db.$transaction(async (tx) => {
    const interview = await lockInterview(tx, args.interviewId, args.userId);
    const now = await dbNow(tx);
    if (interview.mode !== "PRACTICE") throw new InterviewError(409, "Strict interviews can't be paused.");
    await settleLocked(tx, interview, now);
    const fresh = await lockInterview(tx, args.interviewId, args.userId);
    if (fresh.status !== "IN_PROGRESS") throw new InterviewError(409, "This interview has ended.");
    if (args.paused === Boolean(fresh.pausedAt)) return; // already so: pausing twice changes nothing
    if (args.paused) {
      await tx.interview.update({ where: { id: fresh.id }, data: { pausedAt: now }, select: { id: true } });
      await tx.interviewPause.create({
        data: { interviewId: fresh.id, startedAt: now },
        select: { id: true },
      });
      return;
    }
    const shift = Prisma.sql`make_interval(secs => ${(now.getTime() - fresh.pausedAt!.getTime()) / 1000})`;
    await tx.$executeRaw`
      UPDATE "Attempt" SET "deadlineAt" = "deadlineAt" + ${shift}
      WHERE "interviewId" = ${fresh.id} AND "position" = ${fresh.currentPosition} AND "submittedAt" IS NULL`;
    await tx.$executeRaw`
      UPDATE "Interview" SET "pausedAt" = NULL, "deadlineAt" = "deadlineAt" + ${shift}, "updatedAt" = ${now}
      WHERE "id" = ${fresh.id}`;
    await tx.interviewPause.updateMany({
      where: { interviewId: fresh.id, endedAt: null },
      data: { endedAt: now },
    });
  });
}

interface GradeArgs {
  interviewId: string;
  position: number;
  grade: 1 | 2 | 3 | 4;
  keyPointsCovered: number[];
  note: string;
  now?: Date;
}

interface GradeTarget {
  me: string | null;
  id: string | null;
  questionId: string;
  submittedAt: Date | null;
  grade: number | null;
  timedOut: boolean;
  skipped: boolean;
  keyPoints: number;
  status: string;
  gradeEachQuestion: boolean;
  dbNow: Date;
  /** The user's graded attempts at the question (submittedAt as UTC text). */
  history: { id: string; grade: number; timedOut: boolean; skipped: boolean; submittedAt: string }[];
  /** The review state's row version (xmin), null when there is none. */
  stateVersion: string | null;
}

const utc = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/**
 * Self-grade of one finished question: the key points ticked (checked against the question),
 * the grade and a note. Allowed once the question is over and grading is open for it. With it the
 * user's review state of the question is recomputed from its graded attempts, as of `now`
 * (default: the database's clock), so a re-grade replaces the earlier grade.
 *
 * Two statements: one reads the attempt, the user's graded attempts at the question and the
 * review state's row version (and checks the session); the other writes the grade, the review
 * state and the interview's completion at once, under the same advisory lock as gradeLocked, and
 * only if neither the review state nor the attempt's grade changed since the read. Otherwise
 * (another grade of the same question came in between) the grade is done again in gradeLocked's
 * transaction, which reads everything under the lock.
 */
export async function gradeAttempt(args: Actor & GradeArgs) {
  const [row] = await sql<GradeTarget>(Prisma.sql`
    SELECT me."userId" AS "me", t.* FROM (SELECT ${actorSql(args)} AS "userId") me
    LEFT JOIN LATERAL (
      SELECT a."id", a."questionId", a."submittedAt", a."grade", a."timedOut", a."skipped",
             cardinality(q."keyPoints") AS "keyPoints", i."status"::text AS "status", i."gradeEachQuestion",
             now() AS "dbNow",
             COALESCE((SELECT json_agg(json_build_object('id', h."id", 'grade', h."grade", 'timedOut', h."timedOut",
                                                         'skipped', h."skipped", 'submittedAt', h."submittedAt"))
                       FROM "Attempt" h
                       WHERE h."userId" = i."userId" AND h."questionId" = a."questionId"
                         AND h."grade" IS NOT NULL AND h."submittedAt" IS NOT NULL), '[]') AS "history",
             (SELECT rs.xmin::text FROM "ReviewState" rs
              WHERE rs."userId" = i."userId" AND rs."questionId" = a."questionId") AS "stateVersion"
      FROM "Interview" i
      JOIN "Attempt" a ON a."interviewId" = i."id" AND a."position" = ${args.position}
      JOIN "Question" q ON q."id" = a."questionId"
      WHERE i."id" = ${args.interviewId} AND i."userId" = me."userId") t ON true`);
  if (!row?.me) throw new SessionEndedError();
  if (!row.id) throw notFound();
  const open = row.status !== "IN_PROGRESS" || row.gradeEachQuestion;
  if (!row.submittedAt) throw new InterviewError(409, "Grade this question once you have answered it.");
  if (!open) throw new InterviewError(409, "Grading opens when the interview ends.");
  const points = [...new Set(args.keyPointsCovered)].sort((a, b) => a - b);
  if (points.some((p) => p >= row.keyPoints))
    throw new InterviewError(422, "That key point isn't one of this question's.");

  const userId = row.me;
  const ratingChanges =
    row.grade === null ||
    ratingFor({ ...row, grade: row.grade }) !== ratingFor({ ...row, grade: args.grade });
  // As in rescheduleQuestion: a re-grade that rates the same leaves an existing state alone.
  const card =
    ratingChanges || row.stateVersion === null
      ? replayReviews(
          [
            ...row.history
              .filter((h) => h.id !== row.id)
              .map((h) => ({ ...h, submittedAt: new Date(`${h.submittedAt}Z`) })),
            { grade: args.grade, timedOut: row.timedOut, skipped: row.skipped, submittedAt: row.submittedAt },
          ],
          args.now ?? row.dbNow,
        )
      : null;
  const lock = Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${`${userId}/${row.questionId}`}, 0))`;
  const state = card
    ? Prisma.sql`
      INSERT INTO "ReviewState" ("userId", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
                                 "learningSteps", "reps", "lapses", "phase", "lastReviewAt", "updatedAt")
      SELECT ${userId}, ${row.questionId}, ${utc(card.due)}, ${card.stability}::float8, ${card.difficulty}::float8,
             ${card.elapsedDays}::int, ${card.scheduledDays}::int, ${card.learningSteps}::int, ${card.reps}::int,
             ${card.lapses}::int, ${card.phase}::"ReviewPhase", ${card.lastReviewAt ? utc(card.lastReviewAt) : Prisma.sql`NULL::timestamp`}, now()
      FROM "lock"
      ON CONFLICT ("userId", "questionId") DO UPDATE SET
        "due" = EXCLUDED."due", "stability" = EXCLUDED."stability", "difficulty" = EXCLUDED."difficulty",
        "elapsedDays" = EXCLUDED."elapsedDays", "scheduledDays" = EXCLUDED."scheduledDays",
        "learningSteps" = EXCLUDED."learningSteps", "reps" = EXCLUDED."reps", "lapses" = EXCLUDED."lapses",
        "phase" = EXCLUDED."phase", "lastReviewAt" = EXCLUDED."lastReviewAt", "updatedAt" = EXCLUDED."updatedAt"
      WHERE "ReviewState".xmin::text = ${row.stateVersion}
      RETURNING 1`
    : Prisma.sql`SELECT 1 FROM "lock"`;
  const [written] = await sql<{ graded: number; completed: number }>(Prisma.sql`
    WITH "lock" AS (${lock}),
    "state" AS (${state}),
    "graded" AS (
      UPDATE "Attempt" SET "grade" = ${args.grade}::int, "keyPointsCovered" = ${points}::int[], "note" = ${args.note},
                           "gradedAt" = now(), "updatedAt" = now()
      WHERE "id" = ${row.id} AND "grade" IS NOT DISTINCT FROM ${row.grade}::int AND EXISTS (SELECT 1 FROM "state")
      RETURNING 1),
    "completed" AS (
      ${completeInterview(args.interviewId, { grading: row.id, also: Prisma.sql`EXISTS (SELECT 1 FROM "graded")` })}
      RETURNING 1)
    SELECT (SELECT count(*) FROM "graded")::int AS "graded", (SELECT count(*) FROM "completed")::int AS "completed"`);
  if (!written?.graded) await gradeLocked({ ...args, userId });
  else if (!written.completed && row.status !== "IN_PROGRESS") await completeIfAllGraded(args.interviewId);
}

/**
 * The statement that marks an interview complete: answering is over and every question has a
 * grade. `grading` is an attempt the same statement grades (its new grade isn't visible to it
 * yet); `also` is a further condition.
 */
function completeInterview(
  interviewId: string,
  { grading, also }: { grading?: string; also?: Prisma.Sql } = {},
) {
  return Prisma.sql`
    UPDATE "Interview" i SET "completedAt" = now(), "updatedAt" = now()
    WHERE i."id" = ${interviewId} AND i."status" <> 'IN_PROGRESS' AND i."completedAt" IS NULL
      ${also ? Prisma.sql`AND ${also}` : Prisma.empty}
      AND NOT EXISTS (SELECT 1 FROM "Attempt" a WHERE a."interviewId" = i."id" AND a."grade" IS NULL
                      ${grading ? Prisma.sql`AND a."id" <> ${grading}` : Prisma.empty})`;
}

/**
 * Marks a finished interview complete once every question has a grade. A grade's own statement
 * sees only what was committed when it began, so two last grades landing together would each see
 * the other question ungraded; run after the grade is committed, this catches that (whichever of
 * them runs it last sees both).
 */
async function completeIfAllGraded(interviewId: string) {
  await sql(completeInterview(interviewId));
}

/** gradeAttempt in one transaction that reads everything under the lock (the path for races). */
async function gradeLocked(args: GradeArgs & { userId: string }) {
  const attempt = await db.attempt.findFirst({
    where: { interviewId: args.interviewId, position: args.position, interview: { userId: args.userId } },
    select: {
      id: true,
      questionId: true,
      submittedAt: true,
      question: { select: { keyPoints: true } },
      interview: { select: { status: true, gradeEachQuestion: true } },
    },
  });
  if (!attempt) throw notFound();
  const open = attempt.interview.status !== "IN_PROGRESS" || attempt.interview.gradeEachQuestion;
  if (!attempt.submittedAt) throw new InterviewError(409, "Grade this question once you have answered it.");
  if (!open) throw new InterviewError(409, "Grading opens when the interview ends.");
  const points = [...new Set(args.keyPointsCovered)].sort((a, b) => a - b);
  if (points.some((p) => p >= attempt.question.keyPoints.length))
    throw new InterviewError(422, "That key point isn't one of this question's.");
  const completed = await db.$transaction(async (tx) => {
    const { ratingChanges } = await beginGrade(tx, {
      ...args,
      questionId: attempt.questionId,
      attemptId: attempt.id,
    });
    await tx.$executeRaw`
      UPDATE "Attempt" SET "grade" = ${args.grade}, "keyPointsCovered" = ${points}, "note" = ${args.note},
                           "gradedAt" = now(), "updatedAt" = now()
      WHERE "id" = ${attempt.id}`;
    const completed = await tx.$executeRaw(completeInterview(args.interviewId));
    const now = args.now ?? (await dbNow(tx));
    const key = { userId: args.userId, questionId: attempt.questionId };
    await rescheduleQuestion(tx, { ...key, now, onlyIfMissing: !ratingChanges });
    return completed;
  });
  if (!completed && attempt.interview.status !== "IN_PROGRESS") await completeIfAllGraded(args.interviewId);
}
