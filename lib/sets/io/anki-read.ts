// Reads an Anki deck package (.apkg): a zip with a SQLite collection (docs/set-formats.md).
import type { Database } from "sql.js";
import { IMPORT_LIMITS } from "@/lib/sets/limits";
import { ankiHtmlToMarkdown, ankiHtmlToText, clozeAnswer, clozeQuestion, takeMedia } from "./anki-html";
import { FIELD_SEPARATOR } from "./anki-schema";
import { loadSqlite } from "./sqlite";
import { draft, ImportError, type DraftQuestion, type DraftSet } from "./types";
import { isZip, unzipLimited } from "./zip";

interface Model {
  type?: number;
  flds?: { name?: string; ord?: number }[];
}

const COLLECTIONS = ["collection.anki21", "collection.anki2"];
const NEW_FORMAT = "collection.anki21b";
const SQLITE_MAGIC = "SQLite format 3\0";

function openCollection(bytes: Uint8Array): Uint8Array {
  if (!isZip(bytes))
    throw new ImportError(
      "This .apkg file isn't a zip archive, so it isn't an Anki deck package. Export the deck from Anki again (File → Export → Anki Deck Package).",
    );
  const { files, names } = unzipLimited(bytes, (name) => COLLECTIONS.includes(name));
  // Newer Anki writes a zstd-compressed collection.anki21b beside a placeholder collection.anki2.
  const collection =
    files.get(COLLECTIONS[0]!) ?? (names.includes(NEW_FORMAT) ? undefined : files.get(COLLECTIONS[1]!));
  if (collection) return collection;
  if (names.includes(NEW_FORMAT))
    throw new ImportError(
      "This deck uses Anki's newest package format, which Rehearse can't read. In Anki, export it again with \"Support older Anki versions\" ticked.",
    );
  throw new ImportError(
    "This .apkg file has no Anki collection in it (collection.anki2 or collection.anki21).",
  );
}

function query<T extends unknown[]>(db: Database, sql: string): T[] {
  return (db.exec(sql)[0]?.values ?? []) as T[];
}

function parseJson<T>(text: unknown): T | null {
  try {
    return typeof text === "string" ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

function deckTitle(db: Database, decks: Record<string, { name?: string }>): string {
  const used = query<[number]>(
    db,
    "SELECT did FROM cards GROUP BY did ORDER BY count(*) DESC LIMIT 1",
  )[0]?.[0];
  const name = (used !== undefined ? decks[String(used)]?.name : undefined) ?? "";
  return name === "Default" ? "" : (name.split("::").pop() ?? "").trim();
}

/** Front and back of a note: fields named so, else the first two; cloze notes use their text. */
function sides(model: Model | undefined, fields: string[]) {
  const names = (model?.flds ?? []).map((f) => (f.name ?? "").toLowerCase());
  const index = (wanted: string[], fallback: number) => {
    const at = names.findIndex((n) => wanted.includes(n));
    return at >= 0 ? at : fallback;
  };
  if (model?.type === 1) {
    const text = fields[index(["text"], 0)] ?? "";
    const extra = fields[index(["back extra", "extra"], 1)] ?? "";
    const back = [clozeAnswer(text), extra].filter(Boolean).map((part) => `<div>${part}</div>`);
    return { front: clozeQuestion(text), back: back.join("") };
  }
  return {
    front: fields[index(["front", "question"], 0)] ?? "",
    back: fields[index(["back", "answer"], 1)] ?? "",
  };
}

export async function parseApkgSet(bytes: Uint8Array): Promise<DraftSet> {
  const collection = openCollection(bytes);
  if (new TextDecoder().decode(collection.subarray(0, 16)) !== SQLITE_MAGIC)
    throw new ImportError(
      "The Anki collection in this .apkg isn't a SQLite database; the file may be damaged.",
    );
  const SQL = await loadSqlite();
  let db: Database;
  try {
    db = new SQL.Database(collection);
  } catch {
    throw new ImportError("The Anki collection in this .apkg can't be opened; the file may be damaged.");
  }
  try {
    return readNotes(db);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError("The Anki collection in this .apkg can't be read; the file may be damaged.");
  } finally {
    db.close();
  }
}

function readNotes(db: Database): DraftSet {
  const tables = new Set(
    query<[string]>(db, "SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => r[0]),
  );
  for (const table of ["col", "notes"])
    if (!tables.has(table))
      throw new ImportError(
        `This Anki collection has no "${table}" table, so it isn't a deck Rehearse can read.`,
      );
  const count = Number(query<[number]>(db, "SELECT count(*) FROM notes")[0]?.[0] ?? 0);
  if (count > IMPORT_LIMITS.questions)
    throw new ImportError(
      `This deck has ${count.toLocaleString("en")} notes; an import holds at most ${IMPORT_LIMITS.questions.toLocaleString("en")}. Split the deck in Anki first.`,
    );
  const [modelsJson, decksJson] =
    query<[string, string]>(db, "SELECT models, decks FROM col LIMIT 1")[0] ?? [];
  const models = parseJson<Record<string, Model>>(modelsJson) ?? {};
  const decks = parseJson<Record<string, { name?: string }>>(decksJson) ?? {};
  const title = tables.has("cards") ? deckTitle(db, decks) : "";
  const media = new Set<string>();
  const questions: DraftQuestion[] = query<[number, string, string]>(
    db,
    "SELECT mid, flds, tags FROM notes ORDER BY id",
  ).map(([mid, flds, tags], i) => {
    const { front, back } = sides(models[String(mid)], String(flds ?? "").split(FIELD_SEPARATOR));
    return draft(`Note ${i + 1}`, {
      prompt: ankiHtmlToText(takeMedia(front, media)),
      answerNotes: ankiHtmlToMarkdown(takeMedia(back, media)),
      tags: String(tags ?? "")
        .split(/\s+/)
        .filter(Boolean)
        .map((tag) => tag.replace(/::/g, "-")),
    });
  });
  const warnings = media.size ? [`${media.size} media files skipped: imports keep text only.`] : [];
  return { title, description: "", questions, warnings };
}
