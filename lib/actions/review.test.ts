// The review actions of the Practice page, against the real database: "Practise due questions"
// and the interview-date form. reviewNow() is the real time here (no test hooks in vitest).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { DAY_MS, startOfUtcDay, toDateInput } from "@/lib/review/days";
import { actAs, expectRefusedForAnonymous, form, resetAuthz } from "@/tests/authz";
import { interviewFixtures, type PickedQuestion } from "@/tests/interviews";
import type { TestUser } from "@/tests/users";
import { practiseDueQuestions, saveInterviewDate } from "./review";

const { sessionMock, nextCacheMock, navigationMock } = await vi.hoisted(() => import("@/tests/authz"));
vi.mock("@/lib/auth/session", sessionMock);
vi.mock("next/cache", nextCacheMock);
vi.mock("next/navigation", navigationMock);

const fx = interviewFixtures();
let user: TestUser;
let questions: PickedQuestion[];

beforeAll(async () => {
  user = await fx.makeUser();
  ({ questions } = await fx.makeQuestions(3, { suggestedSeconds: 90 }));
});

beforeEach(() => actAs(user));

afterAll(async () => {
  await resetAuthz();
  await fx.cleanup();
  await db.$disconnect();
});

/** Review states as if reviewed before: due `daysAgo` days ago (negative: in the future). */
async function reviewed(userId: string, entries: [PickedQuestion, number][]) {
  for (const [question, daysAgo] of entries) {
    await fx.prisma.reviewState.create({
      data: {
        userId,
        questionId: question.id,
        due: new Date(Date.now() - daysAgo * DAY_MS),
        stability: 1,
        difficulty: 5,
        reps: 1,
        phase: "REVIEW",
        lastReviewAt: new Date(Date.now() - (daysAgo + 1) * DAY_MS),
      },
      select: { userId: true },
    });
  }
}

async function redirected(data: FormData) {
  const outcome = await practiseDueQuestions(null, data).then(
    (result) => ({ result }),
    (e: unknown) => e,
  );
  expect(outcome).toMatchObject({ redirectedTo: expect.stringMatching(/^\/interviews\/\w+$/) });
  return (outcome as { redirectedTo: string }).redirectedTo.split("/").pop()!;
}

const attemptsOf = (interviewId: string) =>
  fx.prisma.attempt.findMany({
    where: { interviewId },
    orderBy: { position: "asc" },
    select: { questionId: true, allowedSeconds: true },
  });

const targetOf = (userId: string) =>
  fx.prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { targetInterviewAt: true, targetTags: true },
  });

describe("practiseDueQuestions", () => {
  it("refuses anonymous visitors and starts nothing", async () => {
    await expectRefusedForAnonymous(
      () => practiseDueQuestions(null, form({ count: "5" })),
      () => fx.prisma.interview.count(),
    );
  });

  it.each([
    [{ count: "0" }, "count", "Choose at least 1 question."],
    [{ count: "31" }, "count", "Choose at most 30 questions."],
    [
      { count: "5", timing: "fixed", minutesPerQuestion: "0.1" },
      "secondsPerQuestion",
      "Allow at least 30 seconds per question.",
    ],
    [
      { count: "5", timing: "fixed", minutesPerQuestion: "" },
      "secondsPerQuestion",
      "Allow at least 30 seconds per question.",
    ],
  ])("refuses %j with a message for %s", async (fields, field, message) => {
    const result = await practiseDueQuestions(null, form(fields));
    expect(result).toEqual({
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: { [field]: [message] },
    });
  });

  it("starts an interview of the due questions, most overdue first, topped up with unseen ones", async () => {
    const learner = await fx.makeUser();
    actAs(learner);
    await reviewed(learner.id, [
      [questions[0]!, 1],
      [questions[1]!, 5],
      [questions[2]!, -3], // not due yet
    ]);
    const id = await redirected(form({ count: "4", timing: "fixed", minutesPerQuestion: "1.5" }));
    const attempts = await attemptsOf(id);
    expect(attempts.slice(0, 2)).toEqual([
      { questionId: questions[1]!.id, allowedSeconds: 90 },
      { questionId: questions[0]!.id, allowedSeconds: 90 },
    ]);
    expect(attempts).toHaveLength(4);
    const toppedUp = attempts.slice(2).map((a) => a.questionId);
    expect(toppedUp).not.toContain(questions[2]!.id);
    expect(
      await fx.prisma.reviewState.count({ where: { userId: learner.id, questionId: { in: toppedUp } } }),
    ).toBe(0);

    // Each question's suggested time unless a fixed one is chosen.
    const suggested = await attemptsOf(await redirected(form({ count: "1" })));
    expect(suggested).toEqual([{ questionId: questions[1]!.id, allowedSeconds: 90 }]);
  });

  it("says so when nothing is due and every question has been seen", async () => {
    const veteran = await fx.makeUser();
    actAs(veteran);
    await fx.prisma.$executeRaw`
      INSERT INTO "ReviewState" ("userId", "questionId", "due", "stability", "difficulty", "updatedAt")
      SELECT ${veteran.id}, q."id", now() + interval '30 days', 10, 5, now() FROM "Question" q
      WHERE q."visibility" = 'PUBLIC' OR q."authorId" = ${veteran.id}`;
    expect(await practiseDueQuestions(null, form({ count: "10" }))).toEqual({
      ok: false,
      message: expect.stringMatching(/^Nothing is due and you have seen every question\./),
      fieldErrors: undefined,
    });
    expect(await fx.prisma.interview.count({ where: { userId: veteran.id } })).toBe(0);
  });
});

describe("saveInterviewDate", () => {
  const inDays = (days: number) => toDateInput(new Date(Date.now() + days * DAY_MS));

  it("refuses anonymous visitors and changes nothing", async () => {
    await expectRefusedForAnonymous(
      () => saveInterviewDate(null, form({ intent: "save", interviewAt: inDays(10) })),
      () => targetOf(user.id),
    );
  });

  it("saves the date and tags, refuses bad dates under the field, and clears", async () => {
    const tagged = form({ intent: "save", interviewAt: inDays(14) });
    tagged.append("tags", "layers");
    tagged.append("tags", "sqs");
    const saved = await saveInterviewDate(null, tagged);
    expect(saved).toEqual({
      ok: true,
      message: expect.stringMatching(/^Saved: your interview is on \d+ \w+ \d{4}\.$/),
    });
    expect(await targetOf(user.id)).toEqual({
      targetInterviewAt: startOfUtcDay(new Date(Date.now() + 14 * DAY_MS)),
      targetTags: ["layers", "sqs"],
    });

    for (const [interviewAt, message] of [
      [inDays(-1), "Choose today or a later date."],
      [inDays(3 * 365), "Choose a date within 2 years from today."],
      ["", "Choose the date of your interview."],
    ]) {
      expect(await saveInterviewDate(null, form({ intent: "save", interviewAt: interviewAt! }))).toEqual({
        ok: false,
        message: "Check the highlighted fields.",
        fieldErrors: { interviewAt: [message] },
      });
    }
    expect((await targetOf(user.id)).targetTags).toEqual(["layers", "sqs"]);

    expect(await saveInterviewDate(null, form({ intent: "clear", interviewAt: "garbage" }))).toEqual({
      ok: true,
      message: "Interview date cleared.",
    });
    expect(await targetOf(user.id)).toEqual({ targetInterviewAt: null, targetTags: [] });
  });
});
