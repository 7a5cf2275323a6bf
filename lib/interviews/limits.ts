// Interview limits and grade names, free of dependencies so the browser bundles stay small.
export const MAX_ANSWER_CHARS = 20_000;
export const MIN_SECONDS = 30;
export const MAX_SECONDS = 60 * 60;
export const MAX_QUESTIONS = 30;
export const GRADES = [1, 2, 3, 4] as const;
export const GRADE_LABELS: Record<number, string> = {
  1: "Missed it",
  2: "Partial",
  3: "Solid",
  4: "Nailed it",
};

/**
 * The grade the key points suggest: the share of points covered, lowered one step when time ran
 * out. The candidate can always choose another.
 */
export function suggestGrade(covered: number, total: number, timedOut: boolean): 1 | 2 | 3 | 4 {
  const share = total ? covered / total : 0;
  const base = share >= 0.9 ? 4 : share >= 0.6 ? 3 : share > 0 ? 2 : 1;
  return (timedOut ? Math.max(1, base - 1) : base) as 1 | 2 | 3 | 4;
}
