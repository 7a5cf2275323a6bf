import { z } from "zod";
import { MAX_SECONDS, MIN_SECONDS } from "@/lib/interviews/limits";
import { SET_LIMITS } from "@/lib/sets/limits";
import { QUESTION_SLUG } from "./question";
import { withoutControls } from "./text";

/** An interview from a set takes at most this many of its questions, in the set's order. */
export const SET_INTERVIEW_MAX = 100;
export const BROWSE_PAGE_SIZE = 20;
export const SET_VISIBILITIES = ["PRIVATE", "LINK", "PUBLIC"] as const;
export type SetVisibilityValue = (typeof SET_VISIBILITIES)[number];

const L = SET_LIMITS;
const id = z.string().regex(/^[A-Za-z0-9_-]{10,40}$/, "That set doesn't exist.");
/** 32 random bytes in base64url: exactly 43 characters. */
export const shareTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const setDetailsSchema = z.object({
  title: z
    .string()
    .transform(withoutControls)
    .pipe(
      z
        .string()
        .trim()
        .min(L.title.min, "Give the set a title.")
        .max(L.title.max, `Keep the title under ${L.title.max} characters.`),
    ),
  description: z
    .string()
    .transform(withoutControls)
    .pipe(
      z
        .string()
        .trim()
        .max(
          L.description.max,
          `Keep the description under ${L.description.max.toLocaleString("en")} characters.`,
        ),
    )
    .default(""),
});
export type SetDetails = z.infer<typeof setDetailsSchema>;

export const setIdSchema = z.object({ setId: id });

/** A question's slug as the bank writes them. */
export const addItemSchema = z.object({ setId: id, slug: z.string().regex(QUESTION_SLUG) });

export const itemSchema = z.object({ setId: id, questionId: id });

export const moveItemSchema = itemSchema.extend({
  to: z.coerce.number().int().min(0).max(L.items.max),
});

/** Blank: the question's suggested time. */
export const itemTimeSchema = itemSchema.extend({
  seconds: z
    .preprocess(
      (v) => (v === "" || v == null ? null : v),
      z.coerce
        .number("Use whole seconds.")
        .int("Use whole seconds.")
        .min(MIN_SECONDS, `Allow at least ${MIN_SECONDS} seconds.`)
        .max(MAX_SECONDS, `Allow at most ${MAX_SECONDS / 60} minutes.`)
        .nullable(),
    )
    .default(null),
});

export const visibilitySchema = z.object({
  setId: id,
  visibility: z.enum(SET_VISIBILITIES, "Choose who can open the set."),
});

/** Where an interview from a set comes from: the owner's or a public set by id, or a share link. */
export const startFromSetSchema = z
  .object({
    setId: id.optional(),
    token: shareTokenSchema.optional(),
    shareWithOwner: z.boolean().default(false),
    mode: z.enum(["STRICT", "PRACTICE"]).default("STRICT"),
  })
  .refine((v) => Boolean(v.setId) !== Boolean(v.token), "Choose a set to start.");
export type StartFromSetInput = z.infer<typeof startFromSetSchema>;

/** A public set by id, or a link-shared one by its token. */
export const cloneSourceSchema = z
  .object({ setId: id.optional(), token: shareTokenSchema.optional() })
  .refine((v) => Boolean(v.setId) !== Boolean(v.token), "Choose a set to copy.");

export const browseSearchSchema = z.object({
  q: z
    .preprocess(
      first,
      z.string().transform((q) => q.trim().slice(0, 100)),
    )
    .catch("")
    .default(""),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1).default(1),
});
