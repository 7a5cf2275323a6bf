import type { Metadata, Route } from "next";
import { GradeTrendChart } from "@/components/progress/grade-trend-chart";
import { PracticeCalendar } from "@/components/progress/practice-calendar";
import { ProgressSection } from "@/components/progress/progress-section";
import { ProgressStats } from "@/components/progress/progress-stats";
import { ReviewPlanNotice } from "@/components/progress/review-plan-notice";
import { TagStrengthChart } from "@/components/progress/tag-strength-chart";
import { TimeUsage } from "@/components/progress/time-usage";
import { WeakestQuestions } from "@/components/progress/weakest-questions";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth/session";
import { TAG_ATTEMPTS } from "@/lib/dal/progress";
import { cachedProgressDashboard } from "@/lib/dal/progress-cache";
import { planSummary } from "@/lib/dal/review";
import { reviewNow } from "@/lib/review/clock";

export const metadata: Metadata = { title: "Progress" };

const nothingYet = (text: string) => <p className="text-ink-muted text-sm">{text}</p>;

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  // One clock for the page: the review clock, which browser tests can move (lib/review/clock.ts).
  const now = await reviewNow();
  const [{ calendar, weekly, tags, weakest }, plan] = await Promise.all([
    cachedProgressDashboard({ userId: user.id, now }),
    planSummary(user.id, now),
  ]);

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Progress</h1>
        <p className="text-ink-muted mt-2">
          How often you practise, how your grades move and where to focus next.
        </p>
      </header>

      {plan ? <ReviewPlanNotice summary={plan} /> : null}

      {calendar.gradedEver === 0 ? (
        <EmptyState
          title="Grade your first interview to see progress here"
          action={<ButtonLink href={"/practice" as Route}>Start an interview</ButtonLink>}
        >
          Run a timed mock interview and grade your answers against the key points. Your practice calendar,
          grade trend and weakest questions appear here as you go.
        </EmptyState>
      ) : (
        <>
          <ProgressStats
            currentStreak={calendar.currentStreak}
            practisedToday={(calendar.days.at(-1)?.count ?? 0) > 0}
            longestStreak={calendar.longestStreak}
            answersThisYear={calendar.total}
            averageGrade={weekly.overall.averageGrade}
          />

          <ProgressSection
            id="calendar-heading"
            title="Practice calendar"
            description="Graded answers per day over the last 12 months."
          >
            <PracticeCalendar days={calendar.days} />
          </ProgressSection>

          <div className="grid gap-6 lg:grid-cols-2">
            <ProgressSection
              id="trend-heading"
              title="Grade trend"
              description="Your average self-grade per week, last 26 weeks."
            >
              {weekly.overall.graded ? (
                <GradeTrendChart
                  weeks={weekly.weeks.map(({ weekStart, averageGrade, graded }) => ({
                    weekStart,
                    averageGrade,
                    graded,
                  }))}
                />
              ) : (
                nothingYet("No graded answers in the last 26 weeks.")
              )}
            </ProgressSection>

            <ProgressSection
              id="tags-heading"
              title="Strength per tag"
              description={`Share of your last ${TAG_ATTEMPTS} graded answers per tag that were Solid or Nailed it.`}
            >
              {tags.length ? <TagStrengthChart tags={tags} /> : nothingYet("No tagged questions graded yet.")}
            </ProgressSection>
          </div>

          <ProgressSection
            id="time-heading"
            title="Time used against time allowed"
            description="Graded answers of the last 26 weeks."
          >
            <TimeUsage weekly={weekly} />
          </ProgressSection>

          <ProgressSection
            id="weakest-heading"
            title="Weakest questions"
            description="The lowest average of your last three grades; ties go to the one practised longest ago."
          >
            {weakest.length ? (
              <WeakestQuestions questions={weakest} />
            ) : (
              nothingYet("None of the questions you graded is in the bank any more.")
            )}
          </ProgressSection>
        </>
      )}
    </div>
  );
}
