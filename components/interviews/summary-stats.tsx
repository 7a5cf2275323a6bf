import { Badge } from "@/components/ui/badge";
import { GRADE_LABELS } from "@/lib/interviews/limits";

/** Seconds as m:ss (or h:mm:ss past an hour), the way a stopwatch shows them. */
export function formatClock(totalSeconds: number) {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** How long an answer took on the server's clock; null while it hasn't been both started and ended. */
export function secondsUsed(attempt: { startedAt: Date | null; submittedAt: Date | null }) {
  if (!attempt.startedAt || !attempt.submittedAt) return null;
  return Math.max(0, Math.round((attempt.submittedAt.getTime() - attempt.startedAt.getTime()) / 1000));
}

/** The mean of the grades given so far, or null when none is graded yet. */
export function averageGrade(grades: (number | null)[]) {
  const given = grades.filter((g): g is number => g !== null);
  return given.length ? given.reduce((sum, g) => sum + g, 0) / given.length : null;
}

/** "3.3 of 4" with the nearest label, or "Not graded". */
export function formatAverage(average: number | null) {
  if (average === null) return "Not graded";
  return `${average.toFixed(1)} of 4 (${GRADE_LABELS[Math.round(average)]})`;
}

/** Dates are rendered on the server, so they name their time zone instead of guessing the reader's. */
const DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export function FormattedDate({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{DATE_TIME.format(date)} UTC</time>;
}

export function AttemptBadges({ timedOut, skipped }: { timedOut: boolean; skipped: boolean }) {
  if (!timedOut && !skipped) return null;
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      {timedOut ? <Badge tone="medium">Timed out</Badge> : null}
      {skipped ? <Badge>Skipped</Badge> : null}
    </span>
  );
}
