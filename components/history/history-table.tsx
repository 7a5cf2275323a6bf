import { averageGrade, formatAverage, FormattedDate } from "@/components/interviews/summary-stats";
import { InterviewStatusBadge, type InterviewStatusValue } from "./interview-status";

export interface HistoryRow {
  id: string;
  status: InterviewStatusValue;
  createdAt: Date;
  /** The set the interview was run from, if any. */
  set?: { id: string; title: string } | null;
  attempts: { grade: number | null; timedOut: boolean }[];
}

/**
 * The user's interviews, one row each, newest first. Rows link with plain anchors: a `next/link`
 * per row is a client component to render and hydrate, and in the browser it prefetches each of
 * the ten dynamic pages it points at as soon as the list is in view.
 */
export function HistoryTable({ rows }: { rows: HistoryRow[] }) {
  return (
    <div
      role="region"
      aria-labelledby="history-caption"
      tabIndex={0}
      className="border-line bg-surface overflow-x-auto rounded-xl border shadow-sm"
    >
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption id="history-caption" className="sr-only">
          Your interviews, newest first
        </caption>
        <thead className="border-line text-ink-muted border-b text-xs tracking-wide uppercase">
          <tr>
            {["Date", "Set", "Questions", "Average grade", "Timeouts", "Status"].map((title) => (
              <th key={title} scope="col" className="px-4 py-3 font-semibold">
                {title}
              </th>
            ))}
            <th scope="col" className="px-4 py-3 font-semibold">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-line divide-y">
          {rows.map((row) => {
            const inProgress = row.status === "IN_PROGRESS";
            return (
              <tr key={row.id}>
                <th scope="row" className="px-4 py-3 font-medium whitespace-nowrap">
                  <FormattedDate date={row.createdAt} />
                </th>
                <td className="px-4 py-3">{row.set?.title ?? <span className="text-ink-muted">—</span>}</td>
                <td className="px-4 py-3 tabular-nums">{row.attempts.length}</td>
                <td className="px-4 py-3 whitespace-nowrap tabular-nums">
                  {formatAverage(averageGrade(row.attempts.map((a) => a.grade)))}
                </td>
                <td className="px-4 py-3 tabular-nums">{row.attempts.filter((a) => a.timedOut).length}</td>
                <td className="px-4 py-3">
                  <InterviewStatusBadge status={row.status} />
                </td>
                <td className="px-4 py-3 text-right whitespace-nowrap">
                  <a
                    href={inProgress ? `/interviews/${row.id}` : `/interviews/${row.id}/summary`}
                    className="text-accent-soft-ink font-medium underline underline-offset-2"
                  >
                    {inProgress ? "Resume" : "Summary"}
                    <span className="sr-only">
                      {" "}
                      of the interview from <FormattedDate date={row.createdAt} />
                    </span>
                  </a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
