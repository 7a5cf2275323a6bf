import { formatClock } from "@/components/interviews/summary-stats";
import type { ProgressWeek, WeeklyProgress } from "@/lib/dal/progress";
import { DataTable } from "./data-table";
import { formatLongDate, percent, plural, tableText } from "./format";

const clock = (seconds: number | null) => (seconds === null ? "—" : formatClock(seconds));

function share(week: Omit<ProgressWeek, "weekStart">) {
  const { averageUsedSeconds: used, averageAllowedSeconds: allowed } = week;
  return used !== null && allowed ? Math.min(1, used / allowed) : null;
}

/**
 * How much of the allowed time answers take, for answers submitted in time; timeouts are counted
 * on their own (they always use it all) and skipped questions are left out.
 */
export function TimeUsage({ weekly }: { weekly: WeeklyProgress }) {
  const { overall } = weekly;
  const used = share(overall);
  const timedOutShare = overall.graded ? overall.timedOut / overall.graded : 0;
  const weeks = weekly.weeks.filter((w) => w.graded > 0).reverse();
  return (
    <div className="space-y-4">
      {used === null ? (
        <p className="text-ink-muted text-sm">No answers submitted in time in the last 26 weeks.</p>
      ) : (
        <div className="space-y-2">
          <p>
            On average you used <strong className="tabular-nums">{clock(overall.averageUsedSeconds)}</strong>{" "}
            of <strong className="tabular-nums">{clock(overall.averageAllowedSeconds)}</strong> allowed (
            {percent(used)}), over {plural(overall.answered, "answer")} submitted in time.
          </p>
          <div
            aria-hidden="true"
            className="bg-surface-muted border-line h-3 overflow-hidden rounded-full border"
          >
            <div className="bg-accent h-full rounded-full" style={{ width: `${Math.round(used * 100)}%` }} />
          </div>
        </div>
      )}
      <p className="text-sm">
        Timed out:{" "}
        <strong className="tabular-nums">
          {overall.timedOut.toLocaleString("en")} of {plural(overall.graded, "graded answer")}
        </strong>{" "}
        ({percent(timedOutShare)}).
      </p>
      <DataTable
        caption="Time used against time allowed per week, newest first (weeks without answers left out)"
        columns={["Week of", "Average used", "Average allowed", "In time", "Timed out"]}
        rows={tableText(
          weeks.map((week) => [
            formatLongDate(week.weekStart),
            clock(week.averageUsedSeconds),
            clock(week.averageAllowedSeconds),
            week.answered.toLocaleString("en"),
            week.timedOut.toLocaleString("en"),
          ]),
        )}
      />
    </div>
  );
}
