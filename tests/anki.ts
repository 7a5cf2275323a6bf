// Builds real Anki deck packages (.apkg) for tests and the bench: a zip holding a SQLite
// collection with Anki's schema (col, notes, cards…) and a media map, written with sql.js + fflate.
import { createHash } from "node:crypto";
import { strToU8, zipSync, type Zippable } from "fflate";
import {
  ANKI_SCHEMA,
  basicModel,
  deck,
  DEFAULT_COLLECTION_CONFIG,
  DEFAULT_DECK_CONFIG,
} from "@/lib/sets/io/anki-schema";
import { loadSqlite } from "@/lib/sets/io/sqlite";

export interface AnkiNote {
  /** Field values in the note type's order, as Anki stores them (HTML). */
  fields: string[];
  tags?: string[];
}

export interface ApkgOptions {
  notes: AnkiNote[];
  deckName?: string;
  /** Field names of the note type; default Front, Back. */
  fieldNames?: string[];
  /** A cloze note type (Text, Back Extra) instead of a basic one. */
  cloze?: boolean;
  collectionName?: "collection.anki2" | "collection.anki21";
  /** Tables to leave out, to build damaged collections. */
  dropTables?: string[];
  /** Media files: zip entry "0", "1"… with the map "media" naming them. */
  media?: Record<string, Uint8Array>;
  /** Only the newest format: a zstd "collection.anki21b" beside Anki's placeholder collection. */
  newFormatOnly?: boolean;
}

const checksum = (text: string) => parseInt(createHash("sha1").update(text).digest("hex").slice(0, 8), 16);

/** A collection database as Anki 2.1 writes it. */
export async function buildCollection(options: ApkgOptions): Promise<Uint8Array> {
  const SQL = await loadSqlite();
  const db = new SQL.Database();
  const now = 1_700_000_000_000;
  const deckId = now + 7;
  const modelId = now + 3;
  const names = options.cloze ? ["Text", "Back Extra"] : (options.fieldNames ?? ["Front", "Back"]);
  const model = { ...basicModel(modelId, deckId, now / 1000, names), type: options.cloze ? 1 : 0 };
  db.run(ANKI_SCHEMA);
  const decks = { 1: deck(1, "Default", now), [deckId]: deck(deckId, options.deckName ?? "Test deck", now) };
  db.run("INSERT INTO col VALUES (1, 0, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')", [
    now,
    now,
    JSON.stringify(DEFAULT_COLLECTION_CONFIG),
    JSON.stringify({ [modelId]: model }),
    JSON.stringify(decks),
    JSON.stringify(DEFAULT_DECK_CONFIG),
  ]);
  db.run("BEGIN");
  options.notes.forEach((note, i) => {
    const tags = note.tags?.length ? ` ${note.tags.join(" ")} ` : "";
    db.run("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')", [
      now + 100 + i,
      `guid${i}`,
      modelId,
      now / 1000,
      tags,
      note.fields.join("\x1f"),
      note.fields[0] ?? "",
      checksum(note.fields[0] ?? ""),
    ]);
    db.run("INSERT INTO cards VALUES (?, ?, ?, 0, 0, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')", [
      now + 100 + i,
      now + 100 + i,
      deckId,
      i + 1,
    ]);
  });
  db.run("COMMIT");
  for (const table of options.dropTables ?? []) db.run(`DROP TABLE ${table}`);
  const bytes = db.export();
  db.close();
  return bytes;
}

/** An .apkg: the collection, the media map and the media files, zipped. */
export async function buildApkg(options: ApkgOptions): Promise<Uint8Array> {
  const media = Object.keys(options.media ?? {});
  const entries: Zippable = {
    media: strToU8(JSON.stringify(Object.fromEntries(media.map((name, i) => [String(i), name])))),
  };
  media.forEach((name, i) => (entries[String(i)] = options.media![name]!));
  if (options.newFormatOnly) {
    entries["collection.anki21b"] = new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 1, 2, 3, 4]);
    entries["collection.anki2"] = await buildCollection({
      notes: [
        {
          fields: ["Please update to the latest Anki version, then import the .colpkg/.apkg file again.", ""],
        },
      ],
    });
  } else {
    entries[options.collectionName ?? "collection.anki2"] = await buildCollection(options);
  }
  return zipSync(entries);
}
