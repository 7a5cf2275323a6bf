"use server";

import { renderMarkdown } from "@/lib/markdown";
import { QUESTION_LIMITS } from "@/lib/validations/authored-question";
import { asUser, fail, type ActionResult } from "./result";

/**
 * The answer notes as the question page will show them: the same server-side renderer and
 * sanitizer, so the editor's preview and the page can never disagree.
 */
export async function previewMarkdown(markdown: unknown): Promise<ActionResult<string>> {
  return asUser(async () => {
    if (typeof markdown !== "string") return fail("Write some Markdown to preview.");
    if (markdown.length > QUESTION_LIMITS.answerNotes.max) {
      return fail(
        `The preview stops at ${QUESTION_LIMITS.answerNotes.max.toLocaleString("en")} characters; shorten the notes.`,
      );
    }
    return { ok: true as const, data: renderMarkdown(markdown) };
  });
}
