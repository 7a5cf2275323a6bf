// Runs in a child process (node --conditions=react-server) with DATABASE_URL set to the bench database,
// because lib/env.ts reads the environment once, when first imported. It calls the real DAL, as the page does.
import {
  practiceCalendar,
  progressDashboard,
  tagStrength,
  weakestQuestions,
  weeklyProgress,
} from "../../lib/dal/progress.ts";
import { dueCount, dueQuestions } from "../../lib/dal/review.ts";
import { db } from "../../lib/db.ts";
import { requireDatabaseUrl } from "../../lib/env.ts";
import { withPg } from "../lib/pg.ts";
import { captureStatement, explain } from "./explain.ts";
import type { ProgressReport } from "./progress.ts";
import { percentiles } from "./stats.ts";

const RUNS = 50;
const WARM_UP = 10;
const userId = process.argv[2]!;
const options = () => ({ userId, now: new Date() });

async function time(run: () => Promise<unknown>) {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function sample(run: () => Promise<unknown>) {
  for (let i = 0; i < WARM_UP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await time(run));
  return percentiles(times);
}

async function main(): Promise<Omit<ProgressReport, "generationSeconds">> {
  const dashboard = await sample(() => progressDashboard(options()));
  const parts = {
    calendar: await sample(() => practiceCalendar(options())),
    weekly: await sample(() => weeklyProgress(options())),
    tags: await sample(() => tagStrength(options())),
    weakest: await sample(() => weakestQuestions(options())),
  };
  const dueQueue = {
    ...(await sample(() => dueQuestions(userId, new Date(), 20))),
    due: await dueCount(userId, new Date()),
  };
  // The plan before a real interview draws every in-scope question into the queue: the heavy case.
  await setTarget(`now() + interval '14 days'`);
  const dueQueueWithTarget = {
    ...(await sample(() => dueQuestions(userId, new Date(), 20))),
    due: await dueCount(userId, new Date()),
  };
  await setTarget("NULL");
  const plans = [];
  for (const [label, pattern, run] of [
    ["tag strength", /unnest\(q\."tags"\)/, () => tagStrength(options())],
    ["weakest questions", /PARTITION BY g\."questionId"/, () => weakestQuestions(options())],
    ["streaks", /AS island/, () => practiceCalendar(options())],
  ] as const) {
    const statement = await captureStatement(pattern, run);
    plans.push({
      label,
      summary: await explain(requireDatabaseUrl(), statement, "Attempt_userId_gradedAt_idx"),
    });
  }
  const { calendar } = await progressDashboard(options());
  await db.$disconnect();
  return {
    attempts: calendar.gradedEver,
    questions: await countQuestions(),
    runs: RUNS,
    dashboard,
    parts,
    dueQueue,
    dueQueueWithTarget,
    explain: plans,
  };
}

async function setTarget(interviewAt: "NULL" | `now() + interval '${string}'`) {
  await withPg(requireDatabaseUrl(), (client) =>
    client.query(
      `UPDATE "User" SET "targetInterviewAt" = ${interviewAt}, "targetTags" = '{}' WHERE "id" = $1`,
      [userId],
    ),
  );
}

/** The distinct questions the user's graded answers cover. */
async function countQuestions() {
  return withPg(requireDatabaseUrl(), async (client) => {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(DISTINCT "questionId") AS n FROM "Attempt" WHERE "userId" = $1 AND "gradedAt" IS NOT NULL`,
      [userId],
    );
    return Number(rows[0]?.n ?? 0);
  });
}

main().then(
  (report) => process.send?.(report, () => process.exit(0)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
