// The clock moving on: submits, and settling after deadlines (pauses: interviews.pause.test.ts).
// Times are moved in the database (fx.elapse, fx.moveDeadline) instead of waited for; the server
// compares against Postgres now().
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getRunnerState } from "@/lib/dal/interview-views";
import { expectInterviewError, interviewFixtures, msBetween, type PickedQuestion } from "@/tests/interviews";
import { saveAnswer, settleInterview, submitAnswer } from "./interviews";

const fx = interviewFixtures();
let questions: PickedQuestion[]; // three of 60 s each, shared read-only

beforeAll(async () => {
  questions = (await fx.makeQuestions(3)).questions;
});

afterAll(async () => {
  await fx.cleanup();
  await db.$disconnect();
});

const submit = (
  userId: string,
  interviewId: string,
  position: number,
  answer: { text: string; revision: number } | null = null,
  skipped = false,
) =>
  submitAnswer({
    userId,
    interviewId,
    position,
    text: answer?.text ?? null,
    revision: answer?.revision ?? null,
    skipped,
  });

describe("submitAnswer", () => {
  it("closes the question with its answer and starts the next one at the database's now", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    const before = await fx.dbNow();
    await submit(user.id, id, 0, { text: "Provisioned concurrency", revision: 3 });
    const after = await fx.dbNow();
    const [first, second] = [await fx.attempt(id, 0), await fx.attempt(id, 1)];
    expect(first).toMatchObject({ answer: "Provisioned concurrency", answerRevision: 3, skipped: false });
    expect(first.submittedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(first.submittedAt!.getTime()).toBeLessThanOrEqual(after.getTime());
    expect(second.startedAt).toEqual(first.submittedAt);
    expect(msBetween(second.startedAt, second.deadlineAt)).toBe(60_000);
    expect((await fx.snapshot(id)).currentPosition).toBe(1);
  });

  it("keeps a newer autosave over an older text sent with the submit", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    await saveAnswer({ userId: user.id, interviewId: id, position: 0, text: "newer", revision: 5 });
    await submit(user.id, id, 0, { text: "older", revision: 4 });
    expect(await fx.attempt(id, 0)).toMatchObject({ answer: "newer", answerRevision: 5 });
  });

  it("caps the next question's deadline with the limit on the whole interview", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions, input: { totalMinutes: 1 } });
    await fx.elapse(id, 30);
    await submit(user.id, id, 0);
    const interview = await fx.snapshot(id);
    expect(interview.attempts[1]!.deadlineAt).toEqual(interview.deadlineAt);
  });

  it("refuses a replayed submit and changes nothing", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    await submit(user.id, id, 0, { text: "first", revision: 1 });
    const before = await fx.snapshot(id);
    await expectInterviewError(
      submit(user.id, id, 0, { text: "again", revision: 2 }),
      409,
      /already submitted/,
    );
    expect(await fx.snapshot(id)).toEqual(before);
  });

  it("refuses a late submit and keeps the text saved in time", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    await saveAnswer({ userId: user.id, interviewId: id, position: 0, text: "in time", revision: 1 });
    await fx.moveDeadline(id, 0, -10);
    const before = await fx.snapshot(id);
    await expectInterviewError(submit(user.id, id, 0, { text: "late", revision: 2 }), 409, /Time was up/);
    expect(await fx.snapshot(id)).toEqual(before);
    expect((await fx.attempt(id, 0)).answer).toBe("in time");
  });

  it("answers 404 for another user's interview", async () => {
    const [owner, other] = [await fx.makeUser(), await fx.makeUser()];
    const { id } = await fx.startInterview(owner.id, { questions });
    const before = await fx.snapshot(id);
    await expectInterviewError(submit(other.id, id, 0, { text: "x", revision: 1 }), 404, /isn't yours/);
    expect(await fx.snapshot(id)).toEqual(before);
  });

  it("marks a skip as skipped", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    await submit(user.id, id, 0, null, true);
    expect(await fx.attempt(id, 0)).toMatchObject({ skipped: true, timedOut: false, answer: "" });
  });

  it("completes the interview with the last submit", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    for (const position of [0, 1, 2])
      await submit(user.id, id, position, { text: `a${position}`, revision: 1 });
    const interview = await fx.snapshot(id);
    expect(interview).toMatchObject({ status: "COMPLETED", currentPosition: 3, completedAt: null });
    expect(interview.answeringEndedAt).toEqual(interview.attempts[2]!.submittedAt);
  });
});

describe("settleInterview", () => {
  it("times out every question whose deadline passed, keeping saved text, and expires the interview", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    await saveAnswer({ userId: user.id, interviewId: id, position: 0, text: "half an answer", revision: 1 });
    await fx.elapse(id, 1000);
    await settleInterview(id, user.id);
    const interview = await fx.snapshot(id);
    expect(interview).toMatchObject({ status: "EXPIRED", currentPosition: 3 });
    expect(interview.attempts.map((a) => [a.answer, a.timedOut])).toEqual([
      ["half an answer", true],
      ["", true],
      ["", true],
    ]);
    const [a0, a1, a2] = interview.attempts;
    expect(a1!.startedAt).toEqual(a0!.deadlineAt);
    expect(a2!.startedAt).toEqual(a1!.deadlineAt);
    expect(a2!.submittedAt).toEqual(a2!.deadlineAt);
    expect(interview.answeringEndedAt).toEqual(a2!.deadlineAt);
  });

  it("in the middle, makes the right question current with the right deadline", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    await fx.elapse(id, 90);
    const state = await getRunnerState(id, user.id);
    const [a0, a1] = [await fx.attempt(id, 0), await fx.attempt(id, 1)];
    expect(a0).toMatchObject({ timedOut: true, submittedAt: a0.deadlineAt });
    expect(a1.startedAt).toEqual(a0.deadlineAt);
    expect(msBetween(a1.startedAt, a1.deadlineAt)).toBe(60_000);
    expect(state).toMatchObject({
      status: "IN_PROGRESS",
      total: 3,
      current: { position: 1, deadlineAt: a1.deadlineAt, answer: "" },
    });
    expect(msBetween(state!.serverNow, a1.deadlineAt)).toBeGreaterThan(20_000);
  });

  it("changes nothing before a deadline, and nothing of another user's", async () => {
    const [owner, other] = [await fx.makeUser(), await fx.makeUser()];
    const { id } = await fx.startInterview(owner.id, { questions });
    const before = await fx.snapshot(id);
    await settleInterview(id, owner.id);
    expect(await fx.snapshot(id)).toEqual(before);
    await fx.elapse(id, 1000);
    const late = await fx.snapshot(id);
    await expectInterviewError(settleInterview(id, other.id), 404, /isn't yours/);
    expect(await getRunnerState(id, other.id)).toBeNull();
    expect(await fx.snapshot(id)).toEqual(late);
  });
});
