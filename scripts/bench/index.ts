// `npm run bench`: builds for production (skip with `--no-build`), fills a throw-away database with
// 50,000 questions and 2,000 members' history, then measures search and Progress server time, set
// import, throughput under load of every kind of page and write against the static landing page,
// a whole interview flow, sign-in and session cost, set pages and start-up time. One table.
import "../lib/load-dotenv.ts";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { log } from "../lib/database.ts";
import { authRows, measureAuth } from "./auth.ts";
import { cleanUp, cleanUpOnSignals, throwIfInterrupted } from "./cleanup.ts";
import { EXTRA_QUESTIONS, openBenchData, type BenchData } from "./data.ts";
import { CONNECTIONS, httpRows, loadScenarios, measureHttp } from "./http.ts";
import { importRows, measureImport } from "./import.ts";
import { flowRows, measureFlow } from "./flow.ts";
import { explainLines, measureProgress, progressRows } from "./progress.ts";
import { missedBudgets, printTable, writeResults, type Row } from "./report.ts";
import { explainLine, measureSearch, searchRows, slowestLine } from "./search.ts";
import { HEAVY_MEMBERS } from "./population.ts";
import { startNextServer } from "./server.ts";
import { signInMembers } from "./sessions.ts";
import { measureSets, setsRows } from "./sets.ts";
import { measureStartup, startupRows } from "./startup.ts";

/** Always builds, so the figures are of the code checked out; `--no-build` reuses the last build. */
function ensureBuild(reuse: boolean) {
  if (reuse && existsSync(".next/BUILD_ID")) return;
  log(reuse ? "No production build found; building once…" : "Building for production…");
  const built = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (built.status !== 0) throw new Error("The build failed; see the output above.");
}

const GENERATION_BUDGET_S = 120;

// `-- --only load,auth --scenarios progress,autosave --no-build`: a part of the bench while working
// on one budget (the landing page reference is always measured with the load scenarios).
const SECTIONS = ["search", "progress", "import", "load", "auth", "sets", "startup"] as const;
const { values: args } = parseArgs({
  options: {
    "no-build": { type: "boolean" },
    only: { type: "string" },
    scenarios: { type: "string" },
  },
});
const only = new Set(args.only ? args.only.split(",") : SECTIONS);
for (const name of only)
  if (!(SECTIONS as readonly string[]).includes(name))
    throw new Error(`--only takes ${SECTIONS.join(", ")}; "${name}" is not one of them.`);
const scenarioNames = args.scenarios?.split(",");

function dataRows(data: BenchData): Row[] {
  const p = data.population;
  const n = (value: number) => value.toLocaleString("en");
  return [
    {
      figure: `Generate ${n(EXTRA_QUESTIONS)} questions, ${n(p.members)} members, ${n(p.interviews)} interviews, ${n(p.attempts)} attempts, ${n(p.reviewStates)} review states, ${n(p.sets)} sets (${n(p.setItems)} items), SQL`,
      value: `${data.generationSeconds.toFixed(1)} s (+ ANALYZE ${data.analyzeSeconds.toFixed(1)} s)`,
      budget: `< ${GENERATION_BUDGET_S} s`,
      pass: data.generationSeconds < GENERATION_BUDGET_S,
    },
  ];
}

/** The load scenarios and the interview flow, on one server, with heavy members signed in. */
async function measureLoad(databaseUrl: string) {
  const server = await startNextServer(databaseUrl);
  try {
    log(`Next.js serving on ${server.origin}; signing in ${HEAVY_MEMBERS} members…`);
    const members = await signInMembers(server.origin, HEAVY_MEMBERS);
    const scenarios = await loadScenarios(databaseUrl, members);
    const chosen = scenarios.filter((s, i) => i === 0 || !scenarioNames || scenarioNames.includes(s.name));
    const http = await measureHttp(server.origin, chosen, server.cpuMs);
    throwIfInterrupted();
    const flow =
      !scenarioNames || scenarioNames.includes("flow")
        ? await measureFlow(server.origin, members.slice(0, CONNECTIONS))
        : undefined;
    return { http, flow, members: members.length };
  } finally {
    await server.stop();
  }
}

const rows: Row[] = [];
const details: Record<string, unknown> = {};
let failure: string | undefined;
const startedAt = performance.now();
const loadAtStart = os.loadavg()[0] ?? 0;
details.loadAverageAtStart = loadAtStart;
cleanUpOnSignals();
const loadRow = (label: string, load: number): Row => ({
  figure: `Load average (1 min) ${label}, ${os.availableParallelism()} cores`,
  value: load.toFixed(2),
  budget: "",
  pass: null,
});
rows.push(loadRow("at start", loadAtStart));
try {
  ensureBuild(args["no-build"] === true);
  const data = await openBenchData();
  details.data = { ...data, url: undefined };
  rows.push(...dataRows(data));

  if (only.has("search")) {
    throwIfInterrupted();
    log("Search: warming up, then 300 searches through lib/dal/questions.ts…");
    const search = await measureSearch(data.url);
    details.search = search;
    rows.push(...searchRows(search));
    log(slowestLine(search));
    log(explainLine(search));
  }
  if (only.has("progress")) {
    throwIfInterrupted();
    const progress = await measureProgress(data.url);
    details.progress = progress;
    rows.push(...progressRows(progress));
    for (const line of explainLines(progress)) log(line);
  }
  if (only.has("import")) {
    throwIfInterrupted();
    const imports = await measureImport(data.url);
    details.import = imports;
    rows.push(...importRows(imports));
  }
  if (only.has("load")) {
    throwIfInterrupted();
    const load = await measureLoad(data.url);
    details.http = load.http;
    details.flow = load.flow;
    rows.push(...httpRows(load.http, load.members), ...(load.flow ? flowRows(load.flow) : []));
  }
  if (only.has("auth")) {
    throwIfInterrupted();
    const auth = await measureAuth(data.url);
    details.auth = auth;
    rows.push(...authRows(auth));
  }
  if (only.has("sets")) {
    throwIfInterrupted();
    const sets = await measureSets(data.url);
    details.sets = sets;
    rows.push(...setsRows(sets));
  }
  if (only.has("startup")) {
    throwIfInterrupted();
    const startup = await measureStartup();
    details.startup = startup;
    rows.push(...startupRows(startup));
  }
} catch (error) {
  failure = error instanceof Error ? error.message : String(error);
} finally {
  await cleanUp();
}
rows.push(loadRow("at the end", os.loadavg()[0] ?? 0));

if (rows.length) printTable(rows);
if (loadAtStart > os.availableParallelism()) {
  log(
    `Note: the load average was ${loadAtStart.toFixed(1)} on ${os.availableParallelism()} cores before the bench began; other work was running, so figures are noisy.`,
  );
}
// Only a complete run of every part replaces the day's results.
if (!failure && !args.only && !args.scenarios)
  log(`Results written to ${await writeResults(rows, details)}.`);
log(`The bench took ${((performance.now() - startedAt) / 1000).toFixed(0)} s.`);
const missed = missedBudgets(rows);
if (failure) console.error(`[rehearse] The benchmark did not finish: ${failure}`);
for (const row of missed)
  console.error(`[rehearse] Budget missed: ${row.figure} = ${row.value} (budget ${row.budget}).`);
process.exit(failure || missed.length ? 1 : 0);
