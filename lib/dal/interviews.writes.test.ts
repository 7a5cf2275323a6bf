// The busiest writes, autosave and grade, as route handlers make them: named by the session of
// the request (checked in the same statement as the write), and grades racing each other.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DAY_MS } from "@/lib/review/days";
import { replayReviews } from "@/lib/review/schedule";
import { interviewFixtures, type PickedQuestion } from "@/tests/interviews";
import { gradeAttempt, saveAnswer, settleInterview } from "./interviews";
import { SessionEndedError } from "./users";

const fx = interviewFixtures();
let questions: PickedQuestion[];

beforeAll(async () => {
  ({ questions } = await fx.makeQuestions(3));
});

afterAll(async () => {
  await fx.cleanup();
  await db.$disconnect();
});

async function rejection(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

/** An interview whose clock ran out, ready to grade; answers that count (not timed out) unless told. */
async function expired(userId: string, picked = questions, timedOut = false) {
  const { id } = await fx.startInterview(userId, { questions: picked });
  await fx.elapse(id, 1000);
  await settleInterview(id, userId);
  await fx.prisma.attempt.updateMany({ where: { interviewId: id }, data: { timedOut } });
  return id;
}

/** The review state as replaying every graded attempt of the user at the question gives it. */
async function expectedState(userId: string, questionId: string, now: Date) {
  const attempts = await fx.prisma.attempt.findMany({
    where: { userId, questionId, grade: { not: null }, submittedAt: { not: null } },
    select: { grade: true, timedOut: true, skipped: true, submittedAt: true },
  });
  return replayReviews(
    attempts.map((a) => ({ ...a, grade: a.grade!, submittedAt: a.submittedAt! })),
    now,
  );
}

const storedState = (userId: string, questionId: string) =>
  fx.prisma.reviewState.findUniqueOrThrow({
    where: { userId_questionId: { userId, questionId } },
    select: {
      due: true,
      stability: true,
      difficulty: true,
      elapsedDays: true,
      scheduledDays: true,
      learningSteps: true,
      reps: true,
      lapses: true,
      phase: true,
      lastReviewAt: true,
    },
  });

describe("autosave named by a session", () => {
  it("saves for a live session, and tells an ended or expired one apart from someone else's interview", async () => {
    const owner = await fx.makeUser();
    const other = await fx.makeUser();
    const { id } = await fx.startInterview(owner.id, { questions });
    const save = (sessionId: string, revision: number) =>
      saveAnswer({ sessionId, interviewId: id, position: 0, text: `draft ${revision}`, revision });

    expect(await save(owner.sessionId, 1)).toMatchObject({ ok: true, savedAt: expect.any(Date) });
    expect(await fx.attempt(id, 0)).toMatchObject({ answer: "draft 1", answerRevision: 1 });
    // An older revision changes nothing and is answered as saved (a newer one already landed).
    expect(await save(owner.sessionId, 1)).toMatchObject({ ok: true });

    expect(await save(other.sessionId, 2)).toMatchObject({ ok: false, status: 404 });

    await fx.prisma.session.updateMany({
      where: { sessionToken: owner.sessionId },
      data: { expires: new Date(Date.now() - 1000) },
    });
    expect(await rejection(save(owner.sessionId, 3))).toBeInstanceOf(SessionEndedError);
    await fx.prisma.session.deleteMany({ where: { sessionToken: owner.sessionId } });
    expect(await rejection(save(owner.sessionId, 4))).toBeInstanceOf(SessionEndedError);
    expect(await rejection(save("no-such-session", 5))).toBeInstanceOf(SessionEndedError);
    expect(await fx.attempt(id, 0)).toMatchObject({ answer: "draft 1", answerRevision: 1 });
  });

  it("stores the server's time of the save in UTC", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    const before = await fx.dbNow();
    const outcome = await saveAnswer({
      sessionId: user.sessionId,
      interviewId: id,
      position: 0,
      text: "x",
      revision: 1,
    });
    const after = await fx.dbNow();
    if (!outcome.ok) throw new Error("not saved");
    expect(outcome.savedAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1);
    expect(outcome.savedAt.getTime()).toBeLessThanOrEqual(after.getTime() + 1);
    expect((await fx.attempt(id, 0)).answerSavedAt).toEqual(outcome.savedAt);
  });
});

describe("grade named by a session", () => {
  it("grades for a live session and refuses an ended one or someone else's interview", async () => {
    const owner = await fx.makeUser();
    const other = await fx.makeUser();
    const id = await expired(owner.id);
    const grade = (sessionId: string, value: 1 | 2 | 3 | 4) =>
      gradeAttempt({
        sessionId,
        interviewId: id,
        position: 0,
        grade: value,
        keyPointsCovered: [1, 0],
        note: "n",
      });

    await grade(owner.sessionId, 3);
    expect(await fx.attempt(id, 0)).toMatchObject({ grade: 3, keyPointsCovered: [0, 1], note: "n" });

    expect(await rejection(grade(other.sessionId, 1))).toMatchObject({ status: 404 });
    await fx.prisma.session.deleteMany({ where: { sessionToken: owner.sessionId } });
    expect(await rejection(grade(owner.sessionId, 1))).toBeInstanceOf(SessionEndedError);
    expect((await fx.attempt(id, 0)).grade).toBe(3);
  });
});

describe("grading keeps the review state whoever grades at once", () => {
  it("writes the state that replaying every graded attempt gives, and completes the interview", async () => {
    const user = await fx.makeUser();
    const id = await expired(user.id);
    const now = new Date(Date.now() + 3 * DAY_MS);
    for (const [position, value] of ([2, 4, 1] as const).entries())
      await gradeAttempt({
        userId: user.id,
        interviewId: id,
        position,
        grade: value,
        keyPointsCovered: [],
        note: "",
        now,
      });
    for (const q of questions)
      expect(await storedState(user.id, q.id)).toEqual(await expectedState(user.id, q.id, now));
    const interview = await fx.prisma.interview.findUniqueOrThrow({
      where: { id },
      select: { completedAt: true },
    });
    expect(interview.completedAt).not.toBeNull();

    // A re-grade that rates differently replaces the earlier grade; one that rates the same moves nothing.
    await gradeAttempt({
      userId: user.id,
      interviewId: id,
      position: 0,
      grade: 4,
      keyPointsCovered: [],
      note: "",
      now,
    });
    const regraded = await storedState(user.id, questions[0]!.id);
    expect(regraded).toEqual(await expectedState(user.id, questions[0]!.id, now));
    const later = new Date(now.getTime() + 5 * DAY_MS);
    await gradeAttempt({
      userId: user.id,
      interviewId: id,
      position: 0,
      grade: 4,
      keyPointsCovered: [0],
      note: "again",
      now: later,
    });
    expect(await storedState(user.id, questions[0]!.id)).toEqual(regraded);
    expect(await fx.attempt(id, 0)).toMatchObject({ grade: 4, keyPointsCovered: [0], note: "again" });
  });

  it("counts every grade when several interviews of one question are graded at the same moment", async () => {
    const user = await fx.makeUser();
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push(await expired(user.id, questions, i === 5));
    const now = new Date(Date.now() + 2 * DAY_MS);
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        ids.map((id, i) =>
          gradeAttempt({
            userId: user.id,
            interviewId: id,
            position: 0,
            grade: (1 + ((i + round) % 4)) as 1 | 2 | 3 | 4,
            keyPointsCovered: [],
            note: "",
            now,
          }),
        ),
      );
      expect(await storedState(user.id, questions[0]!.id)).toEqual(
        await expectedState(user.id, questions[0]!.id, now),
      );
    }
  });

  it("completes the interview when its last two grades land at the same moment", async () => {
    const user = await fx.makeUser();
    const id = await expired(user.id, questions.slice(0, 2));
    const { questionId: question } = await fx.prisma.attempt.findUniqueOrThrow({
      where: { interviewId_position: { interviewId: id, position: 0 } },
      select: { questionId: true },
    });
    // The other question's grade is in flight (uncommitted) and, like any grade, holds a question's
    // lock: the grade below starts its statement seeing that question ungraded, then waits.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const other = db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${user.id}/${question}`}, 0))`;
      await tx.$executeRaw`UPDATE "Attempt" SET "grade" = 4, "gradedAt" = now() WHERE "interviewId" = ${id} AND "position" = 1`;
      await released;
    });
    const locks = async (granted: boolean, query: string) => {
      const [row] = await db.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS "n" FROM pg_locks l JOIN pg_stat_activity a ON a."pid" = l."pid"
        WHERE l."locktype" = 'advisory' AND l."granted" = ${granted} AND a."query" LIKE ${query}`;
      return Number(row!.n);
    };
    const waiting = () => locks(false, '%WITH "lock" AS%');
    await expect.poll(() => locks(true, `%SET "grade" = 4%`)).toBeGreaterThan(0);
    const grading = gradeAttempt({
      userId: user.id,
      interviewId: id,
      position: 0,
      grade: 3,
      keyPointsCovered: [],
      note: "",
    });
    try {
      await expect.poll(waiting).toBeGreaterThan(0);
    } finally {
      release();
      await other;
      await grading;
    }

    const interview = await fx.prisma.interview.findUniqueOrThrow({ where: { id } });
    expect(interview.completedAt).not.toBeNull();
  });

  it("grades again under the lock when another grade of the question lands between reading and writing", async () => {
    const user = await fx.makeUser();
    const first = await expired(user.id);
    const second = await expired(user.id);
    const now = new Date(Date.now() + 2 * DAY_MS);
    const grade = (interviewId: string, value: 1 | 2 | 3 | 4) =>
      gradeAttempt({
        userId: user.id,
        interviewId,
        position: 0,
        grade: value,
        keyPointsCovered: [],
        note: "",
        now,
      });
    await grade(first, 1);
    const question = questions[0]!.id;

    // Another grade holds the question's lock and has changed the first attempt and the state, uncommitted.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const other = db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${user.id}/${question}`}, 0))`;
      await tx.$executeRaw`UPDATE "Attempt" SET "grade" = 4 WHERE "interviewId" = ${first} AND "position" = 0`;
      await tx.$executeRaw`UPDATE "ReviewState" SET "reps" = "reps" + 100, "updatedAt" = now()
                           WHERE "userId" = ${user.id} AND "questionId" = ${question}`;
      await released;
    });
    // Wait until the other transaction holds the lock, then grade: the read sees the old state.
    await expect
      .poll(async () => {
        const [row] = await db.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS "n" FROM pg_locks WHERE "locktype" = 'advisory' AND "granted"`;
        return Number(row!.n);
      })
      .toBeGreaterThan(0);
    const grading = grade(second, 3);
    await expect
      .poll(async () => {
        const [row] = await db.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS "n" FROM pg_locks WHERE "locktype" = 'advisory' AND NOT "granted"`;
        return Number(row!.n);
      })
      .toBeGreaterThan(0);
    release();
    await other;
    await grading;

    expect((await fx.attempt(second, 0)).grade).toBe(3);
    expect(await storedState(user.id, question)).toEqual(await expectedState(user.id, question, now));
  });
});
