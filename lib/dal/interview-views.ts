import "server-only";
import { db, sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { GRACE_MS } from "@/lib/interviews/clock";
import { InterviewError, settleInterview } from "./interviews";
import { visibleQuestions } from "./questions";

export const HISTORY_PAGE_SIZE = 10;

/** What the runner needs right now, after the clock has been applied. Null: not this user's. */
export async function getRunnerState(interviewId: string, userId: string, options = { startWaiting: true }) {
  try {
    await settleInterview(interviewId, userId, options);
  } catch (error) {
    if (error instanceof InterviewError && error.status === 404) return null;
    throw error;
  }
  const interview = await db.interview.findFirst({
    where: { id: interviewId, userId },
    select: {
      id: true,
      status: true,
      mode: true,
      gradeEachQuestion: true,
      currentPosition: true,
      deadlineAt: true,
      pausedAt: true,
      _count: { select: { attempts: true } },
    },
  });
  if (!interview) return null;
  const current =
    interview.status === "IN_PROGRESS"
      ? await db.attempt.findUnique({
          where: { interviewId_position: { interviewId, position: interview.currentPosition } },
          select: {
            position: true,
            allowedSeconds: true,
            startedAt: true,
            deadlineAt: true,
            answer: true,
            answerRevision: true,
            answerSavedAt: true,
            question: { select: { slug: true, prompt: true, tags: true, difficulty: true } },
          },
        })
      : null;
  const [clock] = await db.$queryRaw<{ now: Date }[]>`SELECT now() AS "now"`;
  const now = clock?.now ?? new Date();
  return {
    id: interview.id,
    status: interview.status,
    mode: interview.mode,
    gradeEachQuestion: interview.gradeEachQuestion,
    total: interview._count.attempts,
    interviewDeadlineAt: interview.deadlineAt,
    pausedAt: interview.pausedAt,
    serverNow: now,
    current,
  };
}
export type RunnerState = NonNullable<Awaited<ReturnType<typeof getRunnerState>>>;

/** Every question of an interview with the candidate's answer and the model answer, for grading. */
export async function getInterviewReview(interviewId: string, userId: string) {
  await settleInterview(interviewId, userId).catch(() => {});
  return db.interview.findFirst({
    where: { id: interviewId, userId },
    select: {
      id: true,
      status: true,
      mode: true,
      startedAt: true,
      answeringEndedAt: true,
      completedAt: true,
      currentPosition: true,
      gradeEachQuestion: true,
      attempts: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          allowedSeconds: true,
          answer: true,
          startedAt: true,
          submittedAt: true,
          timedOut: true,
          skipped: true,
          keyPointsCovered: true,
          grade: true,
          note: true,
          question: {
            select: {
              slug: true,
              prompt: true,
              whyAsked: true,
              answerNotes: true,
              keyPoints: true,
              tags: true,
            },
          },
        },
      },
    },
  });
}
export type InterviewReview = NonNullable<Awaited<ReturnType<typeof getInterviewReview>>>;

export interface HistoryInterview {
  id: string;
  status: "IN_PROGRESS" | "COMPLETED" | "EXPIRED";
  createdAt: Date;
  set: { id: string; title: string } | null;
  /** In question order. */
  attempts: { grade: number | null; timedOut: boolean; skipped: boolean }[];
}

/**
 * The user's interviews, newest first, with how each went: one query for the page, its attempts
 * and the total (the history page is among the busiest signed-in pages).
 */
export async function listInterviews(args: {
  userId: string;
  status?: "IN_PROGRESS" | "COMPLETED" | "EXPIRED";
  tag?: string;
  setId?: string;
  page: number;
}) {
  const conditions = [Prisma.sql`i."userId" = ${args.userId}`];
  if (args.status) conditions.push(Prisma.sql`i."status" = ${args.status}::"InterviewStatus"`);
  if (args.setId) conditions.push(Prisma.sql`i."setId" = ${args.setId}`);
  if (args.tag)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Attempt" t JOIN "Question" q ON q."id" = t."questionId"
                                       WHERE t."interviewId" = i."id" AND q."tags" @> ARRAY[${args.tag}]::text[])`);
  const where = Prisma.join(conditions, " AND ");
  const rows = await sql<
    Omit<HistoryInterview, "set"> & { setId: string | null; setTitle: string | null; total: string }
  >(Prisma.sql`
    SELECT i."id", i."status"::text AS "status", i."createdAt", s."id" AS "setId", s."title" AS "setTitle",
           count(*) OVER () AS "total",
           COALESCE((SELECT json_agg(json_build_object('grade', a."grade", 'timedOut', a."timedOut", 'skipped', a."skipped")
                                     ORDER BY a."position")
                     FROM "Attempt" a WHERE a."interviewId" = i."id"), '[]') AS "attempts"
    FROM "Interview" i LEFT JOIN "QuestionSet" s ON s."id" = i."setId"
    WHERE ${where}
    ORDER BY i."createdAt" DESC, i."id" DESC
    LIMIT ${HISTORY_PAGE_SIZE} OFFSET ${(args.page - 1) * HISTORY_PAGE_SIZE}`);
  let total = rows[0] ? Number(rows[0].total) : 0;
  if (!rows.length && args.page > 1) {
    // Past the last page: count anyway so the page can offer the last one.
    const [row] = await sql<{ total: string }>(
      Prisma.sql`SELECT count(*) AS "total" FROM "Interview" i WHERE ${where}`,
    );
    total = Number(row?.total ?? 0);
  }
  const interviews: HistoryInterview[] = rows.map(({ setId, setTitle, total: _total, ...row }) => ({
    ...row,
    set: setId ? { id: setId, title: setTitle ?? "" } : null,
  }));
  return { total, pageCount: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)), interviews };
}

/** The sets the user has run interviews from, for the history filter. */
export async function setsInHistory(userId: string) {
  return sql<{ id: string; title: string }>(Prisma.sql`
    SELECT s."id", s."title" FROM "QuestionSet" s
    WHERE s."id" IN (SELECT i."setId" FROM "Interview" i WHERE i."userId" = ${userId} AND i."setId" IS NOT NULL)
    ORDER BY s."title", s."id"`);
}

/**
 * Settles the user's open interviews whose clock has something to do: not paused, and the current
 * question not running within its deadline (plus grace). The others would not change, so lists
 * skip their locking transaction (see catchUp in lib/interviews/clock.ts).
 */
export async function settleDueInterviews(userId: string) {
  const due = await sql<{ id: string }>(Prisma.sql`
    SELECT i."id" FROM "Interview" i
    WHERE i."userId" = ${userId} AND i."status" = 'IN_PROGRESS' AND i."pausedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "Attempt" a
                      WHERE a."interviewId" = i."id" AND a."position" = i."currentPosition"
                        AND a."startedAt" IS NOT NULL AND a."deadlineAt" IS NOT NULL
                        AND now() <= a."deadlineAt" + make_interval(secs => ${GRACE_MS / 1000}))`);
  for (const { id } of due) await settleInterview(id, userId);
}

/**
 * The user's past answers to one question, newest first, and when the review plan next brings the
 * question back (null when it has no review state for this user). Null altogether when the user
 * can't see the question: one that doesn't exist and someone else's private one read the same.
 */
export async function attemptsForQuestion(args: { userId: string; slug: string }) {
  const question = { slug: args.slug, ...visibleQuestions({ userId: args.userId }) };
  const [visible, attempts, review] = await Promise.all([
    db.question.findFirst({ where: question, select: { id: true } }),
    db.attempt.findMany({
      where: { userId: args.userId, question, submittedAt: { not: null } },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: {
        interviewId: true,
        answer: true,
        grade: true,
        note: true,
        timedOut: true,
        skipped: true,
        submittedAt: true,
        startedAt: true,
        allowedSeconds: true,
      },
    }),
    db.reviewState.findFirst({
      where: { userId: args.userId, question },
      select: { due: true },
    }),
  ]);
  if (!visible) return null;
  return { attempts, nextReviewAt: review?.due ?? null };
}
