// `npm run lighthouse`: Lighthouse (mobile, simulated throttling) on the production build — public
// pages and, signed in, the interview runner and Progress. Needs a build (`npm run build`); uses
// DATABASE_URL (a database on this machine) or a throw-away embedded one. Writes
// test-results/lighthouse.json and an HTML report per page in test-results/lighthouse/.
import "./lib/load-dotenv.ts";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { authSecret, env } from "../lib/env.ts";
import { log, openDatabase } from "./lib/database.ts";
import { findFreePort } from "./lib/embedded-postgres.ts";
import { assertLocalDatabase } from "./lib/local-url.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";
import { auditPages, type PageResult } from "./lighthouse/audit.ts";
import { createCandidate } from "./lighthouse/candidate.ts";
import { judgeAgainstReference } from "./lighthouse/reference.ts";
import { startAppServer } from "./lib/app-server.ts";

const RESULTS = "test-results/lighthouse.json";
// `-- --pages question,runner --runs 5`: only those pages, each measured that many times.
const { values: args } = parseArgs({
  options: { pages: { type: "string" }, runs: { type: "string" } },
});
const options = { pages: args.pages?.split(","), runs: args.runs ? Number(args.runs) : undefined };

function selectPages<T extends { name: string }>(pages: T[]): T[] {
  return options.pages ? pages.filter((p) => options.pages!.includes(p.name)) : pages;
}
const chromePath = env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function printResults(pages: PageResult[]) {
  for (const page of pages) {
    const line = page.assertions.map(
      (a) => `${a.pass ? "✓" : "✗"} ${a.name.slice(page.name.length + 1)} ${+a.actual.toFixed(3)}`,
    );
    const runs = page.runs && page.runs.length > 1 ? ` (best of ${page.runs.join(", ")})` : "";
    const ref = page.reference
      ? ` — reference ${page.reference.commit.slice(0, 8)} side by side: ${page.reference.performance} (best of ${page.reference.runs?.join(", ")})`
      : "";
    console.log(`  ${page.name.padEnd(10)} ${line.join("  ")}${runs}${ref}`);
    for (const f of page.findings)
      console.log(`      ${f.category}: ${f.audit} (${f.display ?? f.score}) — ${f.title}`);
  }
}

if (!existsSync(".next/BUILD_ID")) {
  console.error("[rehearse] No production build found: run `npm run build` first.");
  process.exit(1);
}
const clusterDir = env.DATABASE_URL ? null : await mkdtemp(path.join(os.tmpdir(), "rehearse-lighthouse-"));
const database = await openDatabase({
  database: "rehearse_lighthouse",
  cluster: clusterDir ? { dataDir: clusterDir, port: await findFreePort() } : undefined,
});
let pages: PageResult[] = [];
let failure: unknown;
try {
  assertLocalDatabase(database.url);
  await prepareDatabase(database.url);
  const startedAt = performance.now();
  const appEnv = {
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret() ?? randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
  };
  const app = await startAppServer({ env: appEnv });
  try {
    const candidate = await createCandidate(app.origin, database.url);
    try {
      log(`Lighthouse (mobile, simulated throttling) on ${app.origin}…`);
      const audited = selectPages([
        { name: "landing", path: "/" },
        { name: "bank", path: "/questions" },
        { name: "question", path: "/questions/lambda-cold-and-warm-starts" },
        { name: "runner", path: `/interviews/${candidate.interviewId}`, cookie: candidate.cookie },
        { name: "progress", path: "/progress", cookie: candidate.cookie },
      ]);
      const reportDir = "test-results/lighthouse";
      pages = await auditPages(app.origin, audited, { chromePath, reportDir, runs: options.runs });
      await app.stop(); // the reference build, if needed, gets the machine to itself
      pages = await judgeAgainstReference(pages, audited, appEnv, { chromePath, reportDir });
    } finally {
      await candidate.remove();
    }
  } finally {
    await app.stop();
  }
  log(`Lighthouse took ${((performance.now() - startedAt) / 1000).toFixed(0)} s.`);
} catch (error) {
  failure = error;
} finally {
  await database.stop();
  if (clusterDir) await rm(clusterDir, { recursive: true, force: true });
}

const assertions = pages.flatMap((p) => p.assertions);
const passed = assertions.filter((a) => a.pass).length;
const failed = assertions.length - passed + (failure ? 1 : 0);
await mkdir("test-results", { recursive: true });
await writeFile(
  RESULTS,
  `${JSON.stringify({ passed, failed, error: failure ? String(failure) : undefined, pages }, null, 2)}\n`,
);
printResults(pages);
if (failure) console.error(`[rehearse] ${failure instanceof Error ? failure.message : String(failure)}`);
console.log(`lighthouse: ${passed} passed, ${failed} failed (${RESULTS})`);
process.exit(failed === 0 ? 0 : 1);
