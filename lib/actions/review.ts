"use server";

import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createInterview } from "@/lib/dal/interviews";
import { pickDuePractice, setInterviewTarget } from "@/lib/dal/review";
import { startInterviewSchema } from "@/lib/interviews/rules";
import { reviewNow } from "@/lib/review/clock";
import { formatLongDate } from "@/lib/review/days";
import { interviewTargetSchema, practiseDueSchema } from "@/lib/review/rules";
import { asFormUser, fail, type ActionResult } from "./result";

const CHECK = "Check the highlighted fields.";
const NOTHING_TO_PRACTISE =
  "Nothing is due and you have seen every question. Come back tomorrow, or start an interview below.";

/** Minutes as typed (decimals allowed) to whole seconds; anything else goes to the schema as is. */
function secondsFrom(minutes: FormDataEntryValue | null) {
  const text = typeof minutes === "string" ? minutes.trim() : "";
  return text !== "" && Number.isFinite(Number(text)) ? Math.round(Number(text) * 60) : text;
}

/**
 * "Practise due questions": starts an interview of the due queue, most overdue first, topped up
 * with questions the user has never reviewed, up to the chosen count.
 */
export async function practiseDueQuestions(_previous: unknown, formData: FormData): Promise<ActionResult> {
  const result = await asFormUser(formData, async (user) => {
    const parsed = practiseDueSchema.safeParse({
      count: formData.get("count"),
      secondsPerQuestion:
        formData.get("timing") === "fixed" ? secondsFrom(formData.get("minutesPerQuestion")) : null,
    });
    if (!parsed.success) return fail(CHECK, z.flattenError(parsed.error).fieldErrors);
    const { due, unseen } = await pickDuePractice(user.id, await reviewNow(), parsed.data.count);
    if (!due.length && !unseen.length) return fail(NOTHING_TO_PRACTISE);
    const input = startInterviewSchema.parse({ ...parsed.data, order: "fixed" });
    const id = await createInterview(user.id, input, [...due, ...unseen]);
    return { ok: true as const, data: id };
  });
  if (!result.ok) return result;
  redirect(`/interviews/${result.data}` as Route);
}

/** Saves the date of the user's real interview and the tags that matter, or clears them. */
export async function saveInterviewDate(_previous: unknown, formData: FormData): Promise<ActionResult> {
  return asFormUser(formData, async (user) => {
    if (formData.get("intent") === "clear") {
      await setInterviewTarget(user.id, null);
      revalidateReviewPages();
      return { ok: true, message: "Interview date cleared." };
    }
    const parsed = interviewTargetSchema(await reviewNow()).safeParse({
      interviewAt: formData.get("interviewAt") ?? "",
      tags: formData.getAll("tags").map(String),
    });
    if (!parsed.success) return fail(CHECK, z.flattenError(parsed.error).fieldErrors);
    await setInterviewTarget(user.id, parsed.data);
    revalidateReviewPages();
    return { ok: true, message: `Saved: your interview is on ${formatLongDate(parsed.data.interviewAt)}.` };
  });
}

/** The pages that show the plan. */
function revalidateReviewPages() {
  revalidatePath("/practice");
  revalidatePath("/progress");
}
