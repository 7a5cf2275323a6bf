// Who may run the question actions: nobody signed out; on someone else's question, only an admin.
// Behaviour of each action: questions.test.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createQuestion as insert } from "@/lib/dal/authored-questions";
import { db } from "@/lib/db";
import { questionInputSchema } from "@/lib/validations/authored-question";
import {
  actAs,
  expectNoEffectForOtherUser,
  expectRefusedForAnonymous,
  form,
  resetAuthz,
} from "@/tests/authz";
import { uniqueWord } from "@/tests/db";
import { userFixtures, type TestUser } from "@/tests/users";
import { previewMarkdown } from "./markdown-preview";
import {
  canEditQuestion,
  createQuestion,
  deleteQuestion,
  makeQuestionPrivate,
  updateQuestion,
} from "./questions";
import type { ActionResult } from "./result";

const { sessionMock, nextCacheMock, navigationMock } = await vi.hoisted(() => import("@/tests/authz"));
vi.mock("@/lib/auth/session", sessionMock);
vi.mock("next/cache", nextCacheMock);
vi.mock("next/navigation", navigationMock);

const users = userFixtures();
const run = uniqueWord("qz");
let owner: TestUser, other: TestUser, admin: TestUser;

const fields = (slug: string, prompt = "Rewritten by someone") => {
  const data = form({ slug, prompt, answerNotes: "Notes", difficulty: "HARD", suggestedSeconds: "120" });
  data.append("keyPoints", "Point");
  data.append("tags", run);
  data.set("visibility", "PUBLIC");
  return data;
};

/** A public question of the owner's, as stored. */
async function ownersQuestion() {
  const input = questionInputSchema.parse({
    prompt: "Owner's own question",
    answerNotes: "Notes",
    keyPoints: ["One"],
    tags: [run],
    difficulty: "EASY",
    suggestedSeconds: 60,
    visibility: "PUBLIC",
  });
  return (await insert({ userId: owner.id, isAdmin: false }, input)).slug;
}

const state = (slug: string) =>
  db.question.findUnique({
    where: { slug },
    select: { prompt: true, visibility: true, difficulty: true, authorId: true, updatedAt: true },
  });

/** Every action that changes a question, on `slug`. */
const writes: [string, (slug: string) => Promise<ActionResult | unknown>][] = [
  ["updateQuestion", (slug) => updateQuestion(null, fields(slug))],
  ["deleteQuestion", (slug) => deleteQuestion(null, form({ slug }))],
  ["makeQuestionPrivate", (slug) => makeQuestionPrivate(null, form({ slug }))],
];

/** Runs an action that may redirect; a redirect reads as success. */
const settle = (action: Promise<unknown>) =>
  action.then(
    (result) => result,
    (e: { redirectedTo?: string }) => {
      if (!e.redirectedTo) throw e;
      return { ok: true, redirectedTo: e.redirectedTo };
    },
  );

beforeAll(async () => {
  [owner, other, admin] = await Promise.all([
    users.makeUser({ password: null }),
    users.makeUser({ password: null }),
    users.makeUser({ password: null }),
  ]);
  await db.user.update({ where: { id: admin.id }, data: { isAdmin: true } });
  admin = { ...admin, isAdmin: true };
});

beforeEach(() => actAs(null));

afterAll(async () => {
  await db.question.deleteMany({ where: { tags: { has: run } } });
  await resetAuthz();
  await users.cleanup();
  await db.$disconnect();
});

describe("anonymous visitors are refused, and nothing changes", () => {
  it.each(writes)("%s", async (_name, act) => {
    const slug = await ownersQuestion();
    await expectRefusedForAnonymous(
      () => act(slug) as Promise<ActionResult>,
      () => state(slug),
    );
  });

  it("createQuestion and previewMarkdown", async () => {
    const count = () => db.question.count({ where: { tags: { has: run } } });
    await expectRefusedForAnonymous(() => createQuestion(null, fields("unused")), count);
    expect(await previewMarkdown("**x**")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/sign in/i),
    });
    expect(await canEditQuestion(await ownersQuestion())).toBe(false);
  });
});

describe("another user changes nothing of the owner's question", () => {
  it.each(writes)("%s", async (_name, act) => {
    const slug = await ownersQuestion();
    const result = await expectNoEffectForOtherUser({
      actingAs: other,
      victimState: () => state(slug),
      run: () => settle(act(slug)),
    });
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/isn't yours/),
      fieldErrors: undefined,
    });
  });

  it("canEditQuestion says no", async () => {
    actAs(other);
    expect(await canEditQuestion(await ownersQuestion())).toBe(false);
  });
});

describe("the owner and an admin may change it", () => {
  it.each([
    ["owner", () => owner],
    ["admin", () => admin],
  ])("%s", async (_who, who) => {
    actAs(who());
    const edited = await ownersQuestion();
    expect(await canEditQuestion(edited)).toBe(true);
    expect(await settle(updateQuestion(null, fields(edited, "Rewritten by its editor")))).toMatchObject({
      redirectedTo: `/questions/${edited}`,
    });
    expect(await state(edited)).toMatchObject({ prompt: "Rewritten by its editor", authorId: owner.id });

    expect(await makeQuestionPrivate(null, form({ slug: edited }))).toMatchObject({ ok: true });
    expect((await state(edited))?.visibility).toBe("PRIVATE");

    expect(await settle(deleteQuestion(null, form({ slug: edited })))).toMatchObject({
      redirectedTo: "/my-questions",
    });
    expect(await state(edited)).toBeNull();
  });

  it("a built-in question is an admin's alone", async () => {
    const slug = await ownersQuestion();
    await db.question.update({ where: { slug }, data: { authorId: null } });
    actAs(owner);
    expect(await canEditQuestion(slug)).toBe(false);
    expect(await updateQuestion(null, fields(slug))).toMatchObject({ ok: false });
    actAs(admin);
    expect(await canEditQuestion(slug)).toBe(true);
    expect(await settle(updateQuestion(null, fields(slug, "Fixed by an admin")))).toMatchObject({ ok: true });
    expect(await state(slug)).toMatchObject({ prompt: "Fixed by an admin", authorId: null });
  });
});
