import { NextResponse } from "next/server";
import { idParam, refuse, withUser } from "@/lib/api";
import { getRunnerState } from "@/lib/dal/interview-views";

/** The runner's state on the server's clock: the current question, its deadline, or the end. */
export async function GET(request: Request, context: RouteContext<"/api/interviews/[id]">) {
  return withUser(request, async (user) => {
    const id = idParam.safeParse((await context.params).id);
    if (!id.success) return refuse(404, "That interview doesn't exist, or it isn't yours.");
    const state = await getRunnerState(id.data, user.id);
    if (!state) return refuse(404, "That interview doesn't exist, or it isn't yours.");
    return NextResponse.json({ ok: true, state }, { headers: { "Cache-Control": "private, no-store" } });
  });
}
