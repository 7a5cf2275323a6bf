import type { Metadata, Route } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { InterviewStatusBadge } from "@/components/history/interview-status";
import { FormattedDate } from "@/components/interviews/summary-stats";
import { SummaryTable } from "@/components/interviews/summary-table";
import { SummaryTotals } from "@/components/interviews/summary-totals";
import { ButtonLink } from "@/components/ui/button";
import { idParam } from "@/lib/api";
import { requireUser } from "@/lib/auth/session";
import { getInterviewReview } from "@/lib/dal/interview-views";

export const metadata: Metadata = { title: "Interview summary" };

export default async function InterviewSummaryPage(props: PageProps<"/interviews/[id]/summary">) {
  const { id } = await props.params;
  const user = await requireUser(`/interviews/${id}/summary`);
  const interview = idParam.safeParse(id).success ? await getInterviewReview(id, user.id) : null;
  if (!interview) notFound();

  const ungraded = interview.attempts.filter((a) => a.grade === null).length;
  const reviewHref = `/interviews/${interview.id}/review` as Route;
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Interview summary</h1>
        <div className="text-ink-muted flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
          <span>
            Started <FormattedDate date={interview.startedAt} />
          </span>
          <span aria-hidden="true">·</span>
          <span className="inline-flex items-center gap-2">
            <span className="sr-only">Status:</span>
            <InterviewStatusBadge status={interview.status} detailed />
          </span>
        </div>
      </header>

      {interview.status === "IN_PROGRESS" ? (
        <p className="border-line bg-surface rounded-lg border px-4 py-3 text-sm">
          This interview is still running.{" "}
          <Link
            href={`/interviews/${interview.id}` as Route}
            className="text-accent-soft-ink font-medium underline"
          >
            Resume it
          </Link>
        </p>
      ) : ungraded ? (
        <p className="border-line bg-surface rounded-lg border px-4 py-3 text-sm">
          {ungraded === 1 ? "1 question isn't" : `${ungraded} questions aren't`} graded yet.{" "}
          <Link href={reviewHref} className="text-accent-soft-ink font-medium underline">
            Review and grade
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="totals" className="space-y-3">
        <h2 id="totals" className="text-xl font-semibold tracking-tight">
          Totals
        </h2>
        <SummaryTotals rows={interview.attempts} />
      </section>

      <section aria-labelledby="per-question" className="space-y-3">
        <h2 id="per-question" className="text-xl font-semibold tracking-tight">
          Question by question
        </h2>
        <SummaryTable interviewId={interview.id} rows={interview.attempts} />
      </section>

      <div className="flex flex-wrap gap-3">
        <ButtonLink href={"/practice" as Route}>Practise again</ButtonLink>
        <ButtonLink href="/history" variant="secondary">
          History
        </ButtonLink>
        {interview.status !== "IN_PROGRESS" ? (
          <ButtonLink href={reviewHref} variant="ghost">
            Review answers
          </ButtonLink>
        ) : null}
      </div>
    </div>
  );
}
