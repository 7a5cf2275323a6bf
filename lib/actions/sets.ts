"use server";

import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createInterview } from "@/lib/dal/interviews";
import * as sharing from "@/lib/dal/set-sharing";
import * as sets from "@/lib/dal/sets";
import type { StartInterviewInput } from "@/lib/interviews/rules";
import {
  cloneSourceSchema,
  SET_INTERVIEW_MAX,
  setDetailsSchema,
  setIdSchema,
  startFromSetSchema,
  visibilitySchema,
} from "@/lib/validations/sets";
import { asFormUser, fail, type ActionResult } from "./result";
import { CHECK, formFields, refusingSetErrors } from "./set-helpers";

const errors = (error: z.ZodError) => z.flattenError(error).fieldErrors as Record<string, string[]>;
const NO_SET = "That set doesn't exist, or it isn't yours.";

function revalidateSet(setId: string) {
  revalidatePath(`/sets/${setId}`);
  revalidatePath("/sets");
  revalidatePath("/sets/browse");
}

/** Creates a private set and opens its editor. */
export async function createSet(_previous: unknown, formData: FormData): Promise<ActionResult> {
  const result = await asFormUser<string>(formData, async (user) => {
    const parsed = setDetailsSchema.safeParse(formFields(formData, ["title", "description"]));
    if (!parsed.success) return fail(CHECK, errors(parsed.error));
    return { ok: true, data: await sets.createSet({ userId: user.id, ...parsed.data }) };
  });
  if (!result.ok) return result;
  revalidatePath("/sets");
  redirect(`/sets/${result.data}` as Route);
}

export async function saveSetDetails(_previous: unknown, formData: FormData): Promise<ActionResult> {
  return asFormUser(formData, async (user) => {
    const ids = setIdSchema.safeParse(formFields(formData, ["setId"]));
    const parsed = setDetailsSchema.safeParse(formFields(formData, ["title", "description"]));
    if (!ids.success) return fail(NO_SET);
    if (!parsed.success) return fail(CHECK, errors(parsed.error));
    const done = await refusingSetErrors(() =>
      sets.updateSetDetails({ userId: user.id, setId: ids.data.setId, ...parsed.data }),
    );
    if (!done.ok) return done;
    revalidateSet(ids.data.setId);
    return { ok: true, message: "Saved." };
  });
}

export async function deleteSet(_previous: unknown, formData: FormData): Promise<ActionResult> {
  const result = await asFormUser<undefined>(formData, async (user) => {
    const ids = setIdSchema.safeParse(formFields(formData, ["setId"]));
    if (!ids.success) return fail(NO_SET);
    const done = await refusingSetErrors(() => sets.deleteSet({ userId: user.id, setId: ids.data.setId }));
    if (!done.ok) return done;
    return { ok: true };
  });
  if (!result.ok) return result;
  revalidatePath("/sets");
  revalidatePath("/sets/browse");
  redirect("/sets" as Route);
}

/** Duplicates one of the user's sets, or clones a public or link-shared one; opens the copy. */
export async function copySet(_previous: unknown, formData: FormData): Promise<ActionResult> {
  const result = await asFormUser<string>(formData, async (user) => {
    const fields = formFields(formData, ["setId", "token", "kind"]);
    const source = cloneSourceSchema.safeParse({
      setId: fields.setId || undefined,
      token: fields.token || undefined,
    });
    if (!source.success) return fail(NO_SET);
    return refusingSetErrors(() =>
      fields.kind === "duplicate" && source.data.setId
        ? sharing.duplicateSet({ userId: user.id, setId: source.data.setId })
        : sharing.cloneSet({ userId: user.id, ...source.data }),
    );
  });
  if (!result.ok) return result;
  revalidatePath("/sets");
  redirect(`/sets/${result.data}` as Route);
}

/** Private, link or public; and revoking or replacing the link. */
export async function changeSharing(_previous: unknown, formData: FormData): Promise<ActionResult> {
  return asFormUser(formData, async (user) => {
    const fields = formFields(formData, ["setId", "visibility", "intent"]);
    const ids = setIdSchema.safeParse(fields);
    if (!ids.success) return fail(NO_SET);
    const args = { userId: user.id, setId: ids.data.setId };
    let message: string;
    let done;
    if (fields.intent === "revoke") {
      done = await refusingSetErrors(() => sharing.revokeShareLink(args));
      message = "The link no longer works.";
    } else if (fields.intent === "regenerate") {
      done = await refusingSetErrors(() => sharing.regenerateShareLink(args));
      message = "New link made; the old one no longer works.";
    } else {
      const parsed = visibilitySchema.safeParse(fields);
      if (!parsed.success) return fail(CHECK, errors(parsed.error));
      done = await refusingSetErrors(() =>
        sharing.setVisibility({ ...args, visibility: parsed.data.visibility }),
      );
      message = "Sharing saved.";
    }
    if (!done.ok) return done;
    revalidateSet(ids.data.setId);
    return { ok: true, message };
  });
}

/** Starts a timed interview from a set, in the set's order and times. */
export async function startSetInterview(_previous: unknown, formData: FormData): Promise<ActionResult> {
  const result = await asFormUser<string>(formData, async (user) => {
    const fields = formFields(formData, ["setId", "token", "mode"]);
    const parsed = startFromSetSchema.safeParse({
      setId: fields.setId || undefined,
      token: fields.token || undefined,
      mode: fields.mode || undefined,
      shareWithOwner: formData.get("shareWithOwner") === "on",
    });
    if (!parsed.success) return fail("This set can't be started.");
    const found = await sets.questionsForSetInterview({
      userId: user.id,
      ...parsed.data,
      max: SET_INTERVIEW_MAX,
    });
    if (!found) return fail("This set doesn't exist, or it's no longer shared.");
    if (!found.questions.length) return fail("This set has no questions yet.");
    const input: StartInterviewInput = {
      tags: [],
      count: found.questions.length,
      order: "fixed",
      secondsPerQuestion: null,
      totalMinutes: null,
      mode: parsed.data.mode,
      gradeEachQuestion: false,
    };
    const sharedWithOwner = parsed.data.shareWithOwner && found.ownerId !== user.id;
    const id = await createInterview(user.id, input, found.questions, {
      setId: found.setId,
      sharedWithOwner,
    });
    return { ok: true, data: id };
  });
  if (!result.ok) return result;
  redirect(`/interviews/${result.data}` as Route);
}
