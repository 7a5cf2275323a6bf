import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SetDetails, SetVisibilityValue } from "@/lib/validations/sets";

export class SetError extends Error {
  constructor(
    readonly status: 404 | 409 | 422,
    message: string,
  ) {
    super(message);
  }
}
export const setNotFound = () => new SetError(404, "That set doesn't exist, or it isn't yours.");

/** The app's client or one of its transactions. */
export type SetTx = Prisma.TransactionClient;

/** A question of a set, as far as the set's owner may see it. */
export interface SetItemRow {
  questionId: string;
  position: number;
  secondsOverride: number | null;
  slug: string;
  prompt: string;
  difficulty: "EASY" | "MEDIUM" | "HARD";
  suggestedSeconds: number;
}

/**
 * The set's questions in order. Only questions its owner may see count (public ones, and the
 * owner's own private ones): a question someone else made private later drops out of the set.
 * Callers check first that the viewer may read the set.
 */
export async function setItems(setId: string, ownerId: string, client: Pick<SetTx, "$queryRaw"> = db) {
  return client.$queryRaw<SetItemRow[]>`
    SELECT i."questionId", i."position", i."secondsOverride", q."slug", q."prompt",
           q."difficulty"::text AS "difficulty", q."suggestedSeconds"
    FROM "QuestionSetItem" i JOIN "Question" q ON q."id" = i."questionId"
    WHERE i."setId" = ${setId} AND (q."visibility" = 'PUBLIC' OR q."authorId" = ${ownerId})
    ORDER BY i."position", i."id"`;
}

const setSelect = {
  id: true,
  ownerId: true,
  title: true,
  description: true,
  visibility: true,
  shareToken: true,
  updatedAt: true,
  owner: { select: { name: true } },
  clonedFrom: { select: { title: true, visibility: true, owner: { select: { name: true } } } },
} satisfies Prisma.QuestionSetSelect;

/**
 * Who a clone is credited to. The original's title is shown only while the original is public: a
 * link-only or private set's title (which may have changed since) is not for the clone's readers.
 */
function cloneCredit(original: { title: string; visibility: string; owner: { name: string | null } } | null) {
  if (!original) return null;
  return { ownerName: original.owner.name, title: original.visibility === "PUBLIC" ? original.title : null };
}

async function readSet(where: Prisma.QuestionSetWhereInput) {
  const set = await db.questionSet.findFirst({ where, select: setSelect });
  if (!set) return null;
  return { ...set, clonedFrom: cloneCredit(set.clonedFrom), items: await setItems(set.id, set.ownerId) };
}
export type SetWithItems = NonNullable<Awaited<ReturnType<typeof readSet>>>;

/** The owner's set with its questions, for the editor; null for anyone else. */
export const getOwnedSet = (args: { userId: string; setId: string }) =>
  readSet({ id: args.setId, ownerId: args.userId });

/** A set opened through its share link; null once the link is revoked or replaced. */
export const getSharedSet = (args: { token: string }) =>
  readSet({ shareToken: args.token, visibility: { in: ["LINK", "PUBLIC"] } });

/** A public set, or the viewer's own; null otherwise. */
export const getReadableSet = (args: { userId: string; setId: string }) =>
  readSet({ id: args.setId, OR: [{ ownerId: args.userId }, { visibility: "PUBLIC" }] });

export interface SetSummary {
  id: string;
  title: string;
  description: string;
  visibility: SetVisibilityValue;
  ownerName: string | null;
  updatedAt: Date;
  questionCount: number;
  totalSeconds: number;
}

/** Sets with their question count and total time, counted as the owner sees the questions. */
async function summaries(where: Prisma.Sql, order: Prisma.Sql, limit: number, offset = 0) {
  const rows = await db.$queryRaw<(Omit<SetSummary, "questionCount" | "totalSeconds"> & Counts)[]>`
    SELECT s."id", s."title", s."description", s."visibility"::text AS "visibility", s."updatedAt",
           u."name" AS "ownerName", c."questionCount", c."totalSeconds", count(*) OVER () AS "total"
    FROM "QuestionSet" s JOIN "User" u ON u."id" = s."ownerId"
    CROSS JOIN LATERAL (
      SELECT count(q."id") AS "questionCount",
             COALESCE(sum(COALESCE(i."secondsOverride", q."suggestedSeconds")), 0) AS "totalSeconds"
      FROM "QuestionSetItem" i JOIN "Question" q ON q."id" = i."questionId"
      WHERE i."setId" = s."id" AND (q."visibility" = 'PUBLIC' OR q."authorId" = s."ownerId")) c
    WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
  return {
    total: Number(rows[0]?.total ?? 0),
    sets: rows.map(({ total: _total, ...r }) => ({
      ...r,
      questionCount: Number(r.questionCount),
      totalSeconds: Number(r.totalSeconds),
    })),
  };
}
type Counts = { questionCount: bigint; totalSeconds: bigint; total: bigint };

/** The user's own sets, most recently changed first. */
export async function listMySets(args: { userId: string }) {
  const { sets } = await summaries(
    Prisma.sql`s."ownerId" = ${args.userId}`,
    Prisma.sql`s."updatedAt" DESC, s."id"`,
    500,
  );
  return sets;
}

/** Public sets, newest changes first, optionally matching a title. */
export async function listPublicSets(args: { q: string; page: number; pageSize: number }) {
  const conditions = [Prisma.sql`s."visibility" = 'PUBLIC'`];
  if (args.q) {
    const pattern = `%${args.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(Prisma.sql`s."title" ILIKE ${pattern}`);
  }
  const { sets, total } = await summaries(
    Prisma.join(conditions, " AND "),
    Prisma.sql`s."updatedAt" DESC, s."id"`,
    args.pageSize,
    (args.page - 1) * args.pageSize,
  );
  return { sets, total, pageCount: Math.max(1, Math.ceil(total / args.pageSize)) };
}

export async function createSet(args: { userId: string } & SetDetails) {
  const set = await db.questionSet.create({
    data: { ownerId: args.userId, title: args.title, description: args.description },
    select: { id: true },
  });
  return set.id;
}

export async function updateSetDetails(args: { userId: string; setId: string } & SetDetails) {
  const { count } = await db.questionSet.updateMany({
    where: { id: args.setId, ownerId: args.userId },
    data: { title: args.title, description: args.description },
  });
  if (!count) throw setNotFound();
}

/** Deletes the owner's set; interviews run from it keep their answers and lose the link. */
export async function deleteSet(args: { userId: string; setId: string }) {
  const { count } = await db.questionSet.deleteMany({ where: { id: args.setId, ownerId: args.userId } });
  if (!count) throw setNotFound();
}

/** Locks the owner's set row for this transaction; 404 for anyone else's. */
export async function lockOwnedSet(tx: SetTx, setId: string, userId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "QuestionSet" WHERE "id" = ${setId} AND "ownerId" = ${userId} FOR UPDATE`;
  if (!rows.length) throw setNotFound();
}

/**
 * What an interview from a set runs: the set's first `max` questions in order, each with its time
 * in the set. The user must own the set, or it must be public, or `token` must be its live link.
 */
export async function questionsForSetInterview(args: {
  userId: string;
  setId?: string;
  token?: string;
  max: number;
}) {
  const where: Prisma.QuestionSetWhereInput = args.token
    ? { shareToken: args.token, visibility: { in: ["LINK", "PUBLIC"] } }
    : { id: args.setId ?? "", OR: [{ ownerId: args.userId }, { visibility: "PUBLIC" }] };
  const set = await db.questionSet.findFirst({ where, select: { id: true, ownerId: true } });
  if (!set) return null;
  const items = await setItems(set.id, set.ownerId);
  return {
    setId: set.id,
    ownerId: set.ownerId,
    questions: items
      .slice(0, args.max)
      .map((i) => ({ id: i.questionId, suggestedSeconds: i.secondsOverride ?? i.suggestedSeconds })),
  };
}
