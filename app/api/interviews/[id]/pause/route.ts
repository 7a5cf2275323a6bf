import { NextResponse } from "next/server";
import { z } from "zod";
import { idParam, readJson, refuse, withUser } from "@/lib/api";
import { getRunnerState } from "@/lib/dal/interview-views";
import { setPaused } from "@/lib/dal/interviews";

const body = z.object({ paused: z.boolean() });

/** Practice mode: pause or resume; every pause is recorded. */
export async function POST(request: Request, context: RouteContext<"/api/interviews/[id]/pause">) {
  return withUser(request, async (user) => {
    const id = idParam.safeParse((await context.params).id);
    if (!id.success) return refuse(404, "That interview doesn't exist, or it isn't yours.");
    const input = await readJson(request, body);
    if (input.response) return input.response;
    await setPaused({ userId: user.id, interviewId: id.data, paused: input.data.paused });
    return NextResponse.json({ ok: true, state: await getRunnerState(id.data, user.id) });
  });
}
