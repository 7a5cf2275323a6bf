// Question sets: how long the production server takes to serve a set of 100 questions — the
// owner's editor (/sets/[id]) and a candidate's share-link intro (/s/[token]) — signed in, one
// request at a time; and an import as the browser makes it: the file uploaded for its preview,
// then the previewed set sent to the confirm step, until the set exists.
import { randomBytes } from "node:crypto";
import { log } from "../lib/database.ts";
import { withPg } from "../lib/pg.ts";
import { createUsers, signIn } from "./auth.ts";
import { benchImportFiles, IMPORT_BUDGET_MS } from "./import.ts";
import type { Row } from "./report.ts";
import { startNextServer } from "./server.ts";
import { percentiles, type Percentiles } from "./stats.ts";

export const SET_PAGE_P95_BUDGET_MS = 100;
const QUESTIONS = 100;
const WARM_UP = 10;
const SAMPLES = 200;

const IMPORT_RUNS = 3;

export interface SetsResult {
  questions: number;
  editor: Percentiles;
  shareLink: Percentiles;
  /** Milliseconds per HTTP import (upload + preview, then confirm), each run. */
  httpImport: { csv: number[]; apkg: number[]; csvQuestions: number; apkgNotes: number };
}

/** One set of 100 generated questions, shared by link, owned by `bench-sets-1`. */
async function createSet(databaseUrl: string) {
  const id = `benchset${randomBytes(8).toString("hex")}`;
  const token = randomBytes(32).toString("base64url");
  await withPg(databaseUrl, async (client) => {
    await client.query(
      `INSERT INTO "QuestionSet" ("id", "ownerId", "title", "description", "visibility", "shareToken", "updatedAt")
       VALUES ($1, 'bench-sets-1', 'Bench set', 'One hundred questions.', 'LINK', $2, now())`,
      [id, token],
    );
    const { rowCount } = await client.query(
      `INSERT INTO "QuestionSetItem" ("id", "setId", "questionId", "position", "secondsOverride")
       SELECT $1 || '-' || n, $1, q."id", n, CASE WHEN n % 3 = 0 THEN 90 END
       FROM (SELECT "id", (row_number() OVER (ORDER BY "id") - 1)::int AS n FROM "Question"
             WHERE "id" LIKE 'bench-%' AND "visibility" = 'PUBLIC' ORDER BY "id" LIMIT $2) q`,
      [id, QUESTIONS],
    );
    if (rowCount !== QUESTIONS)
      throw new Error(`The set bench needs ${QUESTIONS} public generated questions.`);
    await client.query(`ANALYZE "QuestionSet", "QuestionSetItem"`);
  });
  return { id, token };
}

async function sample(url: string, cookie: string) {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    const html = await response.text();
    if (!response.ok) throw new Error(`GET ${url} answered HTTP ${response.status}.`);
    return { ms: performance.now() - started, html };
  };
  const { html } = await once();
  // A page that lost its questions would be fast for the wrong reason.
  if (!html.includes(`${QUESTIONS} questions`) && !html.includes(`>${QUESTIONS}<`))
    throw new Error(`GET ${url} did not show the set's ${QUESTIONS} questions.`);
  for (let i = 0; i < WARM_UP; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) times.push((await once()).ms);
  return percentiles(times);
}

/** One import through the routes: POST the file, then POST its preview's set; returns the time. */
async function importOverHttp(
  origin: string,
  cookie: string,
  name: string,
  bytes: Uint8Array,
  expected: number,
) {
  const started = performance.now();
  const previewed = await fetch(`${origin}/api/sets/import?name=${encodeURIComponent(name)}`, {
    method: "POST",
    headers: { cookie, "content-type": "application/octet-stream" },
    body: Buffer.from(bytes),
  });
  const body = (await previewed.json()) as { ok: boolean; message?: string; preview?: { file: unknown } };
  if (!previewed.ok || !body.preview)
    throw new Error(`Preview of ${name}: HTTP ${previewed.status} ${body.message}`);
  const confirmed = await fetch(`${origin}/api/sets/import/confirm`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify(body.preview.file),
  });
  const created = (await confirmed.json()) as { ok: boolean; id?: string; message?: string };
  const ms = performance.now() - started;
  if (confirmed.status !== 201 || !created.id)
    throw new Error(`Confirming ${name}: HTTP ${confirmed.status} ${created.message}`);
  return { ms, setId: created.id, expected };
}

export async function measureSets(databaseUrl: string): Promise<SetsResult> {
  const [ownerEmail, candidateEmail] = await createUsers(databaseUrl, 2, "bench-sets");
  const set = await createSet(databaseUrl);
  const server = await startNextServer(databaseUrl);
  try {
    const owner = await signIn(server.origin, ownerEmail!, "10.9.0.1");
    const candidate = await signIn(server.origin, candidateEmail!, "10.9.0.2");
    log(
      `Sets: ${SAMPLES} requests each for the editor and the share-link intro of a ${QUESTIONS}-question set…`,
    );
    const editor = await sample(`${server.origin}/sets/${set.id}`, owner.cookie);
    const shareLink = await sample(`${server.origin}/s/${set.token}`, candidate.cookie);

    log(
      `Sets: importing a 2,000-question CSV and a 1,000-note deck through the routes, ${IMPORT_RUNS} times each…`,
    );
    const files = await benchImportFiles();
    const httpImport = { csv: [] as number[], apkg: [] as number[], csvQuestions: 2_000, apkgNotes: 1_000 };
    // The owner's imports become their private questions and sets: counted, then removed.
    const check = async (run: Awaited<ReturnType<typeof importOverHttp>>) => {
      await withPg(databaseUrl, async (client) => {
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "QuestionSetItem" WHERE "setId" = $1`,
          [run.setId],
        );
        if (rows[0]?.n !== run.expected)
          throw new Error(`An import made ${rows[0]?.n} questions instead of ${run.expected}.`);
        await client.query(`DELETE FROM "QuestionSet" WHERE "id" = $1`, [run.setId]);
        await client.query(`DELETE FROM "Question" WHERE "authorId" = 'bench-sets-1'`);
      });
      return run.ms;
    };
    await check(await importOverHttp(server.origin, owner.cookie, "warm-up.csv", files.csv, 2_000));
    for (let i = 0; i < IMPORT_RUNS; i++) {
      httpImport.csv.push(
        await check(await importOverHttp(server.origin, owner.cookie, "bench.csv", files.csv, 2_000)),
      );
      httpImport.apkg.push(
        await check(await importOverHttp(server.origin, owner.cookie, "bench.apkg", files.apkg, 1_000)),
      );
    }
    return { questions: QUESTIONS, editor, shareLink, httpImport };
  } finally {
    await server.stop();
  }
}

const ms = (p: Percentiles) => `${p.p95.toFixed(1)} ms (p50 ${p.p50.toFixed(1)})`;

export function setsRows(result: SetsResult): Row[] {
  return [
    {
      figure: `Set editor p95, ${result.questions} questions (GET /sets/[id], signed in)`,
      value: ms(result.editor),
      budget: `< ${SET_PAGE_P95_BUDGET_MS} ms`,
      pass: result.editor.p95 < SET_PAGE_P95_BUDGET_MS,
    },
    {
      figure: `Share-link intro p95, ${result.questions} questions (GET /s/[token])`,
      value: ms(result.shareLink),
      budget: `< ${SET_PAGE_P95_BUDGET_MS} ms`,
      pass: result.shareLink.p95 < SET_PAGE_P95_BUDGET_MS,
    },
    ...(
      [
        [
          `Import a ${result.httpImport.csvQuestions.toLocaleString("en")}-question CSV over HTTP (upload, preview, confirm)`,
          result.httpImport.csv,
        ],
        [
          `Import a ${result.httpImport.apkgNotes.toLocaleString("en")}-note Anki deck over HTTP (upload, preview, confirm)`,
          result.httpImport.apkg,
        ],
      ] as const
    ).map(([figure, runs]) => {
      const worst = Math.max(...runs);
      return {
        figure,
        value: `${(worst / 1000).toFixed(2)} s (slowest of ${runs.length}; fastest ${(Math.min(...runs) / 1000).toFixed(2)} s)`,
        budget: `< ${IMPORT_BUDGET_MS / 1000} s`,
        pass: worst < IMPORT_BUDGET_MS,
      };
    }),
  ];
}
