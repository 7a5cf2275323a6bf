// The dashboard's cache against the real database and the real grading path: a grade, a regrade,
// a deleted interview and a new day each show at the very next view.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { interviewFixtures, type PickedQuestion } from "@/tests/interviews";
import { gradeAttempt, settleInterview } from "./interviews";
import { cachedProgressDashboard } from "./progress-cache";

const fx = interviewFixtures();
let questions: PickedQuestion[];

beforeAll(async () => {
  ({ questions } = await fx.makeQuestions(3));
});

afterAll(async () => {
  await fx.cleanup();
  await db.$disconnect();
});

/** An interview whose clock ran out: every question timed out, ready to grade. */
async function expired(userId: string) {
  const { id } = await fx.startInterview(userId, { questions });
  await fx.elapse(id, 1000);
  await settleInterview(id, userId);
  return id;
}

const grade = (userId: string, interviewId: string, position: number, value: 1 | 2 | 3 | 4) =>
  gradeAttempt({ userId, interviewId, position, grade: value, keyPointsCovered: [], note: "" });

describe("cachedProgressDashboard", () => {
  it("serves the same figures until a grade changes them, and shows each new grade at once", async () => {
    const user = await fx.makeUser();
    const now = await fx.dbNow();
    const view = () => cachedProgressDashboard({ userId: user.id, now });
    const id = await expired(user.id);

    const empty = await view();
    expect(empty.calendar.gradedEver).toBe(0);
    expect(await view()).toBe(empty); // nothing changed: the cached figures

    await grade(user.id, id, 0, 1);
    const first = await view();
    expect(first.calendar).toMatchObject({ gradedEver: 1, total: 1, currentStreak: 1 });
    expect(first.weekly.overall.averageGrade).toBe(1);
    expect(await view()).toBe(first);

    await grade(user.id, id, 1, 4);
    expect((await view()).weekly.overall).toMatchObject({ graded: 2, averageGrade: 2.5 });

    // A regrade changes no count, only a grade and when it was given.
    await grade(user.id, id, 0, 3);
    const regraded = await view();
    expect(regraded.weekly.overall).toMatchObject({ graded: 2, averageGrade: 3.5 });
    expect(regraded.weakest.map((w) => w.lastGrades)).toEqual([[3], [4]]);

    // An interview deleted (or an account: its interviews go with it) takes its grades along.
    await db.interview.delete({ where: { id } });
    expect((await view()).calendar.gradedEver).toBe(0);
  });

  it("keeps each user's figures apart and starts afresh on a new day", async () => {
    const [one, two] = [await fx.makeUser(), await fx.makeUser()];
    const now = await fx.dbNow();
    await grade(one.id, await expired(one.id), 0, 2);
    const mine = await cachedProgressDashboard({ userId: one.id, now });
    const theirs = await cachedProgressDashboard({ userId: two.id, now });
    expect(mine.calendar.gradedEver).toBe(1);
    expect(theirs.calendar.gradedEver).toBe(0);

    const tomorrow = new Date(now.getTime() + 86_400_000);
    const next = await cachedProgressDashboard({ userId: one.id, now: tomorrow });
    expect(next).not.toBe(mine);
    expect(next.calendar.days.at(-1)).toEqual({ date: tomorrow.toISOString().slice(0, 10), count: 0 });
  });
});
