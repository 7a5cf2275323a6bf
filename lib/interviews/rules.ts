import { z } from "zod";
import { DIFFICULTIES } from "@/lib/validations/question";

import { MAX_ANSWER_CHARS, MAX_QUESTIONS, MAX_SECONDS, MIN_SECONDS } from "./limits";

// Limits and grade names live in ./limits (no zod), so client components import them cheaply.
export * from "./limits";

const TAG = /^[a-z0-9][a-z0-9-]{0,39}$/;

export const startInterviewSchema = z.object({
  tags: z
    .array(z.string().regex(TAG, "Pick tags from the list."))
    .max(10, "Pick at most 10 tags.")
    .default([]),
  difficulty: z.enum(DIFFICULTIES).optional(),
  count: z.coerce
    .number({ error: "Choose how many questions." })
    .int("Choose a whole number of questions.")
    .min(1, "Choose at least 1 question.")
    .max(MAX_QUESTIONS, `Choose at most ${MAX_QUESTIONS} questions.`),
  order: z.enum(["random", "fixed"]).default("random"),
  /** null: each question's suggested time. */
  secondsPerQuestion: z.coerce
    .number({ error: "Use whole seconds." })
    .int("Use whole seconds.")
    .min(MIN_SECONDS, `Allow at least ${MIN_SECONDS} seconds per question.`)
    .max(MAX_SECONDS, "Allow at most 60 minutes per question.")
    .nullable()
    .default(null),
  /** null: no limit on the whole interview. */
  totalMinutes: z.coerce
    .number({ error: "Use whole minutes." })
    .int("Use whole minutes.")
    .min(1, "A time limit must be at least 1 minute.")
    .max(600, "A time limit can be at most 600 minutes.")
    .nullable()
    .default(null),
  mode: z.enum(["STRICT", "PRACTICE"]).default("STRICT"),
  gradeEachQuestion: z.boolean().default(false),
});
export type StartInterviewInput = z.infer<typeof startInterviewSchema>;

export const answerSchema = z.object({
  text: z
    .string()
    .max(MAX_ANSWER_CHARS, `Answers can be at most ${MAX_ANSWER_CHARS.toLocaleString("en")} characters.`),
  revision: z.number().int().min(1).max(2_147_483_647),
});

export const gradeSchema = z.object({
  grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: "Grade with 1 to 4." }),
  keyPointsCovered: z.array(z.number().int().min(0).max(50)).max(50).default([]),
  note: z.string().max(2_000, "Keep the note under 2,000 characters.").default(""),
});
