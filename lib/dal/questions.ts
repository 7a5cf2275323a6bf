import "server-only";
import { createCache } from "@/lib/cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  PAGE_SIZE,
  toPrefixTsQuery,
  type DifficultyValue,
  type QuestionSearch,
} from "@/lib/validations/question";

export interface QuestionListItem {
  slug: string;
  prompt: string;
  tags: string[];
  difficulty: DifficultyValue;
  suggestedSeconds: number;
}

export interface QuestionPage {
  items: QuestionListItem[];
  total: number;
  page: number;
  pageCount: number;
}

/** Who may see a question: public ones, and the viewer's own private ones. */
function visibleTo(userId: string | undefined) {
  return userId
    ? Prisma.sql`(q."visibility" = 'PUBLIC' OR q."authorId" = ${userId})`
    : Prisma.sql`q."visibility" = 'PUBLIC'`;
}

/** Full-text search over the bank in Postgres, ranked by relevance, one round trip with the count. */
export async function searchQuestions(
  search: QuestionSearch,
  viewer: { userId?: string } = {},
): Promise<QuestionPage> {
  const tsquery = toPrefixTsQuery(search.q);
  const conditions = [visibleTo(viewer.userId)];
  if (tsquery) conditions.push(Prisma.sql`q."searchVector" @@ to_tsquery('english', ${tsquery})`);
  if (search.tags.length) conditions.push(Prisma.sql`q."tags" @> ${search.tags}::text[]`);
  if (search.difficulty) conditions.push(Prisma.sql`q."difficulty" = ${search.difficulty}::"Difficulty"`);
  // Weights rank prompt and tag matches first, then key points, then why it is asked.
  const order = tsquery
    ? Prisma.sql`ts_rank(q."searchVector", to_tsquery('english', ${tsquery})) DESC, q."createdAt" ASC, q."id"`
    : Prisma.sql`q."createdAt" ASC, q."id"`;
  const offset = (search.page - 1) * PAGE_SIZE;

  const rows = await db.$queryRaw<(QuestionListItem & { total: bigint })[]>`
    SELECT q."slug", q."prompt", q."tags", q."difficulty"::text AS "difficulty", q."suggestedSeconds",
           count(*) OVER () AS "total"
    FROM "Question" q
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${order}
    LIMIT ${PAGE_SIZE} OFFSET ${offset}`;

  let total = rows[0] ? Number(rows[0].total) : 0;
  if (!rows.length && search.page > 1) {
    // Past the last page: count anyway so the page can offer a way back.
    const [row] = await db.$queryRaw<{ total: bigint }[]>`
      SELECT count(*) AS "total" FROM "Question" q WHERE ${Prisma.join(conditions, " AND ")}`;
    total = Number(row?.total ?? 0);
  }
  return {
    items: rows.map(({ total: _total, ...item }) => item),
    total,
    page: search.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}

/** Tags of the visible bank with how many questions carry each, most used first. */
export async function listTags(viewer: { userId?: string } = {}) {
  const rows = await db.$queryRaw<{ tag: string; count: bigint }[]>`
    SELECT t.tag, count(*) AS "count"
    FROM "Question" q, unnest(q."tags") AS t(tag)
    WHERE ${visibleTo(viewer.userId)}
    GROUP BY t.tag
    ORDER BY count(*) DESC, t.tag`;
  return rows.map((r) => ({ tag: r.tag, count: Number(r.count) }));
}

const publicTags = createCache(() => listTags(), { ttlMs: 60_000, maxEntries: 1 });

/**
 * The public tag counts, shared by every bank page: one query a minute per instance instead of
 * one per rendered search (the same staleness as the cached pages themselves).
 */
export const listPublicTags = () => publicTags.get();

export async function getQuestionBySlug(slug: string, viewer: { userId?: string } = {}) {
  return db.question.findFirst({
    where: {
      slug,
      OR: [{ visibility: "PUBLIC" }, ...(viewer.userId ? [{ authorId: viewer.userId }] : [])],
    },
    select: {
      id: true,
      slug: true,
      prompt: true,
      whyAsked: true,
      answerNotes: true,
      keyPoints: true,
      tags: true,
      difficulty: true,
      suggestedSeconds: true,
      updatedAt: true,
      author: { select: { name: true } },
    },
  });
}
