import type { PlanSummary } from "@/lib/dal/review";
import { formatLongDate } from "@/lib/review/days";

export interface ReviewPlanNoticeProps {
  summary: Pick<PlanSummary, "interviewAt" | "reviewsPerDay">;
}

/** "Your interview on <date>: N reviews per day", from the review plan (lib/dal/review.ts planSummary). */
export function ReviewPlanNotice({ summary }: ReviewPlanNoticeProps) {
  const perDay =
    summary.reviewsPerDay === 1 ? "1 review" : `${summary.reviewsPerDay.toLocaleString("en")} reviews`;
  return (
    <p className="border-accent/30 bg-accent-soft text-accent-soft-ink rounded-xl border px-4 py-3 text-sm font-medium">
      Your interview on{" "}
      <time dateTime={summary.interviewAt.toISOString()}>{formatLongDate(summary.interviewAt)}</time>:{" "}
      {perDay} per day
    </p>
  );
}
