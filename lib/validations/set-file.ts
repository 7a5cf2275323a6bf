import { z } from "zod";
import { MAX_SECONDS, MIN_SECONDS } from "@/lib/interviews/limits";
import { promptKey } from "@/lib/sets/io/text";
import { IMPORT_LIMITS, SET_LIMITS } from "@/lib/sets/limits";
import { questionInputSchema } from "./authored-question";
import { withoutControls } from "./text";

/** The JSON set format (docs/set-formats.md). Bump the version only for changes old readers can't ignore. */
export const SET_FILE_FORMAT = "rehearse-set";
export const SET_FILE_VERSION = 1;

export const setTitleSchema = z
  .string()
  .transform(withoutControls)
  .pipe(
    z
      .string()
      .trim()
      .min(SET_LIMITS.title.min, "Give the set a title.")
      .max(SET_LIMITS.title.max, `Keep the set's title under ${SET_LIMITS.title.max} characters.`),
  );

export const setDescriptionSchema = z
  .string()
  .transform(withoutControls)
  .pipe(
    z
      .string()
      .trim()
      .max(
        SET_LIMITS.description.max,
        `Keep the description under ${SET_LIMITS.description.max} characters.`,
      ),
  );

/** A question in a set file: the author's fields plus the set's own time for it. Imports are always private. */
export const setFileQuestionSchema = questionInputSchema.omit({ visibility: true }).extend({
  secondsOverride: z
    .number("Give the set's time in seconds.")
    .int("Give the set's time in whole seconds.")
    .min(MIN_SECONDS, `Allow at least ${MIN_SECONDS} seconds in the set.`)
    .max(MAX_SECONDS, `Allow at most ${MAX_SECONDS / 60} minutes in the set.`)
    .nullable()
    .default(null),
});

export const setFileSchema = z.object({
  format: z.literal(
    SET_FILE_FORMAT,
    `This isn't a Rehearse set file ("format" must be "${SET_FILE_FORMAT}").`,
  ),
  version: z.literal(
    SET_FILE_VERSION,
    `This set file's version isn't supported; Rehearse reads version ${SET_FILE_VERSION}.`,
  ),
  title: setTitleSchema,
  description: setDescriptionSchema.default(""),
  questions: z
    .array(setFileQuestionSchema)
    .min(1, "There are no questions to import.")
    .max(
      IMPORT_LIMITS.questions,
      `A set holds at most ${IMPORT_LIMITS.questions.toLocaleString("en")} questions.`,
    )
    // The preview skips repeated questions; a file sent straight to the confirm step is held to the same rule.
    .superRefine((questions, ctx) => {
      const seen = new Map<string, number>();
      questions.forEach((question, i) => {
        const key = promptKey(question.prompt);
        const earlier = seen.get(key);
        if (earlier === undefined) seen.set(key, i);
        else
          ctx.addIssue({
            code: "custom",
            path: [i, "prompt"],
            message: `This is the same question as question ${earlier + 1}; keep one of them.`,
          });
      });
    }),
});

export type SetFile = z.output<typeof setFileSchema>;
export type SetFileQuestion = z.output<typeof setFileQuestionSchema>;
