// Scripts read .env like `next start` does; values already in the environment win.
// A command that cannot go on says why in one sentence, not with a stack trace.
import { existsSync } from "node:fs";

process.on("uncaughtException", (error) => {
  console.error(`[rehearse] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

if (existsSync(".env")) process.loadEnvFile(".env");
