import { z } from "zod";
import { MAX_SECONDS, MIN_SECONDS } from "@/lib/interviews/limits";
import { DIFFICULTIES } from "./question";

/** Limits on a question users write, shared by the editor, the actions and every import format. */
export const QUESTION_LIMITS = {
  prompt: { min: 5, max: 500 },
  whyAsked: { max: 2_000 },
  answerNotes: { min: 1, max: 20_000 },
  keyPoint: { max: 300 },
  keyPoints: { min: 1, max: 12 },
  tags: { max: 8 },
  tag: { max: 40 },
} as const;

export const QUESTION_VISIBILITIES = ["PRIVATE", "PUBLIC"] as const;
export type QuestionVisibilityValue = (typeof QUESTION_VISIBILITIES)[number];

const TAG = /^[a-z0-9][a-z0-9-]*$/;
const L = QUESTION_LIMITS;

/** "AWS Lambda" → "aws-lambda"; what can't become a tag becomes "". */
export function normalizeTag(raw: string): string {
  return raw
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, L.tag.max)
    .replace(/-+$/, "");
}

// Control characters other than tab and newline never belong in text people read.
const clean = (s: string) =>
  s.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
const text = () => z.string().transform(clean);

/** A question as its author writes it. Tags are normalised and de-duplicated, blank key points dropped. */
export const questionInputSchema = z.object({
  prompt: text().pipe(
    z
      .string()
      .trim()
      .min(L.prompt.min, `Write a question of at least ${L.prompt.min} characters.`)
      .max(L.prompt.max, `Keep the question under ${L.prompt.max} characters.`),
  ),
  whyAsked: text()
    .pipe(z.string().trim().max(L.whyAsked.max, `Keep "why it's asked" under ${L.whyAsked.max} characters.`))
    .default(""),
  answerNotes: text().pipe(
    z
      .string()
      .trim()
      .min(L.answerNotes.min, "Write the answer notes.")
      .max(
        L.answerNotes.max,
        `Keep the answer notes under ${L.answerNotes.max.toLocaleString("en")} characters.`,
      ),
  ),
  keyPoints: z
    .array(
      text().pipe(
        z.string().trim().max(L.keyPoint.max, `Keep each key point under ${L.keyPoint.max} characters.`),
      ),
    )
    .transform((points) => points.filter(Boolean))
    .pipe(
      z
        .array(z.string())
        .min(L.keyPoints.min, "Add at least one key point.")
        .max(L.keyPoints.max, `Use at most ${L.keyPoints.max} key points.`),
    ),
  tags: z
    .array(z.string().max(200))
    .max(50)
    .transform((tags) => [...new Set(tags.map(normalizeTag).filter((t) => TAG.test(t)))])
    .pipe(z.array(z.string()).max(L.tags.max, `Use at most ${L.tags.max} tags.`))
    .default([]),
  difficulty: z.enum(DIFFICULTIES, "Choose a difficulty."),
  suggestedSeconds: z.coerce
    .number("Give the suggested time in seconds.")
    .int("Give the suggested time in whole seconds.")
    .min(MIN_SECONDS, `Allow at least ${MIN_SECONDS} seconds.`)
    .max(MAX_SECONDS, `Allow at most ${MAX_SECONDS / 60} minutes.`),
  visibility: z.enum(QUESTION_VISIBILITIES, "Choose who can see the question.").default("PRIVATE"),
});

export type QuestionInput = z.output<typeof questionInputSchema>;
