import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { awsLambdaQuestions } from "./aws-lambda.ts";
import type { SeedQuestion } from "./types.ts";

export const bankQuestions: SeedQuestion[] = [...awsLambdaQuestions];

/** Upserts the built-in bank by slug; running it twice changes nothing. */
export async function seedBank(db: PrismaClient): Promise<number> {
  await db.$transaction(
    bankQuestions.map((q) => {
      const data = {
        prompt: q.prompt,
        whyAsked: q.whyAsked,
        answerNotes: q.answerNotes,
        keyPoints: q.keyPoints,
        tags: q.tags,
        difficulty: q.difficulty,
        suggestedSeconds: q.suggestedSeconds,
        visibility: "PUBLIC" as const,
      };
      return db.question.upsert({ where: { slug: q.slug }, create: { slug: q.slug, ...data }, update: data });
    }),
  );
  return bankQuestions.length;
}

/** Seeds only a database whose built-in bank is empty, so edits made later are kept. */
export async function seedBankIfEmpty(db: PrismaClient): Promise<number> {
  const existing = await db.question.count({ where: { authorId: null } });
  return existing === 0 ? seedBank(db) : 0;
}
