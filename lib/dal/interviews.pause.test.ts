// Practice-mode pauses: the clock stops, and the deadlines move on by the pause when it resumes.
// Times are moved in the database (fx.elapse) instead of waited for.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { expectInterviewError, interviewFixtures, msBetween, type PickedQuestion } from "@/tests/interviews";
import { saveAnswer, setPaused, settleInterview, submitAnswer } from "./interviews";

const fx = interviewFixtures();
let questions: PickedQuestion[]; // three of 60 s each, shared read-only

beforeAll(async () => {
  questions = (await fx.makeQuestions(3)).questions;
});

afterAll(async () => {
  await fx.cleanup();
  await db.$disconnect();
});

describe("setPaused", () => {
  it("refuses to pause a strict interview", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    const before = await fx.snapshot(id);
    await expectInterviewError(
      setPaused({ userId: user.id, interviewId: id, paused: true }),
      409,
      /can't be paused/,
    );
    expect(await fx.snapshot(id)).toEqual(before);
  });

  it("moves the deadlines on by the length of a practice pause, and records the pause", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, {
      questions,
      input: { mode: "PRACTICE", totalMinutes: 10 },
    });
    await setPaused({ userId: user.id, interviewId: id, paused: true });
    const paused = await fx.snapshot(id);
    expect(paused.pausedAt).not.toBeNull();
    await fx.elapse(id, 500); // a long pause: past the question's and nearly the interview's deadline
    await settleInterview(id, user.id);
    const during = await fx.snapshot(id);
    expect(during).toMatchObject({ status: "IN_PROGRESS", currentPosition: 0 });
    await setPaused({ userId: user.id, interviewId: id, paused: false });
    const resumed = await fx.snapshot(id);
    expect(resumed.pausedAt).toBeNull();
    expect(resumed.pauses).toHaveLength(1);
    const pause = resumed.pauses[0]!;
    expect(pause.startedAt).toEqual(during.pausedAt);
    const length = msBetween(pause.startedAt, pause.endedAt);
    expect(length).toBeGreaterThanOrEqual(500_000);
    expect(msBetween(during.attempts[0]!.deadlineAt, resumed.attempts[0]!.deadlineAt)).toBe(length);
    expect(msBetween(during.deadlineAt, resumed.deadlineAt)).toBe(length);
    expect(resumed.attempts[1]).toMatchObject({ startedAt: null, deadlineAt: null });
  });

  it("pausing twice, or resuming a running interview, changes nothing", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions, input: { mode: "PRACTICE" } });
    const running = await fx.snapshot(id);
    await setPaused({ userId: user.id, interviewId: id, paused: false });
    expect(await fx.snapshot(id)).toEqual(running);
    await setPaused({ userId: user.id, interviewId: id, paused: true });
    const once = await fx.snapshot(id);
    await setPaused({ userId: user.id, interviewId: id, paused: true });
    expect(await fx.snapshot(id)).toEqual(once);
    expect(once.pauses).toHaveLength(1);
  });

  it("refuses to pause an interview the clock has ended", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions, input: { mode: "PRACTICE" } });
    await fx.elapse(id, 1000);
    await expectInterviewError(setPaused({ userId: user.id, interviewId: id, paused: true }), 409, /ended/);
    expect((await fx.snapshot(id)).pausedAt).toBeNull();
  });

  it("answers 404 for another user's interview", async () => {
    const [owner, other] = [await fx.makeUser(), await fx.makeUser()];
    const { id } = await fx.startInterview(owner.id, { questions, input: { mode: "PRACTICE" } });
    const before = await fx.snapshot(id);
    await expectInterviewError(
      setPaused({ userId: other.id, interviewId: id, paused: true }),
      404,
      /isn't yours/,
    );
    expect(await fx.snapshot(id)).toEqual(before);
  });

  it("accepts a save during a pause longer than the time that was left", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions, input: { mode: "PRACTICE" } });
    await setPaused({ userId: user.id, interviewId: id, paused: true });
    await fx.elapse(id, 300); // paused 300 s ago with 60 s left
    const outcome = await saveAnswer({
      userId: user.id,
      interviewId: id,
      position: 0,
      text: "t",
      revision: 1,
    });
    expect(outcome).toMatchObject({ ok: true });
  });

  it("gives no extra time to a question started during a pause", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions, input: { mode: "PRACTICE" } });
    await setPaused({ userId: user.id, interviewId: id, paused: true });
    await fx.elapse(id, 30); // paused 30 s ago with 60 s left
    // Either fix will do: refuse the submit until the resume, or start the next question's clock then.
    await submitAnswer({
      userId: user.id,
      interviewId: id,
      position: 0,
      text: "during the pause",
      revision: 1,
      skipped: false,
    }).catch((e: unknown) => expect(e).toMatchObject({ status: 409 }));
    await setPaused({ userId: user.id, interviewId: id, paused: false });
    const resumed = await fx.snapshot(id);
    const current = resumed.attempts[resumed.currentPosition]!;
    expect(msBetween(resumed.pauses[0]!.endedAt, current.deadlineAt)).toBeLessThanOrEqual(60_000);
  });
});
