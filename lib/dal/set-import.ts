import "server-only";
import { db } from "@/lib/db";
import { insertQuestions } from "@/lib/dal/question-writes";
import type { SetFile } from "@/lib/validations/set-file";

/**
 * Creates an imported set in one transaction: the questions as the importer's private questions,
 * then a private set holding them in the file's order. Any failure leaves nothing behind.
 * `file` must have passed `setFileSchema`.
 */
export async function importSet({
  userId,
  file,
}: {
  userId: string;
  file: SetFile;
}): Promise<{ id: string }> {
  return db.$transaction(
    async (tx) => {
      const inputs = file.questions.map(({ secondsOverride: _, ...q }) => ({
        ...q,
        visibility: "PRIVATE" as const,
      }));
      const questions = await insertQuestions(userId, inputs, tx);
      const set = await tx.questionSet.create({
        data: { ownerId: userId, title: file.title, description: file.description, visibility: "PRIVATE" },
        select: { id: true },
      });
      await tx.questionSetItem.createMany({
        data: questions.map((q, position) => ({
          setId: set.id,
          questionId: q.id,
          position,
          secondsOverride: file.questions[position]!.secondsOverride,
        })),
      });
      return set;
    },
    // 2,000 questions with long answers take a moment; the default 5 s would be tight under load.
    { maxWait: 10_000, timeout: 60_000 },
  );
}
