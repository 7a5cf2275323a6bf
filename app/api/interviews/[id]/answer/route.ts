import { NextResponse } from "next/server";
import { z } from "zod";
import { idParam, readJson, refuse, withUser } from "@/lib/api";
import { saveAnswer } from "@/lib/dal/interviews";
import { answerSchema } from "@/lib/interviews/rules";

const body = answerSchema.extend({ position: z.number().int().min(0).max(100) });

/** Autosave of the current answer. Late, replayed or out-of-order saves change nothing. */
export async function PUT(request: Request, context: RouteContext<"/api/interviews/[id]/answer">) {
  return withUser(request, async (user) => {
    const id = idParam.safeParse((await context.params).id);
    if (!id.success) return refuse(404, "That interview doesn't exist, or it isn't yours.");
    const input = await readJson(request, body);
    if (input.response) return input.response;
    const outcome = await saveAnswer({ userId: user.id, interviewId: id.data, ...input.data });
    if (!outcome.ok) return refuse(outcome.status, outcome.message);
    return NextResponse.json({ ok: true, savedAt: outcome.savedAt });
  });
}
