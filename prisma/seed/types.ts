export type SeedDifficulty = "EASY" | "MEDIUM" | "HARD";

export interface SeedQuestion {
  slug: string;
  prompt: string;
  whyAsked: string;
  answerNotes: string;
  keyPoints: string[];
  tags: string[];
  difficulty: SeedDifficulty;
  suggestedSeconds: number;
}
