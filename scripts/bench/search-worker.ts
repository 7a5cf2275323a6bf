// Runs in a child process (node --conditions=react-server) with DATABASE_URL set to the bench database,
// because lib/env.ts reads the environment once, when first imported. It calls the real DAL, as the page does.
import { listTags, searchQuestions } from "../../lib/dal/questions.ts";
import { db } from "../../lib/db.ts";
import { requireDatabaseUrl } from "../../lib/env.ts";
import { parseQuestionSearch } from "../../lib/validations/question.ts";
import { captureStatement, explain } from "./explain.ts";
import type { SearchReport } from "./search.ts";
import { percentiles } from "./stats.ts";

const QUERIES = [
  "lambda",
  "cold start",
  "concurrency",
  "dynamodb streams",
  "idempotency",
  "sqs batch size",
  "api gateway throttling",
  "vpc nat",
  "retry",
  "dead letter queue",
  "step functions",
  "cost",
  "distributed tracing",
  "provisioned concurrency",
  "cache invalidation",
  "kinesis ordering",
  "rds proxy connection",
  "secrets manager",
  "canary release",
  "eventbridge fan",
  // Prefixes, as someone typing sees results for.
  "conc",
  "dyna",
  "cold sta",
  "idem",
  "thrott",
  "obs",
  "kin",
  "lam",
];
const TAG_FILTERS = [["sqs"], ["lambda"], ["concurrency", "scaling"], ["observability"], ["cost"]];
const DIFFICULTIES = ["EASY", "MEDIUM", "HARD"];
const RUNS = 300;
const WARM_UP = 40;

/** The i-th search of the mix: 1–3 words or a prefix, sometimes a filter, sometimes page 2 or 3. */
function searchParams(i: number): Record<string, string | undefined> {
  return {
    q: i % 17 === 0 ? "" : QUERIES[i % QUERIES.length],
    tags: i % 5 === 0 ? TAG_FILTERS[(i / 5) % TAG_FILTERS.length]?.join(",") : undefined,
    difficulty: i % 7 === 0 ? DIFFICULTIES[i % DIFFICULTIES.length] : undefined,
    page: i % 6 === 0 ? "2" : i % 11 === 0 ? "3" : undefined,
  };
}

async function pageData(i: number) {
  const search = parseQuestionSearch(searchParams(i));
  const started = performance.now();
  let searchMs = 0;
  const [result] = await Promise.all([
    searchQuestions(search).then((r) => {
      searchMs = performance.now() - started;
      return r;
    }),
    listTags(),
  ]);
  return { searchMs, pageMs: performance.now() - started, total: result.total };
}

async function main(): Promise<SearchReport> {
  for (let i = 0; i < WARM_UP; i++) await pageData(i);
  const timings = [];
  for (let i = 0; i < RUNS; i++) timings.push({ ...(await pageData(i)), params: searchParams(i) });
  const slowest = [...timings].sort((a, b) => b.searchMs - a.searchMs).slice(0, 5);
  const typical = parseQuestionSearch({ q: "lambda concurrency" });
  const statement = await captureStatement(/"searchVector" @@/, () => searchQuestions(typical));
  const plan = await explain(requireDatabaseUrl(), statement, "Question_searchVector_idx");
  const bank = await searchQuestions(parseQuestionSearch({}));
  await db.$disconnect();
  return {
    runs: RUNS,
    bankSize: bank.total,
    medianMatches: percentiles(timings.map((t) => t.total)).p50,
    search: percentiles(timings.map((t) => t.searchMs)),
    page: percentiles(timings.map((t) => t.pageMs)),
    slowest: slowest.map((t) => ({ ms: Math.round(t.searchMs), matches: t.total, ...t.params })),
    explainQuery: typical.q,
    explain: plan,
  };
}

main().then(
  (report) => process.send?.(report, () => process.exit(0)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
