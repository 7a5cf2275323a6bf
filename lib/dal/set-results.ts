import "server-only";
import { db } from "@/lib/db";

/** How many of the most recent shared interviews the results page lists one by one. */
export const RESULTS_SHOWN = 50;

export interface QuestionStats {
  questionId: string;
  slug: string;
  prompt: string;
  answers: number;
  averageGrade: number | null;
  timeoutRate: number;
  averageSeconds: number | null;
}

/**
 * The results candidates chose to share with the owner of a set: each shared interview with its
 * answers, and per-question figures across them. Interviews that were not shared are left out of
 * every query (counts included), and so are the owner's own. Null for anyone but the owner.
 */
export async function setResults(args: { userId: string; setId: string }) {
  const set = await db.questionSet.findFirst({
    where: { id: args.setId, ownerId: args.userId },
    select: { id: true, title: true },
  });
  if (!set) return null;
  const shared = { setId: set.id, sharedWithOwner: true, userId: { not: args.userId } };
  const [total, interviews, stats] = await Promise.all([
    db.interview.count({ where: shared }),
    db.interview.findMany({
      where: shared,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: RESULTS_SHOWN,
      select: {
        id: true,
        status: true,
        createdAt: true,
        user: { select: { name: true } },
        attempts: {
          orderBy: { position: "asc" },
          select: {
            position: true,
            allowedSeconds: true,
            answer: true,
            grade: true,
            timedOut: true,
            skipped: true,
            startedAt: true,
            submittedAt: true,
            question: { select: { prompt: true } },
          },
        },
      },
    }),
    db.$queryRaw<QuestionStats[]>`
      SELECT a."questionId", q."slug", q."prompt", count(*)::int AS "answers",
             avg(a."grade")::float8 AS "averageGrade",
             avg(CASE WHEN a."timedOut" THEN 1 ELSE 0 END)::float8 AS "timeoutRate",
             avg(EXTRACT(EPOCH FROM a."submittedAt" - a."startedAt"))::float8 AS "averageSeconds"
      FROM "Interview" i
      JOIN "Attempt" a ON a."interviewId" = i."id"
      JOIN "Question" q ON q."id" = a."questionId"
      WHERE i."setId" = ${set.id} AND i."sharedWithOwner" AND i."userId" <> ${args.userId}
        AND a."submittedAt" IS NOT NULL
      GROUP BY a."questionId", q."slug", q."prompt"
      ORDER BY min(a."position"), a."questionId"`,
  ]);
  return { set, total, interviews, stats };
}
export type SetResults = NonNullable<Awaited<ReturnType<typeof setResults>>>;
