import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { fullSet } from "@/lib/sets/io/fixtures.test-helpers";
import { setFileSchema } from "@/lib/validations/set-file";
import { userFixtures, type TestUser } from "@/tests/users";
import { importSet } from "./set-import";

// Lets a test break the import after the questions were written, to prove the rollback.
const sabotage = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/dal/question-writes", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/dal/question-writes")>();
  return {
    insertQuestions: async (...args: Parameters<typeof actual.insertQuestions>) => {
      const rows = await actual.insertQuestions(...args);
      return sabotage.on
        ? rows.map((row, i) => (i === rows.length - 1 ? { ...row, id: "missing-question" } : row))
        : rows;
    },
  };
});

const fx = userFixtures();
let user: TestUser;
const file = setFileSchema.parse(fullSet);

const written = async (userId: string) => ({
  questions: await fx.prisma.question.count({ where: { authorId: userId } }),
  sets: await fx.prisma.questionSet.count({ where: { ownerId: userId } }),
});

beforeAll(async () => {
  user = await fx.makeUser();
});

afterAll(async () => {
  await fx.prisma.question.deleteMany({ where: { authorId: user.id } });
  await fx.cleanup();
  await db.$disconnect();
});

describe("importSet", () => {
  it("creates private questions and a private set holding them in order", async () => {
    const { id } = await importSet({ userId: user.id, file });
    const set = await fx.prisma.questionSet.findUniqueOrThrow({
      where: { id },
      select: {
        ownerId: true,
        title: true,
        description: true,
        visibility: true,
        items: {
          orderBy: { position: "asc" },
          select: {
            position: true,
            secondsOverride: true,
            question: { select: { prompt: true, authorId: true, visibility: true, keyPoints: true } },
          },
        },
      },
    });
    expect(set).toMatchObject({
      ownerId: user.id,
      title: fullSet.title,
      description: fullSet.description,
      visibility: "PRIVATE",
    });
    expect(set.items).toEqual(
      fullSet.questions.map((q, position) => ({
        position,
        secondsOverride: q.secondsOverride,
        question: { prompt: q.prompt, authorId: user.id, visibility: "PRIVATE", keyPoints: q.keyPoints },
      })),
    );
  });

  it("writes nothing when it fails after the questions were inserted", async () => {
    const other = await fx.makeUser();
    sabotage.on = true;
    try {
      await expect(importSet({ userId: other.id, file })).rejects.toThrow();
    } finally {
      sabotage.on = false;
    }
    expect(await written(other.id)).toEqual({ questions: 0, sets: 0 });
  });
});
