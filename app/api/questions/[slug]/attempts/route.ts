import { NextResponse } from "next/server";
import { refuse, withUser } from "@/lib/api";
import { attemptsForQuestion } from "@/lib/dal/interview-views";
import { QUESTION_SLUG } from "@/lib/validations/question";

/**
 * The signed-in user's own past answers to a question and its next review date (the question page
 * is cached for all). Only for a question they can see: another user's private one reads exactly
 * like one that doesn't exist.
 */
export async function GET(request: Request, context: RouteContext<"/api/questions/[slug]/attempts">) {
  return withUser(request, async (user) => {
    const slug = (await context.params).slug;
    const found = QUESTION_SLUG.test(slug) ? await attemptsForQuestion({ userId: user.id, slug }) : null;
    if (!found) return refuse(404, "That question doesn't exist.");
    const { attempts, nextReviewAt } = found;
    return NextResponse.json(
      { ok: true, attempts, nextReviewAt },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  });
}
