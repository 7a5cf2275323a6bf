import "../lib/load-dotenv.ts";
import { seedBank } from "../../prisma/seed/index.ts";
import { log, openDatabase } from "../lib/database.ts";
import { createScriptClient } from "../lib/prisma.ts";

const handle = await openDatabase();
const db = createScriptClient(handle.url);
try {
  const count = await seedBank(db);
  log(`Seeded ${count} bank questions.`);
} finally {
  await db.$disconnect();
  await handle.stop();
}
