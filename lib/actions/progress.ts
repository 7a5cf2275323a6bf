"use server";

import type { Route } from "next";
import { redirect } from "next/navigation";
import { createInterview } from "@/lib/dal/interviews";
import { practisableQuestions } from "@/lib/dal/progress";
import type { StartInterviewInput } from "@/lib/interviews/rules";
import { practiseQuestionsSchema } from "@/lib/validations/progress";
import { asFormUser, fail, type ActionResult } from "./result";

/**
 * Starts a strict interview of exactly the questions listed on the Progress page (the weakest
 * ones), in that order, each with its suggested time.
 */
export async function practiseQuestions(_previous: unknown, formData: FormData): Promise<ActionResult> {
  const result = await asFormUser(formData, async (user) => {
    const parsed = practiseQuestionsSchema.safeParse(formData.getAll("questionId").map(String));
    if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? "Pick questions to practise.");
    const questions = await practisableQuestions({ userId: user.id, ids: parsed.data });
    if (questions.length !== parsed.data.length)
      return fail("Some of these questions are no longer available. Reload the page and try again.");
    const input: StartInterviewInput = {
      count: questions.length,
      order: "fixed",
      secondsPerQuestion: null,
      totalMinutes: null,
      mode: "STRICT",
      gradeEachQuestion: false,
      tags: [],
      difficulty: undefined,
    };
    const id = await createInterview(user.id, input, questions);
    return { ok: true as const, data: id };
  });
  if (!result.ok) return result;
  redirect(`/interviews/${result.data}` as Route);
}
