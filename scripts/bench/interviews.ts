// Interview budgets: autosave and grade server time with 100 candidates autosaving every 5 s,
// and the JavaScript the runner page loads (gzip).
import { gzipSync } from "node:zlib";
import { log } from "../lib/database.ts";
import { withPg } from "../lib/pg.ts";
import { createUsers, signIn } from "./auth.ts";
import type { Row } from "./report.ts";
import { startNextServer } from "./server.ts";
import { percentiles, type Percentiles } from "./stats.ts";

const CANDIDATES = 100;
const SAVE_EVERY_MS = 5_000;
const SAVE_ROUNDS = 6;
const QUESTIONS = 3;

export interface InterviewResult {
  autosave: Percentiles & { count: number; failed: number };
  grade: Percentiles & { count: number; failed: number };
  runnerJsGzipBytes: number;
}

/** One interview per candidate, on the seeded bank, with an hour per question. */
async function createInterviews(databaseUrl: string, emails: string[]) {
  return withPg(databaseUrl, async (client) => {
    const { rows } = await client.query<{ id: string; userId: string }>(
      `WITH u AS (SELECT "id" FROM "User" WHERE "email" = ANY($1::text[])),
            i AS (INSERT INTO "Interview" ("id", "userId", "updatedAt")
                  SELECT 'benchiv' || substr(md5(u."id"), 1, 24), u."id", now() FROM u RETURNING "id", "userId")
       INSERT INTO "Attempt" ("id", "interviewId", "userId", "questionId", "position", "allowedSeconds", "startedAt", "deadlineAt", "updatedAt")
       SELECT i."id" || '-' || q.n, i."id", i."userId", q."id", q.n, 3600,
              CASE WHEN q.n = 0 THEN now() END, CASE WHEN q.n = 0 THEN now() + interval '1 hour' END, now()
       FROM i CROSS JOIN (SELECT "id", (row_number() OVER (ORDER BY "slug") - 1)::int AS n FROM "Question"
                          WHERE "authorId" IS NULL ORDER BY "slug" LIMIT $2) q
       RETURNING "interviewId" AS "id", "userId"`,
      [emails, QUESTIONS],
    );
    return new Map(rows.map((r) => [r.userId, r.id]));
  });
}

async function timed(request: () => Promise<Response>) {
  const started = performance.now();
  const response = await request();
  await response.arrayBuffer();
  return { ms: performance.now() - started, ok: response.ok };
}

function summary(samples: { ms: number; ok: boolean }[]) {
  return {
    ...percentiles(samples.map((s) => s.ms)),
    count: samples.length,
    failed: samples.filter((s) => !s.ok).length,
  };
}

/** Sums the gzip size of every script the runner page references. */
async function runnerJs(origin: string, interviewId: string, cookie: string) {
  const html = await (await fetch(`${origin}/interviews/${interviewId}`, { headers: { cookie } })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let bytes = 0;
  for (const src of sources)
    bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer())).length;
  return bytes;
}

export async function measureInterviews(databaseUrl: string): Promise<InterviewResult> {
  const emails = await createUsers(databaseUrl, CANDIDATES, "bench-candidate");
  const server = await startNextServer(databaseUrl);
  try {
    log(`Interviews: signing in ${CANDIDATES} candidates…`);
    const cookies: string[] = [];
    for (const [i, email] of emails.entries())
      cookies.push((await signIn(server.origin, email, `10.8.${i >> 8}.${i & 255}`)).cookie);
    const ids = await createInterviews(databaseUrl, emails);
    if (ids.size !== CANDIDATES) throw new Error(`Expected ${CANDIDATES} interviews, made ${ids.size}.`);
    const byUser = emails.map((_, i) => ({ id: ids.get(`bench-candidate-${i + 1}`)!, cookie: cookies[i]! }));

    log(`Autosave: ${CANDIDATES} candidates saving every ${SAVE_EVERY_MS / 1000} s, ${SAVE_ROUNDS} rounds…`);
    const saves: { ms: number; ok: boolean }[] = [];
    await Promise.all(
      byUser.map(async ({ id, cookie }, i) => {
        await new Promise((r) => setTimeout(r, (i * SAVE_EVERY_MS) / CANDIDATES)); // spread out
        for (let round = 1; round <= SAVE_ROUNDS; round += 1) {
          const body = JSON.stringify({
            position: 0,
            revision: round,
            text: `Answer draft ${round} `.repeat(40),
          });
          const headers = { cookie, "content-type": "application/json" };
          saves.push(
            await timed(() =>
              fetch(`${server.origin}/api/interviews/${id}/answer`, { method: "PUT", headers, body }),
            ),
          );
          await new Promise((r) => setTimeout(r, SAVE_EVERY_MS));
        }
      }),
    );

    await withPg(databaseUrl, (client) =>
      client.query(`UPDATE "Attempt" SET "submittedAt" = now() WHERE "interviewId" LIKE 'benchiv%';
                    UPDATE "Interview" SET "status" = 'COMPLETED', "answeringEndedAt" = now() WHERE "id" LIKE 'benchiv%'`),
    );
    log(
      `Grade: ${CANDIDATES} candidates grading ${QUESTIONS} questions each, one every ${SAVE_EVERY_MS / 1000} s…`,
    );
    const grades = (
      await Promise.all(
        byUser.map(async ({ id, cookie }, i) => {
          const own: { ms: number; ok: boolean }[] = [];
          await new Promise((r) => setTimeout(r, (i * SAVE_EVERY_MS) / CANDIDATES)); // spread out
          for (let position = 0; position < QUESTIONS; position += 1) {
            if (position) await new Promise((r) => setTimeout(r, SAVE_EVERY_MS));
            const body = JSON.stringify({ position, grade: 3, keyPointsCovered: [0, 1], note: "Bench note" });
            const headers = { cookie, "content-type": "application/json" };
            own.push(
              await timed(() =>
                fetch(`${server.origin}/api/interviews/${id}/grade`, { method: "PUT", headers, body }),
              ),
            );
          }
          return own;
        }),
      )
    ).flat();
    // Reopen one interview so its runner page can be weighed.
    await withPg(databaseUrl, async (client) => {
      const id = byUser[0]!.id;
      await client.query(
        `UPDATE "Interview" SET "status" = 'IN_PROGRESS', "answeringEndedAt" = NULL WHERE "id" = $1`,
        [id],
      );
      await client.query(`UPDATE "Attempt" SET "submittedAt" = NULL WHERE "interviewId" = $1`, [id]);
    });
    const runnerJsGzipBytes = await runnerJs(server.origin, byUser[0]!.id, byUser[0]!.cookie);
    return { autosave: summary(saves), grade: summary(grades), runnerJsGzipBytes };
  } finally {
    await server.stop();
  }
}

export function interviewRows(result: InterviewResult): Row[] {
  const row = (label: string, r: InterviewResult["autosave"]): Row => ({
    figure: `${label} p50 / p95 (${r.count} requests, ${r.failed} failed)`,
    value: `${r.p50.toFixed(1)} / ${r.p95.toFixed(1)} ms`,
    budget: "p95 < 50 ms, none failed",
    pass: r.p95 < 50 && r.failed === 0,
  });
  return [
    row(`Autosave, ${CANDIDATES} candidates every ${SAVE_EVERY_MS / 1000} s`, result.autosave),
    row("Grade", result.grade),
    {
      figure: "Runner page JavaScript (gzip)",
      value: `${(result.runnerJsGzipBytes / 1024).toFixed(0)} KB`,
      budget: "< 200 KB",
      pass: result.runnerJsGzipBytes < 200 * 1024,
    },
  ];
}
