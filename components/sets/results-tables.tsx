import {
  formatClock,
  formatAverage,
  FormattedDate,
  secondsUsed,
} from "@/components/interviews/summary-stats";
import { InterviewStatusBadge } from "@/components/history/interview-status";
import { GRADE_LABELS } from "@/lib/interviews/limits";
import type { SetResults } from "@/lib/dal/set-results";

const cell = "px-4 py-3";
const head = "px-4 py-3 font-semibold";

/** Average grade, timeout rate and time taken per question, across the shared interviews. */
export function QuestionStatsTable({ stats }: { stats: SetResults["stats"] }) {
  return (
    <div
      role="region"
      aria-labelledby="stats-caption"
      tabIndex={0}
      className="border-line bg-surface overflow-x-auto rounded-xl border"
    >
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption id="stats-caption" className="sr-only">
          Per-question figures across shared interviews
        </caption>
        <thead className="border-line text-ink-muted border-b text-xs tracking-wide uppercase">
          <tr>
            {["Question", "Answers", "Average grade", "Timed out", "Average time"].map((t) => (
              <th key={t} scope="col" className={head}>
                {t}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-line divide-y">
          {stats.map((s) => (
            <tr key={s.questionId}>
              <th scope="row" className={`${cell} font-medium`}>
                {s.prompt}
              </th>
              <td className={`${cell} tabular-nums`}>{s.answers}</td>
              <td className={`${cell} tabular-nums`}>{formatAverage(s.averageGrade)}</td>
              <td className={`${cell} tabular-nums`}>{Math.round(s.timeoutRate * 100)}%</td>
              <td className={`${cell} tabular-nums`}>
                {s.averageSeconds === null ? "—" : formatClock(s.averageSeconds)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One candidate's shared interview: each answer with its grade and time. */
export function CandidateResult({ interview }: { interview: SetResults["interviews"][number] }) {
  const name = interview.user.name ?? "A candidate";
  const headingId = `candidate-${interview.id}`;
  return (
    <article aria-labelledby={headingId} className="border-line bg-surface space-y-3 rounded-xl border p-5">
      <header className="flex flex-wrap items-center gap-3">
        <h3 id={headingId} className="text-lg font-semibold">
          {name}
        </h3>
        <span className="text-ink-muted text-sm">
          <FormattedDate date={interview.createdAt} />
        </span>
        <InterviewStatusBadge status={interview.status} />
      </header>
      <ol className="divide-line divide-y">
        {interview.attempts.map((a) => {
          const used = secondsUsed(a);
          return (
            <li key={a.position} className="space-y-1 py-3">
              <p className="font-medium">
                {a.position + 1}. {a.question.prompt}
              </p>
              <p className="text-ink-muted text-xs">
                Grade: {a.grade ? `${a.grade} ${GRADE_LABELS[a.grade]}` : "Not graded"} · Time:{" "}
                {used === null ? "—" : `${formatClock(used)} of ${formatClock(a.allowedSeconds)}`}
                {a.timedOut ? " · Timed out" : ""}
                {a.skipped ? " · Skipped" : ""}
              </p>
              <p className="text-sm whitespace-pre-wrap">
                {a.answer || <span className="text-ink-muted">No answer</span>}
              </p>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
