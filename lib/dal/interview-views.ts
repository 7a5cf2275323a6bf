import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { InterviewError, settleInterview } from "./interviews";

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

/** The user's interviews, newest first, with how each went. */
export async function listInterviews(args: {
  userId: string;
  status?: "IN_PROGRESS" | "COMPLETED" | "EXPIRED";
  tag?: string;
  page: number;
}) {
  const where: Prisma.InterviewWhereInput = {
    userId: args.userId,
    ...(args.status ? { status: args.status } : {}),
    ...(args.tag ? { attempts: { some: { question: { tags: { has: args.tag } } } } } : {}),
  };
  const [total, interviews] = await Promise.all([
    db.interview.count({ where }),
    db.interview.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (args.page - 1) * HISTORY_PAGE_SIZE,
      take: HISTORY_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        mode: true,
        createdAt: true,
        attempts: {
          select: { grade: true, timedOut: true, skipped: true, question: { select: { tags: true } } },
        },
      },
    }),
  ]);
  return { total, pageCount: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)), interviews };
}

/**
 * The user's past answers to one question, newest first, and when the review plan next brings the
 * question back (null when it has no review state for this user).
 */
export async function attemptsForQuestion(args: { userId: string; slug: string }) {
  const [attempts, review] = await Promise.all([
    db.attempt.findMany({
      where: { userId: args.userId, question: { slug: args.slug }, submittedAt: { not: null } },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: {
        interviewId: true,
        answer: true,
        grade: true,
        timedOut: true,
        skipped: true,
        submittedAt: true,
        startedAt: true,
        allowedSeconds: true,
      },
    }),
    db.reviewState.findFirst({
      where: { userId: args.userId, question: { slug: args.slug } },
      select: { due: true },
    }),
  ]);
  return { attempts, nextReviewAt: review?.due ?? null };
}
