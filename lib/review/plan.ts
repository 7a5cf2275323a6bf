// The review plan before a real interview: every question in scope is reviewed at least once
// before the date, and weak ones again close to it. Pure: the due queue and the Practice page
// recompute it from the stored review state on every read, so it never goes stale.
import { addUtcDays, startOfNextUtcDay, startOfUtcDay, utcDaysBetween } from "./days";

/** A last grade at or below this (Partial) makes a question weak. */
export const WEAK_GRADE = 2;
/** Weak questions get a second review in this many days before the interview. */
export const FINAL_DAYS = 3;

export interface InScopeQuestion {
  questionId: string;
  /** Its FSRS due date; null: never reviewed (unseen). */
  due: Date | null;
  /** Its last grade as it counts (a timeout counts as Missed it); null when unseen. */
  lastGrade: number | null;
  /** When it was last reviewed: a review is never planned again for that same day. */
  lastReviewAt?: Date | null;
}

export interface PlannedQuestion {
  questionId: string;
  /** When it is due now: the first planned review, or its FSRS due when none is left to plan. */
  due: Date;
  /** The reviews planned before the interview, in order (overdue ones count for today). */
  reviews: Date[];
}

export interface ReviewPlan {
  questions: PlannedQuestion[];
  /** Days left before the interview, today included (at least 1). */
  days: number;
  /** The planned reviews spread over those days, rounded up. */
  reviewsPerDay: number;
}

/** Empty tags mean every tag; otherwise a question with any of them is in scope. */
export const isInScope = (targetTags: readonly string[], questionTags: readonly string[]) =>
  targetTags.length === 0 || questionTags.some((tag) => targetTags.includes(tag));

const later = (a: Date, b: Date) => (a > b ? a : b);

/**
 * Plans the reviews of the questions in scope before `interviewAt` (a day on or after today's):
 * - unseen ones are spread evenly over the days left, in the order given;
 * - a due date on or after the interview day is pulled to the day before it (unless the
 *   question was already reviewed on that day);
 * - weak ones (last grade ≤ 2) get a second review in the last 3 days, after their first.
 */
export function planReviews(input: { now: Date; interviewAt: Date; inScope: InScopeQuestion[] }): ReviewPlan {
  const today = startOfUtcDay(input.now);
  const interviewDay = startOfUtcDay(input.interviewAt);
  const days = Math.max(1, utcDaysBetween(today, interviewDay));
  const lastDay = addUtcDays(today, days - 1);
  const finalDays = Array.from({ length: Math.min(FINAL_DAYS, days) }, (_, i) =>
    addUtcDays(lastDay, i + 1 - Math.min(FINAL_DAYS, days)),
  );
  const unseen = input.inScope.filter((q) => q.due === null).length;
  let unseenIndex = 0;
  let weakIndex = 0;
  let planned = 0;

  const questions = input.inScope.map((q): PlannedQuestion => {
    if (q.due === null) {
      const day = addUtcDays(today, Math.floor((unseenIndex++ * days) / unseen));
      planned += 1;
      return { questionId: q.questionId, due: day, reviews: [day] };
    }
    const earliest = q.lastReviewAt ? startOfNextUtcDay(q.lastReviewAt) : today;
    const first = q.due < interviewDay ? q.due : earliest <= lastDay ? lastDay : null;
    if (!first) return { questionId: q.questionId, due: q.due, reviews: [] }; // reviewed on the last day
    const reviews = [first];
    if (q.lastGrade !== null && q.lastGrade <= WEAK_GRADE) {
      const firstDay = later(startOfUtcDay(first), today);
      const preferred = finalDays[weakIndex++ % finalDays.length]!;
      const second = preferred > firstDay ? preferred : finalDays.find((day) => day > firstDay);
      if (second) reviews.push(second);
    }
    planned += reviews.length;
    return { questionId: q.questionId, due: first, reviews };
  });

  return { questions, days, reviewsPerDay: Math.ceil(planned / days) };
}
