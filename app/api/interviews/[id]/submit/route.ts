import { NextResponse } from "next/server";
import { z } from "zod";
import { idParam, readJson, refuse, withUser } from "@/lib/api";
import { getRunnerState } from "@/lib/dal/interview-views";
import { isDatabaseUnreachable } from "@/lib/db-errors";
import { markDatabaseDown } from "@/lib/db-health";
import { submitAnswer } from "@/lib/dal/interviews";
import { answerSchema } from "@/lib/interviews/rules";
import { withoutControls } from "@/lib/validations/text";

const body = z.object({
  position: z.number().int().min(0).max(100),
  skip: z.boolean().default(false),
  answer: answerSchema.extend({ text: answerSchema.shape.text.transform(withoutControls) }).optional(),
});

/** Submits or skips the current question; the answer is the next state. */
export async function POST(request: Request, context: RouteContext<"/api/interviews/[id]/submit">) {
  return withUser(request, async (user) => {
    const id = idParam.safeParse((await context.params).id);
    if (!id.success) return refuse(404, "That interview doesn't exist, or it isn't yours.");
    const input = await readJson(request, body);
    if (input.response) return input.response;
    await submitAnswer({
      userId: user.id,
      interviewId: id.data,
      position: input.data.position,
      text: input.data.answer?.text ?? null,
      revision: input.data.answer?.revision ?? null,
      skipped: input.data.skip,
    });
    // Grading after each question: the next question waits until the candidate comes back to it.
    // The submit is stored by now: if reading the next state fails, say so with a 200 and no state
    // (the runner loads it again), rather than an error that would make the candidate submit twice.
    const state = await getRunnerState(id.data, user.id, { startWaiting: false }).catch((error: unknown) => {
      if (isDatabaseUnreachable(error)) markDatabaseDown();
      console.warn("[api] submit stored; reading the next state failed", error);
      return null;
    });
    return NextResponse.json({ ok: true, state });
  });
}
