import type { Metadata, Route } from "next";
import Link from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { ReviewSession, type ReviewItem } from "@/components/interviews/review-session";
import { QueryProvider } from "@/components/providers/query-provider";
import { idParam } from "@/lib/api";
import { requireUser } from "@/lib/auth/session";
import { getInterviewReview } from "@/lib/dal/interview-views";
import { renderMarkdown } from "@/lib/markdown";

export const metadata: Metadata = { title: "Review your answers" };

/** `?position=n` opens that question first; anything else is ignored. */
function positionParam(value: string | string[] | undefined) {
  return typeof value === "string" && /^\d{1,3}$/.test(value) ? Number(value) : null;
}

export default async function InterviewReviewPage(props: PageProps<"/interviews/[id]/review">) {
  const { id } = await props.params;
  const user = await requireUser(`/interviews/${id}/review`);
  const interview = idParam.safeParse(id).success ? await getInterviewReview(id, user.id) : null;
  if (!interview) notFound();
  const answering = interview.status === "IN_PROGRESS";
  if (answering && !interview.gradeEachQuestion) redirect(`/interviews/${interview.id}` as Route);

  const items: ReviewItem[] = interview.attempts.map((attempt) => ({
    position: attempt.position,
    prompt: attempt.question.prompt,
    answer: attempt.answer,
    answered: attempt.submittedAt !== null,
    timedOut: attempt.timedOut,
    skipped: attempt.skipped,
    whyAsked: attempt.question.whyAsked,
    notesHtml: renderMarkdown(attempt.question.answerNotes),
    keyPoints: attempt.question.keyPoints,
    grade: attempt.grade,
    keyPointsCovered: attempt.keyPointsCovered,
    note: attempt.note,
  }));
  if (!items.some((item) => item.answered)) redirect(`/interviews/${interview.id}` as Route);

  const asked = positionParam((await props.searchParams).position);
  const byPosition = items.findIndex((item) => item.position === asked && item.answered);
  const firstUngraded = items.findIndex((item) => item.answered && item.grade === null);
  const initialIndex = byPosition >= 0 ? byPosition : Math.max(0, firstUngraded);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Review your answers</h1>
          <p className="text-ink-muted mt-2">
            Compare each answer with the model answer, tick the key points you covered and grade yourself.
          </p>
        </div>
        {answering ? null : (
          <Link
            href={`/interviews/${interview.id}/summary` as Route}
            className="text-accent-soft-ink text-sm font-medium underline underline-offset-2"
          >
            Go to the summary
          </Link>
        )}
      </header>
      <QueryProvider>
        <ReviewSession
          interviewId={interview.id}
          items={items}
          initialIndex={initialIndex}
          answering={answering}
        />
      </QueryProvider>
    </div>
  );
}
