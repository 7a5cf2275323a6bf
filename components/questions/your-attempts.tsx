"use client";

import Link from "next/link";
import type { Route } from "next";
import { useEffect, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { GRADE_LABELS } from "@/lib/interviews/rules";

interface Attempt {
  interviewId: string;
  answer: string;
  grade: number | null;
  timedOut: boolean;
  skipped: boolean;
  submittedAt: string | null;
}

const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/**
 * The signed-in reader's own answers to this question. The question page is cached for everyone,
 * so they are asked for after load; signed-out visitors (401) see nothing at all.
 */
export function YourAttempts({ slug }: { slug: string }) {
  const [attempts, setAttempts] = useState<Attempt[] | null>(null);

  useEffect(() => {
    let live = true;
    fetch(`/api/questions/${encodeURIComponent(slug)}/attempts`, { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { ok?: boolean; attempts?: Attempt[] } | null) => {
        if (live && body?.ok && body.attempts) setAttempts(body.attempts);
      })
      .catch(() => {}); // a failed look-up leaves the page as it is for everyone
    return () => {
      live = false;
    };
  }, [slug]);

  if (!attempts) return null;
  return (
    <section aria-labelledby="your-attempts" className="space-y-4">
      <h2 id="your-attempts" className="text-xl font-semibold tracking-tight">
        Your attempts
      </h2>
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
                <summary className="text-ink-muted cursor-pointer text-sm">Your answer</summary>
                {attempt.answer.trim() ? (
                  <p className="bg-surface-muted mt-2 rounded-lg p-3 text-sm leading-6 break-words whitespace-pre-wrap">
                    {attempt.answer}
                  </p>
                ) : (
                  <p className="text-ink-muted mt-2 text-sm italic">No answer</p>
                )}
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
