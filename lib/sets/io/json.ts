// The lossless JSON set format, version 1 (docs/set-formats.md).
import { z } from "zod";
import { SET_FILE_FORMAT, SET_FILE_VERSION, type SetFile } from "@/lib/validations/set-file";
import { draft, ImportError, type DraftQuestion, type DraftSet } from "./types";

const text = z.string().optional().catch(undefined);
const number = z.union([z.number(), z.string()]).nullable().optional().catch(undefined);
const list = z
  .array(z.unknown())
  .transform((items) => items.map(String))
  .optional();

// Per-question fields are read leniently here; buildPreview validates each question and reports
// its problems on its own row instead of refusing the whole file.
const looseQuestion = z.object({
  prompt: text,
  whyAsked: text,
  answerNotes: text,
  keyPoints: list,
  tags: list,
  difficulty: text,
  suggestedSeconds: number,
  secondsOverride: number,
});

const envelope = z.object({
  format: z.unknown(),
  version: z.unknown(),
  title: z.string('The set file needs a "title" (text).').optional(),
  description: z.string('"description" must be text.').optional(),
  questions: z.array(z.unknown(), 'The set file needs a "questions" list.'),
});

export function parseJsonSet(source: string): DraftSet {
  let raw: unknown;
  try {
    raw = JSON.parse(source.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : "";
    throw new ImportError(`This file isn't valid JSON${detail}.`);
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw))
    throw new ImportError(
      `This JSON file isn't a Rehearse set: expected an object with "format": "${SET_FILE_FORMAT}".`,
    );
  const top = raw as Record<string, unknown>;
  if (top.format !== SET_FILE_FORMAT)
    throw new ImportError(`This JSON file isn't a Rehearse set: "format" must be "${SET_FILE_FORMAT}".`);
  if (top.version !== SET_FILE_VERSION)
    throw new ImportError(
      `This set file is version ${JSON.stringify(top.version ?? null)}; Rehearse reads version ${SET_FILE_VERSION}.`,
    );
  const parsed = envelope.safeParse(raw);
  if (!parsed.success) throw new ImportError(parsed.error.issues[0]!.message);
  const questions: DraftQuestion[] = parsed.data.questions.map((item, i) => {
    const label = `Question ${i + 1}`;
    const q = looseQuestion.safeParse(item);
    if (!q.success) {
      const row = draft(label, {});
      const field = q.error.issues[0]?.path[0];
      row.errors.push(
        field === undefined
          ? "This question isn't an object with the set file's fields."
          : `"${String(field)}" must be a list of text.`,
      );
      return row;
    }
    return draft(label, q.data);
  });
  return {
    title: parsed.data.title ?? "",
    description: parsed.data.description ?? "",
    questions,
    warnings: [],
  };
}

/** Every field of the set, in a stable key order, pretty-printed. */
export function writeJsonSet(file: SetFile): string {
  const body = {
    format: SET_FILE_FORMAT,
    version: SET_FILE_VERSION,
    title: file.title,
    description: file.description,
    questions: file.questions.map((q) => ({
      prompt: q.prompt,
      whyAsked: q.whyAsked,
      answerNotes: q.answerNotes,
      keyPoints: q.keyPoints,
      tags: q.tags,
      difficulty: q.difficulty,
      suggestedSeconds: q.suggestedSeconds,
      secondsOverride: q.secondsOverride,
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
