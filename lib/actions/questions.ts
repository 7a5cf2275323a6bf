"use server";

import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import * as authored from "@/lib/dal/authored-questions";
import type { QuestionChange } from "@/lib/dal/authored-questions";
import { clearBankCache } from "@/lib/dal/questions";
import { questionInputSchema } from "@/lib/validations/authored-question";
import { asFormUser, fail, type ActionResult } from "./result";
import { QUESTION_SLUG } from "@/lib/validations/question";

const CHECK = "Check the highlighted fields.";
const NOT_YOURS = "That question doesn't exist, or it isn't yours to change.";
const strings = (formData: FormData, name: string) =>
  formData.getAll(name).filter((v): v is string => typeof v === "string");

function field(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}

/** Reads the question editor: a missing text field reads as empty, so its own message shows. */
function formInput(formData: FormData) {
  const seconds = field(formData, "suggestedSeconds")?.trim();
  return {
    prompt: field(formData, "prompt") ?? "",
    whyAsked: field(formData, "whyAsked") ?? "",
    answerNotes: field(formData, "answerNotes") ?? "",
    keyPoints: strings(formData, "keyPoints"),
    tags: strings(formData, "tags"),
    difficulty: field(formData, "difficulty") || undefined,
    suggestedSeconds: seconds ? seconds : undefined,
    visibility: field(formData, "visibility") || undefined,
  };
}

function slugOf(formData: FormData): string | null {
  const slug = field(formData, "slug");
  return slug && QUESTION_SLUG.test(slug) ? slug : null;
}

const actorOf = (user: { id: string; isAdmin: boolean }) => ({ userId: user.id, isAdmin: user.isAdmin });

/** Where a question is read: the cached bank page when public, the author's own page when private. */
const viewHref = (change: QuestionChange) =>
  (change.isPublic ? `/questions/${change.slug}` : `/my-questions/${change.slug}`) as Route;

/**
 * Public questions are served from cached pages and a cached tag list; a change that touches the
 * bank refreshes them in this instance at once (other instances catch up within their minute).
 */
function refreshPages(change: QuestionChange) {
  revalidatePath("/my-questions");
  revalidatePath(`/my-questions/${change.slug}`);
  if (!change.wasPublic && !change.isPublic) return;
  clearBankCache();
  revalidatePath(`/questions/${change.slug}`);
  // Every cached search: the route pattern, route group included, names them all.
  revalidatePath("/(app)/questions/results/[key]", "page");
  revalidatePath("/questions");
}

export async function createQuestion(_previous: unknown, formData: FormData): Promise<ActionResult> {
  const result = await asFormUser<QuestionChange>(formData, async (user) => {
    const parsed = questionInputSchema.safeParse(formInput(formData));
    if (!parsed.success) return fail(CHECK, z.flattenError(parsed.error).fieldErrors);
    const change = await authored.createQuestion(actorOf(user), parsed.data);
    refreshPages(change);
    return { ok: true as const, data: change };
  });
  if (!result.ok) return result;
  redirect(viewHref(result.data));
}

export async function updateQuestion(_previous: unknown, formData: FormData): Promise<ActionResult> {
  const result = await asFormUser<QuestionChange>(formData, async (user) => {
    const slug = slugOf(formData);
    if (!slug) return fail(NOT_YOURS);
    const parsed = questionInputSchema.safeParse(formInput(formData));
    if (!parsed.success) return fail(CHECK, z.flattenError(parsed.error).fieldErrors);
    const change = await authored.updateQuestion(actorOf(user), slug, parsed.data);
    if (!change) return fail(NOT_YOURS);
    refreshPages(change);
    return { ok: true as const, data: change };
  });
  if (!result.ok) return result;
  redirect(viewHref(result.data));
}

function inUseMessage(outcome: { isPublic: boolean }) {
  const why =
    "Other people have answered this question or keep it in a set, so deleting it would delete their history.";
  return outcome.isPublic
    ? `${why} Make it private instead: it leaves the bank and their history stays.`
    : why;
}

/** Deletes a question and the actor's own answers to it; refused while other people rely on it. */
export async function deleteQuestion(_previous: unknown, formData: FormData): Promise<ActionResult> {
  const result = await asFormUser<undefined>(formData, async (user) => {
    const slug = slugOf(formData);
    if (!slug) return fail(NOT_YOURS);
    const outcome = await authored.deleteQuestion(actorOf(user), slug);
    if (!outcome.deleted) return fail(outcome.reason === "in-use" ? inUseMessage(outcome) : NOT_YOURS);
    refreshPages(outcome.change);
    return { ok: true as const };
  });
  if (!result.ok) return result;
  redirect("/my-questions");
}

/** Takes a question out of the bank; everyone's history of it stays. */
export async function makeQuestionPrivate(_previous: unknown, formData: FormData): Promise<ActionResult> {
  return asFormUser(formData, async (user) => {
    const slug = slugOf(formData);
    if (!slug) return fail(NOT_YOURS);
    const change = await authored.setQuestionVisibility(actorOf(user), slug, "PRIVATE");
    if (!change) return fail(NOT_YOURS);
    refreshPages(change);
    return { ok: true as const, message: "The question is now private: only you can see it." };
  });
}

/** Whether the reader of a cached question page may edit it (the page itself is the same for all). */
export async function canEditQuestion(slug: unknown): Promise<boolean> {
  if (typeof slug !== "string" || !QUESTION_SLUG.test(slug)) return false;
  const user = await getCurrentUser();
  if (!user) return false;
  return authored.mayEditQuestion(actorOf(user), slug);
}
