// Self-grading finished questions, and the history views of lib/dal/interview-views.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { attemptsForQuestion, getInterviewReview, listInterviews } from "@/lib/dal/interview-views";
import { expectInterviewError, interviewFixtures, type PickedQuestion } from "@/tests/interviews";
import { gradeAttempt, settleInterview, settleOpenInterviews, submitAnswer } from "./interviews";

const fx = interviewFixtures();
let questions: PickedQuestion[]; // three of 60 s each with three key points, shared read-only
let group: string;

beforeAll(async () => {
  ({ group, questions } = await fx.makeQuestions(3));
});

afterAll(async () => {
  await fx.cleanup();
  await db.$disconnect();
});

const grade = (userId: string, interviewId: string, position: number, keyPointsCovered: number[] = []) =>
  gradeAttempt({ userId, interviewId, position, grade: 3, keyPointsCovered, note: "ok" });

const submit = (userId: string, interviewId: string, position: number, text = "an answer") =>
  submitAnswer({ userId, interviewId, position, text, revision: 1, skipped: false });

/** An interview whose clock ran out: every question timed out, ready to grade. */
async function expired(userId: string, picked = questions) {
  const { id } = await fx.startInterview(userId, { questions: picked });
  await fx.elapse(id, 1000);
  await settleInterview(id, userId);
  return id;
}

describe("gradeAttempt", () => {
  it("refuses before the question has ended", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    await expectInterviewError(grade(user.id, id, 0), 409, /once you have answered/);
    expect((await fx.attempt(id, 0)).grade).toBeNull();
  });

  it("refuses while answering goes on, unless grading after each question was chosen", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    await submit(user.id, id, 0);
    await expectInterviewError(grade(user.id, id, 0), 409, /Grading opens when the interview ends/);
    const each = await fx.startInterview(user.id, { questions, input: { gradeEachQuestion: true } });
    await submit(user.id, each.id, 0);
    await grade(user.id, each.id, 0);
    expect((await fx.attempt(each.id, 0)).grade).toBe(3);
  });

  it("refuses a key point the question doesn't have with 422, changing nothing", async () => {
    const user = await fx.makeUser();
    const id = await expired(user.id);
    const before = await fx.snapshot(id);
    await expectInterviewError(
      grade(user.id, id, 0, [0, 3]),
      422,
      /^That key point isn't one of this question's\.$/,
    );
    expect(await fx.snapshot(id)).toEqual(before);
  });

  it("saves the grade, the note and the key points, sorted and without duplicates", async () => {
    const user = await fx.makeUser();
    const id = await expired(user.id);
    await gradeAttempt({
      userId: user.id,
      interviewId: id,
      position: 1,
      grade: 2,
      keyPointsCovered: [2, 0, 2],
      note: "forgot the limits",
    });
    expect(await fx.attempt(id, 1)).toMatchObject({
      grade: 2,
      keyPointsCovered: [0, 2],
      note: "forgot the limits",
      gradedAt: expect.any(Date),
    });
  });

  it("completes the interview once every question has a grade", async () => {
    const user = await fx.makeUser();
    const id = await expired(user.id);
    await grade(user.id, id, 0);
    await grade(user.id, id, 2);
    expect((await fx.snapshot(id)).completedAt).toBeNull();
    await grade(user.id, id, 1);
    const completedAt = (await fx.snapshot(id)).completedAt;
    expect(completedAt).toBeInstanceOf(Date);
    await grade(user.id, id, 1, [1]); // a change of mind later keeps the completion time
    expect((await fx.snapshot(id)).completedAt).toEqual(completedAt);
  });

  it("answers 404 for another user's interview, changing nothing", async () => {
    const [owner, other] = [await fx.makeUser(), await fx.makeUser()];
    const id = await expired(owner.id);
    const before = await fx.snapshot(id);
    await expectInterviewError(grade(other.id, id, 0), 404, /isn't yours/);
    expect(await fx.snapshot(id)).toEqual(before);
  });
});

describe("listInterviews", () => {
  it("lists the user's own interviews, newest first, filtered by status and tag, 10 a page", async () => {
    const [user, other] = [await fx.makeUser(), await fx.makeUser()];
    const { group: otherGroup, questions: others } = await fx.makeQuestions(1);
    const completed = await fx.startInterview(user.id, { questions: questions.slice(0, 1) });
    await submit(user.id, completed.id, 0);
    const expiredId = await expired(user.id, others);
    const open: string[] = [];
    for (let i = 0; i < 10; i++) open.push((await fx.startInterview(user.id, { questions })).id);
    await fx.startInterview(other.id, { questions });

    const list = async (args: {
      status?: "IN_PROGRESS" | "COMPLETED" | "EXPIRED";
      tag?: string;
      page?: number;
    }) => listInterviews({ userId: user.id, page: 1, ...args });
    const ids = (page: { interviews: { id: string }[] }) => page.interviews.map((i) => i.id);

    const [first, second] = [await list({}), await list({ page: 2 })];
    expect(first).toMatchObject({ total: 12, pageCount: 2 });
    expect([...ids(first), ...ids(second)]).toEqual([...open].reverse().concat(expiredId, completed.id));
    expect(ids(await list({ status: "COMPLETED" }))).toEqual([completed.id]);
    expect(ids(await list({ status: "EXPIRED" }))).toEqual([expiredId]);
    expect((await list({ status: "IN_PROGRESS" })).total).toBe(10);
    expect(ids(await list({ tag: otherGroup }))).toEqual([expiredId]);
    expect((await list({ tag: group })).total).toBe(11);
    expect(await list({ page: 3 })).toMatchObject({ total: 12, interviews: [] });
  });
});

describe("settleOpenInterviews", () => {
  it("settles every open interview of the user, and no one else's", async () => {
    const [user, other] = [await fx.makeUser(), await fx.makeUser()];
    const mine = [
      await fx.startInterview(user.id, { questions }),
      await fx.startInterview(user.id, { questions }),
    ];
    const theirs = await fx.startInterview(other.id, { questions });
    for (const { id } of [...mine, theirs]) await fx.elapse(id, 1000);
    await settleOpenInterviews(user.id);
    for (const { id } of mine) expect((await fx.snapshot(id)).status).toBe("EXPIRED");
    expect((await fx.snapshot(theirs.id)).status).toBe("IN_PROGRESS");
  });
});

describe("attemptsForQuestion", () => {
  it("returns only the user's own submitted answers to that question", async () => {
    const [user, other] = [await fx.makeUser(), await fx.makeUser()];
    const done = await fx.startInterview(user.id, { questions });
    await submit(user.id, done.id, 0, "mine");
    await fx.startInterview(user.id, { questions }); // the same question, not yet submitted
    const theirs = await fx.startInterview(other.id, { questions });
    await submit(other.id, theirs.id, 0, "theirs");

    const mine = await attemptsForQuestion({ userId: user.id, slug: questions[0]!.slug });
    expect(mine?.attempts).toEqual([
      expect.objectContaining({ interviewId: done.id, answer: "mine", note: "" }),
    ]);
    expect(await attemptsForQuestion({ userId: user.id, slug: questions[1]!.slug })).toEqual({
      attempts: [],
      nextReviewAt: null,
    });
  });

  it("answers null for a question the user can't see, the same as for one that doesn't exist", async () => {
    const [user, author] = [await fx.makeUser(), await fx.makeUser()];
    const [secret] = (await fx.makeQuestions(1, { authorId: author.id, visibility: "PRIVATE" })).questions;
    // Answered while it was public, say: the answers stay the user's, the question is no longer theirs to see.
    const { id } = await fx.startInterview(user.id, { questions: [secret!] });
    await submit(user.id, id, 0, "mine");

    expect(await attemptsForQuestion({ userId: user.id, slug: secret!.slug })).toBeNull();
    expect(await attemptsForQuestion({ userId: user.id, slug: `${secret!.slug}-gone` })).toBeNull();
    expect(await attemptsForQuestion({ userId: author.id, slug: secret!.slug })).toEqual({
      attempts: [],
      nextReviewAt: null,
    });
  });
});

describe("getInterviewReview", () => {
  it("settles and shows every question to its owner, and nothing to anyone else", async () => {
    const [owner, other] = [await fx.makeUser(), await fx.makeUser()];
    const { id } = await fx.startInterview(owner.id, { questions });
    await fx.elapse(id, 1000);
    expect(await getInterviewReview(id, other.id)).toBeNull();
    const review = await getInterviewReview(id, owner.id);
    expect(review).toMatchObject({ status: "EXPIRED" });
    expect(review!.attempts.map((a) => a.timedOut)).toEqual([true, true, true]);
  });
});
