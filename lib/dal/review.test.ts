// The review state that grading keeps, the due queue and the interview plan, against the real
// database. Every call takes a fixed `now`, days after the answers, instead of waiting.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DAY_MS, startOfUtcDay } from "@/lib/review/days";
import { replayReviews } from "@/lib/review/schedule";
import { interviewFixtures, type PickedQuestion } from "@/tests/interviews";
import { gradeAttempt } from "./interviews";
import {
  dueCount,
  dueQuestions,
  getInterviewTarget,
  pickDuePractice,
  planSummary,
  setInterviewTarget,
} from "./review";

const fx = interviewFixtures();

afterAll(async () => {
  await fx.cleanup();
  await db.$disconnect();
});

const DAY0 = new Date("2030-03-02T10:00:00Z");
/** `days` (and `hours`) after 10:00 UTC on day 0. */
const at = (days: number, hours = 0) => new Date(DAY0.getTime() + days * DAY_MS + hours * 3_600_000);

/** A finished interview of `questions`, all answered at `answeredAt`; `timedOut` positions ran out. */
async function finished(
  userId: string,
  questions: PickedQuestion[],
  answeredAt: Date,
  timedOut: number[] = [],
) {
  const { id } = await fx.startInterview(userId, { questions });
  await fx.prisma.attempt.updateMany({
    where: { interviewId: id },
    data: { startedAt: answeredAt, deadlineAt: answeredAt, submittedAt: answeredAt },
  });
  await fx.prisma.attempt.updateMany({
    where: { interviewId: id, position: { in: timedOut } },
    data: { timedOut: true },
  });
  await fx.prisma.interview.update({
    where: { id },
    data: { status: "COMPLETED", currentPosition: questions.length, answeringEndedAt: answeredAt },
  });
  return id;
}

const grade = (userId: string, interviewId: string, position: number, value: 1 | 2 | 3 | 4, now: Date) =>
  gradeAttempt({ userId, interviewId, position, grade: value, keyPointsCovered: [], note: "", now });

const stateOf = (userId: string, questionId: string) =>
  fx.prisma.reviewState.findUnique({ where: { userId_questionId: { userId, questionId } } });

const idsOf = (list: { questionId: string }[]) => list.map((q) => q.questionId);
const ids = (list: PickedQuestion[]) => list.map((q) => q.id);

describe("grading keeps the review state", () => {
  it("builds the queue from a series of graded interviews, most overdue first", async () => {
    const user = await fx.makeUser();
    const { questions: q } = await fx.makeQuestions(4);
    const first = await finished(user.id, q, at(0));
    for (const [position, value] of ([1, 2, 3, 4] as const).entries()) {
      await grade(user.id, first, position, value, at(0, 0.1));
    }

    // Missed → 1 day, Partial → 2, Solid → 3, Nailed → 8; nothing comes back on the day itself.
    expect(await dueQuestions(user.id, at(0, 12), 10)).toEqual([]);
    expect(idsOf(await dueQuestions(user.id, at(1, -9), 10))).toEqual(ids(q.slice(0, 1)));
    expect(idsOf(await dueQuestions(user.id, at(2), 10))).toEqual(ids(q.slice(0, 2)));
    expect(idsOf(await dueQuestions(user.id, at(3), 10))).toEqual(ids(q.slice(0, 3)));
    expect(await dueCount(user.id, at(3))).toBe(3);
    expect(idsOf(await dueQuestions(user.id, at(3), 2))).toEqual(ids(q.slice(0, 2)));
    expect(idsOf(await dueQuestions(user.id, at(8), 10))).toEqual(ids(q));

    // Day 3: the two overdue ones are practised again, this time well.
    const second = await finished(user.id, [q[1]!, q[0]!], at(3, -1));
    await grade(user.id, second, 0, 3, at(3, -0.9));
    await grade(user.id, second, 1, 4, at(3, -0.9));
    expect(idsOf(await dueQuestions(user.id, at(3), 10))).toEqual([q[2]!.id]);
    expect(await stateOf(user.id, q[0]!.id)).toMatchObject({ reps: 2, lapses: 0, lastReviewAt: at(3, -1) });
    expect((await stateOf(user.id, q[1]!.id))!.reps).toBe(2);

    // Far ahead everything is due, in the order of the stored due dates.
    const states = await fx.prisma.reviewState.findMany({
      where: { userId: user.id },
      orderBy: { due: "asc" },
    });
    const later = await dueQuestions(user.id, at(400), 10);
    expect(idsOf(later)).toEqual(states.map((s) => s.questionId));
    expect(later.map((q) => q.due)).toEqual(states.map((s) => s.due));
    expect(idsOf(await dueQuestions(user.id, at(9), 10))[0]).toBe(q[2]!.id);
  });

  it("applies a re-grade once: the same grade changes nothing, a new one replaces the old", async () => {
    const user = await fx.makeUser();
    const { questions } = await fx.makeQuestions(1);
    const question = questions[0]!;
    const id = await finished(user.id, questions, at(0));
    await grade(user.id, id, 0, 3, at(0, 0.1));
    const solid = await stateOf(user.id, question.id);
    expect(solid).toMatchObject({ reps: 1, due: at(3), lastReviewAt: at(0) });

    await grade(user.id, id, 0, 3, at(2)); // saved again, days later
    expect(await stateOf(user.id, question.id)).toEqual(solid);

    await grade(user.id, id, 0, 4, at(2));
    expect(await stateOf(user.id, question.id)).toMatchObject({
      ...replayReviews([{ grade: 4, timedOut: false, skipped: false, submittedAt: at(0) }], at(2)),
      reps: 1,
      due: at(8),
    });

    // Missed: due a day after answering, but not on the day of the re-grade (day 2).
    await grade(user.id, id, 0, 1, at(2));
    expect(await stateOf(user.id, question.id)).toMatchObject({
      reps: 1,
      lapses: 0,
      due: startOfUtcDay(at(3)),
    });
  });

  it("schedules a timed-out or skipped answer as missed, whatever grade it got", async () => {
    const user = await fx.makeUser();
    const { questions } = await fx.makeQuestions(2);
    const id = await finished(user.id, questions, at(0), [0]);
    await fx.prisma.attempt.updateMany({ where: { interviewId: id, position: 1 }, data: { skipped: true } });
    await grade(user.id, id, 0, 4, at(0, 0.1));
    await grade(user.id, id, 1, 3, at(0, 0.1));
    const missed = replayReviews(
      [{ grade: 1, timedOut: false, skipped: false, submittedAt: at(0) }],
      at(0, 0.1),
    );
    expect(await stateOf(user.id, questions[0]!.id)).toMatchObject({ ...missed, due: at(1) });
    expect(await stateOf(user.id, questions[1]!.id)).toMatchObject({ ...missed, due: at(1) });
  });

  it("keeps both grades when two attempts at one question are graded at the same moment", async () => {
    const user = await fx.makeUser();
    const { questions } = await fx.makeQuestions(1);
    const first = await finished(user.id, questions, at(0));
    const second = await finished(user.id, questions, at(1));
    await Promise.all([grade(user.id, first, 0, 3, at(1, 1)), grade(user.id, second, 0, 1, at(1, 1))]);
    expect(await stateOf(user.id, questions[0]!.id)).toMatchObject({
      reps: 2,
      lapses: 1,
      lastReviewAt: at(1),
    });
  });

  it("leaves another user's review state of the same question alone", async () => {
    const [alice, bob] = [await fx.makeUser(), await fx.makeUser()];
    const { questions } = await fx.makeQuestions(1);
    const bobs = await finished(bob.id, questions, at(0));
    await grade(bob.id, bobs, 0, 2, at(0, 0.1));
    const before = await stateOf(bob.id, questions[0]!.id);
    expect(before).not.toBeNull();

    const alices = await finished(alice.id, questions, at(1));
    await grade(alice.id, alices, 0, 4, at(1, 0.1));
    await grade(alice.id, alices, 0, 1, at(1, 0.2));
    expect(await stateOf(bob.id, questions[0]!.id)).toEqual(before);
    expect(await dueQuestions(bob.id, at(1), 10)).toEqual([]); // Partial: back on day 2
    expect(idsOf(await dueQuestions(bob.id, at(2), 10))).toEqual(ids(questions));
  });
});

describe("pickDuePractice", () => {
  it("takes the due queue first, then unseen questions (public or own) in bank order", async () => {
    const [user, other] = [await fx.makeUser(), await fx.makeUser()];
    const { questions } = await fx.makeQuestions(2);
    const id = await finished(user.id, questions, at(0));
    await grade(user.id, id, 0, 1, at(0, 0.1)); // due on day 1
    await grade(user.id, id, 1, 4, at(0, 0.1)); // seen, not due
    // Made earlier than anything else in the bank: the first unseen ones, if visible.
    const own = await fx.makeQuestions(1, {
      authorId: user.id,
      visibility: "PRIVATE",
      createdAt: new Date("1999-01-02"),
    });
    const theirs = await fx.makeQuestions(1, {
      authorId: other.id,
      visibility: "PRIVATE",
      createdAt: new Date("1999-01-01"),
    });
    const publicOld = await fx.makeQuestions(1, { createdAt: new Date("1999-01-03") });

    const picked = await pickDuePractice(user.id, at(1), 3);
    expect(picked.due).toEqual([{ id: questions[0]!.id, suggestedSeconds: 60 }]);
    expect(picked.unseen.map((q) => q.id)).toEqual([own.questions[0]!.id, publicOld.questions[0]!.id]);
    expect(picked.unseen.map((q) => q.id)).not.toContain(theirs.questions[0]!.id);

    expect(await pickDuePractice(user.id, at(1), 1)).toEqual({ due: picked.due, unseen: [] });
    // Nothing due on day 0: all unseen, never the seen ones.
    const fresh = await pickDuePractice(user.id, at(0, 1), 5);
    expect(fresh.due).toEqual([]);
    expect(fresh.unseen).toHaveLength(5);
    expect(fresh.unseen.map((q) => q.id)).not.toContain(questions[0]!.id);
    expect(fresh.unseen.map((q) => q.id)).not.toContain(questions[1]!.id);
  });
});

describe("the interview plan", () => {
  it("plans unseen questions in the target's tags into the queue and sums the plan up", async () => {
    const user = await fx.makeUser();
    const { group, questions: q } = await fx.makeQuestions(4);
    const { questions: elsewhere } = await fx.makeQuestions(1);
    const id = await finished(user.id, [q[0]!, elsewhere[0]!], at(0));
    await grade(user.id, id, 0, 2, at(0, 0.1)); // in scope, weak, due day 2
    await grade(user.id, id, 1, 1, at(0, 0.1)); // outside the tags, due day 1
    const interviewAt = startOfUtcDay(at(10));
    await setInterviewTarget(user.id, { interviewAt, tags: [group] });
    expect(await getInterviewTarget(user.id)).toEqual({ interviewAt, tags: [group] });

    // 3 unseen spread over 10 days (days 0, 3, 6) + the weak one twice: 5 reviews, 1 a day.
    expect(await planSummary(user.id, at(0, 1))).toEqual({
      interviewAt,
      tags: [group],
      reviewsPerDay: 1,
      inScope: 4,
      reviewedOnce: 1,
    });
    const today = await dueQuestions(user.id, at(0, 1), 10);
    expect(today.map((d) => [d.questionId, d.unseen])).toEqual([[q[1]!.id, true]]);

    // Day 3: the weak one (overdue since day 2) first, the question outside the tags (day 1) before it.
    expect(idsOf(await dueQuestions(user.id, at(3), 10))).toEqual([elsewhere[0]!.id, q[0]!.id, q[1]!.id]);
    expect(await dueCount(user.id, at(3))).toBe(3);
  });

  it("takes every visible question when no tag is chosen, and ends once the date has passed", async () => {
    const user = await fx.makeUser();
    await fx.makeQuestions(1, { authorId: user.id, visibility: "PRIVATE" });
    const interviewAt = startOfUtcDay(at(20));
    await setInterviewTarget(user.id, { interviewAt, tags: [] });
    const visible = await fx.prisma.question.count({
      where: { OR: [{ visibility: "PUBLIC" }, { authorId: user.id }] },
    });
    expect(await planSummary(user.id, at(0))).toMatchObject({ tags: [], inScope: visible, reviewedOnce: 0 });

    expect(await planSummary(user.id, at(20, 13))).toMatchObject({ interviewAt }); // the day itself
    expect(await planSummary(user.id, at(21))).toBeNull();
    expect(await dueQuestions(user.id, at(21), 10)).toEqual([]);
    expect(await getInterviewTarget(user.id)).toEqual({ interviewAt, tags: [] });

    await setInterviewTarget(user.id, null);
    expect(await getInterviewTarget(user.id)).toBeNull();
    expect(await planSummary(user.id, at(0))).toBeNull();
  });
});
