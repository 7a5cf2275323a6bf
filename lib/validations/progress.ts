import { z } from "zod";
import { MAX_QUESTIONS } from "@/lib/interviews/rules";

/** The questions "Practise these" posts: ids as the Progress page listed them, in order. */
export const practiseQuestionsSchema = z
  .array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "That isn't a question of the bank."))
  .min(1, "Pick at least one question.")
  .max(MAX_QUESTIONS, `Pick at most ${MAX_QUESTIONS} questions.`)
  .refine((ids) => new Set(ids).size === ids.length, "Each question can be picked once.");
