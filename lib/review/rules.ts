import { z } from "zod";
import { startInterviewSchema } from "@/lib/interviews/rules";
import { parseDateInput, startOfUtcDay } from "./days";

export const MAX_TARGET_YEARS = 2;
export const DEFAULT_DUE_COUNT = 10;
export const MAX_TARGET_TAGS = 50;

const DATE_REQUIRED = "Choose the date of your interview.";

/** The latest interview date accepted on the day of `now`: the same date, two years on. */
export function latestInterviewDate(now: Date) {
  const today = startOfUtcDay(now);
  return new Date(
    Date.UTC(today.getUTCFullYear() + MAX_TARGET_YEARS, today.getUTCMonth(), today.getUTCDate()),
  );
}

/** The interview-date form: a date from today (UTC) to two years on, and the tags that matter. */
export function interviewTargetSchema(now: Date) {
  const today = startOfUtcDay(now);
  const latest = latestInterviewDate(now);
  return z.object({
    interviewAt: z
      .string({ error: DATE_REQUIRED })
      .trim()
      .min(1, DATE_REQUIRED)
      .transform((value, context) => {
        const date = parseDateInput(value);
        if (!date) context.addIssue({ code: "custom", message: "Enter a real date, as YYYY-MM-DD." });
        return date ?? z.NEVER;
      })
      .refine((date) => date >= today, "Choose today or a later date.")
      .refine((date) => date <= latest, `Choose a date within ${MAX_TARGET_YEARS} years from today.`),
    /** Empty: every tag. */
    tags: z
      .array(startInterviewSchema.shape.tags.unwrap().element)
      .max(MAX_TARGET_TAGS, `Pick at most ${MAX_TARGET_TAGS} tags.`)
      .transform((tags) => [...new Set(tags)].sort())
      .default([]),
  });
}
export type InterviewTarget = z.infer<ReturnType<typeof interviewTargetSchema>>;

/** "Practise due questions": how many, and the time per question, as on the start form. */
export const practiseDueSchema = startInterviewSchema.pick({ count: true, secondsPerQuestion: true });
