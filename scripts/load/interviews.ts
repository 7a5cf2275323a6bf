// `npm run load:interviews -- --candidates 200 --seconds 120`: simulated candidates sign in, start
// interviews, autosave, submit and grade, all at once, against the production build; then the
// database must hold exactly what they sent: every acknowledged write with its exact content, no
// refused one, and an unanswered one only as sent. Exits 1 unless every candidate finished an
// interview with every write acknowledged, with no refusal, no 5xx, no unanswered request and no
// lost or unexpected write.
import "../lib/load-dotenv.ts";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { env } from "../../lib/env.ts";
import { createUsers, signIn } from "../bench/auth.ts";
import { percentiles } from "../bench/stats.ts";
import { log, openDatabase } from "../lib/database.ts";
import { findFreePort } from "../lib/embedded-postgres.ts";
import { assertLocalDatabase } from "../lib/local-url.ts";
import { prepareDatabase } from "../lib/prepare-database.ts";
import { startAppServer } from "../lib/app-server.ts";
import { Candidate, startActionId } from "./candidate.ts";
import { newTally, runCandidate } from "./flow.ts";
import { verify } from "./verify.ts";

const { values } = parseArgs({
  options: {
    candidates: { type: "string", default: "200" },
    seconds: { type: "string", default: "120" },
    questions: { type: "string", default: "3" },
    drafts: { type: "string", default: "3" },
    "think-ms": { type: "string", default: "2000" },
  },
});
const number = (name: keyof typeof values) => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0.`);
  return value;
};
const candidates = number("candidates");
const seconds = number("seconds");
const questions = number("questions");
const drafts = number("drafts");
const thinkMs = number("think-ms");
if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");

// DATABASE_URL as it is, or a throw-away embedded cluster that is removed afterwards.
const clusterDir = env.DATABASE_URL ? null : await mkdtemp(path.join(os.tmpdir(), "rehearse-load-"));
const database = await openDatabase({
  database: "rehearse",
  cluster: clusterDir ? { dataDir: clusterDir, port: await findFreePort() } : undefined,
});
let code = 1;
try {
  assertLocalDatabase(database.url);
  await prepareDatabase(database.url);
  const prefix = `load-${randomBytes(3).toString("hex")}`;
  const emails = await createUsers(database.url, candidates, prefix);
  const server = await startAppServer({
    databaseUrl: database.url,
    secret: randomBytes(32).toString("base64url"),
  });
  try {
    log(`Signing in ${candidates} candidates, each from an address of its own…`);
    const signedIn: Candidate[] = [];
    for (let i = 0; i < emails.length; i += 10) {
      const batch = emails.slice(i, i + 10).map(async (email, j) => {
        const address = `10.200.${(i + j) >> 8}.${(i + j) & 255}`;
        const { cookie } = await signIn(server.origin, email, address);
        return new Candidate(server.origin, cookie, address, 120_000);
      });
      signedIn.push(...(await Promise.all(batch)));
    }
    log(
      `${candidates} candidates interviewing for ${seconds} s (${questions} questions, ${drafts} drafts each)…`,
    );
    const tally = newTally();
    const actionId = startActionId();
    const options = {
      questions,
      drafts,
      thinkMs,
      rampMs: (seconds * 1000) / 4,
      until: Date.now() + seconds * 1000,
    };
    const began = performance.now();
    await Promise.all(signedIn.map((c, who) => runCandidate(who, c, actionId, options, tally)));
    const took = (performance.now() - began) / 1000;
    const found = await verify(database.url, prefix, tally, questions);

    const statuses = [...tally.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
    const answered = [...tally.statuses.values()].reduce((a, b) => a + b, 0);
    const requests = answered + tally.unanswered.length;
    const within = (low: number, high: number) =>
      [...tally.statuses].filter(([s]) => s >= low && s < high).reduce((a, [, n]) => a + n, 0);
    const [ok, fourXx, fiveXx] = [within(200, 300), within(400, 500), within(500, 600)];
    const other = answered - ok - fourXx - fiveXx;
    const refused = [...tally.refusals.values()].reduce((a, b) => a + b, 0);
    const completed = [...tally.completed.values()].reduce((a, b) => a + b, 0);
    const idle = signedIn.map((_, who) => who).filter((who) => !tally.completed.get(who));
    console.log(
      `\nLoad: ${candidates} candidates signed in, interviewing for ${seconds} s (the last interviews finished after ${took.toFixed(1)} s) against ${server.origin}`,
    );
    console.log(`  requests ${requests} (${statuses.join(", ")}; no answer: ${tally.unanswered.length})`);
    for (const [kind, times] of tally.latency) {
      const p = percentiles(times);
      console.log(
        `  ${kind.padEnd(8)} ${String(times.length).padStart(6)}  p50 ${p.p50.toFixed(0)} ms  p95 ${p.p95.toFixed(0)} ms`,
      );
    }
    console.log(
      `  interviews: ${tally.interviews.size} started, ${completed} finished with every write acknowledged; in the database ${found.interviews} interviews (${found.completed} completed), ${found.attempts} attempts`,
    );
    console.log(
      `  candidates without a finished interview: ${idle.length}${idle.length ? ` (${idle.slice(0, 10).join(", ")}${idle.length > 10 ? ", …" : ""})` : ""}`,
    );
    // Every question has 30 minutes and each candidate sends one request at a time, never again:
    // no write of this run is late, out of order or repeated, so the server has nothing to refuse.
    console.log(
      `  refusals: ${refused}, of which expected 0 (deadlines are 30 minutes away and no request is repeated or out of order, so any refusal fails the run)`,
    );
    for (const [refusal, count] of [...tally.refusals].sort(([, a], [, b]) => b - a).slice(0, 10))
      console.log(`    ${count} × ${refusal}`);
    const problems = [...found.lost, ...found.unexpected, ...tally.serverErrors, ...tally.unanswered];
    for (const line of problems.slice(0, 20)) console.log(`    ${line}`);
    if (problems.length > 20) console.log(`    … and ${problems.length - 20} more`);
    if (tally.serverErrors.length || tally.unanswered.length)
      console.log(`  The server's last lines:\n${server.output().split("\n").slice(-30).join("\n")}`);
    const failed =
      found.lost.length ||
      found.unexpected.length ||
      fiveXx ||
      tally.unanswered.length ||
      refused ||
      idle.length;
    code = failed ? 1 : 0;
    console.log(
      `load: candidates ${candidates}, interviews completed ${completed}, requests ${requests} (2xx ${ok}, 4xx ${fourXx} (expected 0), 5xx ${fiveXx}${other ? `, other ${other}` : ""}${tally.refusedStarts ? `, starts refused with 200 ${tally.refusedStarts}` : ""}, no answer ${tally.unanswered.length}), acknowledged writes ${found.acknowledged}, writes lost ${found.lost.length}, unexpected writes stored ${found.unexpected.length}: ${failed ? "FAILED" : "PASSED"}`,
    );
  } finally {
    await server.stop();
  }
} catch (error) {
  console.error(`[rehearse] ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await database.stop();
  if (clusterDir) await rm(clusterDir, { recursive: true, force: true });
}
process.exit(code);
