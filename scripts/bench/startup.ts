// Budget 4: `npm start` on a built checkout serves the bank within 10 s (embedded Postgres included).
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseEnv } from "node:util";
import { log } from "../lib/database.ts";
import { findFreePort } from "../lib/embedded-postgres.ts";
import { onCleanup } from "./cleanup.ts";
import type { Row } from "./report.ts";
import { captureOutput, stopProcess, waitForHttp } from "./processes.ts";

export const SECOND_START_BUDGET_S = 10;

export interface StartRun {
  seconds: number;
  /** Exited within the grace period after SIGTERM. */
  exitedInTime: boolean;
  exitCode: number | null;
  /** Its embedded Postgres shut down too (the pid file is gone). */
  postgresStopped: boolean;
}

// 143 is 128 + SIGTERM: start.ts passes on the exit code of `next start`, which exits that way.
const cleanExit = (run: StartRun) =>
  run.exitedInTime && run.postgresStopped && [0, 143].includes(run.exitCode ?? -1);

export interface StartupReport {
  first: StartRun;
  second: StartRun;
}

/** Postgres removes its pid file on a clean shutdown; if it is left, stop that postmaster by its pid. */
async function stopLeftoverPostgres(pidFile: string) {
  const pid = Number((await readFile(pidFile, "utf8").catch(() => "")).split("\n")[0]);
  if (!pid) return;
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return; // Already gone.
  }
  for (let i = 0; i < 100 && existsSync(pidFile); i++) await sleep(100);
}

async function timedStart(dataDir: string, pidFile: string): Promise<StartRun> {
  const [port, pgPort] = [await findFreePort(), await findFreePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: "127.0.0.1",
    EMBEDDED_PG_PORT: String(pgPort),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.DATABASE_URL;
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = captureOutput(child);
  const forget = onCleanup("the npm start process", async () => {
    await stopProcess(child);
    await stopLeftoverPostgres(pidFile);
  });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/questions`, child, 60_000);
  } catch (error) {
    throw new Error(
      `npm start did not serve: ${error instanceof Error ? error.message : String(error)}\n${output()}`,
    );
  }
  const seconds = (performance.now() - started) / 1000;
  const stop = await stopProcess(child);
  forget();
  const postgresStopped = !existsSync(pidFile);
  if (!postgresStopped) await stopLeftoverPostgres(pidFile);
  return { seconds, exitedInTime: stop.graceful, exitCode: stop.code, postgresStopped };
}

export async function measureStartup(): Promise<StartupReport> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "rehearse-bench-start-"));
  onCleanup("the start-up data folder", () => rm(dataDir, { recursive: true, force: true }));
  const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
  if (existsSync(".env") && parseEnv(readFileSync(".env", "utf8")).DATABASE_URL) {
    log("Note: .env sets DATABASE_URL, so npm start uses that server here, not the embedded Postgres.");
  }
  log("npm start, first run (creates the cluster, migrates, seeds)…");
  const first = await timedStart(dataDir, pidFile);
  log(`First start served /questions after ${first.seconds.toFixed(1)} s; second run on the same data…`);
  const second = await timedStart(dataDir, pidFile);
  return { first, second };
}

export function startupRows(report: StartupReport): Row[] {
  const { first, second } = report;
  return [
    {
      figure: "npm start, first run → 200 on /questions (new cluster)",
      value: `${first.seconds.toFixed(1)} s`,
      budget: "",
      pass: null,
    },
    {
      figure: "npm start, second run → 200 on /questions",
      value: `${second.seconds.toFixed(1)} s`,
      budget: `< ${SECOND_START_BUDGET_S} s`,
      pass: second.seconds < SECOND_START_BUDGET_S,
    },
    {
      figure: "npm start stops on SIGTERM (exit code, Postgres down)",
      value: [first, second]
        .map(
          (r) =>
            `${r.exitedInTime ? `exit ${r.exitCode}` : "killed"}${r.postgresStopped ? "" : ", Postgres left"}`,
        )
        .join("; "),
      budget: "both exit, Postgres down",
      pass: cleanExit(first) && cleanExit(second),
    },
  ];
}
