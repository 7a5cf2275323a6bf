import { NextResponse } from "next/server";
import { z } from "zod";
import { idParam, readJson, refuse, withSession } from "@/lib/api";
import { gradeAttempt } from "@/lib/dal/interviews";
import { reviewNow } from "@/lib/review/clock";
import { gradeSchema } from "@/lib/interviews/rules";
import { withoutControls } from "@/lib/validations/text";

const body = gradeSchema.extend({
  position: z.number().int().min(0).max(100),
  note: gradeSchema.shape.note.transform(withoutControls),
});

/** Saves the self-grade of one finished question. */
export async function PUT(request: Request, context: RouteContext<"/api/interviews/[id]/grade">) {
  return withSession(request, async (actor) => {
    const id = idParam.safeParse((await context.params).id);
    if (!id.success) return refuse(404, "That interview doesn't exist, or it isn't yours.");
    const input = await readJson(request, body);
    if (input.response) return input.response;
    await gradeAttempt({ ...actor, interviewId: id.data, ...input.data, now: await reviewNow() });
    return NextResponse.json({ ok: true });
  });
}
