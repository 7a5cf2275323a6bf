import type { Metadata, Route } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { CandidateResult, QuestionStatsTable } from "@/components/sets/results-tables";
import { EmptyState } from "@/components/ui/empty-state";
import { idParam } from "@/lib/api";
import { requireUser } from "@/lib/auth/session";
import { RESULTS_SHOWN, setResults } from "@/lib/dal/set-results";

export const metadata: Metadata = { title: "Shared results" };

export default async function SetResultsPage(props: PageProps<"/sets/[id]/results">) {
  const { id } = await props.params;
  const user = await requireUser(`/sets/${id}/results`);
  const results = idParam.safeParse(id).success ? await setResults({ userId: user.id, setId: id }) : null;
  if (!results) notFound();
  const { set, total, interviews, stats } = results;
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link
            href={`/sets/${set.id}` as Route}
            className="text-accent-soft-ink underline underline-offset-2"
          >
            Back to {set.title}
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">Shared results: {set.title}</h1>
        <p className="text-ink-muted">Only candidates who chose to share their results appear here.</p>
      </header>
      {total ? (
        <>
          <section aria-labelledby="stats-heading" className="space-y-3">
            <h2 id="stats-heading" className="text-xl font-semibold">
              By question
            </h2>
            <p className="text-ink-muted text-sm">
              {total === 1 ? "1 shared interview" : `${total} shared interviews`}
            </p>
            <QuestionStatsTable stats={stats} />
          </section>
          <section aria-labelledby="candidates-heading" className="space-y-3">
            <h2 id="candidates-heading" className="text-xl font-semibold">
              Candidates
            </h2>
            {total > RESULTS_SHOWN ? (
              <p className="text-ink-muted text-sm">The {RESULTS_SHOWN} most recent are shown.</p>
            ) : null}
            {interviews.map((interview) => (
              <CandidateResult key={interview.id} interview={interview} />
            ))}
          </section>
        </>
      ) : (
        <EmptyState title="No shared results yet">
          When candidates run this set and choose to share their results with you, they show up here.
        </EmptyState>
      )}
    </div>
  );
}
