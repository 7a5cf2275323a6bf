import Papa from "papaparse";
import type { SetFile } from "@/lib/validations/set-file";

export const CSV_HEADER = [
  "question",
  "answer",
  "why",
  "key points",
  "tags",
  "difficulty",
  "seconds",
  "set seconds",
] as const;

const bars = (items: string[]) => items.map((item) => item.replace(/\|/g, "\\|")).join(" | ");

/**
 * One row per question under CSV_HEADER. Cells that a spreadsheet would run as a formula get a
 * leading apostrophe; the CSV reader removes it again.
 */
export function writeCsvSet(file: SetFile): string {
  const rows = file.questions.map((q) => [
    q.prompt,
    q.answerNotes,
    q.whyAsked,
    bars(q.keyPoints),
    q.tags.join(" | "),
    q.difficulty.toLowerCase(),
    String(q.suggestedSeconds),
    q.secondsOverride === null ? "" : String(q.secondsOverride),
  ]);
  return `${Papa.unparse({ fields: [...CSV_HEADER], data: rows }, { escapeFormulae: /^[=+\-@\t\r]/, newline: "\r\n" })}\r\n`;
}
