// The production server (`next start`) on a free port, pointed at the bench database.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { findFreePort } from "../lib/embedded-postgres.ts";
import { onCleanup } from "./cleanup.ts";
import { captureOutput, stopProcess, waitForHttp } from "./processes.ts";

export interface RunningServer {
  origin: string;
  stop: () => Promise<void>;
  /** CPU time (user + system, ms) the server process has used so far; null where /proc can't tell. */
  cpuMs: () => number | null;
}

/** Fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux). */
function processCpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export async function startNextServer(databaseUrl: string): Promise<RunningServer> {
  const port = await findFreePort();
  // BENCH_CPU_PROF=<folder>: the server writes a V8 CPU profile there when it stops (node --cpu-prof).
  const profile = process.env.BENCH_CPU_PROF;
  const args = ["start", "--port", String(port), "--hostname", "127.0.0.1"];
  const child = spawn(
    profile ? process.execPath : "node_modules/.bin/next",
    profile ? ["--cpu-prof", "--cpu-prof-dir", profile, "node_modules/next/dist/bin/next", ...args] : args,
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: randomBytes(32).toString("base64url"),
        AUTH_TRUST_HOST: "true",
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: "production",
      },
    },
  );
  const output = captureOutput(child);
  const forget = onCleanup("the Next.js server", async () => void (await stopProcess(child)));
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${origin}/`, child, 60_000);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output()}`);
  }
  return {
    origin,
    cpuMs: () => processCpuMs(child.pid),
    stop: async () => {
      forget();
      await stopProcess(child);
    },
  };
}
