import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { questionSlug } from "@/lib/questions/slug";
import type { QuestionInput } from "@/lib/validations/authored-question";

/**
 * A question's content as its author writes it (a QuestionInput without who may see it): what a
 * copy, an export or the editor reads, so none of them drops a field.
 */
export const questionContentSelect = {
  prompt: true,
  whyAsked: true,
  answerNotes: true,
  keyPoints: true,
  tags: true,
  difficulty: true,
  suggestedSeconds: true,
} as const satisfies Prisma.QuestionSelect;

/** The app's client or one of its transactions. */
type Tx = Pick<typeof db, "question">;

/**
 * Inserts validated questions written by `authorId`, in one statement, keeping their order.
 * Callers validate with `questionInputSchema` first and pass a transaction when the questions are
 * part of a larger write (an import, a set), so nothing is left half-written.
 */
export async function insertQuestions(
  authorId: string,
  inputs: QuestionInput[],
  tx: Tx = db,
): Promise<{ id: string; slug: string }[]> {
  if (!inputs.length) return [];
  const data = inputs.map((input) => ({ ...input, slug: questionSlug(input.prompt), authorId }));
  const rows = await tx.question.createManyAndReturn({ data, select: { id: true, slug: true } });
  // createManyAndReturn gives rows back in insertion order on Postgres; map by slug to be sure.
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  return data.map((d) => bySlug.get(d.slug)!);
}
