// Small text helpers shared by the formats: durations, difficulty names, HTML entities.
import { DIFFICULTIES, type DifficultyValue } from "@/lib/validations/question";

const AMOUNT = /(\d+(?:\.\d+)?)\s*(hours?|h|minutes?|mins?|m|seconds?|secs?|s)?\b/g;

/** "150", "150 s", "2 min", "2m 30s", "2:30", "1.5 min" → seconds; null when it isn't a duration. */
export function parseDuration(raw: string | number | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? Math.round(raw) : null;
  const text = raw.trim().toLowerCase();
  if (!text) return null;
  const clock = /^(\d+):([0-5]\d)$/.exec(text);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const parts = [...text.matchAll(AMOUNT)];
  const rest = text.replace(AMOUNT, "").trim();
  if (!parts.length || rest.replace(/[\s,]|and/g, "")) return null;
  let seconds = 0;
  for (const [, value, unit = "s"] of parts) {
    const scale = unit.startsWith("h") ? 3600 : unit.startsWith("m") ? 60 : 1;
    seconds += Number(value) * scale;
  }
  return Math.round(seconds);
}

/** 150 → "2 min 30 s", 120 → "2 min", 45 → "45 s". */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (!minutes) return `${rest} s`;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}

/** "Medium", "m", "2" → "MEDIUM"; null when it names no difficulty. */
export function parseDifficulty(raw: string | undefined): DifficultyValue | null {
  const text = (raw ?? "").trim().toUpperCase();
  const byNumber: Record<string, DifficultyValue> = { "1": "EASY", "2": "MEDIUM", "3": "HARD" };
  return (
    DIFFICULTIES.find((d) => d === text || (text.length === 1 && d.startsWith(text))) ??
    byNumber[text] ??
    null
  );
}

export const difficultyName = (d: DifficultyValue) => d[0] + d.slice(1).toLowerCase();

/** The key that makes two prompts duplicates: case and spacing don't count. */
export const promptKey = (prompt: string) => prompt.trim().replace(/\s+/g, " ").toLowerCase();

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name[0] === "#") {
      const code = name[1]?.toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[name.toLowerCase()] ?? match;
  });
}

/** HTML → one line of plain text: scripts and styles dropped, tags removed, entities decoded. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style|template)\b[\s\S]*?(<\/\1\s*>|$)/gi, " ")
    .replace(/<br\s*\/?>|<\/(p|div|li|h\d)>/gi, " ")
    .replace(/<[^>]*>?/g, "");
  return decodeEntities(text).replace(/\s+/g, " ").trim();
}

/** "1 question", "2 questions". */
export const plural = (count: number, noun: string) =>
  `${count.toLocaleString("en")} ${noun}${count === 1 ? "" : "s"}`;
