import type { SetFile } from "@/lib/validations/set-file";
import { writeApkgSet } from "./anki-write";
import { writeCsvSet } from "./csv-write";
import { writeJsonSet } from "./json";
import { writeMarkdownSet } from "./markdown";
import type { ImportFormat } from "./types";

export const EXPORT_TYPES: Record<ImportFormat, { contentType: string; extension: string }> = {
  json: { contentType: "application/json; charset=utf-8", extension: "json" },
  md: { contentType: "text/markdown; charset=utf-8", extension: "md" },
  csv: { contentType: "text/csv; charset=utf-8", extension: "csv" },
  apkg: { contentType: "application/octet-stream", extension: "apkg" },
};

/** The set in one of the four formats, as the bytes of a file. */
export async function writeSetFile(file: SetFile, format: ImportFormat): Promise<Uint8Array | string> {
  if (format === "apkg") return writeApkgSet(file);
  return format === "json"
    ? writeJsonSet(file)
    : format === "md"
      ? writeMarkdownSet(file)
      : writeCsvSet(file);
}

/** A download name from the title: ASCII letters, digits and dashes only, never empty. */
export function exportFilename(title: string, format: ImportFormat): string {
  const base =
    title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80)
      .replace(/-+$/, "") || "question-set";
  return `${base}.${EXPORT_TYPES[format].extension}`;
}
