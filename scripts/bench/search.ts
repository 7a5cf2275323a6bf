// Budget 2: server time of the bank's search, measured by calling the DAL in a child process.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { onCleanup } from "./cleanup.ts";
import type { ExplainSummary } from "./explain.ts";
import type { Row } from "./report.ts";
import type { Percentiles } from "./stats.ts";

export const SEARCH_P95_BUDGET_MS = 30;

export interface SearchReport {
  runs: number;
  bankSize: number;
  medianMatches: number;
  search: Percentiles;
  page: Percentiles;
  slowest: { ms: number; matches: number; q?: string; tags?: string; difficulty?: string; page?: string }[];
  explainQuery: string;
  explain: ExplainSummary;
}

export function measureSearch(databaseUrl: string): Promise<SearchReport> {
  const worker = fork(fileURLToPath(new URL("./search-worker.ts", import.meta.url)), [], {
    // react-server resolves "server-only" to its empty module, as it does inside Next.js.
    execArgv: ["--conditions=react-server", "--import", "tsx"],
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  const forget = onCleanup("the search worker", () => void worker.kill("SIGTERM"));
  return new Promise<SearchReport>((resolve, reject) => {
    let report: SearchReport | null = null;
    worker.on("message", (message) => (report = message as SearchReport));
    worker.on("error", reject);
    worker.on("exit", (code) => {
      forget();
      if (code === 0 && report) resolve(report);
      else reject(new Error(`The search worker failed (exit code ${code}); see its output above.`));
    });
  });
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export function slowestLine(report: SearchReport) {
  const searches = report.slowest.map(({ ms, matches, ...params }) => {
    const query = Object.entries(params)
      .filter(([, value]) => value !== undefined)
      .map(([k, v]) => `${k}=${v}`);
    return `${query.join("&") || "(no filter)"} ${ms} ms, ${matches} matches`;
  });
  return `Slowest searches: ${searches.join("; ")}.`;
}

export function explainLine(report: SearchReport) {
  const { explain } = report;
  return `EXPLAIN (ANALYZE, BUFFERS) "${report.explainQuery}": execution ${ms(explain.executionMs)}, planning ${ms(explain.planningMs)}, buffers hit=${explain.sharedHit} read=${explain.sharedRead}; ${explain.searchIndexUsed ? "uses" : "does NOT use"} the GIN index (${explain.indexNodes.join(", ") || "no index scans"}).`;
}

export function searchRows(report: SearchReport): Row[] {
  const { search, page, explain } = report;
  return [
    {
      figure: `Search p50 / p99 (${report.runs} searches, bank of ${report.bankSize})`,
      value: `${ms(search.p50)} / ${ms(search.p99)}`,
      budget: "",
      pass: null,
    },
    {
      figure: "Search p95 (searchQuestions)",
      value: ms(search.p95),
      budget: `< ${SEARCH_P95_BUDGET_MS} ms`,
      pass: search.p95 < SEARCH_P95_BUDGET_MS,
    },
    { figure: "Page data p95 (search + listTags together)", value: ms(page.p95), budget: "", pass: null },
    {
      figure: `EXPLAIN "${report.explainQuery}": execution, GIN index`,
      value: `${ms(explain.executionMs)}, ${explain.searchIndexUsed ? "index used" : "NOT used"}`,
      budget: "",
      pass: null,
    },
  ];
}
