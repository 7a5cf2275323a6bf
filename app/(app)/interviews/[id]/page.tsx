import type { Metadata, Route } from "next";
import { Suspense } from "react";
import { notFound, redirect } from "next/navigation";
import { InterviewRunner } from "@/components/interviews/runner";
import type { RunnerStateJson } from "@/components/interviews/runner-api";
import { QueryProvider } from "@/components/providers/query-provider";
import { idParam } from "@/lib/api";
import { requireUser } from "@/lib/auth/session";
import { getRunnerState } from "@/lib/dal/interview-views";
import { InterviewError } from "@/lib/dal/interviews";

export const metadata: Metadata = { title: "Interview" };

/** The runner's state, or null when the interview isn't this user's (settling refuses with 404). */
async function loadState(id: string, userId: string) {
  if (!idParam.safeParse(id).success) return null;
  try {
    return await getRunnerState(id, userId);
  } catch (error) {
    if (error instanceof InterviewError && error.status === 404) return null;
    throw error;
  }
}

export default async function InterviewPage(props: PageProps<"/interviews/[id]">) {
  const { id } = await props.params;
  const user = await requireUser(`/interviews/${id}`);
  const state = await loadState(id, user.id);
  if (!state) notFound();
  if (state.status !== "IN_PROGRESS") redirect(`/interviews/${id}/review` as Route);

  // The same JSON the API answers with, so the runner reads one shape (dates as ISO strings).
  const initialState = JSON.parse(JSON.stringify(state)) as RunnerStateJson;
  // A boundary of its own: the browser hydrates the runner as a separate task from the header,
  // so neither blocks the main thread for long. Nothing in it suspends: its HTML is complete.
  return (
    <Suspense>
      <QueryProvider>
        <InterviewRunner initialState={initialState} />
      </QueryProvider>
    </Suspense>
  );
}
