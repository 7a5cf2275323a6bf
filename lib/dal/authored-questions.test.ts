// Who may change which question, and what deleting one may take with it, against the real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { questionInputSchema, type QuestionInput } from "@/lib/validations/authored-question";
import { uniqueWord } from "@/tests/db";
import { userFixtures, type TestUser } from "@/tests/users";
import {
  createQuestion,
  deleteQuestion,
  getEditableQuestion,
  getQuestionUsage,
  listMyQuestions,
  mayEditQuestion,
  setQuestionVisibility,
  updateQuestion,
} from "./authored-questions";

const users = userFixtures();
const run = uniqueWord("aq");
let author: TestUser, other: TestUser, admin: TestUser;
const as = (user: TestUser) => ({ userId: user.id, isAdmin: user.isAdmin });

function input(overrides: Record<string, unknown> = {}): QuestionInput {
  return questionInputSchema.parse({
    prompt: "How does a hash map handle collisions?",
    answerNotes: "Chaining or **open addressing**.",
    keyPoints: ["Buckets", "Load factor"],
    tags: [run],
    difficulty: "MEDIUM",
    suggestedSeconds: 300,
    ...overrides,
  });
}

const row = (slug: string) =>
  db.question.findUnique({ where: { slug }, select: { prompt: true, visibility: true, authorId: true } });

async function answer(userId: string, slug: string) {
  const question = await db.question.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const interview = await db.interview.create({ data: { userId }, select: { id: true } });
  await db.attempt.create({
    data: { interviewId: interview.id, userId, questionId: question.id, position: 0, allowedSeconds: 60 },
  });
}

async function addToSet(ownerId: string, slug: string) {
  const question = await db.question.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  await db.questionSet.create({
    data: { ownerId, title: "Mine", items: { create: { questionId: question.id, position: 0 } } },
  });
}

beforeAll(async () => {
  [author, other, admin] = await Promise.all([
    users.makeUser({ password: null }),
    users.makeUser({ password: null }),
    users.makeUser({ password: null }),
  ]);
  await db.user.update({ where: { id: admin.id }, data: { isAdmin: true } });
  admin = { ...admin, isAdmin: true };
});

afterAll(async () => {
  await db.question.deleteMany({ where: { tags: { has: run } } });
  await users.cleanup();
  await db.$disconnect();
});

describe("createQuestion", () => {
  it("stores the question as written by its author, with a fresh slug", async () => {
    const change = await createQuestion(
      as(author),
      input({ prompt: "<script>alert(1)</script> in a prompt?" }),
    );
    expect(change).toMatchObject({ wasPublic: false, isPublic: false });
    expect(change.slug).toMatch(/^script-alert-1-script-in-a-prompt-[a-z2-7]{6}$/);
    expect(await row(change.slug)).toEqual({
      prompt: "<script>alert(1)</script> in a prompt?",
      visibility: "PRIVATE",
      authorId: author.id,
    });
  });
});

describe("who may edit", () => {
  it("the author and admins; nobody else, and built-in questions only admins", async () => {
    const { slug } = await createQuestion(as(author), input());
    const builtIn = await createQuestion(as(author), input({ visibility: "PUBLIC" }));
    await db.question.update({ where: { slug: builtIn.slug }, data: { authorId: null } });

    expect(await getEditableQuestion(as(author), slug)).toMatchObject({
      slug,
      keyPoints: ["Buckets", "Load factor"],
    });
    expect(await getEditableQuestion(as(admin), slug)).toMatchObject({ slug });
    expect(await getEditableQuestion(as(other), slug)).toBeNull();
    expect(await mayEditQuestion(as(other), slug)).toBe(false);
    expect(await mayEditQuestion(as(author), builtIn.slug)).toBe(false);
    expect(await mayEditQuestion(as(admin), builtIn.slug)).toBe(true);
  });

  it("updateQuestion changes nothing for another user and everything for the author", async () => {
    const { slug } = await createQuestion(as(author), input());
    expect(await updateQuestion(as(other), slug, input({ prompt: "Taken over?" }))).toBeNull();
    expect((await row(slug))?.prompt).toBe("How does a hash map handle collisions?");

    const change = await updateQuestion(
      as(author),
      slug,
      input({ prompt: "Edited prompt", visibility: "PUBLIC" }),
    );
    expect(change).toEqual({ slug, wasPublic: false, isPublic: true });
    expect(await row(slug)).toEqual({ prompt: "Edited prompt", visibility: "PUBLIC", authorId: author.id });
  });

  it("setQuestionVisibility reports the change for cache refreshes, and refuses others", async () => {
    const { slug } = await createQuestion(as(author), input({ visibility: "PUBLIC" }));
    expect(await setQuestionVisibility(as(other), slug, "PRIVATE")).toBeNull();
    expect(await setQuestionVisibility(as(author), slug, "PRIVATE")).toEqual({
      slug,
      wasPublic: true,
      isPublic: false,
    });
    expect((await row(slug))?.visibility).toBe("PRIVATE");
  });
});

describe("deleteQuestion", () => {
  it("is refused while another user has answered the question", async () => {
    const { slug } = await createQuestion(as(author), input({ visibility: "PUBLIC" }));
    await answer(other.id, slug);
    await answer(other.id, slug);
    // Refused without saying how many answers: other people's practice is not the author's to count.
    expect(await deleteQuestion(as(author), slug)).toEqual({
      deleted: false,
      reason: "in-use",
      isPublic: true,
    });
    expect(await row(slug)).not.toBeNull();
    expect(await getQuestionUsage(as(author), slug)).toEqual({ ownAttempts: 0, usedByOthers: true });
  });

  it("is refused while the question is in another user's set, even for an admin", async () => {
    const { slug } = await createQuestion(as(author), input());
    await addToSet(other.id, slug);
    expect(await deleteQuestion(as(admin), slug)).toEqual({
      deleted: false,
      reason: "in-use",
      isPublic: false,
    });
    expect(await row(slug)).not.toBeNull();
  });

  it("takes the author's own answers and sets with it", async () => {
    const { slug } = await createQuestion(as(author), input());
    await answer(author.id, slug);
    await addToSet(author.id, slug);
    expect(await getQuestionUsage(as(author), slug)).toEqual({ ownAttempts: 1, usedByOthers: false });
    expect(await deleteQuestion(as(author), slug)).toEqual({
      deleted: true,
      change: { slug, wasPublic: false, isPublic: false },
    });
    expect(await row(slug)).toBeNull();
    expect(await db.attempt.count({ where: { userId: author.id, question: { slug } } })).toBe(0);
  });

  it("finds nothing of another user's to delete", async () => {
    const { slug } = await createQuestion(as(author), input());
    expect(await deleteQuestion(as(other), slug)).toEqual({ deleted: false, reason: "not-found" });
    expect(await row(slug)).not.toBeNull();
  });
});

describe("listMyQuestions", () => {
  it("lists only the user's own questions, private and public, with what deleting would touch", async () => {
    const lister = await users.makeUser({ password: null });
    const first = await createQuestion(as(lister), input({ prompt: "First of mine" }));
    const second = await createQuestion(
      as(lister),
      input({ prompt: "Second of mine", visibility: "PUBLIC" }),
    );
    await createQuestion(as(other), input({ prompt: "Not mine" }));
    await answer(other.id, second.slug);
    await answer(lister.id, first.slug);

    const mine = await listMyQuestions({ userId: lister.id });
    expect(mine.map((q) => [q.prompt, q.visibility, q.ownAttempts, q.usedByOthers])).toEqual([
      ["Second of mine", "PUBLIC", 0, true],
      ["First of mine", "PRIVATE", 1, false],
    ]);
  });
});
