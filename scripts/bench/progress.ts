// Issue #5: the Progress dashboard's server time for a heavy user (5,000 graded answers across
// 2,000 of the generated questions), and the due queue's for the same user with a review state
// on each of those questions, measured by calling the DAL in a child process.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { log } from "../lib/database.ts";
import { withPg } from "../lib/pg.ts";
import { onCleanup } from "./cleanup.ts";
import type { ExplainSummary } from "./explain.ts";
import type { Row } from "./report.ts";
import type { Percentiles } from "./stats.ts";

export const PROGRESS_P95_BUDGET_MS = 100;
export const DUE_QUEUE_P95_BUDGET_MS = 20;
export const PROGRESS_USER_ID = "bench-progress-user";
const ATTEMPTS = 5_000;
const QUESTIONS = 2_000;
const PER_INTERVIEW = 5;
const DAYS = 400;

export interface ProgressReport {
  attempts: number;
  questions: number;
  generationSeconds: number;
  runs: number;
  dashboard: Percentiles;
  /** p95 of each part of the dashboard, timed on its own. */
  parts: Record<string, Percentiles>;
  /** dueQuestions(userId, now, 20): without an interview target, and with one over every tag. */
  dueQueue: Percentiles & { due: number };
  dueQueueWithTarget: Percentiles & { due: number };
  explain: { label: string; summary: ExplainSummary }[];
}

/**
 * One user's history in SQL: 1,000 finished interviews of five questions over the last 400 days,
 * every answer graded, some timed out or skipped, each generated question answered 2–3 times;
 * and a review state per question, due from 30 days ago to 60 days ahead (about a third due now).
 */
async function generateHistory(databaseUrl: string) {
  const started = performance.now();
  await withPg(databaseUrl, async (client) => {
    await client.query(
      `INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES ($1, 'bench-progress@example.test', 'Bench progress', now())`,
      [PROGRESS_USER_ID],
    );
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "Question" WHERE "id" LIKE 'bench-%'`,
    );
    if (Number(rows[0]?.n) < QUESTIONS) throw new Error(`The bench needs ${QUESTIONS} generated questions.`);
    await client.query(
      `INSERT INTO "Interview" ("id", "userId", "status", "currentPosition", "startedAt", "answeringEndedAt", "completedAt", "createdAt", "updatedAt")
       SELECT $1 || '-iv-' || k, $1, 'COMPLETED', $2::int, t, t + interval '20 minutes', t + interval '25 minutes', t, now()
       FROM generate_series(0, $3::int - 1) AS k,
            LATERAL (SELECT now() - make_interval(days => (k * 397) % $4::int, mins => 30 + (k * 37) % 600)) AS x(t)`,
      [PROGRESS_USER_ID, PER_INTERVIEW, ATTEMPTS / PER_INTERVIEW, DAYS],
    );
    await client.query(
      `WITH q AS (SELECT "id", "suggestedSeconds", (row_number() OVER (ORDER BY "id") - 1)::int AS n
                  FROM "Question" WHERE "id" LIKE 'bench-%' ORDER BY "id" LIMIT $2::int)
       INSERT INTO "Attempt" ("id", "interviewId", "userId", "questionId", "position", "allowedSeconds", "answer",
                              "startedAt", "deadlineAt", "submittedAt", "timedOut", "skipped", "grade", "gradedAt",
                              "createdAt", "updatedAt")
       SELECT $1 || '-a-' || i, $1 || '-iv-' || (i / $3::int), $1, q."id", i % $3::int, q."suggestedSeconds", 'Bench answer',
              s, s + make_interval(secs => q."suggestedSeconds"),
              s + make_interval(secs => CASE WHEN i % 13 = 0 THEN q."suggestedSeconds" ELSE (q."suggestedSeconds" * (20 + (i * 7) % 80)) / 100 END),
              i % 13 = 0, i % 29 = 0, 1 + (i * 31 + i / 7) % 4, s + interval '30 minutes', s, now()
       FROM generate_series(0, $4::int - 1) AS i
       JOIN "Interview" iv ON iv."id" = $1 || '-iv-' || (i / $3::int)
       JOIN q ON q.n = (i * 7919) % $2::int
       CROSS JOIN LATERAL (SELECT iv."startedAt" + make_interval(mins => 4 * (i % $3::int))) AS x(s)`,
      [PROGRESS_USER_ID, QUESTIONS, PER_INTERVIEW, ATTEMPTS],
    );
    await client.query(
      `WITH q AS (SELECT "id", (row_number() OVER (ORDER BY "id") - 1)::int AS n
                  FROM "Question" WHERE "id" LIKE 'bench-%' ORDER BY "id" LIMIT $2::int)
       INSERT INTO "ReviewState" ("userId", "questionId", "due", "stability", "difficulty", "scheduledDays", "reps",
                                  "lapses", "phase", "lastReviewAt", "updatedAt")
       SELECT $1, q."id", now() - interval '30 days' + make_interval(days => (q.n * 37) % 90, hours => q.n % 24),
              5 + q.n % 40, 3 + q.n % 7, 10, 1 + q.n % 5, q.n % 3, 'REVIEW', now() - interval '40 days', now()
       FROM q`,
      [PROGRESS_USER_ID, QUESTIONS],
    );
    await client.query(`ANALYZE "Interview", "Attempt", "ReviewState"`);
  });
  return (performance.now() - started) / 1000;
}

export async function measureProgress(databaseUrl: string): Promise<ProgressReport> {
  log(`Progress: generating ${ATTEMPTS.toLocaleString("en")} graded answers for one user…`);
  const generationSeconds = await generateHistory(databaseUrl);
  log(`Progress: generated in ${generationSeconds.toFixed(1)} s; timing the dashboard…`);
  const worker = fork(fileURLToPath(new URL("./progress-worker.ts", import.meta.url)), [PROGRESS_USER_ID], {
    // react-server resolves "server-only" to its empty module, as it does inside Next.js.
    execArgv: ["--conditions=react-server", "--import", "tsx"],
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  const forget = onCleanup("the progress worker", () => void worker.kill("SIGTERM"));
  const report = await new Promise<Omit<ProgressReport, "generationSeconds">>((resolve, reject) => {
    let result: Omit<ProgressReport, "generationSeconds"> | null = null;
    worker.on("message", (message) => (result = message as Omit<ProgressReport, "generationSeconds">));
    worker.on("error", reject);
    worker.on("exit", (code) => {
      forget();
      if (code === 0 && result) resolve(result);
      else reject(new Error(`The progress worker failed (exit code ${code}); see its output above.`));
    });
  });
  return { ...report, generationSeconds };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export function explainLines(report: ProgressReport) {
  return report.explain.map(
    ({ label, summary }) =>
      `EXPLAIN (ANALYZE, BUFFERS) ${label}: execution ${ms(summary.executionMs)}, planning ${ms(summary.planningMs)}, buffers hit=${summary.sharedHit} read=${summary.sharedRead}; ${summary.indexNodes.join(", ") || "no index scans"}.`,
  );
}

export function progressRows(report: ProgressReport): Row[] {
  const { dashboard, parts } = report;
  const partList = Object.entries(parts)
    .map(([name, p]) => `${name} ${p.p95.toFixed(1)}`)
    .join(", ");
  return [
    {
      figure: `Generate ${report.attempts.toLocaleString("en")} graded answers on ${report.questions.toLocaleString("en")} questions (SQL)`,
      value: `${report.generationSeconds.toFixed(1)} s`,
      budget: "",
      pass: null,
    },
    {
      figure: `Progress dashboard data p50 (${report.runs} runs)`,
      value: ms(dashboard.p50),
      budget: "",
      pass: null,
    },
    {
      figure: "Progress dashboard data p95 (progressDashboard)",
      value: ms(dashboard.p95),
      budget: `< ${PROGRESS_P95_BUDGET_MS} ms`,
      pass: dashboard.p95 < PROGRESS_P95_BUDGET_MS,
    },
    { figure: "Progress parts p95, each alone (ms)", value: partList, budget: "", pass: null },
    {
      figure: `Due queue p95 (dueQuestions, 20 of ${report.dueQueue.due} due, no interview target)`,
      value: `${ms(report.dueQueue.p95)} (p50 ${ms(report.dueQueue.p50)})`,
      budget: `< ${DUE_QUEUE_P95_BUDGET_MS} ms`,
      pass: report.dueQueue.p95 < DUE_QUEUE_P95_BUDGET_MS,
    },
    {
      figure: `Due queue p95 with an interview target on every tag (${report.dueQueueWithTarget.due} due)`,
      value: `${ms(report.dueQueueWithTarget.p95)} (p50 ${ms(report.dueQueueWithTarget.p50)})`,
      budget: "",
      pass: null,
    },
  ];
}
