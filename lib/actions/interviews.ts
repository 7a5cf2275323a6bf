"use server";

import type { Route } from "next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createInterview, pickQuestions } from "@/lib/dal/interviews";
import { startInterviewSchema } from "@/lib/interviews/rules";
import { asFormUser, fail, type ActionResult } from "./result";

const CHECK = "Check the highlighted fields.";

/** Reads the Practice form: empty optional fields mean "not set". */
function formInput(formData: FormData) {
  const optional = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" && value.trim() !== "" ? value : null;
  };
  return {
    tags: formData.getAll("tags").map(String),
    difficulty: optional("difficulty") ?? undefined,
    count: formData.get("count"),
    order: optional("order") ?? undefined,
    secondsPerQuestion: formData.get("timing") === "fixed" ? (optional("secondsPerQuestion") ?? "") : null,
    totalMinutes: optional("totalMinutes"),
    mode: optional("mode") ?? undefined,
    gradeEachQuestion: formData.get("gradeEachQuestion") === "on",
  };
}

/** Starts a timed interview from a filter; the server picks the questions and starts the clock. */
export async function startInterview(_previous: unknown, formData: FormData): Promise<ActionResult> {
  const result = await asFormUser(formData, async (user) => {
    const parsed = startInterviewSchema.safeParse(formInput(formData));
    if (!parsed.success) return fail(CHECK, z.flattenError(parsed.error).fieldErrors);
    const questions = await pickQuestions(user.id, parsed.data);
    if (!questions.length) return fail("No questions match these filters. Remove a tag or the difficulty.");
    const id = await createInterview(user.id, parsed.data, questions);
    return { ok: true as const, data: id };
  });
  if (!result.ok) return result;
  redirect(`/interviews/${result.data}` as Route);
}
