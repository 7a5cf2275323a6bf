// The interview clock, as pure functions of stored times and "now" (the database's clock).
// The clock runs continuously, like a real interview: a question starts when the previous one
// ends — submitted, skipped or timed out — so time away from the tab is time spent.

/** How late a save or submit may arrive after the deadline and still count (network latency). */
export const GRACE_MS = 2_000;

export interface AttemptClock {
  position: number;
  allowedSeconds: number;
  startedAt: Date | null;
  deadlineAt: Date | null;
  submittedAt: Date | null;
}

export interface InterviewClock {
  startedAt: Date;
  currentPosition: number;
  /** The optional limit on the whole interview. */
  deadlineAt: Date | null;
  pausedAt: Date | null;
  /** Grading after each question: the next question waits for the candidate to come back. */
  gradeEachQuestion?: boolean;
  attempts: AttemptClock[];
}

export type ClockChange =
  | { kind: "start"; position: number; startedAt: Date; deadlineAt: Date }
  | { kind: "timeout"; position: number; submittedAt: Date };

export interface CatchUp {
  changes: ClockChange[];
  currentPosition: number;
  /** Set when the last question has ended. */
  answeringEndedAt: Date | null;
  /** True when the clock, not the candidate, ended the last question. */
  endedByClock: boolean;
}

/** When a question that starts at `start` must be answered by. */
export function deadlineFor(start: Date, allowedSeconds: number, interviewDeadline: Date | null): Date {
  const own = start.getTime() + allowedSeconds * 1000;
  return new Date(interviewDeadline ? Math.min(own, interviewDeadline.getTime()) : own);
}

/**
 * Brings the clock up to `now`: starts the current question if it hasn't started, and times out
 * every question whose deadline (plus grace) has passed, each next one starting at the previous
 * deadline. While paused, nothing moves.
 */
export function catchUp(
  clock: InterviewClock,
  now: Date,
  options: { graceMs?: number; startWaiting?: boolean } = {},
): CatchUp {
  const graceMs = options.graceMs ?? GRACE_MS;
  const changes: ClockChange[] = [];
  let position = clock.currentPosition;
  let endedByClock = false;
  let lastEnd: Date | null = null;
  if (clock.pausedAt) return { changes, currentPosition: position, answeringEndedAt: null, endedByClock };

  const previous = clock.attempts[position - 1];
  let nextStart = previous?.submittedAt ?? clock.startedAt;
  while (position < clock.attempts.length) {
    const attempt = clock.attempts[position]!;
    let deadline = attempt.deadlineAt;
    if (!attempt.startedAt || !deadline) {
      // When grading after each question, a question after a submitted one starts only when the
      // candidate returns to the runner (startWaiting), and then from that moment.
      if (clock.gradeEachQuestion && position === clock.currentPosition && previous?.submittedAt) {
        if (!options.startWaiting) break;
        nextStart = now;
      }
      deadline = deadlineFor(nextStart, attempt.allowedSeconds, clock.deadlineAt);
      changes.push({ kind: "start", position, startedAt: nextStart, deadlineAt: deadline });
    }
    if (now.getTime() <= deadline.getTime() + graceMs) break;
    changes.push({ kind: "timeout", position, submittedAt: deadline });
    endedByClock = true;
    lastEnd = deadline;
    nextStart = deadline;
    position += 1;
  }
  const ended = position >= clock.attempts.length;
  return {
    changes,
    currentPosition: position,
    answeringEndedAt: ended ? (lastEnd ?? previous?.submittedAt ?? now) : null,
    endedByClock: ended && endedByClock,
  };
}

/** Seconds left on a deadline, never negative. */
export function secondsLeft(deadline: Date, now: Date): number {
  return Math.max(0, Math.ceil((deadline.getTime() - now.getTime()) / 1000));
}
