// Any supported file → a preview of the set it would create. Nothing here writes anything.
import { IMPORT_LIMITS } from "@/lib/sets/limits";
import { parseApkgSet } from "./anki-read";
import { parseCsvSet } from "./csv";
import { parseJsonSet } from "./json";
import { parseMarkdownSet } from "./markdown";
import { buildPreview, type ImportPreview } from "./preview";
import { ImportError, type DraftSet, type ImportFormat } from "./types";
import { isZip } from "./zip";

const EXTENSIONS: Record<string, ImportFormat | "tsv"> = {
  json: "json",
  md: "md",
  markdown: "md",
  csv: "csv",
  tsv: "tsv",
  tab: "tsv",
  apkg: "apkg",
};
export const ACCEPTED_EXTENSIONS = [...Object.keys(EXTENSIONS), "txt"].map((e) => `.${e}`);

const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";

/** The format a file's extension names, or, for .txt and no extension, what its content looks like. */
export function detectFormat(name: string, bytes: Uint8Array): ImportFormat | "tsv" {
  const ext = extension(name);
  if (EXTENSIONS[ext]) return EXTENSIONS[ext];
  if (ext && ext !== "txt")
    throw new ImportError(
      `".${ext}" files can't be imported. Use JSON, Markdown, CSV, TSV or an Anki .apkg file.`,
    );
  if (isZip(bytes)) return "apkg";
  const start = new TextDecoder()
    .decode(bytes.subarray(0, 200))
    .replace(/^\uFEFF/, "")
    .trimStart();
  return start.startsWith("{") ? "json" : start.startsWith("#") ? "md" : "csv";
}

function decodeText(bytes: Uint8Array): string {
  if (isZip(bytes) || bytes.includes(0))
    throw new ImportError("This isn't a text file. Check that you chose the right file and its extension.");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('The file isn\'t UTF-8 text. Save it again as UTF-8 (in Excel: "CSV UTF-8").');
  }
}

const baseName = (name: string) =>
  name
    .replace(/^.*[\\/]/, "")
    .replace(/\.[a-z0-9]+$/i, "")
    .replace(/[_]+/g, " ")
    .trim()
    .slice(0, 120) || "Imported set";

export async function previewImport(name: string, bytes: Uint8Array): Promise<ImportPreview> {
  if (bytes.length > IMPORT_LIMITS.bytes)
    throw new ImportError(
      `The file is larger than ${IMPORT_LIMITS.bytes / 1024 / 1024} MB, the most an import may be.`,
      413,
    );
  if (!bytes.length) throw new ImportError("The file is empty.");
  const detected = detectFormat(name, bytes);
  let parsed: DraftSet;
  if (detected === "apkg") parsed = await parseApkgSet(bytes);
  else {
    const text = decodeText(bytes);
    parsed =
      detected === "json"
        ? parseJsonSet(text)
        : detected === "md"
          ? parseMarkdownSet(text)
          : parseCsvSet(text, detected === "tsv" ? "\t" : undefined);
  }
  const total = parsed.questions.length;
  if (total > IMPORT_LIMITS.questions)
    throw new ImportError(
      `This file has ${total.toLocaleString("en")} questions; an import holds at most ${IMPORT_LIMITS.questions.toLocaleString("en")}. Split it into smaller files.`,
    );
  if (!total) throw new ImportError(parsed.warnings[0] ?? "There are no questions in this file.");
  return buildPreview(detected === "tsv" ? "csv" : detected, parsed, baseName(name));
}
