// Scripts read .env like `next start` does; values already in the environment win.
import { existsSync } from "node:fs";

if (existsSync(".env")) process.loadEnvFile(".env");
