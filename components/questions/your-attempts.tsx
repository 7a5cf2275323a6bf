"use client";

import Link from "@/components/ui/link";
import type { Route } from "next";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { loadViewer } from "@/components/layout/viewer";
import { Badge } from "@/components/ui/badge";
import { GRADE_LABELS } from "@/lib/interviews/limits";

interface Attempt {
  interviewId: string;
  answer: string;
  grade: number | null;
  /** What the user wrote to themselves when grading; "" when nothing. */
  note: string;
  timedOut: boolean;
  skipped: boolean;
  submittedAt: string | null;
}

interface AttemptsBody {
  ok?: boolean;
  attempts?: Attempt[];
  nextReviewAt?: string | null;
}

const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/**
 * The signed-in reader's own answers to this question. The question page is cached for everyone,
 * so they are asked for after load, once the header knows someone is signed in; signed-out
 * visitors see nothing at all and cost no request.
 */
export function YourAttempts({ slug }: { slug: string }) {
  const [attempts, setAttempts] = useState<Attempt[] | null>(null);
  const [nextReviewAt, setNextReviewAt] = useState<string | null>(null);

  const pathname = usePathname();

  useEffect(() => {
    let live = true;
    loadViewer(pathname)
      .then((viewer) =>
        viewer ? fetch(`/api/questions/${encodeURIComponent(slug)}/attempts`, { cache: "no-store" }) : null,
      )
      .then((response) => (response?.ok ? response.json() : null))
      .then((body: AttemptsBody | null) => {
        if (!live || !body?.ok || !body.attempts) return;
        setAttempts(body.attempts);
        setNextReviewAt(body.nextReviewAt ?? null);
      })
      .catch(() => {}); // a failed look-up leaves the page as it is for everyone
    return () => {
      live = false;
    };
  }, [slug, pathname]);

  if (!attempts) return null;
  // Oldest first, as a history reads; ungraded answers have no place in it.
  const grades = attempts.flatMap((a) => (a.grade ? [a.grade] : [])).reverse();
  return (
    <section aria-labelledby="your-attempts" className="space-y-4">
      <h2 id="your-attempts" className="text-xl font-semibold tracking-tight">
        Your attempts
      </h2>
      {nextReviewAt ? (
        <p className="text-sm">
          <span className="font-medium">Next review: </span>
          <time dateTime={nextReviewAt}>{DATE.format(new Date(nextReviewAt))}</time>
        </p>
      ) : null}
      {grades.length ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium">
            <span id="grade-history">Grade history, oldest first</span>:
          </span>
          <ol aria-labelledby="grade-history" className="flex flex-wrap items-center gap-1.5">
            {grades.map((grade, index) => (
              <li key={index}>
                <Badge tone={grade >= 3 ? "easy" : grade === 2 ? "medium" : "hard"}>
                  {GRADE_LABELS[grade]}
                </Badge>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {attempts.length === 0 ? (
        <p className="text-ink-muted">You haven&apos;t answered this question yet.</p>
      ) : (
        <ol className="space-y-3">
          {attempts.map((attempt) => (
            <li
              key={`${attempt.interviewId}-${attempt.submittedAt}`}
              className="border-line bg-surface space-y-2 rounded-xl border p-4"
            >
              <div className="flex flex-wrap items-center gap-2 text-sm">
                {attempt.submittedAt ? (
                  <time dateTime={attempt.submittedAt} className="font-medium">
                    {DATE_TIME.format(new Date(attempt.submittedAt))}
                  </time>
                ) : null}
                <span aria-hidden="true">·</span>
                <span>
                  <span className="sr-only">Grade: </span>
                  {attempt.grade ? GRADE_LABELS[attempt.grade] : "Not graded"}
                </span>
                {attempt.timedOut ? <Badge tone="medium">Timed out</Badge> : null}
                {attempt.skipped ? <Badge>Skipped</Badge> : null}
                <Link
                  href={`/interviews/${attempt.interviewId}/summary` as Route}
                  className="text-accent-soft-ink ml-auto font-medium underline underline-offset-2"
                >
                  Interview summary
                  {attempt.submittedAt ? (
                    <span className="sr-only"> of {DATE_TIME.format(new Date(attempt.submittedAt))}</span>
                  ) : null}
                </Link>
              </div>
              <details>
                <summary className="text-ink-muted cursor-pointer text-sm">
                  {attempt.note.trim() ? "Your answer and grading note" : "Your answer"}
                </summary>
                {attempt.answer.trim() ? (
                  <p className="bg-surface-muted mt-2 rounded-lg p-3 text-sm leading-6 break-words whitespace-pre-wrap">
                    {attempt.answer}
                  </p>
                ) : (
                  <p className="text-ink-muted mt-2 text-sm italic">No answer</p>
                )}
                {attempt.note.trim() ? (
                  <div className="mt-3 text-sm">
                    <p className="text-ink-muted font-medium">Your grading note</p>
                    <p className="mt-1 leading-6 break-words whitespace-pre-wrap">{attempt.note}</p>
                  </div>
                ) : null}
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
