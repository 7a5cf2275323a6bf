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
import { questionContentSelect } from "./question-writes";

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

/**
 * Full-text search over the bank in Postgres, ranked by relevance, with the number of matches:
 * one statement either way, which answers the total even for a page past the end.
 *
 * With words, every match has to be ranked: the matches are ranked on their ids alone (no wide
 * columns carried through the sort and the count), and only the page's rows are read in full.
 * Without words, the page walks the creation-order index and stops after one page; the total of
 * the public questions comes from "QuestionCount" (kept by triggers, see prisma/schema.prisma)
 * for no tag or one tag, plus the viewer's own private questions, and is counted for several tags.
 */
export async function searchQuestions(
  search: QuestionSearch,
  viewer: { userId?: string } = {},
): Promise<QuestionPage> {
  const tsquery = toPrefixTsQuery(search.q);
  const where = Prisma.join([visibleTo(viewer.userId), ...searchFilters(search)], " AND ");
  const offset = (search.page - 1) * PAGE_SIZE;

  let rows: (Partial<QuestionListItem> & { total: bigint | number })[];
  if (tsquery) {
    // Weights rank prompt and tag matches first, then key points, then why it is asked.
    rows = await db.$queryRaw`
      WITH matches AS (
        SELECT q."id", q."createdAt", ts_rank(q."searchVector", to_tsquery('english', ${tsquery})) AS "rank"
        FROM "Question" q
        WHERE ${where} AND q."searchVector" @@ to_tsquery('english', ${tsquery})
      ), page AS (
        SELECT * FROM matches ORDER BY "rank" DESC, "createdAt" ASC, "id" LIMIT ${PAGE_SIZE} OFFSET ${offset}
      )
      SELECT t."total", q."slug", q."prompt", q."tags", q."difficulty"::text AS "difficulty", q."suggestedSeconds"
      FROM (SELECT count(*) AS "total" FROM matches) t
      LEFT JOIN (page p JOIN "Question" q ON q."id" = p."id") ON true
      ORDER BY p."rank" DESC, p."createdAt" ASC, p."id"`;
  } else {
    rows = await db.$queryRaw`
      SELECT t."total", q."slug", q."prompt", q."tags", q."difficulty", q."suggestedSeconds"
      FROM (SELECT ${listTotal(search, viewer.userId, where)} AS "total") t
      LEFT JOIN LATERAL (
        SELECT q."slug", q."prompt", q."tags", q."difficulty"::text AS "difficulty", q."suggestedSeconds",
               q."createdAt", q."id"
        FROM "Question" q
        WHERE ${where}
        ORDER BY q."createdAt" ASC, q."id"
        LIMIT ${PAGE_SIZE} OFFSET ${offset}
      ) q ON true
      ORDER BY q."createdAt" ASC, q."id"`;
  }
  const total = Number(rows[0]?.total ?? 0);
  const items = rows
    .filter((row): row is QuestionListItem & { total: bigint } => row.slug != null)
    .map(({ total: _total, ...item }) => item);
  return { items, total, page: search.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/**
 * The total of a list without words, as an SQL expression: the public questions from the counts
 * the triggers keep (tag '' is the whole bank), plus the viewer's own that are not public. With
 * several tags the counts cannot combine, so those matches are counted.
 */
function listTotal(search: QuestionSearch, userId: string | undefined, where: Prisma.Sql) {
  if (search.tags.length > 1) return Prisma.sql`(SELECT count(*) FROM "Question" q WHERE ${where})`;
  const tag = search.tags[0] ?? "";
  const difficulty = search.difficulty
    ? Prisma.sql`AND c."difficulty" = ${search.difficulty}::"Difficulty"`
    : Prisma.empty;
  const counted = Prisma.sql`(SELECT coalesce(sum(c."count"), 0) FROM "QuestionCount" c WHERE c."tag" = ${tag} ${difficulty})`;
  if (!userId) return counted;
  const own = Prisma.join(
    [Prisma.sql`q."authorId" = ${userId}`, Prisma.sql`q."visibility" <> 'PUBLIC'`, ...searchFilters(search)],
    " AND ",
  );
  return Prisma.sql`(${counted} + (SELECT count(*) FROM "Question" q WHERE ${own}))`;
}

/** The tag and difficulty filters of a search, on the "Question" aliased q. */
function searchFilters(search: QuestionSearch) {
  const filters: Prisma.Sql[] = [];
  if (search.tags.length) filters.push(Prisma.sql`q."tags" @> ${search.tags}::text[]`);
  if (search.difficulty) filters.push(Prisma.sql`q."difficulty" = ${search.difficulty}::"Difficulty"`);
  return filters;
}

/**
 * Tags of the visible bank with how many questions carry each, most used first: the public counts
 * the triggers keep in "QuestionCount" (a few hundred rows, not the whole bank), plus the viewer's
 * own questions that are not public.
 */
export async function listTags(viewer: { userId?: string } = {}) {
  const own = viewer.userId
    ? Prisma.sql`
        UNION ALL
        SELECT t."tag", count(DISTINCT q."id") AS "count"
        FROM "Question" q, unnest(q."tags") AS t("tag")
        WHERE q."authorId" = ${viewer.userId} AND q."visibility" <> 'PUBLIC'
        GROUP BY t."tag"`
    : Prisma.empty;
  const rows = await db.$queryRaw<{ tag: string; count: bigint }[]>`
    SELECT v."tag", sum(v."count")::bigint AS "count"
    FROM (
      SELECT c."tag", sum(c."count") AS "count" FROM "QuestionCount" c WHERE c."tag" <> '' GROUP BY c."tag"
      ${own}
    ) v
    GROUP BY v."tag"
    HAVING sum(v."count") > 0
    ORDER BY sum(v."count") DESC, v."tag"`;
  return rows.map((r) => ({ tag: r.tag, count: Number(r.count) }));
}

const publicTags = createCache(() => listTags(), { ttlMs: 60_000, maxEntries: 1 });

/**
 * The public tag counts, shared by every bank page: one query a minute per instance instead of
 * one per rendered search (the same staleness as the cached pages themselves).
 */
export const listPublicTags = () => publicTags.get();

/** Forgets this instance's cached bank data, after a public question was written. */
export const clearBankCache = () => publicTags.clear();

/** The questions a viewer may see: the public ones, and their own. */
export const visibleQuestions = (viewer: { userId?: string }): Prisma.QuestionWhereInput => ({
  OR: [{ visibility: "PUBLIC" }, ...(viewer.userId ? [{ authorId: viewer.userId }] : [])],
});

export async function getQuestionBySlug(slug: string, viewer: { userId?: string } = {}) {
  return db.question.findFirst({
    where: { slug, ...visibleQuestions(viewer) },
    select: {
      id: true,
      slug: true,
      ...questionContentSelect,
      visibility: true,
      updatedAt: true,
      author: { select: { name: true } },
    },
  });
}
