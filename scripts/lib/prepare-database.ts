import { seedBankIfEmpty } from "../../prisma/seed/index.ts";
import { applyMigrations } from "../db/schema-engine.ts";
import { log } from "./database.ts";
import { createScriptClient } from "./prisma.ts";

/** Applies pending migrations and seeds an empty bank. */
export async function prepareDatabase(url: string) {
  const applied = await applyMigrations(url);
  if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
  const db = createScriptClient(url);
  try {
    const seeded = await seedBankIfEmpty(db);
    if (seeded) log(`Seeded the question bank with ${seeded} questions.`);
  } finally {
    await db.$disconnect();
  }
}
