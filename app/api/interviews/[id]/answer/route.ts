import { NextResponse } from "next/server";
import { z } from "zod";
import { idParam, readJson, refuse, withSession } from "@/lib/api";
import { saveAnswer } from "@/lib/dal/interviews";
import { answerSchema } from "@/lib/interviews/rules";
import { withoutControls } from "@/lib/validations/text";

const body = answerSchema.extend({
  position: z.number().int().min(0).max(100),
  text: answerSchema.shape.text.transform(withoutControls),
});

/** Autosave of the current answer. Late, replayed or out-of-order saves change nothing. */
export async function PUT(request: Request, context: RouteContext<"/api/interviews/[id]/answer">) {
  return withSession(request, async (actor) => {
    const id = idParam.safeParse((await context.params).id);
    if (!id.success) return refuse(404, "That interview doesn't exist, or it isn't yours.");
    const input = await readJson(request, body);
    if (input.response) return input.response;
    const outcome = await saveAnswer({ ...actor, interviewId: id.data, ...input.data });
    if (!outcome.ok) return refuse(outcome.status, outcome.message);
    return NextResponse.json({ ok: true, savedAt: outcome.savedAt });
  });
}
