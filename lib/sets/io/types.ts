// What every format parser produces: the set as the file states it, before validation.

export const IMPORT_FORMATS = ["json", "md", "csv", "apkg"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One question as a file gives it; fields the format lacks are left out and get defaults later. */
export interface DraftQuestion {
  /** Where the user finds it in their file: "Row 3", "Question 2", "Note 4". */
  label: string;
  prompt?: string;
  whyAsked?: string;
  answerNotes?: string;
  keyPoints?: string[];
  tags?: string[];
  difficulty?: string;
  suggestedSeconds?: string | number | null;
  secondsOverride?: string | number | null;
  /** Problems the parser found that block this question. */
  errors: string[];
  warnings: string[];
}

export interface DraftSet {
  title: string;
  description: string;
  questions: DraftQuestion[];
  /** Problems about the whole file that don't block it. */
  warnings: string[];
}

/** A file that can't be imported at all; `status` is the HTTP answer (413 too large, 422 otherwise). */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly status: 413 | 422 = 422,
  ) {
    super(message);
    this.name = "ImportError";
  }
}

export const draft = (label: string, fields: Omit<DraftQuestion, "label" | "errors" | "warnings">) => ({
  label,
  ...fields,
  errors: [] as string[],
  warnings: [] as string[],
});
