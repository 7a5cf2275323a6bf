import { Card } from "@/components/ui/card";
import type { InterviewTargetView, PlanSummary } from "@/lib/dal/review";
import { formatLongDate, toDateInput } from "@/lib/review/days";
import { latestInterviewDate } from "@/lib/review/rules";
import { InterviewDateForm } from "./interview-date-form";

export interface InterviewDateCardProps {
  tags: { tag: string }[];
  target: InterviewTargetView | null;
  summary: PlanSummary | null;
  now: Date;
}

/** "N reviews per day until <date>": the pace the plan asks for. */
export function planSentence(summary: Pick<PlanSummary, "reviewsPerDay" | "interviewAt">) {
  const n = summary.reviewsPerDay;
  return `${n} ${n === 1 ? "review" : "reviews"} per day until ${formatLongDate(summary.interviewAt)}`;
}

/** The user's real interview: the plan it sets, and the form to change it. */
export function InterviewDateCard({ tags, target, summary, now }: InterviewDateCardProps) {
  return (
    <Card role="region" aria-labelledby="interview-date-heading" className="space-y-4 p-6">
      <div>
        <h2 id="interview-date-heading" className="text-xl font-semibold">
          Your interview date
        </h2>
        {summary ? (
          <>
            <p className="mt-1 font-medium">{planSentence(summary)}</p>
            <p className="text-ink-muted mt-1 text-sm">
              {summary.reviewedOnce} of {summary.inScope} questions in{" "}
              {summary.tags.length ? summary.tags.join(", ") : "every tag"} reviewed at least once. Each one
              comes up before the date; weak ones again in the last three days.
            </p>
          </>
        ) : (
          <p className="text-ink-muted mt-1 text-sm">
            {target
              ? `Your interview date, ${formatLongDate(target.interviewAt)}, has passed. Set the next one.`
              : "Set the date of your real interview and the reviews are planned so every question comes up before it."}
          </p>
        )}
      </div>
      <InterviewDateForm
        tags={tags}
        interviewAt={target ? toDateInput(target.interviewAt) : null}
        selected={target?.tags ?? []}
        min={toDateInput(now)}
        max={toDateInput(latestInterviewDate(now))}
      />
    </Card>
  );
}
