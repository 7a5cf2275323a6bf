// startInterview, the Practice form's action: who may start, what the form must hold, and the
// interview it makes, against the real database.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { actAs, expectRefusedForAnonymous, form, resetAuthz } from "@/tests/authz";
import { interviewFixtures, type PickedQuestion } from "@/tests/interviews";
import type { TestUser } from "@/tests/users";
import { startInterview } from "./interviews";

const { sessionMock, navigationMock } = await vi.hoisted(() => import("@/tests/authz"));
vi.mock("@/lib/auth/session", sessionMock);
// redirect() throws in Next too; here the error carries the URL so tests can read it.
vi.mock("next/navigation", navigationMock);

const fx = interviewFixtures();
let group: string;
let questions: PickedQuestion[];
let user: TestUser;

beforeAll(async () => {
  ({ group, questions } = await fx.makeQuestions(3, { suggestedSeconds: 90 }));
  user = await fx.makeUser();
});

beforeEach(() => actAs(user));

afterAll(async () => {
  await resetAuthz();
  await fx.cleanup();
  await db.$disconnect();
});

const interviewsOf = (userId: string) =>
  fx.prisma.interview.findMany({
    where: { userId },
    select: {
      id: true,
      mode: true,
      gradeEachQuestion: true,
      deadlineAt: true,
      startedAt: true,
      attempts: { orderBy: { position: "asc" }, select: { questionId: true, allowedSeconds: true } },
    },
  });

/** The Practice form as posted: one `tags` entry per ticked tag. */
function practiceForm(fields: Record<string, string>, tags = [group]) {
  const data = form({ count: "2", ...fields });
  for (const tag of tags) data.append("tags", tag);
  return data;
}

/** Runs the action, expecting the redirect; answers the URL. */
async function redirected(data: FormData) {
  const error = await startInterview(null, data).then(
    (result) => ({ result }),
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ redirectedTo: expect.any(String) });
  return (error as { redirectedTo: string }).redirectedTo;
}

describe("startInterview", () => {
  it("refuses anonymous visitors and starts nothing", async () => {
    await expectRefusedForAnonymous(
      () => startInterview(null, practiceForm({})),
      () =>
        fx.prisma.interview.count({ where: { attempts: { some: { question: { tags: { has: group } } } } } }),
    );
  });

  it.each([
    [{ count: "0" }, "count", "Choose at least 1 question."],
    [{ count: "31" }, "count", "Choose at most 30 questions."],
    [{ count: "" }, "count", "Choose at least 1 question."],
    [
      { timing: "fixed", secondsPerQuestion: "10" },
      "secondsPerQuestion",
      "Allow at least 30 seconds per question.",
    ],
    [
      { timing: "fixed", secondsPerQuestion: "" },
      "secondsPerQuestion",
      "Allow at least 30 seconds per question.",
    ],
    [{ totalMinutes: "601" }, "totalMinutes", "A time limit can be at most 600 minutes."],
    [{ totalMinutes: "ten" }, "totalMinutes", undefined],
    [{ mode: "RELAXED" }, "mode", undefined],
  ])("refuses %j with fieldErrors.%s", async (fields, field, message) => {
    const result = await startInterview(null, practiceForm(fields));
    expect(result).toMatchObject({ ok: false, message: "Check the highlighted fields." });
    const errors = (result as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(Object.keys(errors)).toEqual([field]);
    if (message) expect(errors[field]).toEqual([message]);
    expect(await interviewsOf(user.id)).toEqual([]);
  });

  it("refuses tags that aren't tags", async () => {
    const result = await startInterview(null, practiceForm({}, ["Lambda; DROP TABLE"]));
    expect(result).toMatchObject({ ok: false, fieldErrors: { tags: ["Pick tags from the list."] } });
  });

  it("says so when no question matches the filters", async () => {
    const result = await startInterview(null, practiceForm({ difficulty: "HARD" }));
    expect(result).toEqual({
      ok: false,
      message: "No questions match these filters. Remove a tag or the difficulty.",
      fieldErrors: undefined,
    });
    expect(await interviewsOf(user.id)).toEqual([]);
  });

  it("starts an interview of the chosen questions and redirects to it", async () => {
    const me = await fx.makeUser();
    actAs(me);
    const url = await redirected(practiceForm({ count: "2", order: "fixed", mode: "PRACTICE" }));
    const [interview] = await interviewsOf(me.id);
    expect(url).toBe(`/interviews/${interview!.id}`);
    expect(interview).toMatchObject({ mode: "PRACTICE", gradeEachQuestion: false, deadlineAt: null });
    expect(interview!.attempts).toEqual(
      questions.slice(0, 2).map((q) => ({ questionId: q.id, allowedSeconds: 90 })),
    );
  });

  it("applies a fixed time per question, a limit on the whole interview and grading as you go", async () => {
    const me = await fx.makeUser();
    actAs(me);
    await redirected(
      practiceForm({
        count: "5",
        timing: "fixed",
        secondsPerQuestion: "45",
        totalMinutes: "2",
        gradeEachQuestion: "on",
      }),
    );
    const [interview] = await interviewsOf(me.id);
    expect(interview).toMatchObject({ mode: "STRICT", gradeEachQuestion: true });
    expect(interview!.attempts.map((a) => a.allowedSeconds)).toEqual([45, 45, 45]);
    expect(interview!.deadlineAt!.getTime() - interview!.startedAt.getTime()).toBe(120_000);
  });
});
