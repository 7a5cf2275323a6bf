// The history page's settling: only interviews whose clock has something to do are settled.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listInterviews, settleDueInterviews } from "@/lib/dal/interview-views";
import { interviewFixtures, type PickedQuestion } from "@/tests/interviews";

const fx = interviewFixtures();
let questions: PickedQuestion[]; // three of 60 s each, shared read-only

beforeAll(async () => {
  ({ questions } = await fx.makeQuestions(3));
});

afterAll(async () => {
  await fx.cleanup();
  await db.$disconnect();
});

describe("settleDueInterviews", () => {
  it("times out what the clock ended and leaves running, paused and other users' interviews alone", async () => {
    const [user, other] = [await fx.makeUser(), await fx.makeUser()];
    const ended = await fx.startInterview(user.id, { questions });
    const partly = await fx.startInterview(user.id, { questions });
    const running = await fx.startInterview(user.id, { questions });
    const paused = await fx.startInterview(user.id, { questions, input: { mode: "PRACTICE" } });
    const theirs = await fx.startInterview(other.id, { questions });
    await fx.elapse(ended.id, 1000);
    await fx.elapse(partly.id, 70); // the first question's 60 s and the grace are over
    await db.interview.update({ where: { id: paused.id }, data: { pausedAt: new Date() } });
    await fx.elapse(paused.id, 1000);
    await fx.elapse(theirs.id, 1000);
    const before = { running: await fx.snapshot(running.id), paused: await fx.snapshot(paused.id) };

    await settleDueInterviews(user.id);

    expect((await fx.snapshot(ended.id)).status).toBe("EXPIRED");
    expect(await fx.snapshot(partly.id)).toMatchObject({ status: "IN_PROGRESS", currentPosition: 1 });
    expect(await fx.snapshot(running.id)).toEqual(before.running);
    expect(await fx.snapshot(paused.id)).toEqual(before.paused);
    expect((await fx.snapshot(theirs.id)).status).toBe("IN_PROGRESS");
  });
});

describe("listInterviews", () => {
  it("lists each interview's answers in question order, with its set, and counts past the last page", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    await fx.elapse(id, 1000);
    await settleDueInterviews(user.id);
    const page = await listInterviews({ userId: user.id, page: 1 });
    expect(page).toMatchObject({ total: 1, pageCount: 1 });
    expect(page.interviews).toEqual([
      {
        id,
        status: "EXPIRED",
        createdAt: expect.any(Date),
        set: null,
        attempts: questions.map(() => ({ grade: null, timedOut: true, skipped: false })),
      },
    ]);
    expect(await listInterviews({ userId: user.id, page: 2 })).toMatchObject({ total: 1, interviews: [] });
  });
});
