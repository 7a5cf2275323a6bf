// The benchmark's own database: a throw-away one on DATABASE_URL's server, else a throw-away embedded cluster.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { withPg } from "../lib/pg.ts";
import { env } from "../../lib/env.ts";
import { log, openDatabase } from "../lib/database.ts";
import { findFreePort } from "../lib/embedded-postgres.ts";
import { assertLocalDatabase } from "../lib/local-url.ts";
import { prepareDatabase } from "../lib/prepare-database.ts";
import { onCleanup } from "./cleanup.ts";
import { benchPasswordHash } from "./auth.ts";
import { generateQuestionsQuery } from "./generate.ts";
import { generatePopulation, type PopulationCounts } from "./population.ts";

export const EXTRA_QUESTIONS = 50_000;

export interface BenchData {
  url: string;
  embedded: boolean;
  extraQuestions: number;
  publicQuestions: number;
  population: PopulationCounts;
  /** Questions and everything else, in SQL; ANALYZE on its own. */
  generationSeconds: number;
  analyzeSeconds: number;
}

const withClient = withPg;

function onDatabase(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates, migrates, seeds and fills the bench database; everything is undone by cleanUp(). */
export async function openBenchData(): Promise<BenchData> {
  if (env.DATABASE_URL) {
    try {
      assertLocalDatabase(env.DATABASE_URL);
    } catch {
      throw new Error(
        "Refusing to benchmark against a non-local DATABASE_URL; point it at this machine or unset it.",
      );
    }
  }
  const clusterDir = env.DATABASE_URL ? null : await mkdtemp(path.join(os.tmpdir(), "rehearse-bench-"));
  if (clusterDir)
    onCleanup("the temporary cluster folder", () => rm(clusterDir, { recursive: true, force: true }));
  const server = await openDatabase({
    database: "postgres",
    cluster: clusterDir ? { dataDir: clusterDir, port: await findFreePort() } : undefined,
  });
  onCleanup("the bench Postgres", server.stop);

  const name = `rehearse_bench_${randomBytes(4).toString("hex")}`;
  await withClient(server.url, (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`));
  // An embedded cluster goes away with its folder; on someone's own server the database must be dropped.
  if (!server.embedded) {
    onCleanup(`database ${name}`, async () => {
      await withClient(server.url, (c) =>
        c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`),
      );
    });
  }
  const url = onDatabase(server.url, name);
  log(
    `Bench database ${name} on ${server.embedded ? "a throw-away embedded cluster" : "DATABASE_URL's server"}.`,
  );
  await prepareDatabase(url);

  return withClient(url, async (client) => {
    const query = generateQuestionsQuery(EXTRA_QUESTIONS);
    const passwordHash = await benchPasswordHash();
    let started = performance.now();
    const inserted = await client.query(query.text, query.values);
    const questionSeconds = (performance.now() - started) / 1000;
    const population = await generatePopulation(client, passwordHash, EXTRA_QUESTIONS);
    population.seconds = { questions: questionSeconds, ...population.seconds };
    const generationSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    await client.query("ANALYZE");
    const analyzeSeconds = (performance.now() - started) / 1000;
    const counted = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "Question" WHERE "visibility" = 'PUBLIC'`,
    );
    const publicQuestions = Number(counted.rows[0]?.n ?? 0);
    const p = population;
    log(
      `Generated ${inserted.rowCount} questions (${publicQuestions} public in all), ${p.members} members, ${p.interviews} interviews, ${p.attempts} attempts, ${p.reviewStates} review states, ${p.sets} sets with ${p.setItems} items in ${generationSeconds.toFixed(1)} s.`,
    );
    return {
      url,
      embedded: server.embedded,
      extraQuestions: inserted.rowCount ?? 0,
      publicQuestions,
      population,
      generationSeconds,
      analyzeSeconds,
    };
  });
}
