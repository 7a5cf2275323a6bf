import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionInput, QuestionVisibilityValue } from "@/lib/validations/authored-question";
import { insertQuestions, questionContentSelect } from "./question-writes";

/** Who is acting on a question: its author may change it, an admin may change any. */
export interface QuestionActor {
  userId: string;
  isAdmin: boolean;
}

/** The questions `actor` may edit or delete; built-in ones (no author) only for admins. */
function editableBy(actor: QuestionActor): Prisma.QuestionWhereInput {
  return actor.isAdmin ? {} : { authorId: actor.userId };
}

export type QuestionChange = { slug: string; wasPublic: boolean; isPublic: boolean };

export async function createQuestion(actor: QuestionActor, input: QuestionInput): Promise<QuestionChange> {
  const [created] = await insertQuestions(actor.userId, [input]);
  return { slug: created!.slug, wasPublic: false, isPublic: input.visibility === "PUBLIC" };
}

/** The question as its editor needs it, or null when it doesn't exist or isn't the actor's to edit. */
export async function getEditableQuestion(actor: QuestionActor, slug: string) {
  return db.question.findFirst({
    where: { slug, ...editableBy(actor) },
    select: { slug: true, ...questionContentSelect, visibility: true },
  });
}

export type EditableQuestion = NonNullable<Awaited<ReturnType<typeof getEditableQuestion>>>;

/** Writes `data` to the actor's question in one transaction; null when it isn't theirs to edit. */
async function changeQuestion(
  actor: QuestionActor,
  slug: string,
  data: Partial<QuestionInput> & { visibility: QuestionVisibilityValue },
): Promise<QuestionChange | null> {
  return db.$transaction(async (tx) => {
    const before = await tx.question.findFirst({
      where: { slug, ...editableBy(actor) },
      select: { id: true, visibility: true },
    });
    if (!before) return null;
    await tx.question.updateMany({ where: { id: before.id, ...editableBy(actor) }, data });
    return { slug, wasPublic: before.visibility === "PUBLIC", isPublic: data.visibility === "PUBLIC" };
  });
}

/** Replaces every field; the slug stays, so links keep working. Null when not the actor's to edit. */
export async function updateQuestion(actor: QuestionActor, slug: string, input: QuestionInput) {
  return changeQuestion(actor, slug, input);
}

export async function setQuestionVisibility(
  actor: QuestionActor,
  slug: string,
  visibility: QuestionVisibilityValue,
) {
  return changeQuestion(actor, slug, { visibility });
}

/** What other people have built on a question: their answers and their sets. */
const othersUsage = (userId: string) =>
  ({
    attempts: { where: { userId: { not: userId } } },
    setItems: { where: { set: { ownerId: { not: userId } } } },
  }) as const;

export type DeleteOutcome =
  | { deleted: true; change: QuestionChange }
  | { deleted: false; reason: "not-found" }
  // No counts: how many other people practised a question is theirs, not its author's, to know.
  | { deleted: false; reason: "in-use"; isPublic: boolean };

/**
 * Deletes a question only when nobody but the actor has answered it or put it in a set: attempts
 * and set items cascade, and other people's history must never go with it. The row is locked
 * first, so an answer started meanwhile either counts or waits until the question is gone.
 */
export async function deleteQuestion(actor: QuestionActor, slug: string): Promise<DeleteOutcome> {
  return db.$transaction(async (tx) => {
    const found = await tx.question.findFirst({
      where: { slug, ...editableBy(actor) },
      select: { id: true },
    });
    if (!found) return { deleted: false, reason: "not-found" };
    await tx.$queryRaw`SELECT 1 FROM "Question" WHERE "id" = ${found.id} FOR UPDATE`;
    const question = await tx.question.findUniqueOrThrow({
      where: { id: found.id },
      select: { visibility: true, _count: { select: othersUsage(actor.userId) } },
    });
    const isPublic = question.visibility === "PUBLIC";
    if (question._count.attempts || question._count.setItems)
      return { deleted: false, reason: "in-use", isPublic };
    await tx.question.deleteMany({ where: { id: found.id, ...editableBy(actor) } });
    return { deleted: true, change: { slug, wasPublic: isPublic, isPublic: false } };
  });
}

export interface MyQuestion {
  slug: string;
  prompt: string;
  tags: string[];
  difficulty: "EASY" | "MEDIUM" | "HARD";
  visibility: QuestionVisibilityValue;
  updatedAt: Date;
  /** The author's own answers, which go with the question if it is deleted. */
  ownAttempts: number;
  /** Other people answered it or keep it in a set: it can be made private, not deleted. */
  usedByOthers: boolean;
}

/** The user's own questions, private and public, most recently changed first. */
export async function listMyQuestions({ userId }: { userId: string }): Promise<MyQuestion[]> {
  const rows = await db.question.findMany({
    where: { authorId: userId },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 500,
    select: {
      slug: true,
      prompt: true,
      tags: true,
      difficulty: true,
      visibility: true,
      updatedAt: true,
      _count: { select: { ...othersUsage(userId) } },
      attempts: { where: { userId }, select: { id: true } },
    },
  });
  return rows.map(({ _count, attempts, ...row }) => ({
    ...row,
    ownAttempts: attempts.length,
    usedByOthers: _count.attempts + _count.setItems > 0,
  }));
}

/** Whether `actor` may edit the question, without reading it. */
export async function mayEditQuestion(actor: QuestionActor, slug: string): Promise<boolean> {
  return (await db.question.count({ where: { slug, ...editableBy(actor) } })) > 0;
}

/** What deleting the question would touch, for the confirmation; null when not the actor's. */
export async function getQuestionUsage(actor: QuestionActor, slug: string) {
  const row = await db.question.findFirst({
    where: { slug, ...editableBy(actor) },
    select: {
      _count: { select: othersUsage(actor.userId) },
      attempts: { where: { userId: actor.userId }, select: { id: true } },
    },
  });
  if (!row) return null;
  return { ownAttempts: row.attempts.length, usedByOthers: row._count.attempts + row._count.setItems > 0 };
}
