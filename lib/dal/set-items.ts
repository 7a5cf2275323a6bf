import "server-only";
import { db } from "@/lib/db";
import { SET_LIMITS } from "@/lib/sets/limits";
import type { QuestionInput } from "@/lib/validations/authored-question";
import { insertQuestions } from "./question-writes";
import { lockOwnedSet, SetError, setItems, type SetTx } from "./sets";

const notInSet = () => new SetError(404, "That question isn't in this set.");

/** Refuses a full set; otherwise the position after the last question. */
async function nextPosition(tx: SetTx, setId: string) {
  const [row] = await tx.$queryRaw<{ count: bigint; next: number }[]>`
    SELECT count(*) AS "count", COALESCE(max("position") + 1, 0)::int AS "next"
    FROM "QuestionSetItem" WHERE "setId" = ${setId}`;
  if (Number(row!.count) >= SET_LIMITS.items.max)
    throw new SetError(409, `A set holds at most ${SET_LIMITS.items.max.toLocaleString("en")} questions.`);
  return row!.next;
}

const touch = (tx: SetTx, setId: string) =>
  tx.$executeRaw`UPDATE "QuestionSet" SET "updatedAt" = now() WHERE "id" = ${setId}`;

/**
 * Adds a bank question to the end of the owner's set. Only a question the owner may see can be
 * added: a public one or one of their own; anyone else's private question is "not found".
 */
export async function addSetItem(args: { userId: string; setId: string; slug: string }) {
  await db.$transaction(async (tx) => {
    await lockOwnedSet(tx, args.setId, args.userId);
    const question = await tx.question.findFirst({
      where: { slug: args.slug, OR: [{ visibility: "PUBLIC" }, { authorId: args.userId }] },
      select: { id: true },
    });
    if (!question) throw new SetError(404, "That question doesn't exist, or it's private.");
    const existing = await tx.questionSetItem.findUnique({
      where: { setId_questionId: { setId: args.setId, questionId: question.id } },
      select: { id: true },
    });
    if (existing) throw new SetError(409, "That question is already in this set.");
    const position = await nextPosition(tx, args.setId);
    await tx.questionSetItem.create({
      data: { setId: args.setId, questionId: question.id, position },
      select: { id: true },
    });
    await touch(tx, args.setId);
  });
}

/** Writes a new private question of the owner's and adds it to the set, all or nothing. */
export async function writeSetQuestion(args: { userId: string; setId: string; input: QuestionInput }) {
  return db.$transaction(async (tx) => {
    await lockOwnedSet(tx, args.setId, args.userId);
    const position = await nextPosition(tx, args.setId);
    const [question] = await insertQuestions(args.userId, [{ ...args.input, visibility: "PRIVATE" }], tx);
    await tx.questionSetItem.create({
      data: { setId: args.setId, questionId: question!.id, position },
      select: { id: true },
    });
    await touch(tx, args.setId);
    return question!;
  });
}

/** Takes a question out of the set (the question itself stays in the bank). */
export async function removeSetItem(args: { userId: string; setId: string; questionId: string }) {
  await db.$transaction(async (tx) => {
    await lockOwnedSet(tx, args.setId, args.userId);
    const { count } = await tx.questionSetItem.deleteMany({
      where: { setId: args.setId, questionId: args.questionId },
    });
    if (!count) throw notInSet();
    await tx.$executeRaw`
      UPDATE "QuestionSetItem" i SET "position" = r.n - 1
      FROM (SELECT "id", row_number() OVER (ORDER BY "position", "id")::int AS n
            FROM "QuestionSetItem" WHERE "setId" = ${args.setId}) r
      WHERE i."id" = r."id" AND i."position" <> r.n - 1`;
    await touch(tx, args.setId);
  });
}

/**
 * Moves a question to index `to` of the set as its owner sees it (clamped to the ends); the rest
 * keep their order. Returns the new index. Every position is rewritten in one statement.
 */
export async function moveSetItem(args: { userId: string; setId: string; questionId: string; to: number }) {
  return db.$transaction(async (tx) => {
    await lockOwnedSet(tx, args.setId, args.userId);
    const visible = (await setItems(args.setId, args.userId, tx)).map((i) => i.questionId);
    const from = visible.indexOf(args.questionId);
    if (from < 0) throw notInSet();
    const to = Math.max(0, Math.min(visible.length - 1, args.to));
    if (to === from) return to;
    visible.splice(from, 1);
    visible.splice(to, 0, args.questionId);
    const all = await tx.questionSetItem.findMany({
      where: { setId: args.setId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { questionId: true },
    });
    const shown = new Set(visible);
    const order = [...visible, ...all.map((i) => i.questionId).filter((id) => !shown.has(id))];
    const positions = order.map((_, index) => index);
    await tx.$executeRaw`
      UPDATE "QuestionSetItem" i SET "position" = v.p
      FROM unnest(${order}::text[], ${positions}::int[]) AS v(q, p)
      WHERE i."setId" = ${args.setId} AND i."questionId" = v.q`;
    await touch(tx, args.setId);
    return to;
  });
}

/** The time allowed for one question in this set; null goes back to its suggested time. */
export async function setItemTime(args: {
  userId: string;
  setId: string;
  questionId: string;
  seconds: number | null;
}) {
  const { count } = await db.questionSetItem.updateMany({
    where: { setId: args.setId, questionId: args.questionId, set: { ownerId: args.userId } },
    data: { secondsOverride: args.seconds },
  });
  if (!count) throw notInSet();
}
