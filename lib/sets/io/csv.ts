// CSV/TSV with a header row. Lenient about header names, delimiters and a spreadsheet's habits.
import Papa from "papaparse";
import { draft, ImportError, type DraftQuestion, type DraftSet } from "./types";

type Field = Exclude<keyof DraftQuestion, "label" | "errors" | "warnings">;

const HEADERS: Record<string, Field> = {};
const alias = (field: Field, ...names: string[]) => names.forEach((n) => (HEADERS[n] = field));
alias("prompt", "question", "prompt", "front", "q", "questiontext");
alias("answerNotes", "answer", "answernotes", "answers", "back", "notes", "a", "modelanswer");
alias("whyAsked", "why", "whyasked", "whyitsasked", "whyitisasked", "reason");
alias("keyPoints", "keypoints", "keypoint", "points");
alias("tags", "tags", "tag", "topics");
alias("difficulty", "difficulty", "level");
alias("suggestedSeconds", "seconds", "suggestedseconds", "time", "times", "timeseconds", "duration");
alias("secondsOverride", "setseconds", "secondsoverride", "timeinthisset");

const headerKey = (name: string) => name.toLowerCase().replace(/[^a-z]/g, "");
// Cells written with a leading apostrophe so spreadsheets don't run them as formulas (csv export).
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
/** Splits on "|" not preceded by a backslash; "\|" stands for a literal bar. */
export const splitBars = (cell: string) =>
  cell
    .split(/(?<!\\)\|/)
    .map((p) => p.replace(/\\\|/g, "|").trim())
    .filter(Boolean);

function quoteProblem(code: string) {
  return code === "MissingQuotes"
    ? "a quoted value is never closed"
    : code === "InvalidQuotes"
      ? "a quote appears inside a value that isn't quoted, or text follows a closing quote"
      : "the quoting is malformed";
}

export function parseCsvSet(source: string, delimiter?: "\t"): DraftSet {
  const result = Papa.parse<string[]>(source.replace(/^\uFEFF/, ""), {
    delimiter: delimiter ?? "",
    delimitersToGuess: [",", ";", "\t"],
    skipEmptyLines: "greedy",
  });
  const rows = result.data;
  const header = rows[0] ?? [];
  const quoting = result.errors.find((e) => e.type === "Quotes");
  if (quoting) {
    const rowIndex = quoting.row ?? 0;
    const column = header[Math.max(0, (rows[rowIndex]?.length ?? 1) - 1)] ?? "?";
    throw new ImportError(
      `Row ${rowIndex + 1}, column "${column}": ${quoteProblem(quoting.code)}. Check the quotes on that row.`,
    );
  }
  if (!rows.length)
    throw new ImportError("The file is empty: it needs a header row and one row per question.");
  const columns = header.map((name) => HEADERS[headerKey(name)]);
  const missing = [
    ["prompt", 'a "question" (or "prompt") column'],
    ["answerNotes", 'an "answer" (or "answer notes") column'],
  ].filter(([field]) => !columns.includes(field as Field));
  if (missing.length)
    throw new ImportError(
      `The header row needs ${missing.map(([, name]) => name).join(" and ")}. Found: ${header.map((h) => `"${h}"`).join(", ") || "nothing"}.`,
    );
  const warnings: string[] = [];
  const unknown = header.filter((_, i) => !columns[i]);
  if (unknown.length) warnings.push(`Columns left out: ${unknown.map((h) => `"${h}"`).join(", ")}.`);

  const questions = rows.slice(1).map((cells, i) => {
    const q: DraftQuestion = draft(`Row ${i + 2}`, {});
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim()))
      q.errors.push(
        `This row has ${cells.length} values but the header has ${header.length} columns; a value may contain an unquoted ${delimiterName(result.meta.delimiter)}.`,
      );
    columns.forEach((field, c) => {
      const cell = unguard(cells[c] ?? "");
      if (!field) return;
      if (field === "keyPoints" || field === "tags")
        q[field] =
          field === "tags"
            ? cell
                .split(/[|,;]/)
                .map((t) => t.trim())
                .filter(Boolean)
            : splitBars(cell);
      else q[field] = cell;
    });
    return q;
  });
  return { title: "", description: "", questions, warnings };
}

function delimiterName(delimiter: string) {
  return delimiter === "\t" ? "tab" : delimiter === ";" ? "semicolon" : "comma";
}
