// practiseQuestions, the Progress page's "Practise these": who may start it, which questions it
// accepts, and the interview it makes, against the real database.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { actAs, expectRefusedForAnonymous, resetAuthz } from "@/tests/authz";
import { interviewFixtures, type PickedQuestion } from "@/tests/interviews";
import type { TestUser } from "@/tests/users";
import { practiseQuestions } from "./progress";

const { sessionMock, navigationMock } = await vi.hoisted(() => import("@/tests/authz"));
vi.mock("@/lib/auth/session", sessionMock);
vi.mock("next/navigation", navigationMock);

const fx = interviewFixtures();
let questions: PickedQuestion[];
let hidden: PickedQuestion[];
let user: TestUser;

beforeAll(async () => {
  ({ questions } = await fx.makeQuestions(3, { suggestedSeconds: 150 }));
  const author = await fx.makeUser();
  ({ questions: hidden } = await fx.makeQuestions(1, { visibility: "PRIVATE", authorId: author.id }));
  user = await fx.makeUser();
});

beforeEach(() => actAs(user));

afterAll(async () => {
  await resetAuthz();
  await fx.cleanup();
  await db.$disconnect();
});

const picked = (ids: string[]) => {
  const data = new FormData();
  for (const id of ids) data.append("questionId", id);
  return data;
};

const interviewsOf = (userId: string) =>
  fx.prisma.interview.findMany({
    where: { userId },
    select: {
      id: true,
      mode: true,
      gradeEachQuestion: true,
      deadlineAt: true,
      filter: true,
      attempts: { orderBy: { position: "asc" }, select: { questionId: true, allowedSeconds: true } },
    },
  });

describe("practiseQuestions", () => {
  it("refuses anonymous visitors and starts nothing", async () => {
    await expectRefusedForAnonymous(
      () => practiseQuestions(null, picked([questions[0]!.id])),
      () => fx.prisma.interview.count({ where: { userId: user.id } }),
    );
  });

  it.each([
    ["no questions", [], "Pick at least one question."],
    ["a malformed id", ["x'; DROP TABLE"], "That isn't a question of the bank."],
    ["the same question twice", ["SAME", "SAME"], "Each question can be picked once."],
    ["more than 30 questions", Array.from({ length: 31 }, (_, i) => `q${i}`), "Pick at most 30 questions."],
  ])("refuses %s", async (_case, ids, message) => {
    const resolved = ids.map((id) => (id === "SAME" ? questions[0]!.id : id));
    expect(await practiseQuestions(null, picked(resolved))).toEqual({
      ok: false,
      message,
      fieldErrors: undefined,
    });
    expect(await interviewsOf(user.id)).toEqual([]);
  });

  it("refuses questions the user can't see or that don't exist", async () => {
    for (const ids of [
      [questions[0]!.id, hidden[0]!.id],
      [questions[0]!.id, "cnotaquestion000"],
    ]) {
      expect(await practiseQuestions(null, picked(ids))).toMatchObject({
        ok: false,
        message: "Some of these questions are no longer available. Reload the page and try again.",
      });
    }
    expect(await interviewsOf(user.id)).toEqual([]);
  });

  it("starts a strict interview of exactly those questions, in order, and redirects to it", async () => {
    const me = await fx.makeUser();
    actAs(me);
    const order = [questions[2]!, questions[0]!];
    const error = await practiseQuestions(null, picked(order.map((q) => q.id))).then(
      () => null,
      (e: unknown) => e as { redirectedTo?: string },
    );
    const [interview] = await interviewsOf(me.id);
    expect(error?.redirectedTo).toBe(`/interviews/${interview!.id}`);
    expect(interview).toMatchObject({
      mode: "STRICT",
      gradeEachQuestion: false,
      deadlineAt: null,
      filter: { tags: [], difficulty: null, count: 2, order: "fixed" },
    });
    expect(interview!.attempts).toEqual(order.map((q) => ({ questionId: q.id, allowedSeconds: 150 })));
  });
});
