// FSRS scheduling of one question for one user, as a pure function of that user's graded
// attempts at it (docs/decisions/006-spaced-repetition.md): replaying the whole history on every
// grade makes a re-grade replace the earlier grade instead of adding a second review.
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from "ts-fsrs";
import { startOfNextUtcDay } from "./days";

// No fuzz: the same history always gives the same dates. No short-term (minute) steps: nothing
// comes back on the day it was graded, so FSRS schedules whole days from the first review.
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

export type ReviewPhase = "NEW" | "LEARNING" | "REVIEW" | "RELEARNING";

const PHASES: Record<State, ReviewPhase> = {
  [State.New]: "NEW",
  [State.Learning]: "LEARNING",
  [State.Review]: "REVIEW",
  [State.Relearning]: "RELEARNING",
};

/** What a graded attempt says about recall. */
export interface GradedAttempt {
  grade: number;
  timedOut: boolean;
  skipped: boolean;
  /** When it was answered: the moment of recall. */
  submittedAt: Date;
}

/**
 * Missed it → Again, Partial → Hard, Solid → Good, Nailed it → Easy. A timed-out or skipped
 * answer is a miss whatever grade was picked: it was not recalled in time.
 */
export function ratingFor(attempt: Pick<GradedAttempt, "grade" | "timedOut" | "skipped">): Grade {
  if (attempt.timedOut || attempt.skipped) return Rating.Again;
  switch (attempt.grade) {
    case 2:
      return Rating.Hard;
    case 3:
      return Rating.Good;
    case 4:
      return Rating.Easy;
    default:
      return Rating.Again;
  }
}

/** The 1–4 grade that counts for planning: a timed-out or skipped answer counts as Missed it. */
export const effectiveGrade = (attempt: Pick<GradedAttempt, "grade" | "timedOut" | "skipped">) =>
  ratingFor(attempt) as 1 | 2 | 3 | 4;

/** The stored review state (the columns of ReviewState other than its keys). */
export interface ReviewCard {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  phase: ReviewPhase;
  lastReviewAt: Date | null;
}

/** Never back on the day it was graded: the next day at the earliest, UTC. */
export const notBeforeTomorrow = (due: Date, gradedAt: Date) => {
  const tomorrow = startOfNextUtcDay(gradedAt);
  return due < tomorrow ? tomorrow : due;
};

/**
 * The review state after `attempts` (any order; they are replayed by answer time), graded at
 * `now`: null when none is graded. Each review is scheduled by FSRS, then kept off its own day
 * and off the day of `now`.
 */
export function replayReviews(attempts: GradedAttempt[], now: Date): ReviewCard | null {
  const ordered = [...attempts].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  const first = ordered[0];
  if (!first) return null;
  let card: Card = createEmptyCard(first.submittedAt);
  for (const attempt of ordered) {
    // FSRS refuses a review before the previous one; equal times are fine.
    const at =
      card.last_review && attempt.submittedAt < card.last_review ? card.last_review : attempt.submittedAt;
    const next = scheduler.next(card, at, ratingFor(attempt)).card;
    card = { ...next, due: notBeforeTomorrow(next.due, at) };
  }
  return {
    due: notBeforeTomorrow(card.due, now),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    phase: PHASES[card.state],
    lastReviewAt: card.last_review ?? null,
  };
}
