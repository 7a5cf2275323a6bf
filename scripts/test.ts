// `npm test`: a fresh database → lint and types → unit and integration tests → production build → browser tests → Lighthouse.
import "./lib/load-dotenv.ts";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { withPg } from "./lib/pg.ts";
import { env } from "../lib/env.ts";
import { log, openDatabase } from "./lib/database.ts";
import { findFreePort } from "./lib/embedded-postgres.ts";
import { assertLocalDatabase } from "./lib/local-url.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";

const TEST_DATABASE = "rehearse_test";
const only = process.argv[2]; // "unit" | "e2e" | undefined (everything)

async function recreate(serverUrl: string, name: string) {
  await withPg(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  });
}

function run(title: string, command: string, args: string[], extraEnv: Record<string, string>) {
  log(`── ${title}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv },
  });
  return result.status === 0;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- reporter JSON, read defensively
function counts(file: string, read: (json: any) => { passed: number; failed: number }) {
  try {
    return read(JSON.parse(readFileSync(file, "utf8")));
  } catch {
    return { passed: 0, failed: 1 };
  }
}

// With DATABASE_URL the tests use that database as it is (CI makes one fresh per run);
// otherwise a throw-away database on the embedded server, recreated every run.
// The embedded test cluster is throw-away and on its own port, so several runs can go at once.
const clusterDir = env.DATABASE_URL ? null : await mkdtemp(path.join(os.tmpdir(), "rehearse-test-"));
const server = await openDatabase({
  database: "postgres",
  cluster: clusterDir ? { dataDir: clusterDir, port: await findFreePort() } : undefined,
});
let databaseUrl = server.url;
if (server.embedded) {
  await recreate(server.url, TEST_DATABASE);
  databaseUrl = server.url.replace(/\/postgres$/, `/${TEST_DATABASE}`);
}
assertLocalDatabase(databaseUrl);
mkdirSync("test-results", { recursive: true });

let ok = true;
try {
  await prepareDatabase(databaseUrl);
  const testEnv = {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    AUTH_TRUST_HOST: "true",
  };
  if (only !== "e2e") {
    ok = run("Lint and types", "npm", ["run", "check"], testEnv) && ok;
    ok =
      run(
        "Unit and integration tests (vitest)",
        "npx",
        ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile=test-results/vitest.json"],
        testEnv,
      ) && ok;
  }
  if (only !== "unit") {
    ok = run("Production build", "npx", ["next", "build"], testEnv) && ok;
    ok = run("Browser tests (Playwright)", "npx", ["playwright", "test"], testEnv) && ok;
    ok = run("Lighthouse (mobile)", "node", ["--import", "tsx", "scripts/lighthouse.ts"], testEnv) && ok;
  }
} finally {
  await server.stop();
  if (clusterDir) await rm(clusterDir, { recursive: true, force: true });
}

const vitest =
  only === "e2e"
    ? { passed: 0, failed: 0 }
    : counts("test-results/vitest.json", (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests }));
const e2e =
  only === "unit"
    ? { passed: 0, failed: 0 }
    : counts("test-results/e2e.json", (j) => ({
        passed: j.stats.expected + j.stats.flaky,
        failed: j.stats.unexpected,
      }));
// Each page × category (and CLS) is one test.
const lighthouse =
  only === "unit"
    ? { passed: 0, failed: 0 }
    : counts("test-results/lighthouse.json", (j) => ({ passed: j.passed, failed: j.failed }));
const passed = vitest.passed + e2e.passed + lighthouse.passed;
const failedTests = vitest.failed + e2e.failed + lighthouse.failed;
const failed = failedTests + (ok ? 0 : failedStepsOnly(failedTests));
console.log(
  `\nvitest ${vitest.passed} passed, ${vitest.failed} failed · playwright ${e2e.passed} passed, ${e2e.failed} failed · lighthouse ${lighthouse.passed} passed, ${lighthouse.failed} failed`,
);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);

/** A failed step with no failing test (lint, build) still counts as one failure. */
function failedStepsOnly(failedTests: number) {
  return failedTests === 0 ? 1 : 0;
}
