import { beforeEach } from "vitest";
import { markDatabaseUp } from "../lib/db-health";
import { assertLocalDatabase } from "../scripts/lib/local-url";

// Integration tests run against the real database that `npm test` prepared (never a mock).
if (!process.env.DATABASE_URL) {
  throw new Error(
    "DATABASE_URL is not set: run the tests through `npm test` (or `npm run test:unit`), which prepares a database.",
  );
}
assertLocalDatabase(process.env.DATABASE_URL);

// A test that simulates an unreachable database marks it down (lib/db-health.ts);
// every test starts from a healthy one.
beforeEach(() => markDatabaseUp());
