import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { catchUp, deadlineFor, GRACE_MS, type InterviewClock } from "@/lib/interviews/clock";
import type { StartInterviewInput } from "@/lib/interviews/rules";
import { beginGrade, rescheduleQuestion } from "./review";

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

/** Creates the interview with its ordered attempts; the first question's clock starts now. */
export async function createInterview(
  userId: string,
  input: StartInterviewInput,
  questions: { id: string; suggestedSeconds: number }[],
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
        filter: {
          tags: input.tags,
          difficulty: input.difficulty ?? null,
          count: input.count,
          order: input.order,
        },
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

export type SaveOutcome = { ok: true; savedAt: Date } | { ok: false; status: 404 | 409; message: string };

/**
 * Autosave: one conditional update — this user's interview, in progress, the current question,
 * not yet submitted, before its deadline plus grace, and newer than what is stored.
 */
export async function saveAnswer(args: {
  userId: string;
  interviewId: string;
  position: number;
  text: string;
  revision: number;
}): Promise<SaveOutcome> {
  const rows = await db.$queryRaw<{ answerSavedAt: Date }[]>`
    UPDATE "Attempt" a SET "answer" = ${args.text}, "answerRevision" = ${args.revision}, "answerSavedAt" = now(), "updatedAt" = now()
    FROM "Interview" i
    WHERE a."interviewId" = i."id" AND i."id" = ${args.interviewId} AND i."userId" = ${args.userId}
      AND i."status" = 'IN_PROGRESS' AND a."position" = ${args.position} AND a."position" = i."currentPosition"
      AND a."submittedAt" IS NULL AND COALESCE(i."pausedAt", now()) <= a."deadlineAt" + ${GRACE}
      AND a."answerRevision" < ${args.revision}
    RETURNING a."answerSavedAt"`;
  if (rows[0]) return { ok: true, savedAt: rows[0].answerSavedAt };
  return explainRefusal(db, args);
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

/**
 * Self-grade of one finished question: the key points ticked (checked against the question),
 * the grade and a note. Allowed once the question is over and grading is open for it. In the same
 * transaction the user's review state of the question is recomputed from its graded attempts,
 * as of `now` (default: the database's clock), so a re-grade replaces the earlier grade.
 */
export async function gradeAttempt(args: {
  userId: string;
  interviewId: string;
  position: number;
  grade: 1 | 2 | 3 | 4;
  keyPointsCovered: number[];
  note: string;
  now?: Date;
}) {
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
  await db.$transaction(async (tx) => {
    const { ratingChanges } = await beginGrade(tx, {
      ...args,
      questionId: attempt.questionId,
      attemptId: attempt.id,
    });
    await tx.$executeRaw`
      UPDATE "Attempt" SET "grade" = ${args.grade}, "keyPointsCovered" = ${points}, "note" = ${args.note},
                           "gradedAt" = now(), "updatedAt" = now()
      WHERE "id" = ${attempt.id}`;
    // The interview is complete once answering is over and every question has a grade.
    await tx.$executeRaw`
      UPDATE "Interview" i SET "completedAt" = now(), "updatedAt" = now()
      WHERE i."id" = ${args.interviewId} AND i."status" <> 'IN_PROGRESS' AND i."completedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "Attempt" a WHERE a."interviewId" = i."id" AND a."grade" IS NULL)`;
    const now = args.now ?? (await dbNow(tx));
    const key = { userId: args.userId, questionId: attempt.questionId };
    await rescheduleQuestion(tx, { ...key, now, onlyIfMissing: !ratingChanges });
  });
}
