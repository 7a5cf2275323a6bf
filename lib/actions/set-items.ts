"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import * as items from "@/lib/dal/set-items";
import { questionInputSchema } from "@/lib/validations/authored-question";
import {
  addItemSchema,
  itemSchema,
  itemTimeSchema,
  moveItemSchema,
  setIdSchema,
} from "@/lib/validations/sets";
import { asFormUser, fail, type ActionResult } from "./result";
import { CHECK, formFields, refusingSetErrors } from "./set-helpers";

const NOT_IN_SET = "That question isn't in this set.";
const errors = (error: z.ZodError) => z.flattenError(error).fieldErrors as Record<string, string[]>;

/** Adds a question from the bank (by slug) to the end of the set. */
export async function addQuestionToSet(_previous: unknown, formData: FormData): Promise<ActionResult> {
  return asFormUser(formData, async (user) => {
    const parsed = addItemSchema.safeParse(formFields(formData, ["setId", "slug"]));
    if (!parsed.success) return fail("That question can't be added.");
    const done = await refusingSetErrors(() => items.addSetItem({ userId: user.id, ...parsed.data }));
    if (!done.ok) return done;
    revalidatePath(`/sets/${parsed.data.setId}`);
    return { ok: true, message: "Added to the set." };
  });
}

/** Writes a private question in place and adds it to the set, in one transaction. */
export async function writeQuestionInSet(_previous: unknown, formData: FormData): Promise<ActionResult> {
  return asFormUser(formData, async (user) => {
    const ids = setIdSchema.safeParse(formFields(formData, ["setId"]));
    if (!ids.success) return fail("That set doesn't exist, or it isn't yours.");
    const fields = formFields(formData, [
      "prompt",
      "answerNotes",
      "keyPoints",
      "tags",
      "difficulty",
      "suggestedSeconds",
    ]);
    const parsed = questionInputSchema.safeParse({
      ...fields,
      keyPoints: (fields.keyPoints ?? "").split("\n"),
      tags: (fields.tags ?? "").split(",").filter((t) => t.trim()),
      visibility: "PRIVATE",
    });
    if (!parsed.success) return fail(CHECK, errors(parsed.error));
    const done = await refusingSetErrors(() =>
      items.writeSetQuestion({ userId: user.id, setId: ids.data.setId, input: parsed.data }),
    );
    if (!done.ok) return done;
    revalidatePath(`/sets/${ids.data.setId}`);
    return { ok: true, message: "Question written and added to the set." };
  });
}

export async function removeQuestionFromSet(_previous: unknown, formData: FormData): Promise<ActionResult> {
  return asFormUser(formData, async (user) => {
    const parsed = itemSchema.safeParse(formFields(formData, ["setId", "questionId"]));
    if (!parsed.success) return fail(NOT_IN_SET);
    const done = await refusingSetErrors(() => items.removeSetItem({ userId: user.id, ...parsed.data }));
    if (!done.ok) return done;
    revalidatePath(`/sets/${parsed.data.setId}`);
    return { ok: true, message: "Removed from the set." };
  });
}

/** Moves a question to another place in the set; answers with the index it landed on. */
export async function moveQuestionInSet(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<number>> {
  return asFormUser<number>(formData, async (user) => {
    const parsed = moveItemSchema.safeParse(formFields(formData, ["setId", "questionId", "to"]));
    if (!parsed.success) return fail(NOT_IN_SET);
    const done = await refusingSetErrors(() => items.moveSetItem({ userId: user.id, ...parsed.data }));
    if (!done.ok) return done;
    revalidatePath(`/sets/${parsed.data.setId}`);
    return { ok: true, data: done.data };
  });
}

/** The time for one question in this set; blank goes back to its suggested time. */
export async function setQuestionTime(_previous: unknown, formData: FormData): Promise<ActionResult> {
  return asFormUser(formData, async (user) => {
    const parsed = itemTimeSchema.safeParse(formFields(formData, ["setId", "questionId", "seconds"]));
    if (!parsed.success) return fail(CHECK, errors(parsed.error));
    const done = await refusingSetErrors(() => items.setItemTime({ userId: user.id, ...parsed.data }));
    if (!done.ok) return done;
    revalidatePath(`/sets/${parsed.data.setId}`);
    return { ok: true, message: "Time saved." };
  });
}
