// Writes a set as an Anki deck package: one Basic note per question (Front: the question; Back:
// the answer notes as sanitized HTML), tags kept, cards in the set's order.
import { createHash, randomBytes } from "node:crypto";
import { strToU8, zipSync } from "fflate";
import { renderMarkdown } from "@/lib/markdown";
import type { SetFile } from "@/lib/validations/set-file";
import {
  ANKI_SCHEMA,
  basicModel,
  deck,
  DEFAULT_COLLECTION_CONFIG,
  DEFAULT_DECK_CONFIG,
  FIELD_SEPARATOR,
} from "./anki-schema";
import { loadSqlite } from "./sqlite";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the sort field, as a number. */
export const fieldChecksum = (text: string) =>
  parseInt(createHash("sha1").update(text).digest("hex").slice(0, 8), 16);

const guid = () => randomBytes(8).toString("base64url").slice(0, 10);

export async function writeApkgSet(file: SetFile, now = Date.now()): Promise<Uint8Array> {
  const SQL = await loadSqlite();
  const db = new SQL.Database();
  try {
    db.run(ANKI_SCHEMA);
    const seconds = Math.floor(now / 1000);
    const deckId = now;
    const modelId = now + 1;
    const decks = {
      1: deck(1, "Default", seconds),
      [deckId]: deck(deckId, file.title, seconds, file.description),
    };
    db.run("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')", [
      seconds - (seconds % 86_400),
      now,
      now,
      JSON.stringify({
        ...DEFAULT_COLLECTION_CONFIG,
        curModel: String(modelId),
        activeDecks: [deckId],
        curDeck: deckId,
      }),
      JSON.stringify({ [modelId]: basicModel(modelId, deckId, seconds) }),
      JSON.stringify(decks),
      JSON.stringify(DEFAULT_DECK_CONFIG),
    ]);
    const note = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const card = db.prepare(
      "INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')",
    );
    db.run("BEGIN");
    file.questions.forEach((q, i) => {
      const id = now + 10 + i;
      const front = escapeHtml(q.prompt);
      const back = renderMarkdown(q.answerNotes);
      const tags = q.tags.length ? ` ${q.tags.join(" ")} ` : "";
      note.run([
        id,
        guid(),
        modelId,
        seconds,
        tags,
        `${front}${FIELD_SEPARATOR}${back}`,
        q.prompt,
        fieldChecksum(q.prompt),
      ]);
      card.run([id, id, deckId, seconds, i + 1]);
    });
    db.run("COMMIT");
    note.free();
    card.free();
    return zipSync({ "collection.anki2": db.export(), media: strToU8("{}") });
  } finally {
    db.close();
  }
}
