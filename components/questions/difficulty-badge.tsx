import { Badge } from "@/components/ui/badge";
import type { DifficultyValue } from "@/lib/validations/question";

const LABEL: Record<DifficultyValue, string> = { EASY: "Easy", MEDIUM: "Medium", HARD: "Hard" };
const TONE = { EASY: "easy", MEDIUM: "medium", HARD: "hard" } as const;

export function difficultyLabel(difficulty: DifficultyValue) {
  return LABEL[difficulty];
}

export function DifficultyBadge({ difficulty }: { difficulty: DifficultyValue }) {
  return <Badge tone={TONE[difficulty]}>{LABEL[difficulty]}</Badge>;
}

export function formatSeconds(seconds: number) {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (!minutes) return `${rest} s`;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}
