// `npm run bench`: search server time, Progress dashboard server time, page throughput, sign-in and
// session cost, start-up time — on a throw-away database filled with 10,000 extra questions.
// `--build` rebuilds the app first.
import "../lib/load-dotenv.ts";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import { log } from "../lib/database.ts";
import { authRows, measureAuth } from "./auth.ts";
import { cleanUp, cleanUpOnSignals, throwIfInterrupted } from "./cleanup.ts";
import { EXTRA_QUESTIONS, openBenchData, type BenchData } from "./data.ts";
import { httpRows, measureHttp } from "./http.ts";
import { interviewRows, measureInterviews } from "./interviews.ts";
import { explainLines, measureProgress, progressRows } from "./progress.ts";
import { missedBudgets, printTable, writeResults, type Row } from "./report.ts";
import { explainLine, measureSearch, searchRows, slowestLine } from "./search.ts";
import { measureStartup, startupRows } from "./startup.ts";

function ensureBuild(force: boolean) {
  if (!force && existsSync(".next/BUILD_ID")) return;
  log(force ? "Building (--build)…" : "No production build found; building once…");
  const built = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (built.status !== 0) throw new Error("The build failed; see the output above.");
}

function dataRows(data: BenchData): Row[] {
  return [
    {
      figure: `Generate ${EXTRA_QUESTIONS.toLocaleString("en")} questions in SQL (+ ANALYZE)`,
      value: `${data.generationSeconds.toFixed(1)} s (+ ${data.analyzeSeconds.toFixed(1)} s), ${data.publicQuestions} public`,
      budget: "",
      pass: null,
    },
  ];
}

const rows: Row[] = [];
const details: Record<string, unknown> = {};
let failure: string | undefined;
const startedAt = performance.now();
const loadAtStart = os.loadavg()[0] ?? 0;
details.loadAverageAtStart = loadAtStart;
cleanUpOnSignals();
try {
  ensureBuild(process.argv.includes("--build"));
  const data = await openBenchData();
  details.data = { ...data, url: undefined };
  rows.push(...dataRows(data));

  throwIfInterrupted();
  log("Search: warming up, then 300 searches through lib/dal/questions.ts…");
  const search = await measureSearch(data.url);
  details.search = search;
  rows.push(...searchRows(search));
  log(slowestLine(search));
  log(explainLine(search));

  throwIfInterrupted();
  const progress = await measureProgress(data.url);
  details.progress = progress;
  rows.push(...progressRows(progress));
  for (const line of explainLines(progress)) log(line);

  throwIfInterrupted();
  const http = await measureHttp(data.url);
  details.http = http;
  rows.push(...httpRows(http));

  throwIfInterrupted();
  const auth = await measureAuth(data.url);
  details.auth = auth;
  rows.push(...authRows(auth));

  throwIfInterrupted();
  const interviews = await measureInterviews(data.url);
  details.interviews = interviews;
  rows.push(...interviewRows(interviews));

  throwIfInterrupted();
  const startup = await measureStartup();
  details.startup = startup;
  rows.push(...startupRows(startup));
} catch (error) {
  failure = error instanceof Error ? error.message : String(error);
} finally {
  await cleanUp();
}

if (rows.length) printTable(rows);
if (loadAtStart > os.availableParallelism()) {
  log(
    `Note: the load average was ${loadAtStart.toFixed(1)} on ${os.availableParallelism()} cores before the bench began; other work was running, so figures are noisy.`,
  );
}
// Only a complete run replaces the day's results.
if (!failure) log(`Results written to ${await writeResults(rows, details)}.`);
log(`The bench took ${((performance.now() - startedAt) / 1000).toFixed(0)} s.`);
const missed = missedBudgets(rows);
if (failure) console.error(`[rehearse] The benchmark did not finish: ${failure}`);
for (const row of missed)
  console.error(`[rehearse] Budget missed: ${row.figure} = ${row.value} (budget ${row.budget}).`);
process.exit(failure || missed.length ? 1 : 0);
