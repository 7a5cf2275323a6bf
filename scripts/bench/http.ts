// Budget 3: requests/s of the dynamic bank pages against the prerendered landing page, under autocannon.
import autocannon, { type Result } from "autocannon";
import { log } from "../lib/database.ts";
import type { Row } from "./report.ts";
import { startNextServer } from "./server.ts";

export const SEARCH_RATIO_BUDGET = 0.4;
const CONNECTIONS = 50;
const SECONDS = 10;

const SCENARIOS = [
  { name: "static", label: "Landing page / (prerendered)", paths: ["/"] },
  {
    name: "search",
    label: "Bank with search /questions?q=…",
    paths: [
      "/questions?q=lambda+concurrency",
      "/questions?q=cold+start",
      "/questions?q=dynamo",
      "/questions?q=retry&tags=sqs",
      "/questions?q=idempotency&difficulty=HARD",
      "/questions?q=throttling&page=2",
    ],
  },
  { name: "list", label: "Bank list /questions", paths: ["/questions"] },
  {
    name: "question",
    label: "Question page /questions/[slug]",
    paths: ["/questions/lambda-cold-and-warm-starts"],
  },
  // Every request a search nobody made before: the page is rendered, not served from cache.
  {
    name: "uncached",
    label: "Bank search, each one new (cache miss)",
    paths: ["/questions?q=lambda"],
    unique: true,
  },
] as const;

export interface ScenarioResult {
  name: string;
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

type Scenario = (typeof SCENARIOS)[number];

let counter = 0;

function load(
  origin: string,
  paths: readonly string[],
  connections: number,
  duration: number,
  unique = false,
) {
  return autocannon({
    url: origin,
    connections,
    duration,
    timeout: 10,
    requests: paths.map((path) =>
      unique
        ? {
            setupRequest: (request: { path?: string }) => ({
              ...request,
              path: `${path}+w${(counter += 1)}`,
            }),
          }
        : { path },
    ),
  });
}

function summarise(scenario: Scenario, result: Result): ScenarioResult {
  return {
    name: scenario.name,
    label: scenario.label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

export async function measureHttp(databaseUrl: string): Promise<ScenarioResult[]> {
  const server = await startNextServer(databaseUrl);
  try {
    log(`Next.js serving on ${server.origin}; warming up…`);
    await load(
      server.origin,
      SCENARIOS.filter((s) => !("unique" in s)).flatMap((s) => s.paths),
      10,
      3,
    );
    const results: ScenarioResult[] = [];
    for (const scenario of SCENARIOS) {
      log(`autocannon: ${scenario.label}, ${CONNECTIONS} connections for ${SECONDS} s…`);
      const unique = "unique" in scenario && scenario.unique;
      results.push(
        summarise(scenario, await load(server.origin, scenario.paths, CONNECTIONS, SECONDS, unique)),
      );
    }
    return results;
  } finally {
    await server.stop();
  }
}

export function httpRows(results: ScenarioResult[]): Row[] {
  const staticRps = results.find((r) => r.name === "static")?.requestsPerSecond ?? 0;
  const rows: Row[] = results.map((r) => {
    const ratio = staticRps ? r.requestsPerSecond / staticRps : 0;
    const budgeted = r.name === "search";
    return {
      figure: `${r.label}: req/s (p50 / p99)`,
      value: `${r.requestsPerSecond.toFixed(0)} (${r.p50} / ${r.p99} ms)${r.name === "static" ? "" : `, ${(ratio * 100).toFixed(0)}% of static`}`,
      budget: budgeted ? `≥ ${SEARCH_RATIO_BUDGET * 100}% of static` : "",
      pass: budgeted ? ratio >= SEARCH_RATIO_BUDGET : null,
    };
  });
  // autocannon counts timeouts among its errors.
  const failed = results.filter((r) => r.non2xx || r.errors);
  const value = failed.map(
    (r) => `${r.name}: ${r.non2xx} non-2xx, ${r.errors} errors (${r.timeouts} timeouts)`,
  );
  rows.push({
    figure: "HTTP non-2xx responses and errors",
    value: value.join("; ") || "none",
    budget: "none",
    pass: !failed.length,
  });
  return rows;
}
