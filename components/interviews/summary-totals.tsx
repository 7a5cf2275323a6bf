import { StatList } from "@/components/ui/stat-list";
import { averageGrade, formatAverage, formatClock, secondsUsed } from "./summary-stats";
import type { SummaryRow } from "./summary-table";

/** The interview at a glance: average grade, timeouts and the whole time against the time allowed. */
export function SummaryTotals({ rows }: { rows: SummaryRow[] }) {
  const average = averageGrade(rows.map((r) => r.grade));
  const graded = rows.filter((r) => r.grade !== null).length;
  const timeouts = rows.filter((r) => r.timedOut).length;
  const used = rows.reduce((sum, r) => sum + (secondsUsed(r) ?? 0), 0);
  const allowed = rows.reduce((sum, r) => sum + r.allowedSeconds, 0);
  const items = [
    {
      term: "Average grade",
      value: formatAverage(average),
      detail: `${graded} of ${rows.length} graded`,
    },
    { term: "Timeouts", value: String(timeouts), detail: `of ${rows.length} questions` },
    { term: "Total time", value: formatClock(used), detail: `of ${formatClock(allowed)} allowed` },
  ];
  return <StatList items={items} className="sm:grid-cols-3" />;
}
