// Interviews that one test file creates for itself, on its own questions and users, plus the
// ways tests move the clock: times are shifted in the database, never slept through.
import { expect } from "vitest";
import { createInterview, InterviewError } from "@/lib/dal/interviews";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type StartInterviewInput, startInterviewSchema } from "@/lib/interviews/rules";
import { uniqueWord } from "@/tests/db";
import { questionFixtures } from "@/tests/question-fixtures";
import { userFixtures } from "@/tests/users";

export interface PickedQuestion {
  id: string;
  slug: string;
  suggestedSeconds: number;
}

export function interviewFixtures() {
  const users = userFixtures();
  const questions = questionFixtures();
  const prisma = users.prisma;
  // Questions are made one after the other with distinct creation times, so "fixed" order is theirs.
  let clock = Date.UTC(2020, 0, 1);

  /** A signed-in user, without the cost of hashing a password. */
  const makeUser = () => users.makeUser({ password: null });

  /** `count` public questions (unless told otherwise) with a shared tag of their own, in order. */
  async function makeQuestions(count: number, data: Partial<Prisma.QuestionUncheckedCreateInput> = {}) {
    const group = uniqueWord("grp");
    const made: PickedQuestion[] = [];
    for (let i = 0; i < count; i++) {
      clock += 1000;
      const suggestedSeconds = data.suggestedSeconds ?? 60;
      const question = await questions.makeQuestion({
        suggestedSeconds,
        createdAt: new Date(clock),
        ...data,
        tags: [group, ...((data.tags as string[] | undefined) ?? [])],
      });
      made.push({ ...question, suggestedSeconds });
    }
    return { group, questions: made };
  }

  /** Starts an interview through the DAL (the clock starts on the database's now). */
  async function startInterview(
    userId: string,
    options: { questions?: number | PickedQuestion[]; input?: Partial<StartInterviewInput> } = {},
  ) {
    const picked =
      typeof options.questions === "object"
        ? options.questions
        : (await makeQuestions(options.questions ?? 3)).questions;
    const input = startInterviewSchema.parse({ count: picked.length, order: "fixed", ...options.input });
    const id = await createInterview(userId, input, picked);
    return { id, questions: picked };
  }

  /** As if `seconds` had passed: every stored time of the interview moves that far into the past. */
  async function elapse(interviewId: string, seconds: number) {
    const back = `${seconds} seconds`;
    await prisma.$executeRaw`
      UPDATE "Interview" SET "startedAt" = "startedAt" - ${back}::interval, "deadlineAt" = "deadlineAt" - ${back}::interval,
        "pausedAt" = "pausedAt" - ${back}::interval, "answeringEndedAt" = "answeringEndedAt" - ${back}::interval
      WHERE "id" = ${interviewId}`;
    await prisma.$executeRaw`
      UPDATE "Attempt" SET "startedAt" = "startedAt" - ${back}::interval, "deadlineAt" = "deadlineAt" - ${back}::interval,
        "submittedAt" = "submittedAt" - ${back}::interval, "answerSavedAt" = "answerSavedAt" - ${back}::interval
      WHERE "interviewId" = ${interviewId}`;
    await prisma.$executeRaw`
      UPDATE "InterviewPause" SET "startedAt" = "startedAt" - ${back}::interval, "endedAt" = "endedAt" - ${back}::interval
      WHERE "interviewId" = ${interviewId}`;
  }

  /** Puts one question's deadline `seconds` from the database's now (negative: in the past). */
  async function moveDeadline(interviewId: string, position: number, seconds: number) {
    await prisma.$executeRaw`
      UPDATE "Attempt" SET "deadlineAt" = now() + ${`${seconds} seconds`}::interval
      WHERE "interviewId" = ${interviewId} AND "position" = ${position}`;
  }

  async function dbNow() {
    const [row] = await prisma.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS "now"`;
    return row!.now;
  }

  /** One attempt as stored. */
  const attempt = (interviewId: string, position: number) =>
    prisma.attempt.findUniqueOrThrow({
      where: { interviewId_position: { interviewId, position } },
      select: {
        answer: true,
        answerRevision: true,
        answerSavedAt: true,
        allowedSeconds: true,
        startedAt: true,
        deadlineAt: true,
        submittedAt: true,
        timedOut: true,
        skipped: true,
        grade: true,
        keyPointsCovered: true,
        note: true,
        gradedAt: true,
      },
    });

  /** Everything a request could change about an interview; compare before and after. */
  const snapshot = (interviewId: string) =>
    prisma.interview.findUniqueOrThrow({
      where: { id: interviewId },
      select: {
        status: true,
        currentPosition: true,
        startedAt: true,
        deadlineAt: true,
        pausedAt: true,
        answeringEndedAt: true,
        completedAt: true,
        updatedAt: true,
        attempts: {
          orderBy: { position: "asc" },
          select: {
            answer: true,
            answerRevision: true,
            answerSavedAt: true,
            startedAt: true,
            deadlineAt: true,
            submittedAt: true,
            timedOut: true,
            skipped: true,
            grade: true,
            keyPointsCovered: true,
            note: true,
            updatedAt: true,
          },
        },
        pauses: { orderBy: { startedAt: "asc" }, select: { startedAt: true, endedAt: true } },
      },
    });

  async function cleanup() {
    await users.cleanup(); // interviews and attempts go with their users
    await questions.cleanup();
  }

  return {
    prisma,
    makeUser,
    makeQuestions,
    startInterview,
    elapse,
    moveDeadline,
    dbNow,
    attempt,
    snapshot,
    cleanup,
  };
}

/** Milliseconds between two stored times. */
export const msBetween = (from: Date | null, to: Date | null) => to!.getTime() - from!.getTime();

/** Awaits a DAL call that must fail with an InterviewError of this status (and message). */
export async function expectInterviewError(promise: Promise<unknown>, status: number, message?: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InterviewError);
  expect(error).toMatchObject({ status, ...(message ? { message: expect.stringMatching(message) } : {}) });
  return error as InterviewError;
}
