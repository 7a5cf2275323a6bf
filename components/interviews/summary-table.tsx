import Link from "@/components/ui/link";
import type { Route } from "next";
import { GRADE_LABELS } from "@/lib/interviews/limits";
import { AttemptBadges, formatClock, secondsUsed } from "./summary-stats";

export interface SummaryRow {
  position: number;
  allowedSeconds: number;
  startedAt: Date | null;
  submittedAt: Date | null;
  timedOut: boolean;
  skipped: boolean;
  grade: number | null;
  question: { slug: string; prompt: string };
}

export interface SummaryTableProps {
  interviewId: string;
  rows: SummaryRow[];
}

/** One row per question: what was asked, the grade, and the time it took against the time allowed. */
export function SummaryTable({ interviewId, rows }: SummaryTableProps) {
  return (
    <div
      role="region"
      aria-labelledby="summary-questions"
      tabIndex={0}
      className="border-line bg-surface overflow-x-auto rounded-xl border shadow-sm"
    >
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption id="summary-questions" className="sr-only">
          Questions in this interview
        </caption>
        <thead className="border-line text-ink-muted border-b text-xs tracking-wide uppercase">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Question
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Grade
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Time used
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Time allowed
            </th>
          </tr>
        </thead>
        <tbody className="divide-line divide-y">
          {rows.map((row) => {
            const used = secondsUsed(row);
            return (
              <tr key={row.position} className="align-top">
                <th scope="row" className="px-4 py-3 font-normal">
                  <span className="text-ink-muted mr-2 tabular-nums">{row.position + 1}.</span>
                  <Link
                    href={`/questions/${row.question.slug}` as Route}
                    className="font-medium hover:underline"
                  >
                    {row.question.prompt}
                  </Link>
                  <div className="mt-1.5">
                    <AttemptBadges timedOut={row.timedOut} skipped={row.skipped} />
                  </div>
                </th>
                <td className="px-4 py-3 whitespace-nowrap">
                  {row.grade ? (
                    `${row.grade} ${GRADE_LABELS[row.grade]}`
                  ) : (
                    <>
                      <span className="text-ink-muted">Not graded</span>{" "}
                      <Link
                        href={`/interviews/${interviewId}/review?position=${row.position}` as Route}
                        className="text-accent-soft-ink font-medium underline underline-offset-2"
                      >
                        Grade<span className="sr-only"> question {row.position + 1}</span>
                      </Link>
                    </>
                  )}
                </td>
                <td className="px-4 py-3 tabular-nums">{used === null ? "—" : formatClock(used)}</td>
                <td className="px-4 py-3 tabular-nums">{formatClock(row.allowedSeconds)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
