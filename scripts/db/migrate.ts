import "../lib/load-dotenv.ts";
import { applyMigrations } from "./schema-engine.ts";
import { log, openDatabase } from "../lib/database.ts";

const db = await openDatabase();
try {
  const applied = await applyMigrations(db.url);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await db.stop();
}
