// Any format's draft → what the user sees before importing, and the set file the confirm step posts.
import { QUESTION_LIMITS } from "@/lib/validations/authored-question";
import type { DifficultyValue } from "@/lib/validations/question";
import {
  SET_FILE_FORMAT,
  SET_FILE_VERSION,
  setFileQuestionSchema,
  type SetFile,
  type SetFileQuestion,
} from "@/lib/validations/set-file";
import { SET_LIMITS } from "@/lib/sets/limits";
import { deriveKeyPoints } from "./key-points";
import { parseDifficulty, parseDuration, plural, promptKey } from "./text";
import type { DraftQuestion, DraftSet, ImportFormat } from "./types";

export const DEFAULT_DIFFICULTY: DifficultyValue = "MEDIUM";
export const DEFAULT_SECONDS = 120;

export interface PreviewRow {
  label: string;
  prompt: string;
  difficulty: DifficultyValue | null;
  tags: string[];
  keyPoints: number;
  /** ready: will be imported; blocked: has errors; duplicate: same prompt as an earlier row. */
  status: "ready" | "blocked" | "duplicate";
  errors: string[];
  warnings: string[];
}

export interface ImportPreview {
  format: ImportFormat;
  rows: PreviewRow[];
  warnings: string[];
  counts: { ready: number; blocked: number; duplicates: number };
  /** The ready questions as a set file: what the confirm step posts back. */
  file: Omit<SetFile, "questions"> & { questions: SetFileQuestion[] };
}

/** Applies defaults and caps a file may need, noting each on the row, then validates it. */
function prepare(q: DraftQuestion, derived: { list: number; sentences: number }) {
  const warnings = [...q.warnings];
  const difficulty = parseDifficulty(q.difficulty);
  if (q.difficulty?.trim() && !difficulty)
    warnings.push(`Difficulty "${q.difficulty.trim()}" isn't easy, medium or hard; Medium is used.`);
  let seconds = parseDuration(q.suggestedSeconds);
  if (seconds === null && String(q.suggestedSeconds ?? "").trim())
    warnings.push(`"${q.suggestedSeconds}" isn't a time; ${DEFAULT_SECONDS} seconds is used.`);
  let override = parseDuration(q.secondsOverride);
  if (override === null && String(q.secondsOverride ?? "").trim())
    warnings.push(`"${q.secondsOverride}" isn't a time for the set; the question's time is used.`);
  seconds ??= DEFAULT_SECONDS;
  override ??= null;

  let keyPoints = (q.keyPoints ?? []).map((p) => p.trim()).filter(Boolean);
  if (!keyPoints.length && q.answerNotes?.trim()) {
    const { points, from } = deriveKeyPoints(q.answerNotes);
    keyPoints = points;
    if (points.length) derived[from === "list" ? "list" : "sentences"]++;
  }
  const maxPoints = QUESTION_LIMITS.keyPoints.max;
  if (keyPoints.length > maxPoints) {
    warnings.push(`Only the first ${maxPoints} of ${keyPoints.length} key points are kept.`);
    keyPoints = keyPoints.slice(0, maxPoints);
  }
  const maxTags = QUESTION_LIMITS.tags.max;
  let tags = q.tags ?? [];
  const distinct = [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
  if (distinct.length > maxTags) {
    warnings.push(`Only the first ${maxTags} of ${distinct.length} tags are kept.`);
    tags = distinct.slice(0, maxTags);
  }

  const parsed = setFileQuestionSchema.safeParse({
    prompt: q.prompt ?? "",
    whyAsked: q.whyAsked ?? "",
    answerNotes: q.answerNotes ?? "",
    keyPoints,
    tags,
    difficulty: difficulty ?? DEFAULT_DIFFICULTY,
    suggestedSeconds: seconds,
    secondsOverride: override,
  });
  // Without an answer there is nothing to take key points from: asking for the answer says enough.
  const issues = parsed.success
    ? []
    : parsed.error.issues.filter(
        (i) => !(i.path[0] === "keyPoints" && !q.keyPoints?.length && !q.answerNotes?.trim()),
      );
  const errors = [...q.errors, ...issues.map((i) => i.message)];
  return { parsed: parsed.success ? parsed.data : null, errors: [...new Set(errors)], warnings };
}

export function buildPreview(format: ImportFormat, draft: DraftSet, fallbackTitle: string): ImportPreview {
  const warnings = [...draft.warnings];
  const derived = { list: 0, sentences: 0 };
  const seen = new Map<string, string>();
  const rows: PreviewRow[] = [];
  const questions: SetFileQuestion[] = [];
  for (const q of draft.questions) {
    const { parsed, errors, warnings: rowWarnings } = prepare(q, derived);
    const prompt = (parsed?.prompt ?? q.prompt ?? "").trim();
    const key = promptKey(prompt);
    const earlier = key ? seen.get(key) : undefined;
    if (earlier) rowWarnings.push(`Same question as ${earlier}; skipped.`);
    else if (key && parsed && !errors.length) seen.set(key, q.label);
    const status = errors.length || !parsed ? "blocked" : earlier ? "duplicate" : "ready";
    if (status === "ready") questions.push(parsed!);
    rows.push({
      label: q.label,
      prompt: prompt.slice(0, 500),
      difficulty: parsed?.difficulty ?? parseDifficulty(q.difficulty),
      tags: parsed?.tags ?? [],
      keyPoints: parsed?.keyPoints.length ?? 0,
      status,
      errors,
      warnings: rowWarnings,
    });
  }
  if (derived.list + derived.sentences) {
    const parts = [
      derived.list ? `${derived.list} from a list in the answer` : "",
      derived.sentences ? `${derived.sentences} from the answer's first sentences` : "",
    ].filter(Boolean);
    warnings.push(
      `${plural(derived.list + derived.sentences, "question")} had no key points, so they were taken from the answers (${parts.join(", ")}). Check them after importing.`,
    );
  }
  const count = (status: PreviewRow["status"]) => rows.filter((r) => r.status === status).length;
  const duplicates = count("duplicate");
  if (duplicates) warnings.push(`${plural(duplicates, "duplicate question")} will be skipped.`);
  let title = draft.title.trim() || fallbackTitle;
  if (title.length > SET_LIMITS.title.max) {
    warnings.push(`The title was shortened to ${SET_LIMITS.title.max} characters.`);
    title = title.slice(0, SET_LIMITS.title.max).trimEnd();
  }
  let description = draft.description.trim();
  if (description.length > SET_LIMITS.description.max) {
    warnings.push(`The description was shortened to ${SET_LIMITS.description.max} characters.`);
    description = description.slice(0, SET_LIMITS.description.max).trimEnd();
  }
  return {
    format,
    rows,
    warnings,
    counts: { ready: questions.length, blocked: count("blocked"), duplicates },
    file: { format: SET_FILE_FORMAT, version: SET_FILE_VERSION, title, description, questions },
  };
}
