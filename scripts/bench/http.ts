// Throughput under load: autocannon at 50 connections against one production server, each page's
// requests/s as a share of the landing page's (the app's simplest page), measured side by side in the same run
// (the landing page before and after the others; the reference is their mean).
import { log } from "../lib/database.ts";
import { withPg } from "../lib/pg.ts";
import { runLoad, type LoadRequest, type LoadResult } from "./load.ts";
import { HEAVY_MEMBERS, openInterviewId, PUBLIC_SET_PAGE, SET_PAGE_QUESTIONS } from "./population.ts";
import type { Row } from "./report.ts";
import type { Member } from "./sessions.ts";

export const CONNECTIONS = 50;
const SECONDS = 10;
const WARM_UP_SECONDS = 3;
const QUESTION_PAGES = 200;
export const WRITE_P99_BUDGET_MS = 50;

interface Scenario {
  name: string;
  label: string;
  /** Share of the landing page's requests/s it must reach. */
  ratioBudget?: number;
  p99Budget?: number;
  /** Text the first answer must contain: a page that lost its content would be fast for the wrong reason. */
  expect?: string;
  /** Each request a search nobody made before: rendered, never from cache; no warm-up. */
  cold?: boolean;
  request: (i: number) => LoadRequest;
}

export interface ScenarioResult extends LoadResult {
  name: string;
  label: string;
  ratioBudget?: number;
  p99Budget?: number;
}

export interface HttpReport {
  /** Mean of the two landing-page runs: the reference for every ratio. */
  staticRps: number;
  scenarios: ScenarioResult[];
}

const SEARCHES = [
  "/questions?q=lambda+concurrency",
  "/questions?q=cold+start",
  "/questions?q=dynamo",
  "/questions?q=retry&tags=sqs",
  "/questions?q=idempotency&difficulty=HARD",
  "/questions?q=throttling&page=2",
];
const LISTS = ["/questions", "/questions?page=2", "/questions?page=3", "/questions?difficulty=HARD"];

const cycle = <T>(items: readonly T[], i: number) => items[i % items.length]!;

/** Slugs of questions across the whole bank, for the question page scenario. */
async function questionSlugs(databaseUrl: string) {
  return withPg(databaseUrl, async (client) => {
    const { rows } = await client.query<{ slug: string }>(
      `SELECT "slug" FROM "Question" WHERE "visibility" = 'PUBLIC' ORDER BY md5("id") LIMIT $1`,
      [QUESTION_PAGES],
    );
    return rows.map((r) => r.slug);
  });
}

export async function loadScenarios(databaseUrl: string, members: Member[]): Promise<Scenario[]> {
  const slugs = await questionSlugs(databaseUrl);
  const member = (i: number) => cycle(members, i);
  const as = (i: number, path: string): LoadRequest => ({ path, headers: { cookie: member(i).cookie } });
  let revision = 100;
  const json = { "content-type": "application/json" };
  return [
    { name: "static", label: "Landing page / (reference)", request: () => ({ path: "/" }) },
    {
      name: "list",
      label: "Bank list /questions",
      ratioBudget: 0.6,
      expect: "questions",
      request: (i) => ({ path: cycle(LISTS, i) }),
    },
    {
      name: "search",
      label: "Bank search /questions?q=…",
      ratioBudget: 0.4,
      request: (i) => ({ path: cycle(SEARCHES, i) }),
    },
    {
      name: "question",
      label: `Question page /questions/[slug] (${slugs.length} pages)`,
      ratioBudget: 0.6,
      expect: "Key points",
      request: (i) => ({ path: `/questions/${cycle(slugs, i)}` }),
    },
    {
      name: "uncached",
      label: "Bank search, each one new (cache miss)",
      cold: true,
      request: (i) => ({ path: `/questions?q=lambda+w${Date.now().toString(36)}${i}` }),
    },
    {
      name: "set",
      label: `Public set page /sets/browse/[id] (${SET_PAGE_QUESTIONS} questions, signed in)`,
      expect: `>${SET_PAGE_QUESTIONS}</dd>`,
      request: (i) => as(i, `/sets/browse/${PUBLIC_SET_PAGE}`),
    },
    {
      name: "history",
      label: "History /history (signed in, ~100 interviews each)",
      ratioBudget: 0.4,
      expect: " · page ",
      request: (i) => as(i, "/history"),
    },
    {
      name: "progress",
      label: "Dashboard /progress (signed in, ~500 graded answers each)",
      ratioBudget: 0.4,
      expect: "Practice calendar",
      request: (i) => as(i, "/progress"),
    },
    {
      name: "autosave",
      label: "Autosave PUT /api/interviews/[id]/answer",
      p99Budget: WRITE_P99_BUDGET_MS,
      request: (i) => ({
        ...as(i, `/api/interviews/${openInterviewId(member(i).n)}/answer`),
        method: "PUT",
        body: JSON.stringify({ position: 0, revision: (revision += 1), text: `Draft ${i} `.repeat(60) }),
        headers: { cookie: member(i).cookie, ...json },
      }),
    },
    {
      name: "grade",
      label: "Grade PUT /api/interviews/[id]/grade",
      p99Budget: WRITE_P99_BUDGET_MS,
      request: (i) => {
        const round = Math.floor(i / members.length);
        const interview = `biv${String(member(i).n).padStart(5, "0")}k${String(1 + (Math.floor(round / 5) % 100)).padStart(4, "0")}`;
        const body = { position: round % 5, grade: 1 + (i % 4), keyPointsCovered: [0, 1], note: "" };
        return {
          path: `/api/interviews/${interview}/grade`,
          method: "PUT",
          body: JSON.stringify(body),
          headers: { cookie: member(i).cookie, ...json },
        };
      },
    },
  ];
}

async function check(origin: string, scenario: Scenario) {
  const made = scenario.request(0);
  const response = await fetch(`${origin}${made.path}`, {
    method: made.method ?? "GET",
    headers: made.headers,
    body: made.body,
    redirect: "manual",
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${scenario.label}: ${made.path} answered HTTP ${response.status}.`);
  if (scenario.expect && !text.includes(scenario.expect))
    throw new Error(`${scenario.label}: ${made.path} does not show "${scenario.expect}".`);
}

/** CPU time the server has used so far, in ms (null: unknown). */
type CpuClock = () => number | null;

async function measure(origin: string, scenario: Scenario, cpuMs?: CpuClock): Promise<ScenarioResult> {
  await check(origin, scenario);
  const options = { connections: CONNECTIONS, seconds: SECONDS };
  if (!scenario.cold) await runLoad(origin, scenario.request, { ...options, seconds: WARM_UP_SECONDS });
  log(`autocannon: ${scenario.label}, ${CONNECTIONS} connections for ${SECONDS} s…`);
  const cpuBefore = cpuMs?.() ?? null;
  const result = await runLoad(origin, scenario.request, options);
  const cpuAfter = cpuMs?.() ?? null;
  // The server's own CPU per request: steadier than requests/s on a machine shared with other work.
  if (cpuBefore !== null && cpuAfter !== null && result.requests)
    log(
      `${scenario.label}: server CPU ${((cpuAfter - cpuBefore) / result.requests).toFixed(2)} ms per request.`,
    );
  const { name, label, ratioBudget, p99Budget } = scenario;
  return { name, label, ratioBudget, p99Budget, ...result };
}

/** Every scenario in turn on one running server; the landing page first and again last. */
export async function measureHttp(
  origin: string,
  scenarios: Scenario[],
  cpuMs?: CpuClock,
): Promise<HttpReport> {
  const [landing, ...rest] = scenarios;
  const before = await measure(origin, landing!, cpuMs);
  const results = [];
  for (const scenario of rest) results.push(await measure(origin, scenario, cpuMs));
  const after = await measure(origin, landing!, cpuMs);
  const staticRps = (before.requestsPerSecond + after.requestsPerSecond) / 2;
  const labelled = (r: ScenarioResult, when: string) => ({
    ...r,
    name: `static-${when}`,
    label: `${r.label}, ${when}`,
  });
  return { staticRps, scenarios: [labelled(before, "first"), ...results, labelled(after, "last")] };
}

const failures = (r: LoadResult) => r.non2xx + r.errors;

export function httpRows(report: HttpReport, members: number): Row[] {
  const rows: Row[] = report.scenarios.map((r) => {
    const ratio = report.staticRps ? r.requestsPerSecond / report.staticRps : 0;
    const isStatic = r.name.startsWith("static");
    const passes = [
      r.ratioBudget === undefined ? null : ratio >= r.ratioBudget,
      r.p99Budget === undefined ? null : r.p99 < r.p99Budget,
    ].filter((p) => p !== null);
    const budget = [
      r.ratioBudget === undefined ? "" : `≥ ${r.ratioBudget * 100}% of static`,
      r.p99Budget === undefined ? "" : `p99 < ${r.p99Budget} ms`,
    ].filter(Boolean);
    const errors = failures(r) ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : "";
    return {
      figure: `${r.label}: req/s (p50 / p99)`,
      value: `${r.requestsPerSecond.toFixed(0)} (${r.p50} / ${r.p99} ms)${isStatic ? "" : `, ${(ratio * 100).toFixed(0)}% of static`}${errors}`,
      budget: budget.join(", "),
      pass: passes.length ? passes.every(Boolean) : null,
    };
  });
  rows.unshift({
    figure: `Load: ${CONNECTIONS} connections, ${SECONDS} s each after ${WARM_UP_SECONDS} s warm-up; ${members} of ${HEAVY_MEMBERS} heavy members signed in`,
    value: `static reference ${report.staticRps.toFixed(0)} req/s (mean of first and last)`,
    budget: "",
    pass: null,
  });
  // autocannon counts timeouts among its errors.
  const failed = report.scenarios.filter((r) => failures(r));
  rows.push({
    figure: "HTTP non-2xx responses and errors (every load scenario)",
    value:
      failed
        .map((r) => `${r.name}: ${r.non2xx} non-2xx, ${r.errors} errors (${r.timeouts} timeouts)`)
        .join("; ") || "none",
    budget: "none",
    pass: !failed.length,
  });
  return rows;
}
