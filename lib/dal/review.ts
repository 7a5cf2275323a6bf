import "server-only";
import { db, sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { startOfNextUtcDay, startOfUtcDay } from "@/lib/review/days";
import { planReviews } from "@/lib/review/plan";
import { ratingFor, replayReviews } from "@/lib/review/schedule";

// The review state behind the "due" queue and the plan before a real interview
// (docs/decisions/006-spaced-repetition.md). Every function takes `now`: pages and actions pass
// reviewNow(), tests pass fixed times. Days are UTC days.

type Tx = Prisma.TransactionClient;

const visible = (userId: string) => Prisma.sql`(q."visibility" = 'PUBLIC' OR q."authorId" = ${userId})`;

/**
 * Starts grading one attempt: locks the user's review state of its question until the
 * transaction ends (two tabs grading at once each replay what the other committed) and answers
 * whether the grade changes the attempt's rating. Call before the attempt is updated.
 */
export async function beginGrade(
  tx: Tx,
  args: { userId: string; questionId: string; attemptId: string; grade: number },
): Promise<{ ratingChanges: boolean }> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${args.userId}/${args.questionId}`}, 0))`;
  const before = await tx.attempt.findUniqueOrThrow({
    where: { id: args.attemptId },
    select: { grade: true, timedOut: true, skipped: true },
  });
  const ratingChanges =
    before.grade === null ||
    ratingFor({ ...before, grade: before.grade }) !== ratingFor({ ...before, grade: args.grade });
  return { ratingChanges };
}

/**
 * Recomputes the user's review state of one question from every graded attempt at it, as of
 * `now`. With `onlyIfMissing` (a re-grade that rates the same) an existing state is left alone,
 * so saving the same grade again never moves the due date.
 */
export async function rescheduleQuestion(
  tx: Tx,
  args: { userId: string; questionId: string; now: Date; onlyIfMissing?: boolean },
) {
  const key = { userId: args.userId, questionId: args.questionId };
  if (args.onlyIfMissing && (await tx.reviewState.count({ where: key }))) return;
  const attempts = await tx.attempt.findMany({
    where: { ...key, grade: { not: null }, submittedAt: { not: null } },
    select: { grade: true, timedOut: true, skipped: true, submittedAt: true },
  });
  const card = replayReviews(
    attempts.map((a) => ({ ...a, grade: a.grade!, submittedAt: a.submittedAt! })),
    args.now,
  );
  if (!card) {
    await tx.reviewState.deleteMany({ where: key });
    return;
  }
  await tx.reviewState.upsert({
    where: { userId_questionId: key },
    create: { ...key, ...card },
    update: card,
    select: { userId: true },
  });
}

export interface DueQuestion {
  questionId: string;
  slug: string;
  prompt: string;
  suggestedSeconds: number;
  /** When it fell due; for an unseen question in the interview plan, its planned day. */
  due: Date;
  /** Never reviewed yet (drawn in by the interview plan). */
  unseen: boolean;
}

type QuestionRow = Omit<DueQuestion, "due" | "unseen"> & { createdAt: Date };

export interface InterviewTargetView {
  interviewAt: Date;
  /** Empty: every tag. */
  tags: string[];
}

/** The user's interview date and tags as saved, past or not; null when none is set. */
export async function getInterviewTarget(userId: string): Promise<InterviewTargetView | null> {
  // Read on every Progress, Practice and due-queue view: straight through the pool (see `sql`).
  const [user] = await sql<{ targetInterviewAt: Date | null; targetTags: string[] }>(
    Prisma.sql`SELECT "targetInterviewAt", "targetTags" FROM "User" WHERE "id" = ${userId}`,
  );
  return user?.targetInterviewAt ? { interviewAt: user.targetInterviewAt, tags: user.targetTags } : null;
}

/** Saves the user's interview date and tags, or clears them with null. */
export async function setInterviewTarget(userId: string, target: InterviewTargetView | null) {
  await db.user.update({
    where: { id: userId },
    data: { targetInterviewAt: target?.interviewAt ?? null, targetTags: target?.tags ?? [] },
    select: { id: true },
  });
}

/** The target that still shapes the plan: set, and not before today. */
async function activeTarget(userId: string, now: Date) {
  const target = await getInterviewTarget(userId);
  return target && startOfUtcDay(target.interviewAt) >= startOfUtcDay(now) ? target : null;
}

const inScopeSql = (tags: string[]) =>
  tags.length ? Prisma.sql`q."tags" && ${tags}::text[]` : Prisma.sql`TRUE`;

/** Every visible question in the target's tags, in bank order, with the user's state of it. */
async function inScopeQuestions(userId: string, tags: string[]) {
  return db.$queryRaw<
    (QuestionRow & { due: Date | null; lastReviewAt: Date | null; lastGrade: number | null })[]
  >`
    WITH last AS (
      SELECT DISTINCT ON (a."questionId") a."questionId",
             CASE WHEN a."timedOut" OR a."skipped" THEN 1 ELSE a."grade" END AS "grade"
      FROM "Attempt" a
      WHERE a."userId" = ${userId} AND a."grade" IS NOT NULL AND a."submittedAt" IS NOT NULL
      ORDER BY a."questionId", a."submittedAt" DESC, a."id" DESC)
    SELECT q."id" AS "questionId", q."slug", q."prompt", q."suggestedSeconds", q."createdAt",
           rs."due", rs."lastReviewAt", last."grade" AS "lastGrade"
    FROM "Question" q
    LEFT JOIN "ReviewState" rs ON rs."userId" = ${userId} AND rs."questionId" = q."id"
    LEFT JOIN last ON last."questionId" = q."id"
    WHERE ${visible(userId)} AND ${inScopeSql(tags)}
    ORDER BY q."createdAt", q."id"`;
}

/**
 * Review states due by the end of today, outside the target's tags (all of them without a target),
 * in queue order; `limit` reads only the first ones.
 */
async function dueStates(userId: string, now: Date, outsideTags: string[] | null, limit?: number) {
  const outside = outsideTags ? Prisma.sql`AND NOT (${inScopeSql(outsideTags)})` : Prisma.empty;
  return db.$queryRaw<(QuestionRow & { due: Date })[]>`
    SELECT q."id" AS "questionId", q."slug", q."prompt", q."suggestedSeconds", q."createdAt", rs."due"
    FROM "ReviewState" rs JOIN "Question" q ON q."id" = rs."questionId"
    WHERE rs."userId" = ${userId} AND rs."due" < ${startOfNextUtcDay(now)} AND ${visible(userId)} ${outside}
    ORDER BY rs."due", q."createdAt", q."id" COLLATE "C"
    ${limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`;
}

/**
 * The queue, most overdue first; in-scope questions of an interview plan by their planned day.
 * `limit` caps what is read when there is no plan (with one, the plan needs every question in scope).
 */
async function dueQueue(userId: string, now: Date, limit?: number): Promise<DueQuestion[]> {
  const target = await activeTarget(userId, now);
  let rows: (QuestionRow & { due: Date; unseen: boolean })[];
  if (!target) {
    rows = (await dueStates(userId, now, null, limit)).map((row) => ({ ...row, unseen: false }));
  } else {
    const inScope = await inScopeQuestions(userId, target.tags);
    const plan = planReviews({ now, interviewAt: target.interviewAt, inScope });
    const endOfToday = startOfNextUtcDay(now);
    const planned = inScope
      .map(({ lastGrade: _grade, lastReviewAt: _reviewed, ...row }, i) => ({
        ...row,
        due: plan.questions[i]!.due,
        unseen: row.due === null,
      }))
      .filter((row) => row.due < endOfToday);
    const outside = target.tags.length ? await dueStates(userId, now, target.tags) : [];
    rows = [...planned, ...outside.map((row) => ({ ...row, unseen: false }))];
  }
  return rows
    .sort(
      (a, b) =>
        a.due.getTime() - b.due.getTime() ||
        a.createdAt.getTime() - b.createdAt.getTime() ||
        (a.questionId < b.questionId ? -1 : 1),
    )
    .map(({ createdAt: _createdAt, ...row }) => row);
}

/** Questions due by the end of today (UTC), most overdue first. */
export async function dueQuestions(userId: string, now: Date, limit: number) {
  return (await dueQueue(userId, now, limit)).slice(0, limit);
}

export async function dueCount(userId: string, now: Date) {
  return (await dueQueue(userId, now)).length;
}

/** Visible questions the user has never reviewed, in bank order; the target's tags first. */
async function unseenQuestions(userId: string, now: Date, limit: number, exclude: string[]) {
  const target = await activeTarget(userId, now);
  const preferred = target?.tags.length ? Prisma.sql`(${inScopeSql(target.tags)}) DESC,` : Prisma.empty;
  return db.$queryRaw<{ id: string; suggestedSeconds: number }[]>`
    SELECT q."id", q."suggestedSeconds" FROM "Question" q
    WHERE ${visible(userId)} AND NOT (q."id" = ANY(${exclude}::text[]))
      AND NOT EXISTS (SELECT 1 FROM "ReviewState" rs WHERE rs."userId" = ${userId} AND rs."questionId" = q."id")
    ORDER BY ${preferred} q."createdAt", q."id" LIMIT ${limit}`;
}

/** The questions of a "Practise due questions" interview: the due queue, topped up with unseen ones. */
export async function pickDuePractice(userId: string, now: Date, count: number) {
  const due = (await dueQuestions(userId, now, count)).map((q) => ({
    id: q.questionId,
    suggestedSeconds: q.suggestedSeconds,
  }));
  const unseen =
    due.length < count
      ? await unseenQuestions(
          userId,
          now,
          count - due.length,
          due.map((q) => q.id),
        )
      : [];
  return { due, unseen };
}

export interface PlanSummary {
  interviewAt: Date;
  tags: string[];
  reviewsPerDay: number;
  /** Visible questions in the target's tags. */
  inScope: number;
  /** Of those, the ones reviewed at least once. */
  reviewedOnce: number;
}

/** The plan before the user's interview, for the Practice page and the dashboard; null without one. */
export async function planSummary(userId: string, now: Date): Promise<PlanSummary | null> {
  const target = await activeTarget(userId, now);
  if (!target) return null;
  const inScope = await inScopeQuestions(userId, target.tags);
  const plan = planReviews({ now, interviewAt: target.interviewAt, inScope });
  return {
    interviewAt: target.interviewAt,
    tags: target.tags,
    reviewsPerDay: plan.reviewsPerDay,
    inScope: inScope.length,
    reviewedOnce: inScope.filter((q) => q.due !== null).length,
  };
}
