// Fault tests start their own production servers and, for the outage, their own Postgres: a
// throw-away embedded cluster on a free port that can be stopped and started again.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createUsers, signIn } from "../scripts/bench/auth";
import { ensureDatabaseExists, findFreePort, startEmbeddedPostgres } from "../scripts/lib/embedded-postgres";
import { Candidate } from "../scripts/load/candidate";

export const newSecret = () => randomBytes(32).toString("base64url");
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A body that shows code: a stack frame, a source path or a module folder. */
export function hasStackTrace(body: string) {
  return /\n\s+at \S.*:\d+:\d+|node_modules\/|\.(ts|tsx|js):\d+:\d+|webpack-internal/.test(body);
}

/** `count` new users, each signed in from an address of their own (sign-in is rate-limited by address). */
export async function signedInCandidates(origin: string, databaseUrl: string, count: number, tag: string) {
  const run = randomBytes(3).toString("hex");
  const emails = await createUsers(databaseUrl, count, `faults-${tag}-${run}`);
  const net = randomBytes(2);
  return Promise.all(
    emails.map(async (email, i) => {
      const address = `10.${net[0]}.${net[1]}.${i + 1}`;
      return new Candidate(origin, (await signIn(origin, email, address)).cookie, address);
    }),
  );
}

/** Migrates and seeds a database the way `npm run db:migrate` and `npm run db:seed` do. */
function prepare(url: string) {
  for (const script of ["scripts/db/migrate.ts", "scripts/db/seed.ts"]) {
    const result = spawnSync("node", ["--import", "tsx", script], {
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

export interface ThrowAwayPostgres {
  url: string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
  destroy: () => Promise<void>;
}

export async function throwAwayPostgres(): Promise<ThrowAwayPostgres> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "rehearse-faults-"));
  const options = { dataDir, port: await findFreePort() };
  let server = await startEmbeddedPostgres(options);
  await ensureDatabaseExists(server.url("postgres"), "rehearse");
  const url = server.url("rehearse");
  prepare(url);
  let running = true;
  return {
    url,
    stop: async () => {
      await server.stop();
      running = false;
    },
    start: async () => {
      server = await startEmbeddedPostgres(options);
      running = true;
    },
    destroy: async () => {
      if (running) await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
