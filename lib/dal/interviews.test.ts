// Starting interviews and autosaving answers, against the real database and its clock.
// The clock moving on (submit, settle, pause): interviews.clock.test.ts. Grading and lists:
// interviews.grading.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startInterviewSchema } from "@/lib/interviews/rules";
import { interviewFixtures, msBetween, type PickedQuestion } from "@/tests/interviews";
import { createInterview, pickQuestions, saveAnswer, submitAnswer } from "./interviews";

const fx = interviewFixtures();
let questions: PickedQuestion[]; // three of 60 s each, shared read-only

beforeAll(async () => {
  questions = (await fx.makeQuestions(3)).questions;
});

afterAll(async () => {
  await fx.cleanup();
  await db.$disconnect();
});

const save = (userId: string, interviewId: string, text: string, revision: number, position = 0) =>
  saveAnswer({ userId, interviewId, position, text, revision });

describe("createInterview", () => {
  it("starts the first question on the database's clock and leaves the others unstarted", async () => {
    const user = await fx.makeUser();
    const before = await fx.dbNow();
    const { id } = await fx.startInterview(user.id, { questions, input: { secondsPerQuestion: 45 } });
    const after = await fx.dbNow();
    const interview = await fx.snapshot(id);
    expect(interview).toMatchObject({ status: "IN_PROGRESS", currentPosition: 0, deadlineAt: null });
    expect(interview.startedAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(interview.startedAt.getTime()).toBeLessThanOrEqual(after.getTime());
    const [first, ...rest] = interview.attempts;
    expect(first!.startedAt).toEqual(interview.startedAt);
    expect(msBetween(first!.startedAt, first!.deadlineAt)).toBe(45_000);
    for (const attempt of rest) expect(attempt).toMatchObject({ startedAt: null, deadlineAt: null });
  });

  it("gives each question its suggested time unless a time per question is chosen", async () => {
    const user = await fx.makeUser();
    const { questions: slow } = await fx.makeQuestions(1, { suggestedSeconds: 240 });
    const { id } = await fx.startInterview(user.id, { questions: slow });
    expect((await fx.attempt(id, 0)).allowedSeconds).toBe(240);
  });

  it("caps the first deadline with the limit on the whole interview", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, {
      questions,
      input: { secondsPerQuestion: 3600, totalMinutes: 1 },
    });
    const interview = await fx.snapshot(id);
    expect(msBetween(interview.startedAt, interview.deadlineAt)).toBe(60_000);
    expect(interview.attempts[0]!.deadlineAt).toEqual(interview.deadlineAt);
  });
});

describe("pickQuestions", () => {
  const input = (data: Record<string, unknown>) => startInterviewSchema.parse({ order: "fixed", ...data });
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

  it("keeps to the tags and the count, in creation order when the order is fixed", async () => {
    const user = await fx.makeUser();
    const { group, questions } = await fx.makeQuestions(4);
    await fx.makeQuestions(2); // another tag: never drawn
    const picked = await pickQuestions(user.id, input({ tags: [group], count: 3 }));
    expect(ids(picked)).toEqual(ids(questions.slice(0, 3)));
    expect(picked[0]).toEqual({ id: questions[0]!.id, suggestedSeconds: 60 });
  });

  it("draws a random order of the same questions", async () => {
    const user = await fx.makeUser();
    const { group, questions } = await fx.makeQuestions(5);
    const picked = await pickQuestions(user.id, input({ tags: [group], count: 30, order: "random" }));
    expect(ids(picked).sort()).toEqual(ids(questions).sort());
  });

  it("keeps to the difficulty", async () => {
    const user = await fx.makeUser();
    const { group, questions: hard } = await fx.makeQuestions(2, { difficulty: "HARD" });
    await fx.makeQuestions(2, { difficulty: "EASY", tags: [group] });
    const picked = await pickQuestions(user.id, input({ tags: [group], difficulty: "HARD", count: 10 }));
    expect(ids(picked)).toEqual(ids(hard));
  });

  it("draws public questions and the user's own private ones, never another user's private ones", async () => {
    const [me, other] = [await fx.makeUser(), await fx.makeUser()];
    const { group, questions: open } = await fx.makeQuestions(1);
    const { questions: mine } = await fx.makeQuestions(1, {
      tags: [group],
      visibility: "PRIVATE",
      authorId: me.id,
    });
    await fx.makeQuestions(1, { tags: [group], visibility: "PRIVATE", authorId: other.id });
    const picked = await pickQuestions(me.id, input({ tags: [group], count: 10 }));
    expect(ids(picked)).toEqual(ids([...open, ...mine]));
    expect(ids(await pickQuestions(other.id, input({ tags: [group], count: 10 })))).not.toContain(
      mine[0]!.id,
    );
  });

  it("answers no questions for a filter nothing matches", async () => {
    const user = await fx.makeUser();
    expect(await pickQuestions(user.id, input({ tags: ["no-such-tag-anywhere"], count: 5 }))).toEqual([]);
  });

  it("is what createInterview takes", async () => {
    const user = await fx.makeUser();
    const { group } = await fx.makeQuestions(2);
    const chosen = input({ tags: [group], count: 2 });
    const id = await createInterview(user.id, chosen, await pickQuestions(user.id, chosen));
    expect((await fx.snapshot(id)).attempts).toHaveLength(2);
  });
});

describe("saveAnswer", () => {
  it("saves the text and the revision of the current question", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    const outcome = await save(user.id, id, "Cold starts happen when…", 1);
    expect(outcome).toEqual({ ok: true, savedAt: expect.any(Date) });
    expect(await fx.attempt(id, 0)).toMatchObject({ answer: "Cold starts happen when…", answerRevision: 1 });
  });

  it("still saves within the grace after the deadline", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    await fx.moveDeadline(id, 0, -0.2); // past the deadline, well within the 2 s grace
    expect(await save(user.id, id, "just in time", 1)).toMatchObject({ ok: true });
  });

  it("refuses a save after the deadline and grace, keeping the text saved before", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    await save(user.id, id, "saved in time", 1);
    await fx.moveDeadline(id, 0, -10);
    expect(await save(user.id, id, "too late", 2)).toEqual({
      ok: false,
      status: 409,
      message: "Time was up for this question; your last saved answer is kept.",
    });
    expect(await fx.attempt(id, 0)).toMatchObject({ answer: "saved in time", answerRevision: 1 });
  });

  it("refuses a save replayed after the submit, keeping the submitted text", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    await submitAnswer({
      userId: user.id,
      interviewId: id,
      position: 0,
      text: "final",
      revision: 4,
      skipped: false,
    });
    expect(await save(user.id, id, "replayed", 5)).toMatchObject({
      ok: false,
      status: 409,
      message: expect.stringMatching(/already submitted/),
    });
    expect(await fx.attempt(id, 0)).toMatchObject({ answer: "final", answerRevision: 4 });
  });

  it("keeps the newest text when saves arrive out of order, and answers the older one ok", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    expect(await save(user.id, id, "third", 3)).toMatchObject({ ok: true });
    expect(await save(user.id, id, "second", 2)).toMatchObject({ ok: true });
    expect(await save(user.id, id, "third again", 3)).toMatchObject({ ok: true });
    expect(await fx.attempt(id, 0)).toMatchObject({ answer: "third", answerRevision: 3 });
  });

  it("keeps the newest of 20 concurrent saves arriving in random order", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    const revisions = Array.from({ length: 20 }, (_, i) => i + 1).sort(() => Math.random() - 0.5);
    const outcomes = await Promise.all(revisions.map((r) => save(user.id, id, `revision ${r}`, r)));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(await fx.attempt(id, 0)).toMatchObject({ answer: "revision 20", answerRevision: 20 });
  });

  it("answers 404 for another user's interview and changes nothing", async () => {
    const [owner, other] = [await fx.makeUser(), await fx.makeUser()];
    const { id } = await fx.startInterview(owner.id, { questions });
    await save(owner.id, id, "mine", 1);
    const before = await fx.snapshot(id);
    expect(await save(other.id, id, "theirs", 2)).toEqual({
      ok: false,
      status: 404,
      message: "That interview doesn't exist, or it isn't yours.",
    });
    expect(await fx.snapshot(id)).toEqual(before);
  });

  it("refuses a save for a question that isn't the current one", async () => {
    const user = await fx.makeUser();
    const { id } = await fx.startInterview(user.id, { questions });
    expect(await save(user.id, id, "ahead", 1, 1)).toMatchObject({ ok: false, status: 409 });
    expect((await fx.attempt(id, 1)).answer).toBe("");
  });
});
